// Reads a PDF back the way an applicant-tracking system would, with pdf.js: nothing outside npm is needed.
// `resume check` and the tests use this one reader.
import { readFileSync } from 'node:fs';

export interface PdfWord {
  page: number;
  text: string;
  xMax: number;
  /** Baseline height from the page's bottom. */
  y: number;
  pageWidth: number;
}

export interface PdfFont {
  name: string;
  embedded: boolean;
  type3: boolean;
}

export interface PdfContents {
  /** Text in content-stream order (as `pdftotext -raw` gives it), pages separated by form feeds. */
  text: string;
  pages: string[];
  pageCount: number;
  /** Width × height of the first page, in points. */
  pageSize: [number, number];
  info: Record<string, string>;
  tagged: boolean;
  links: string[];
  fonts: PdfFont[];
  words: PdfWord[];
  /** Images drawn, over all pages. */
  images: number;
  /** Fill colours used, as #rrggbb. */
  colors: Set<string>;
}

const cache = new Map<string, Promise<PdfContents>>();

export function readPdf(path: string): Promise<PdfContents> {
  const bytes = readFileSync(path);
  const key = `${path}:${bytes.length}:${bytes.subarray(-64).toString('hex')}`;
  let read = cache.get(key);
  if (!read) {
    read = parsePdf(new Uint8Array(bytes));
    cache.set(key, read);
  }
  return read;
}

export async function pdfText(path: string): Promise<string> {
  return (await readPdf(path)).text;
}

export async function parsePdf(data: Uint8Array): Promise<PdfContents> {
  // pdf.js is large: it loads only when a PDF is read.
  const { OPS, getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data, verbosity: 0, isEvalSupported: false, disableFontFace: true })
    .promise;
  try {
    const meta = await doc.getMetadata();
    const info = Object.fromEntries(
      Object.entries(meta.info as Record<string, unknown>)
        .filter(([, v]) => typeof v === 'string')
        .map(([k, v]) => [k, v as string]),
    );
    const mark = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
    const pages: string[] = [];
    const links: string[] = [];
    const words: PdfWord[] = [];
    const fonts = new Map<string, PdfFont>();
    let pageSize: [number, number] = [0, 0];
    let images = 0;
    const colors = new Set<string>();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      if (n === 1) pageSize = [Math.round((x1 - x0) * 100) / 100, Math.round((y1 - y0) * 100) / 100];
      const content = await page.getTextContent();
      let text = '';
      let last: { x: number; y: number; size: number } | undefined;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [size = 0, , , , x = 0, y = 0] = item.transform as number[];
        if (item.str !== '') {
          if (last && !/\s$/.test(text) && !/^\s/.test(item.str)) {
            if (Math.abs(y - last.y) > Math.max(size, last.size) / 2) text += '\n';
            else if (x - last.x > 0.15 * size) text += ' ';
          }
          text += item.str;
          last = { x: x + item.width, y, size };
          for (const m of item.str.matchAll(/\S+/g)) {
            const before = item.str.slice(0, (m.index ?? 0) + m[0].length).length / item.str.length;
            words.push({ page: n, text: m[0], xMax: x + item.width * before, y, pageWidth: x1 - x0 });
          }
        }
        if (item.hasEOL && !text.endsWith('\n')) text += '\n';
      }
      pages.push(text);
      for (const a of await page.getAnnotations()) if (a.subtype === 'Link' && a.url) links.push(a.url);
      const ops = await page.getOperatorList();
      for (const [i, fn] of ops.fnArray.entries()) {
        if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) images++;
        if (fn === OPS.setFillRGBColor) colors.add(String(ops.argsArray[i][0]).toLowerCase());
        if (fn !== OPS.setFont) continue;
        const id = ops.argsArray[i][0] as string;
        const font = page.commonObjs.get(id) as {
          name?: string;
          missingFile?: boolean;
          isType3Font?: boolean;
        };
        const name = font.name ?? id;
        fonts.set(name, { name, embedded: !font.missingFile, type3: Boolean(font.isType3Font) });
      }
      page.cleanup();
    }
    return {
      text: pages.join('\f'),
      pages,
      pageCount: doc.numPages,
      pageSize,
      info,
      tagged: Boolean(mark?.Marked),
      links,
      fonts: [...fonts.values()],
      words,
      images,
      colors,
    };
  } finally {
    await doc.destroy();
  }
}
