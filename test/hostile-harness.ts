// The hostile corpus's tools: the CLI under test (this build, or another one given in RESUME_TEST_CLI to compare:
// RESUME_TEST_CLI=/path/to/bin/resume.js npx vitest run test/e2e/hostile-*), a loopback trap that counts every
// connection, request and datagram, and a user theme folder with something hostile in it.
import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { cliPath, root } from './helpers.js';

export const cli = process.env.RESUME_TEST_CLI ?? cliPath;

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** CPU time the CLI used (user and system, in ms) and its peak memory (MB), as it measured them at exit. */
  cpuMs?: number;
  peakMb?: number;
}

/** Runs the CLI under test; with `measure`, it reports its own CPU time at exit (on stderr, taken off here). */
export function run(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; measure?: boolean } = {},
): Promise<Run> {
  const measure = [
    '-e',
    // The peak from /proc (VmHWM): getrusage's maxRSS of a child starts at its parent's size when it forked.
    `process.on('exit', () => { const u = process.cpuUsage(); let peak = process.resourceUsage().maxRSS; try { peak = Number(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1]); } catch {} process.stderr.write('\\nCPU ' + (u.user + u.system) / 1000 + ' ' + peak / 1024 + '\\n'); }); process.argv.splice(1, 0, ${JSON.stringify(cli)}); import(${JSON.stringify(cli)});`,
    '--',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.measure ? measure : [cli]), ...args], {
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
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const cpu = /\nCPU ([\d.]+) ([\d.]+)\n$/.exec(stderr);
      if (cpu) stderr = stderr.slice(0, cpu.index);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        ...(cpu && { cpuMs: Number(cpu[1]), peakMb: Number(cpu[2]) }),
      });
    });
  });
}

/** A loopback server on one port for TCP (HTTP, WebSocket upgrades, bare connections) and UDP (WebRTC's STUN):
 * what reaches it is recorded. */
export async function trap(): Promise<{ port: number; base: string; seen: string[]; close(): void }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`request ${req.url}`);
    res.end('x');
  });
  server.on('connection', () => seen.push('connection'));
  server.on('upgrade', (req, socket) => {
    seen.push(`upgrade ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const udp = createSocket('udp4');
  udp.on('message', () => seen.push('datagram'));
  await new Promise<void>((r) => udp.bind(port, '127.0.0.1', () => r()));
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    seen,
    close: () => {
      server.close();
      udp.close();
    },
  };
}

export interface ThemeInjection {
  head?: string;
  body?: string;
  css?: string;
}

/** A copy of the classic theme at `dir/name`, without its own no-load policy, with `injection` in its head, its
 * body and at the top of its stylesheet. */
export function hostileTheme(dir: string, name: string, injection: ThemeInjection): string {
  const theme = join(dir, name);
  cpSync(join(root, 'templates', 'classic'), theme, { recursive: true });
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(theme, file), change(readFileSync(join(theme, file), 'utf8')));
  edit('partials/head.hbs', (t) =>
    t
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '')
      .replace('<head>', `<head>\n${injection.head ?? ''}`),
  );
  edit('resume.hbs', (t) => t.replace('<body>', `<body>\n${injection.body ?? ''}`));
  edit('style.css', (t) => `${injection.css ?? ''}\n${t}`);
  edit('theme.json', (t) => t.replace('"classic"', JSON.stringify(name)));
  return theme;
}
