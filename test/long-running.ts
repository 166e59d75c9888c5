// A CLI that keeps running (watch, serve): its output awaited line by line, its preview server asked over HTTP.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { cliPath } from './helpers.js';

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

/** Reads server-sent events as they come. */
export function events(url: string) {
  const seen: string[] = [];
  let notify = () => {};
  const req = request(url, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      for (const m of chunk.matchAll(/event: build\ndata: (.*)\n/g)) seen.push(m[1] ?? '');
      notify();
    });
  });
  req.end();
  return {
    async next(count: number): Promise<Record<string, unknown>> {
      while (seen.length < count) await new Promise<void>((r) => (notify = r));
      return JSON.parse(seen[count - 1] ?? '{}');
    },
    close: () => req.destroy(),
  };
}
