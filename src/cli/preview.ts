// The preview server of `resume serve`: a page on 127.0.0.1 showing the built HTML in a frame, the other formats
// one click away, an overlay with the problems of a failed build, and a reload after every build. The reload
// script lives only in this page, never in the built HTML (which stays script-free in its own frame).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { formatDiagnostics, UserError } from '../errors.js';
import { PAGE_POLICY } from '../render/pdf/isolation.js';
import type { BuildOutcome, WatchSession } from './watch.js';

export interface Preview {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const SHELL = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>résumé preview</title>
<style>
  html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; background: #e9ecef; }
  header { display: flex; gap: 1em; align-items: center; padding: 6px 12px; background: #1f3a5f; color: #fff; }
  header a { color: #fff; }
  #links { display: flex; gap: 0.8em; }
  #status { margin-left: auto; opacity: .85; }
  iframe { display: block; width: 100%; height: calc(100% - 34px); border: 0; background: #fff; }
  #overlay { position: fixed; inset: 34px 0 auto 0; max-height: 70%; overflow: auto; margin: 0; padding: 12px 16px;
    background: #fff5f5; color: #8b1c1c; border-bottom: 3px solid #c92a2a; white-space: pre-wrap;
    font: 13px/1.45 ui-monospace, monospace; }
</style></head>
<body>
<header><strong>résumé preview</strong><span id="links"></span><span id="status"></span></header>
<iframe id="page" title="the résumé"></iframe>
<pre id="overlay" hidden></pre>
<script src="/preview.js"></script>
</body></html>
`;

const SCRIPT = `const frame = document.getElementById('page');
const overlay = document.getElementById('overlay');
const status = document.getElementById('status');
const links = document.getElementById('links');
let shown = '';
function render(s) {
  overlay.hidden = s.ok;
  overlay.textContent = s.ok ? '' : s.problems;
  status.textContent = s.ok ? 'built in ' + s.ms + ' ms' : 'last build failed: showing the last good one';
  if (s.page && s.page + '?' + s.version !== shown) {
    shown = s.page + '?' + s.version;
    frame.src = '/files/' + encodeURIComponent(s.page) + '?v=' + s.version;
  }
  links.replaceChildren(...s.files.map((f) => {
    const a = document.createElement('a');
    a.href = '/files/' + encodeURIComponent(f);
    a.target = '_blank';
    a.textContent = f.split('.').pop().toUpperCase();
    return a;
  }));
  document.documentElement.dataset.version = s.version;
}
fetch('/status').then((r) => r.json()).then(render);
new EventSource('/events').addEventListener('build', (e) => render(JSON.parse(e.data)));
`;

/** What the preview serves from: the watch session and the last good build's files. */
interface PreviewState {
  status(): Record<string, unknown> & { files: string[] };
  file(name: string): string | undefined;
}

type Reply = { status: number; type: string; body: string | Buffer; headers?: Record<string, string> };

const text = (status: number, body: string): Reply => ({ status, type: 'text/plain', body });

/** The answer to one request, decided from its method, target and Host header alone (the events stream aside).
 * Nothing a request can hold makes it throw: a target that does not decode is a 400. */
export function route(
  method: string,
  target: string,
  host: string,
  port: number,
  state: PreviewState,
): Reply {
  // Only this machine's browser, asking for this server by name: a page elsewhere cannot reach it through
  // DNS rebinding.
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
    return text(403, 'forbidden: foreign Host header\n');
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'method not allowed\n');
  let path: string;
  try {
    path = decodeURIComponent(new URL(target, 'http://x').pathname);
  } catch {
    return text(400, 'bad request: the path does not decode\n');
  }
  if (path === '/')
    return {
      status: 200,
      type: TYPES.html as string,
      body: SHELL,
      headers: { 'Content-Security-Policy': SHELL_POLICY },
    };
  if (path === '/preview.js') return { status: 200, type: 'text/javascript; charset=utf-8', body: SCRIPT };
  if (path === '/status')
    return { status: 200, type: TYPES.json as string, body: JSON.stringify(state.status()) };
  // Only the files the last good build wrote: no listing, no other path.
  const name = path.startsWith('/files/') ? path.slice('/files/'.length) : '';
  const file = state.file(name);
  if (!file) return text(404, 'not found\n');
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch {
    return text(404, 'not found\n');
  }
  const type = TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
  // The page loads what the PDF's page loaded: nothing (a JSON Resume theme's web fonts included), and the browser
  // is told not to look up the host names it names.
  const headers = name.endsWith('.html')
    ? { 'Content-Security-Policy': PAGE_POLICY, 'X-DNS-Prefetch-Control': 'off' }
    : undefined;
  return { status: 200, type, body, headers };
}

const SHELL_POLICY =
  "default-src 'none'; script-src 'self'; connect-src 'self'; frame-src 'self'; style-src 'unsafe-inline'";

/** The preview server, listening before anything is built: a port already taken is said at once. */
export async function openPreview(
  port: number,
): Promise<{ url: string; show(session: WatchSession): Preview }> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (handler) handler(req, res);
    else send(res, { ...text(503, 'building: try again in a moment\n') });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(portError(error, port)));
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${actualPort}/`;
  return {
    url,
    show(session) {
      const clients = new Set<ServerResponse>();
      const state = previewState(session, clients);
      handler = (req, res) => {
        try {
          if (req.method === 'GET' && req.url === '/events' && isOwn(req.headers.host, actualPort)) {
            res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive', ...COMMON });
            res.write('retry: 500\n\n');
            clients.add(res);
            req.on('close', () => clients.delete(res));
            return;
          }
          send(res, route(req.method ?? '', req.url ?? '/', req.headers.host ?? '', actualPort, state));
        } catch {
          // Not expected; still one bad request must not stop the preview.
          if (!res.headersSent) send(res, text(500, 'internal error\n'));
          else res.destroy();
        }
      };
      return {
        url,
        close: () =>
          new Promise((resolve) => {
            for (const client of clients) client.end();
            server.close(() => resolve());
          }),
      };
    },
  };
}

function isOwn(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function portError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE')
    return new UserError(
      `port ${port} is in use (another resume serve?): choose another with --port, or leave --port out to take a free one`,
    );
  if (error.code === 'EACCES')
    return new UserError(
      `port ${port} needs privileges this user does not have: choose one above 1023 with --port`,
    );
  return error;
}

/** The state of the session as the page reads it, pushed to every open page after each build. */
function previewState(session: WatchSession, clients: Set<ServerResponse>): PreviewState {
  let good: BuildOutcome | undefined;
  let version = 0;
  const status = () => {
    const last = session.last();
    if (last?.ok) good = last;
    const files = (good?.written ?? []).map((f) => basename(f));
    return {
      ok: last?.ok ?? false,
      ms: Math.round(last?.ms ?? 0),
      problems: last && !last.ok ? `${formatDiagnostics(last.diagnostics)}\nerror: ${last.message}` : '',
      page: files.find((f) => f.endsWith('.html')),
      files,
      version,
    };
  };
  session.onBuild((outcome) => {
    if (outcome.ok) version++;
    const data = `event: build\ndata: ${JSON.stringify(status())}\n\n`;
    for (const client of clients) client.write(data);
  });
  status();
  return { status, file: (name) => good?.written.find((f) => basename(f) === name) };
}

const COMMON = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { 'Content-Type': reply.type, ...COMMON, ...reply.headers });
  res.end(reply.body);
}
