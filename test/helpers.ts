import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
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

/** A local HTTP server that records every request, to prove nothing was fetched. */
export async function countingServer(): Promise<{ port: number; hits: string[]; close: () => void }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('x');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, hits, close: () => server.close() };
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

/** A long-running CLI whose output lines can be awaited. */
export function longRunning(args: string[], cwd: string) {
  const marker = `RESUME_TEST_RUN=${process.pid}-${Math.random()}`;
  const [key, value] = marker.split('=') as [string, string];
  const child = spawn(process.execPath, [cliPath, ...args], {
    cwd,
    env: { ...process.env, [key]: value },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: { re: RegExp; from: number; resolve: (m: RegExpMatchArray) => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) {
      const m = output.slice(w.from).match(w.re);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (d) => {
      output += d;
      check();
    });
  return {
    child,
    /** Processes started by this run (the CLI and its browser) still alive. */
    alive: () =>
      existsSync('/proc/self/environ')
        ? readdirSync('/proc').filter((pid) => {
            try {
              return /^\d+$/.test(pid) && readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker);
            } catch {
              return false;
            }
          })
        : [],
    output: () => output,
    mark: () => output.length,
    /** The next match of `re` after position `from` (default: anywhere). */
    waitFor(re: RegExp, from = 0, ms = 20_000): Promise<RegExpMatchArray> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${re}; output:\n${output}`)),
          ms,
        );
        waiters.push({
          re,
          from,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
        check();
      });
    },
    stop(): Promise<number | null> {
      return new Promise((r) => {
        child.once('exit', (code) => r(code));
        child.kill('SIGINT');
      });
    },
  };
}

/** GET over HTTP with a chosen Host header (fetch does not let a test set it). */
export function get(
  url: string,
  host?: string,
  method = 'GET',
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolvePromise, reject) => {
    const u = new URL(url);
    const req = request(
      { host: u.hostname, port: u.port, path: u.pathname, method, headers: host ? { Host: host } : {} },
      (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
