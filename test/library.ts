// The library in process, for the tests whose subject is not the CLI (what an output holds, tailoring, messages,
// themes): render() and build() on one browser per test file, outputs as files in memory, and a failed run's
// error as the CLI words it. A CLI launch costs a Node start and a browser start; these cost neither.
import { afterAll, expect } from 'vitest';
import { describeResume } from '../src/cli/report.js';
import {
  BrowserSession,
  type Diagnostic,
  discoverBrowser,
  formatDiagnostics,
  load,
  type RenderOptions,
  render,
  UserError,
} from '../src/index.js';
import { parsePdf } from './pdf.js';

/** One browser for the test file, started on its first print and stopped when the file's tests are done. */
export function sharedBrowser(): () => BrowserSession {
  let session: BrowserSession | undefined;
  afterAll(() => session?.close());
  return () => {
    session ??= BrowserSession.start(discoverBrowser());
    return session;
  };
}

export interface Rendered {
  /** Output names, in the order render() gives them. */
  names: string[];
  bytes(name: string): Uint8Array;
  text(name: string): string;
  /** The warnings as the CLI prints them: `file:line:col  path  warning: …` lines (and their snippets). */
  warnings: string[];
  /** What the run did on its own accord (fitted to pages), as the CLI prints it. */
  notes: string[];
}

/** render(), its outputs looked up by file name. */
export async function rendered(options: RenderOptions): Promise<Rendered> {
  const result = await render(options);
  const byName = new Map(result.outputs.map((o) => [o.name, o.bytes]));
  const bytes = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new Error(`no output ${name}; there are ${[...byName.keys()].join(', ')}`);
    return found;
  };
  return {
    names: result.outputs.map((o) => o.name),
    bytes,
    text: (name) => new TextDecoder().decode(bytes(name)),
    warnings: lines(result.warnings),
    notes: result.notes,
  };
}

/** The PDF of a render, read back by the reader `check` uses. */
export const pdfOf = (r: Rendered, name = 'resume.pdf') => parsePdf(r.bytes(name));

/** Diagnostics as the CLI prints them, one line each (snippet and caret lines included). */
export function lines(diagnostics: Diagnostic[]): string[] {
  return diagnostics.length ? formatDiagnostics(diagnostics).split('\n') : [];
}

export interface Failure {
  /** The exit code the CLI gives this error. */
  code: number;
  /** The CLI's last line, without its `error: `. */
  message: string;
  /** The diagnostics as the CLI prints them. */
  lines: string[];
}

/** The user error a run ends in (anything else, a crash, fails the test). */
export async function failure(run: Promise<unknown>): Promise<Failure> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the run should have failed with a user error').toBeInstanceOf(UserError);
  const e = error as UserError;
  return { code: e.exitCode, message: e.message, lines: lines(e.diagnostics) };
}

/** What `resume validate` says of a file that loads: the summary of its OK line, and its warnings. */
export async function validated(
  file: string,
): Promise<{ name: string; summary: string; warnings: string[] }> {
  const { source, resume, warnings } = await load({ file });
  return { name: source.name, summary: describeResume(resume), warnings: lines(warnings) };
}

/** What `resume validate` reports of a file that does not load. */
export const invalid = (file: string, strict = false) => failure(load({ file }, { strict }));
