// How full the last page of a printed PDF is, read from its content stream without a PDF library: the lowest
// text baseline on the page, through the transformations that place it. Cheap enough to run on every build, for
// the hint that a résumé spills onto a nearly empty page.
import { inflateSync } from 'node:zlib';

/** A page object's type entry (not /Pages, the tree's nodes): Chrome writes each page object uncompressed. */
const PAGE_TYPE = /\/Type\s*\/Page\b(?!s)/g;

/** Pages of a PDF. */
export function pageCount(pdf: Uint8Array): number {
  return latin1Of(pdf).match(PAGE_TYPE)?.length ?? 0;
}

const latin1Of = (pdf: Uint8Array) => Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length).toString('latin1');

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m × n: m applied first, then n (PDF's row-vector convention). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** The number of pages, and the last page object's media box height and its content stream, inflated. */
function lastPage(pdf: Uint8Array): { pages: number; height: number; content: string } | undefined {
  const text = latin1Of(pdf);
  let pages = 0;
  let at = -1;
  for (const m of text.matchAll(PAGE_TYPE)) {
    pages++;
    at = m.index;
  }
  const objectStart = text.lastIndexOf(' 0 obj', at);
  if (at < 0 || objectStart < 0 || !/^\s*<<\s*$/.test(text.slice(objectStart + 6, at))) return undefined;
  const dictionary = text.slice(objectStart, text.indexOf('endobj', at));
  const height = Number(/\/MediaBox\s*\[\s*[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+([-\d.]+)/.exec(dictionary)?.[1]);
  const ref = /\/Contents\s+(\d+)\s+0\s+R/.exec(dictionary)?.[1];
  if (!ref || !height) return undefined;
  const start = text.indexOf(`\n${ref} 0 obj`);
  const header = text.slice(start, text.indexOf('stream', start));
  const length = Number(/\/Length\s+(\d+)/.exec(header)?.[1]);
  let from = start + header.length + 'stream'.length;
  if (text[from] === '\r') from++;
  if (text[from] === '\n') from++;
  const raw = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length).subarray(from, from + length);
  try {
    return {
      pages,
      height,
      content: (/FlateDecode/.test(header) ? inflateSync(raw) : raw).toString('latin1'),
    };
  } catch {
    return undefined;
  }
}

/** The operators that place text, each a whole token: q and Q (save and restore the transformation), and cm
 * (transform) or Tm (set the text matrix) after their six numbers. The operators are found first, then each one's
 * numbers just before it: a page's content is mostly glyph strings, and a pattern tried at each of its places (or
 * a token allocated for each) cost milliseconds. */
const PLACING = /(?:^|\s)(q|Q|cm|Tm)(?=\s|$)/g;
const SIX_NUMBERS = /(?:^|\s)((?:[-+]?(?:\d+\.?\d*|\.\d+)\s+){6})$/;
/** More than six numbers as Chrome writes them take ("-.23999999 0 0 -.23999999 0 841.91998"). */
const OPERANDS_REACH = 200;

/** The lowest text baseline of a content stream, in page space (PDF points from the bottom). */
function lowestText(content: string): number | undefined {
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  let lowest: number | undefined;
  for (const m of content.matchAll(PLACING)) {
    const operator = m[1] ?? '';
    if (operator === 'q') stack.push(ctm);
    else if (operator === 'Q') ctm = stack.pop() ?? IDENTITY;
    else {
      const at = m.index + m[0].length - operator.length;
      const operands = SIX_NUMBERS.exec(content.slice(Math.max(0, at - OPERANDS_REACH), at))?.[1];
      if (!operands) continue;
      const numbers = operands.trim().split(/\s+/).map(Number) as Matrix;
      if (operator === 'cm') ctm = multiply(numbers, ctm);
      else {
        const [x, y] = [numbers[4], numbers[5]];
        const pageY = ctm[1] * x + ctm[3] * y + ctm[5];
        lowest = lowest === undefined ? pageY : Math.min(lowest, pageY);
      }
    }
  }
  return lowest;
}

/** Pages, and how much of the last page's text area (between the margins, in points) its text reaches, 0–1;
 * undefined when the PDF cannot be read this way. */
export function lastPageFill(
  pdf: Uint8Array,
  margins: { top: number; bottom: number },
): { pages: number; fill: number } | undefined {
  const page = lastPage(pdf);
  const lowest = page && lowestText(page.content);
  if (!page || lowest === undefined) return undefined;
  const area = page.height - margins.top - margins.bottom;
  const used = page.height - margins.top - lowest;
  return { pages: page.pages, fill: Math.min(1, Math.max(0, used / area)) };
}

/** The paper a PDF's first page is on, by its media box (A4, Letter, or its size in mm). */
export function paperOf(pdf: Uint8Array): string | undefined {
  const text = latin1Of(pdf);
  const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)/.exec(text);
  if (!box) return undefined;
  const [w, h] = [Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])];
  const near = (a: number, b: number) => Math.abs(a - b) < 2;
  if (near(w, 595.3) && near(h, 841.9)) return 'A4';
  if (near(w, 612) && near(h, 792)) return 'Letter';
  return `${Math.round((w * 25.4) / 72)} × ${Math.round((h * 25.4) / 72)} mm`;
}
