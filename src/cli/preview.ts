// The preview server of `resume serve`, bound to 127.0.0.1 before anything is built (a taken port is said at once).
// It serves its own page (preview-page.ts), the last good build's files and nothing else, the match report with a
// posting, and pushes each build to the open pages. A request it cannot make sense of is a 400, never a crash.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { formatDiagnostics, UserError } from '../errors.js';
import { MANIFEST } from '../pipeline/manifest.js';
import { pageCount, paperOf } from '../render/pdf/fill.js';
import { PAGE_POLICY } from '../render/pdf/isolation.js';
import { SCRIPT, SHELL, SHELL_POLICY, TYPES } from './preview-page.js';
import type { BuildOutcome, WatchSession } from './watch.js';

export interface Preview {
  url: string;
  close(): Promise<void>;
}

export interface PreviewOptions {
  /** The match report's page for the résumé as it is now (serve --job), made after each good build. */
  matchPage?: () => Promise<{ page: string; score: number }>;
}

/** What the preview serves from: the watch session, the last good build's files, the match report. */
interface PreviewState {
  status(): Record<string, unknown> & { files: string[] };
  file(name: string): string | undefined;
  match(): string | undefined;
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
  if (!isOwn(host, port)) return text(403, 'forbidden: foreign Host header\n');
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'method not allowed\n');
  let path: string;
  try {
    path = decodeURIComponent(new URL(target, 'http://x').pathname);
  } catch {
    return text(400, 'bad request: the path does not decode\n');
  }
  const html = TYPES.html as string;
  if (path === '/')
    return { status: 200, type: html, body: SHELL, headers: { 'Content-Security-Policy': SHELL_POLICY } };
  if (path === '/preview.js') return { status: 200, type: 'text/javascript; charset=utf-8', body: SCRIPT };
  if (path === '/status')
    return { status: 200, type: TYPES.json as string, body: JSON.stringify(state.status()) };
  const match = path === '/match' ? state.match() : undefined;
  if (match)
    return { status: 200, type: html, body: match, headers: { 'Content-Security-Policy': PAGE_POLICY } };
  return builtFile(path.startsWith('/files/') ? path.slice('/files/'.length) : '', state);
}

/** Only the files the last good build wrote: no listing, no other path. */
function builtFile(name: string, state: PreviewState): Reply {
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

/** The preview server, listening before anything is built; `show` then serves a watch session. */
export async function openPreview(
  port: number,
): Promise<{ url: string; show(session: WatchSession, options?: PreviewOptions): Promise<Preview> }> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (handler) handler(req, res);
    else send(res, text(503, 'building: try again in a moment\n'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(portError(error, port)));
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${actualPort}/`;
  const show = async (session: WatchSession, options: PreviewOptions = {}): Promise<Preview> => {
    const clients = new Set<ServerResponse>();
    const state = await previewState(session, clients, options.matchPage);
    handler = (req, res) => answer(req, res, actualPort, state, clients);
    const close = () =>
      new Promise<void>((resolve) => {
        for (const client of clients) client.end();
        server.close(() => resolve());
      });
    return { url, close };
  };
  return { url, show };
}

function answer(
  req: IncomingMessage,
  res: ServerResponse,
  port: number,
  state: PreviewState,
  clients: Set<ServerResponse>,
): void {
  try {
    if (req.method === 'GET' && req.url === '/events' && isOwn(req.headers.host, port)) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive', ...COMMON });
      res.write('retry: 500\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    send(res, route(req.method ?? '', req.url ?? '/', req.headers.host ?? '', port, state));
  } catch {
    // Not expected; still one bad request must not stop the preview.
    if (!res.headersSent) send(res, text(500, 'internal error\n'));
    else res.destroy();
  }
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

/** The state of the session as the page reads it, pushed to every open page after each build; with a posting,
 * the match report made afresh after each good build. */
async function previewState(
  session: WatchSession,
  clients: Set<ServerResponse>,
  matchPage: PreviewOptions['matchPage'],
): Promise<PreviewState> {
  let good: BuildOutcome | undefined;
  let version = 0;
  let match: { page: string; score: number } | undefined;
  let printed: Printed | undefined;
  const rematch = async () => {
    // A failed report leaves the build's own problems to be shown; it comes back with the next good build.
    match = matchPage ? await matchPage().catch(() => undefined) : undefined;
  };
  const status = () => {
    const last = session.last();
    if (last?.ok) good = last;
    // A manifest records a build; it is not one of the formats to look at.
    const files = (good?.written ?? []).map((f) => basename(f)).filter((f) => !f.endsWith(MANIFEST));
    const page = files.find((f) => f.endsWith('.html'));
    return {
      ok: last?.ok ?? false,
      ms: Math.round(last?.ms ?? 0),
      problems: last && !last.ok ? `${formatDiagnostics(last.diagnostics)}\nerror: ${last.message}` : '',
      page,
      ...printed,
      files,
      version,
      match: match && { score: match.score },
    };
  };
  session.onBuild(async (outcome) => {
    if (outcome.ok) {
      version++;
      printed = printedOf(outcome);
      await rematch();
    }
    const data = `event: build\ndata: ${JSON.stringify(status())}\n\n`;
    for (const client of clients) client.write(data);
  });
  const first = session.last();
  if (first?.ok) {
    printed = printedOf(first);
    await rematch();
  }
  status();
  return {
    status,
    file: (name) => good?.written.find((f) => basename(f) === name),
    match: () => match?.page,
  };
}

/** The pages of a build as they will print: the PDF beside its HTML, its page count and its paper. */
interface Printed {
  pdf: string;
  pages: number;
  paper?: string;
}

function printedOf(build: BuildOutcome): Printed | undefined {
  const html = build.written.find((f) => f.endsWith('.html'));
  const pdf = build.written.find(
    (f) => f.endsWith('.pdf') && (!html || f === html.replace(/\.html$/, '.pdf')),
  );
  if (!pdf) return undefined;
  try {
    const bytes = new Uint8Array(readFileSync(pdf));
    return { pdf: basename(pdf), pages: pageCount(bytes), paper: paperOf(bytes) };
  } catch {
    return undefined;
  }
}

const COMMON = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { 'Content-Type': reply.type, ...COMMON, ...reply.headers });
  res.end(reply.body);
}
