// Reads a PDF back the way an applicant-tracking system would, with pdf.js: nothing outside npm is needed.
// `resume check` and the tests use this one reader.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { loadPdfJs } from './pdfjs.js';

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
  const { OPS, getDocument } = await loadPdfJs();
  // pdf.js takes the bytes it is given (to its worker): it gets a copy, as the ActualText reader needs them too.
  const actualTexts = actualTextReader(data);
  const doc = await getDocument({
    data: data.slice(),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
  }).promise;
  try {
    const meta = await doc.getMetadata();
    // pdf.js gives the keys a PDF defines of its own (our build record) under Custom.
    const { Custom: custom, ...standard } = meta.info as Record<string, unknown>;
    const info = Object.fromEntries(
      Object.entries({ ...standard, ...(custom as Record<string, unknown> | undefined) })
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
      const content = await page.getTextContent({ includeMarkedContent: true });
      // Text Chrome drew as shaped glyphs (Arabic, Devanagari) carries its characters in an ActualText span,
      // which pdf.js does not read: it is taken from the page's content stream, in order, and stands for the
      // glyphs inside the span, as an extractor that honours ActualText (poppler's) reads it.
      const actual = actualTexts(page.ref);
      let text = '';
      let last: { x: number; y: number; size: number; sized: boolean } | undefined;
      const emit = (str: string, x: number, y: number, size: number, width: number) => {
        if (str === '') return;
        if (last && !/\s$/.test(text) && !/^\s/.test(str)) {
          if (Math.abs(y - last.y) > Math.max(size, last.size) / 2) text += '\n';
          // After a glyph pdf.js measures as zero-wide (a Devanagari half form), the gap says nothing.
          else if (last.sized && x - last.x > 0.15 * size) text += ' ';
        }
        text += str;
        last = { x: x + width, y, size, sized: width > 0 };
        for (const m of str.matchAll(/\S+/g)) {
          const before = str.slice(0, (m.index ?? 0) + m[0].length).length / str.length;
          words.push({ page: n, text: m[0], xMax: x + width * before, y, pageWidth: x1 - x0 });
        }
      };
      // Right-to-left text is drawn in visual order, in runs marked ReversedChars: a stretch of such runs on a
      // line is read back reversed, in the order it is written, with a space where the glyphs leave a gap (pdf.js
      // adds spaces of its own between shaped glyphs, so its spaces there are not taken).
      type Unit = { str: string; x: number; y: number; size: number; right: number };
      let stretch: Unit[] = [];
      const flush = () => {
        if (stretch.length === 0) return;
        const [first] = stretch;
        let str = '';
        for (const [i, u] of stretch.entries()) {
          const before = stretch[i - 1];
          str = (before && u.x - before.right > 0.15 * u.size ? `${u.str} ` : u.str) + str;
        }
        const left = Math.min(...stretch.map((u) => u.x));
        emit(str, left, first?.y ?? 0, first?.size ?? 0, Math.max(...stretch.map((u) => u.right)) - left);
        stretch = [];
      };
      const place = (unit: Unit, reversed: boolean) => {
        const sameLine = stretch.length === 0 || Math.abs(unit.y - (stretch[0]?.y ?? 0)) < unit.size / 2;
        if (/^\s+$/.test(unit.str) && stretch.length && sameLine) return;
        if (!reversed || !sameLine) flush();
        if (reversed) stretch.push(unit);
        else emit(unit.str, unit.x, unit.y, unit.size, unit.right - unit.x);
      };
      // Marked content as it nests; an ActualText span gathers its glyphs' extent and gives its text at its end.
      type Mark = { tag?: string; text?: string; x?: number; y?: number; size?: number; right?: number };
      const marks: Mark[] = [];
      const reversed = () => marks.some((m) => m.tag === 'ReversedChars');
      for (const item of content.items) {
        if (!('str' in item)) {
          if (item.type === 'endMarkedContent') {
            const span = marks.pop();
            if (span?.text !== undefined && span.x !== undefined)
              place(
                {
                  str: span.text,
                  x: span.x,
                  y: span.y ?? 0,
                  size: span.size ?? 0,
                  right: span.right ?? span.x,
                },
                reversed(),
              );
          } else {
            const tag = (item as { tag?: string }).tag;
            marks.push(
              tag === 'Span' && item.type === 'beginMarkedContentProps'
                ? { tag, text: actual.shift() ?? '' }
                : { tag },
            );
          }
          continue;
        }
        const [size = 0, , , , x = 0, y = 0] = item.transform as number[];
        const span = marks.findLast((m) => m.text !== undefined);
        // A glyph of an ActualText span: its place counts, its own (unmapped or partial) text does not. Spaces
        // in a span are not in its ActualText: the gap they leave says where they were.
        if (span) {
          if (/^\s*$/.test(item.str) && item.width > 0 && !/^$/.test(item.str)) continue;
          if (span.x === undefined) Object.assign(span, { x, y, size, right: x + item.width });
          span.x = Math.min(span.x ?? x, x);
          span.right = Math.max(span.right ?? x, x + item.width);
          continue;
        }
        if (item.str !== '') place({ str: item.str, x, y, size, right: x + item.width }, reversed() && !span);
        if (item.hasEOL) {
          flush();
          if (!text.endsWith('\n')) text += '\n';
        }
      }
      flush();
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

/** Reads the ActualText strings of a page's content stream, in order. Chrome's PDFs keep page and stream
 * dictionaries uncompressed, so the page object and its /Contents are found in the file's bytes (read once). */
function actualTextReader(data: Uint8Array): (ref: { num: number; gen: number } | null) => string[] {
  const file = Buffer.from(data.buffer, data.byteOffset, data.length);
  const raw = file.toString('latin1');
  const object = (num: number, gen: number) => {
    const at = new RegExp(`(?<![0-9])${num} ${gen} obj`).exec(raw);
    return at ? at.index + at[0].length : -1;
  };
  return (ref) => (ref ? pageActualTexts(file, raw, object, ref) : []);
}

function pageActualTexts(
  file: Buffer,
  raw: string,
  object: (num: number, gen: number) => number,
  ref: { num: number; gen: number },
): string[] {
  const pageAt = object(ref.num, ref.gen);
  if (pageAt < 0) return [];
  const dict = raw.slice(pageAt, raw.indexOf('endobj', pageAt));
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(dict)?.[1] ?? '';
  const out: string[] = [];
  for (const [, num, gen] of contents.matchAll(/(\d+)\s+(\d+)\s+R/g)) {
    const at = object(Number(num), Number(gen));
    if (at < 0) continue;
    const start = raw.indexOf('stream', at);
    const head = raw.slice(at, start);
    const bodyAt = start + (raw[start + 6] === '\r' ? 8 : 7);
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(head)?.[1];
    const end = length ? bodyAt + Number(length) : raw.indexOf('endstream', bodyAt);
    let stream = file.subarray(bodyAt, end);
    try {
      if (/\/FlateDecode/.test(head)) stream = inflateSync(stream);
    } catch {
      continue;
    }
    const ops = stream.toString('latin1');
    for (const m of ops.matchAll(
      /\/Span\s*<<\s*\/ActualText\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*>>\s*BDC/g,
    ))
      out.push(pdfString(m[1] ?? ''));
  }
  return out;
}

/** A PDF string, <hex> or (literal), as text: UTF-16BE after its byte order mark, else Latin-1. */
function pdfString(token: string): string {
  const bytes = token.startsWith('<')
    ? Buffer.from(token.slice(1, -1).replace(/\s/g, ''), 'hex')
    : Buffer.from(
        token
          .slice(1, -1)
          .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
            /^[0-7]/.test(e)
              ? String.fromCharCode(Number.parseInt(e, 8))
              : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[e] ?? e),
          ),
        'latin1',
      );
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
  return bytes.toString('latin1');
}
