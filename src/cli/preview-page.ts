// The preview's own page: the pages as they print (the PDF) or the web page (the HTML) in a frame, the page count
// and paper, links to every format (and the match report with a posting), an overlay with a failed build's
// problems, and the script that reloads after each build. The script lives only
// here, never in the built HTML, which keeps its own no-script policy in its frame.

export const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const SHELL = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>résumé preview</title>
<style>
  html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; background: #e9ecef; }
  header { display: flex; gap: 1em; align-items: center; padding: 6px 12px; background: #1f3a5f; color: #fff; }
  header a { color: #fff; }
  #views button { font: inherit; color: #fff; background: none; border: 1px solid #ffffff66; border-radius: 3px;
    padding: 1px 8px; cursor: pointer; }
  #views button[aria-pressed="true"] { background: #ffffff33; border-color: #fff; }
  #links { display: flex; gap: 0.8em; }
  #sheet { font-weight: 600; }
  #status { margin-left: auto; opacity: .85; }
  iframe { display: block; width: 100%; height: calc(100% - 34px); border: 0; background: #fff; }
  #overlay { position: fixed; inset: 34px 0 auto 0; max-height: 70%; overflow: auto; margin: 0; padding: 12px 16px;
    background: #fff5f5; color: #8b1c1c; border-bottom: 3px solid #c92a2a; white-space: pre-wrap;
    font: 13px/1.45 ui-monospace, monospace; }
</style></head>
<body>
<header><strong>résumé preview</strong>
<span id="views"><button id="view-pages" aria-pressed="true">Pages</button> <button id="view-web" aria-pressed="false">Web page</button></span>
<span id="sheet"></span><span id="links"></span><span id="status"></span></header>
<iframe id="page" title="the résumé"></iframe>
<pre id="overlay" hidden></pre>
<script src="/preview.js"></script>
</body></html>
`;

// "Pages" shows the PDF as it prints (the browser's PDF viewer draws each page on its paper); "Web page" shows
// the HTML. The toolbar says how many pages, on which paper.
export const SCRIPT = `const frame = document.getElementById('page');
const overlay = document.getElementById('overlay');
const status = document.getElementById('status');
const sheet = document.getElementById('sheet');
const links = document.getElementById('links');
const buttons = { pages: document.getElementById('view-pages'), web: document.getElementById('view-web') };
let view = 'pages';
let last;
let shown = '';
function show() {
  const s = last;
  if (!s) return;
  const file = view === 'pages' && s.pdf ? s.pdf : s.page;
  if (!file) return;
  const src = '/files/' + encodeURIComponent(file) + '?v=' + s.version + (file === s.pdf ? '#view=FitH' : '');
  if (src !== shown) {
    shown = src;
    frame.src = src;
  }
  for (const [name, button] of Object.entries(buttons)) button.setAttribute('aria-pressed', String(name === view));
}
for (const [name, button] of Object.entries(buttons))
  button.addEventListener('click', () => {
    view = name;
    show();
  });
function render(s) {
  last = s;
  overlay.hidden = s.ok;
  overlay.textContent = s.ok ? '' : s.problems;
  status.textContent = s.ok ? 'built in ' + s.ms + ' ms' : 'last build failed: showing the last good one';
  sheet.textContent = s.pages ? s.pages + (s.pages === 1 ? ' page' : ' pages') + (s.paper ? ' · ' + s.paper : '') : '';
  show();
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

/** The page may run its own script and talk to this server, nothing else. */
export const SHELL_POLICY =
  "default-src 'none'; script-src 'self'; connect-src 'self'; frame-src 'self'; style-src 'unsafe-inline'";
