import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Resume } from '../src/core/resume-types.js';

export const root = resolve(import.meta.dirname, '..');
export const cliPath = join(root, 'bin', 'resume.js');
export const sampleYaml = join(root, 'resume.yaml');
export const sample = (): Resume => parse(readFileSync(sampleYaml, 'utf8')) as Resume;

/** A résumé in ten scripts (Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Chinese, Japanese, Korean, emoji),
 * and a word or two of each but the shaped ones, to find in what it prints. */
export const tenScripts = join(root, 'test', 'fixtures', 'scripts', 'ten-scripts.yaml');
export const scriptSamples = [
  'Иванова',
  'Ελληνικά',
  'מהנדסת',
  '北京科技有限公司',
  'テキスト',
  '서울 팀과 협업',
  '🚀',
  '✨',
];

/** Whether a program is installed (LibreOffice, script): the tests that need one are skipped, named, without it. */
export function hasCommand(command: string, args = ['--version']): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What the per-user cache folder holds besides the CLI's own compiled code (its `code` folder): the unpacked
 * browsers. */
export function unpackedIn(cache: string): string[] {
  return readdirSync(cache).filter((name) => name !== 'code');
}

export function tempDir(prefix = 'resume-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would. */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
) {
  return new Promise<CliResult>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 50_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** Waits until `condition` holds, looking every 20 ms; fails after `timeoutMs`, naming what it waited for. */
export async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A local HTTP server that records every request, to prove nothing was fetched. `settled()` sends a request of
 * its own and waits for it: a request made before it (by a page printed earlier) has been recorded by then. */
export async function countingServer(): Promise<{
  port: number;
  hits: string[];
  settled: () => Promise<void>;
  close: () => void;
}> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    if (req.url !== '/settled') hits.push(req.url ?? '');
    res.end('x');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const settled = async () => {
    await (await fetch(`http://127.0.0.1:${port}/settled`)).text();
  };
  return { port, hits, settled, close: () => server.close() };
}

/** The reader-visible text of an HTML page: no style, inline tags dropped, block tags as spaces, entities decoded. */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<\/?(span|strong|em|a)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' '),
  );
}

/** The entities our HTML escaping (Handlebars) and DOCX XML produce, decoded. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&');
}

/** Collapses whitespace and drops the markdown markers, so output text can be compared with the YAML. */
export function flat(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\*\*|\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Asserts helper: every needle occurs in haystack, in this order. Returns the first one missing or out of order. */
export function firstOutOfOrder(haystack: string, needles: string[]): string | undefined {
  const text = flat(haystack);
  let at = 0;
  for (const needle of needles) {
    const i = text.indexOf(flat(needle), at);
    if (i < 0) return needle;
    at = i + flat(needle).length;
  }
  return undefined;
}

/** What a rendering of the sample must hold, in the order of meta.order: the items the tests look for. */
export function expectedSampleText(resume: Resume = sample()): string[] {
  const text = (h: string | { text: string }) => (typeof h === 'string' ? h : h.text);
  const out: string[] = [];
  for (const id of resume.meta?.order ?? []) {
    if (id === 'summary')
      out.push(...(resume.basics.summary ?? '').split(/\n\s*\n/).map((p) => p.slice(0, 80)));
    if (id === 'work')
      for (const w of resume.work ?? [])
        out.push(w.position ?? '', w.name ?? '', ...(w.highlights ?? []).map(text));
    if (id === 'projects')
      for (const p of resume.projects ?? [])
        out.push(p.name ?? '', ...(p.entity ? [p.entity] : []), ...(p.highlights ?? []).map(text));
    if (id === 'skills') for (const s of resume.skills ?? []) out.push(s.name ?? '');
    if (id === 'education')
      for (const e of resume.education ?? []) out.push(e.studyType ?? '', e.institution ?? '', e.score ?? '');
    const custom = resume.sections?.find((s) => s.id === id);
    if (custom) for (const i of custom.items) out.push(i.label ?? '', i.text);
  }
  return out.filter(Boolean);
}
