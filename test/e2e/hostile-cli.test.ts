// Nothing a user can type or a page can send is an internal error (issue 19): an over-long --name, a port already
// taken, and request paths that do not decode, sent to the preview by any web page.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { cli, run } from '../hostile-harness.js';

const folder = () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Ada\n');
  return dir;
};

describe('--name', () => {
  it('a name longer than a file name can be is a usage error, with nothing written', async () => {
    const dir = folder();
    const r = await run(['build', '-f', 'md,txt', '--name', 'a'.repeat(300), '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `error: cannot write ${'a'.repeat(40)}…: a file name has at most 255 bytes, this one 303; choose a shorter name (--name)`,
    );
    expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : []).toEqual([]);
  });

  it('a name just under the limit, in two-byte letters, is written', async () => {
    const dir = folder();
    const name = 'é'.repeat(125);
    const r = await run(['build', '-f', 'md', '--name', name, '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual([`${name}.md`]);
  });
});

const running: ChildProcess[] = [];
const servers: Server[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
  for (const server of servers.splice(0)) server.close();
});

/** Starts `serve` in `dir`; resolves with its address once it prints it, or with its exit code. */
function serve(
  dir: string,
  args: string[] = [],
): Promise<{ url?: string; code?: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'serve', '-f', 'html', ...args], { cwd: dir, stdio: 'pipe' });
    running.push(child);
    let output = '';
    for (const stream of [child.stdout, child.stderr])
      stream.on('data', (d) => {
        output += d;
        const url = /preview at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
        if (url) resolve({ url, output });
      });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('serve', () => {
  it('a port already taken is said before anything is built: exit 1', async () => {
    const taken = createServer();
    servers.push(taken);
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as AddressInfo).port;
    const dir = folder();
    const r = await serve(dir, ['--port', String(port)]);
    expect(r.code).toBe(1);
    expect(r.output.trim()).toBe(
      `error: port ${port} is in use (another resume serve?): choose another with --port, or leave --port out to take a free one`,
    );
    expect(readdirSync(dir)).toEqual(['resume.yaml']); // nothing built
  });

  it('without --port, two previews run side by side on ports of their own', async () => {
    const [a, b] = await Promise.all([serve(folder()), serve(folder())]);
    expect(a.url).toBeDefined();
    expect(b.url).toBeDefined();
    expect(a.url).not.toBe(b.url);
  });

  /** Sends a raw request line and headers; the status code of the answer (0 if the connection closed first). */
  function raw(port: number, target: string, host = `127.0.0.1:${port}`): Promise<number> {
    return new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
      );
      let answer = '';
      socket.on('data', (d) => {
        answer += d;
      });
      socket.on('error', () => resolve(0));
      socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1] ?? 0)));
    });
  }

  it.each([
    ['a truncated escape', '/files/%E0%A4%A', 400],
    ['a lone percent sign', '/%', 400],
    ['an escape that is no hex', '/files/%zz', 400],
    ['an overlong encoding', '/files/%C0%AF', 400],
    ['a NUL byte', '/files/%00resume.html', 404],
    ['a path escaping upwards', '/files/..%2f..%2fresume.yaml', 404],
    ['an absolute URL', 'http://evil.example/files/resume.html', 200],
    ['an asterisk', '*', 404],
    ['a 60 KB path', `/files/${'a'.repeat(60_000)}`, 431],
  ])('%s gets an answer (no crash) and the preview keeps serving', async (_, target, status) => {
    const started = await serve(folder());
    const port = Number(new URL(started.url as string).port);
    expect(await raw(port, target)).toBe(status);
    expect(await raw(port, '/')).toBe(200);
    expect(await raw(port, '/files/resume.html')).toBe(200);
  });
});
