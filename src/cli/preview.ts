// The preview server of `resume serve`: a page on 127.0.0.1 showing the built HTML in a frame, the other formats
// one click away (and the match report, when a job posting is given), an overlay with the problems of a failed
// build, and a reload after every build. The reload script lives only in this page, never in the built HTML
// (which stays script-free in its own frame).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { formatDiagnostics } from '../errors.js';
import type { BuildOutcome, WatchSession } from './watch.js';

export interface Preview {
  url: string;
  close(): Promise<void>;
}

export interface PreviewOptions {
  /** The match report's page for the résumé as it is now (serve --job), made after each good build. */
  matchPage?: () => Promise<{ page: string; score: number }>;
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
  const link = (href, text) => {
    const a = document.createElement('a');
    a.href = href;
    a.target = '_blank';
    a.textContent = text;
    return a;
  };
  // A letter's files and the résumé's share extensions: then each link says its file's name.
  const ext = (g) => g.split('.').pop();
  const label = (f) => (s.files.filter((g) => ext(g) === ext(f)).length > 1 ? f : ext(f).toUpperCase());
  links.replaceChildren(
    ...s.files.map((f) => link('/files/' + encodeURIComponent(f), label(f))),
    ...(s.match ? [link('/match', 'match ' + s.match.score + '/100')] : []),
  );
  document.documentElement.dataset.version = s.version;
}
fetch('/status').then((r) => r.json()).then(render);
new EventSource('/events').addEventListener('build', (e) => render(JSON.parse(e.data)));
`;

/** What the preview shows: the last good build, a version the page reloads on, the match report (serve --job). */
function previewState(session: WatchSession, matchPage: PreviewOptions['matchPage']) {
  let good: BuildOutcome | undefined;
  let version = 0;
  let match: { page: string; score: number } | undefined;
  const state = () => {
    const last = session.last();
    if (last?.ok) good = last;
    // A manifest records a build; it is not one of the formats to look at.
    const files = (good?.written ?? []).map((f) => basename(f)).filter((f) => !f.endsWith('.manifest.json'));
    return {
      ok: last?.ok ?? false,
      ms: Math.round(last?.ms ?? 0),
      problems: last && !last.ok ? `${formatDiagnostics(last.diagnostics)}\nerror: ${last.message}` : '',
      page: files.find((f) => f.endsWith('.html')),
      files,
      version,
      match: match && { score: match.score },
    };
  };
  /** The report, made afresh for the résumé as it is now. */
  const rematch = async () => {
    if (!matchPage) return;
    try {
      match = await matchPage();
    } catch {
      match = undefined; // The build's own problems are shown; the report comes back with the next good build.
    }
  };
  /** After a good build: a new version for the page to reload, and the report made afresh. */
  const built = () => {
    version++;
    return rematch();
  };
  return { state, built, rematch, good: () => good, match: () => match };
}

export async function startPreview(
  session: WatchSession,
  port: number,
  options: PreviewOptions = {},
): Promise<Preview> {
  const clients = new Set<ServerResponse>();
  const preview = previewState(session, options.matchPage);
  session.onBuild(async (outcome) => {
    if (outcome.ok) await preview.built();
    const data = `event: build\ndata: ${JSON.stringify(preview.state())}\n\n`;
    for (const client of clients) client.write(data);
  });
  preview.state();
  if (session.last()?.ok) await preview.rematch();

  const server = createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    // Only this machine's browser, asking for this server by name: a page elsewhere cannot reach it through
    // DNS rebinding.
    if (!isOwnHost(req, actualPort)) return send(res, 403, 'text/plain', 'forbidden: foreign Host header\n');
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain', 'method not allowed\n');
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/') {
      res.setHeader(
        'Content-Security-Policy',
        "default-src 'none'; script-src 'self'; connect-src 'self'; frame-src 'self'; style-src 'unsafe-inline'",
      );
      return send(res, 200, TYPES.html as string, SHELL);
    }
    if (path === '/preview.js') return send(res, 200, 'text/javascript; charset=utf-8', SCRIPT);
    if (path === '/status') return send(res, 200, TYPES.json as string, JSON.stringify(preview.state()));
    const match = preview.match();
    if (path === '/match' && match) {
      res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      return send(res, 200, TYPES.html as string, match.page);
    }
    if (path === '/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
      res.write('retry: 500\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    return sendBuilt(res, path.startsWith('/files/') ? path.slice('/files/'.length) : '', preview.good());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () =>
      new Promise((resolve) => {
        for (const client of clients) client.end();
        server.close(() => resolve());
      }),
  };
}

/** Only the files the last good build wrote: no listing, no other path. */
function sendBuilt(res: ServerResponse, name: string, good: BuildOutcome | undefined): void {
  const file = good?.written.find((f) => basename(f) === name);
  if (!file) {
    send(res, 404, 'text/plain', 'not found\n');
    return;
  }
  // The page loads what the PDF's page loaded: nothing (a JSON Resume theme's web fonts and scripts included).
  if (name.endsWith('.html'))
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:",
    );
  try {
    send(res, 200, TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', readFileSync(file));
  } catch {
    send(res, 404, 'text/plain', 'not found\n');
  }
}

function isOwnHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}
