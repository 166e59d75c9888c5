// pdf.js, loaded for reading only: text, links, fonts and operators, never drawing a page. Its Node build takes
// DOMMatrix, ImageData and Path2D from the optional native @napi-rs/canvas package (33 MB), which is not installed
// with this program: only drawing uses them, but pdf.js 5 makes one DOMMatrix as it loads (pdf.js 6 no longer
// does, and needs Node 22). Inert stand-ins are set for the load and taken away after it; the warnings about the
// missing package are not printed. The worker runs in this thread, from the same bundle.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= load();
  return loading;
}

const DRAWING_ONLY = ['DOMMatrix', 'ImageData', 'Path2D'] as const;

async function load(): Promise<PdfJs> {
  const global = globalThis as Record<string, unknown>;
  const added = DRAWING_ONLY.filter((name) => !(name in global));
  for (const name of added) global[name] = class {};
  const warn = console.warn;
  console.warn = () => {};
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  } finally {
    console.warn = warn;
    for (const name of added) delete global[name];
  }
}
