// The browser session on its own: even raw HTML that tries to fetch (which escaping never lets through) loads
// nothing, and one browser prints several PDFs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fontStack, likelyFaces } from '../../src/render/fonts.js';
import { BrowserSession } from '../../src/render/pdf/browser.js';
import { discoverBrowser } from '../../src/render/pdf/discover.js';
import { countingServer, tempDir } from '../helpers.js';
import { pdfText, readPdf } from '../pdf.js';

describe('BrowserSession', () => {
  const session = BrowserSession.start(discoverBrowser());
  afterAll(() => session.close());

  it('blocks network and file requests from the page and runs no script', async () => {
    const { port, hits, settled, close } = await countingServer();
    const base = `http://127.0.0.1:${port}`;
    try {
      const html = `<!doctype html><html><head><link rel="stylesheet" href="${base}/s.css">
        <style>@import url(${base}/i.css); body { background: url(${base}/bg.png) }</style></head>
        <body><h1>Isolated</h1><img src="${base}/x.png"><iframe src="file:///etc/passwd"></iframe>
        <script>document.body.append('SCRIPT RAN'); fetch('${base}/js')</script></body></html>`;
      const pdf = await session.printPdf(html, { paper: 'A4' });
      expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      await settled();
      expect(hits).toEqual([]);
      expect(session.blocked).toEqual(expect.arrayContaining([`${base}/x.png`]));
      const file = join(tempDir(), 'x.pdf');
      writeFileSync(file, pdf);
      const text = await pdfText(file);
      expect(text).toContain('Isolated');
      expect(text).not.toContain('SCRIPT RAN');
    } finally {
      close();
    }
  });

  it('prints several pages concurrently with one browser', async () => {
    const pdfs = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        session.printPdf(`<!doctype html><title>${n}</title><p>page ${n}</p>`, { paper: 'Letter' }),
      ),
    );
    expect(pdfs.map((p) => Buffer.from(p).subarray(0, 5).toString())).toEqual([
      '%PDF-',
      '%PDF-',
      '%PDF-',
      '%PDF-',
    ]);
  });

  it('prints a page whose fonts it loaded ahead as it prints it without, and survives a preload that fails', async () => {
    const faces = likelyFaces(fontStack('Source Sans 3'));
    expect(faces.match(/@font-face/g)?.length).toBe(5);
    const html = `<!doctype html><style>${faces}</style>
      <p style="font-family: 'Source Sans 3'">Ahead <b>bold</b> <i>italic</i> <b><i>both</i></b></p>`;
    const read = async (pdf: Uint8Array) => {
      const file = join(tempDir(), 'fonts.pdf');
      writeFileSync(file, pdf);
      const { text, fonts } = await readPdf(file);
      return {
        text,
        fonts: fonts
          .map((f) => ({ ...f, name: f.name.replace(/^[A-Z]{6}\+/, '') }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      };
    };
    const ahead = BrowserSession.start(discoverBrowser());
    const broken = BrowserSession.start(discoverBrowser());
    try {
      ahead.preloadFonts(() => faces);
      broken.preloadFonts(() => '@font-face { font-family: X; src: url(data:font/woff2;base64,AAAA) }');
      const [preloaded, failed, plain] = await Promise.all([
        ahead.printPdf(html, { paper: 'A4' }).then(read),
        broken.printPdf(html, { paper: 'A4' }).then(read),
        session.printPdf(html, { paper: 'A4' }).then(read),
      ]);
      expect(plain.text).toContain('Ahead bold italic both');
      expect(plain.fonts.length).toBeGreaterThanOrEqual(3);
      expect(plain.fonts.every((f) => f.embedded && !f.type3 && /SourceSans3/.test(f.name))).toBe(true);
      expect(preloaded).toEqual(plain);
      expect(failed).toEqual(plain);
    } finally {
      ahead.close();
      broken.close();
    }
  });
});
