// Reads a PDF back the way an applicant-tracking system would, with pdf.js: nothing outside npm is needed.
// `resume check` and the tests use this one reader.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { RIGHT_TO_LEFT } from '../../core/direction.js';
import { LIMITS } from '../../core/limits.js';
import { UserError } from '../../errors.js';
import { checkPdfBounds } from '../read-bounded.js';
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

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
type TextItems = Awaited<ReturnType<PdfPage['getTextContent']>>['items'];

export async function parsePdf(data: Uint8Array, name = 'the PDF'): Promise<PdfContents> {
  // pdf.js is large: it loads only when a PDF is read.
  const pdfjs = await loadPdfJs();
  checkPdfBounds(data, name);
  // pdf.js takes the bytes it is given (to its worker): it gets a copy, as the ActualText reader needs them too.
  const actualTexts = actualTextReader(data);
  const doc = await openPdf(pdfjs, data, name);
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
    const contents: PdfContents = {
      text: '',
      pages: [],
      pageCount: doc.numPages,
      pageSize: [0, 0],
      info,
      tagged: Boolean(mark?.Marked),
      links: [],
      fonts: [],
      words: [],
      images: 0,
      colors: new Set<string>(),
    };
    const fonts = new Map<string, PdfFont>();
    for (let n = 1; n <= doc.numPages; n++)
      await readPage(await doc.getPage(n), n, pdfjs, actualTexts, contents, fonts);
    return { ...contents, text: contents.pages.join('\f'), fonts: [...fonts.values()] };
  } finally {
    await doc.destroy();
  }
}

/** The document, within the bounds check sets (image size, pages); a file pdf.js cannot open is the user's. */
async function openPdf(pdfjs: PdfJs, data: Uint8Array, name: string): Promise<PdfDocument> {
  let doc: PdfDocument;
  try {
    doc = await pdfjs.getDocument({
      data: data.slice(),
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      maxImageSize: LIMITS.checkPdfImagePixels,
    }).promise;
  } catch (error) {
    throw new UserError(`${name}: not a PDF check can read: ${(error as Error).message ?? String(error)}`);
  }
  if (doc.numPages > LIMITS.checkPdfPages) {
    await doc.destroy();
    throw new UserError(
      `${name}: ${doc.numPages} pages; check reads PDFs of at most ${LIMITS.checkPdfPages}`,
    );
  }
  return doc;
}

/** One page into the contents: its text, words, links, images, colours and fonts. */
async function readPage(
  page: PdfPage,
  n: number,
  pdfjs: PdfJs,
  actualTexts: ReturnType<typeof actualTextReader>,
  contents: PdfContents,
  fonts: Map<string, PdfFont>,
): Promise<void> {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  if (n === 1) contents.pageSize = [Math.round((x1 - x0) * 100) / 100, Math.round((y1 - y0) * 100) / 100];
  const content = await page.getTextContent({ includeMarkedContent: true });
  // Text Chrome drew as shaped glyphs (Arabic, Devanagari) carries its characters in an ActualText span, which
  // pdf.js does not read: it is taken from the page's content stream, in order, and stands for the glyphs inside
  // the span, as an extractor that honours ActualText (poppler's) reads it.
  const lines = new PageText(n, x1 - x0, contents.words);
  readItems(content.items, actualTexts(page.ref), lines);
  contents.pages.push(lines.finish());
  for (const a of await page.getAnnotations()) if (a.subtype === 'Link' && a.url) contents.links.push(a.url);
  const ops = await page.getOperatorList();
  const { OPS } = pdfjs;
  for (const [i, fn] of ops.fnArray.entries()) {
    if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) contents.images++;
    if (fn === OPS.setFillRGBColor) contents.colors.add(String(ops.argsArray[i][0]).toLowerCase());
    if (fn !== OPS.setFont) continue;
    const id = ops.argsArray[i][0] as string;
    const font = page.commonObjs.get(id) as { name?: string; missingFile?: boolean; isType3Font?: boolean };
    const name = font.name ?? id;
    fonts.set(name, { name, embedded: !font.missingFile, type3: Boolean(font.isType3Font) });
  }
  page.cleanup();
}

/** A run of text at its place on the page. */
type Unit = { str: string; x: number; y: number; size: number; right: number };

const LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;
const RIGHT_TO_LEFT_LETTERS = new RegExp(RIGHT_TO_LEFT.source, 'gu');
/** A number as the bidirectional algorithm keeps it whole: digits, and a separator between two of them ("1,5"). */
const NUMBER_OR_CHARACTER = /\p{Nd}+(?:[.,:/+-]\p{Nd}+)*|./gsu;

/** Text without letters inside a right-to-left run: its numbers read left to right, its other characters (a
 * dash, a comma) belong to the run, so in the order of writing they come in reverse ("800-" drawn, "-800" written:
 * the Hebrew "מ-800"). The run's units are reversed again as a whole (flush). */
function embedded(unit: Unit): Unit {
  return { ...unit, str: (unit.str.match(NUMBER_OR_CHARACTER) ?? []).reverse().join('') };
}

/** A page's text as it is assembled: lines where the baseline moves, spaces where glyphs leave a gap, and
 * right-to-left runs (drawn in visual order, marked ReversedChars) read back in the order they are written, with
 * the numbers between them. */
class PageText {
  text = '';
  private last: { x: number; y: number; size: number; sized: boolean } | undefined;
  /** Where each piece of the line being read is in `text`, and where it was drawn; and those of the lines read. */
  private pieces: Placed[] = [];
  private lines: Placed[][] = [];
  private stretch: Unit[] = [];
  /** Text without letters (a number, a dash) after the stretch on its line: inside it if more of it follows (a
   * number in an Arabic sentence is drawn among its reversed runs), else after it. */
  private held: Unit[] = [];

  constructor(
    private readonly page: number,
    private readonly pageWidth: number,
    private readonly words: PdfWord[],
  ) {}

  private emit(str: string, x: number, y: number, size: number, width: number): void {
    if (str === '') return;
    const { last } = this;
    if (last && !/\s$/.test(this.text) && !/^\s/.test(str)) {
      if (Math.abs(y - last.y) > Math.max(size, last.size) / 2) this.newLine();
      // After a glyph pdf.js measures as zero-wide (a Devanagari half form), the gap says nothing.
      else if (last.sized && x - last.x > 0.15 * size) this.text += ' ';
    }
    this.pieces.push({ at: this.text.length, end: this.text.length + str.length, x, right: x + width, size });
    this.text += str;
    this.last = { x: x + width, y, size, sized: width > 0 };
    for (const m of str.matchAll(/\S+/g)) {
      const before = str.slice(0, (m.index ?? 0) + m[0].length).length / str.length;
      this.words.push({
        page: this.page,
        text: m[0],
        xMax: x + width * before,
        y,
        pageWidth: this.pageWidth,
      });
    }
  }

  /** A stretch of right-to-left runs on a line, reversed, with a space where the glyphs leave a gap (pdf.js adds
   * spaces of its own between shaped glyphs, so its spaces there are not taken); then what was held after it. A
   * glyph's place is its advance, so within a word the gap is about nothing, and between words about a space:
   * a tenth of the size tells them apart where a mark reaches into the space (the tanwin of "فريقاً"). */
  flush(): void {
    const { stretch, held } = this;
    this.stretch = [];
    this.held = [];
    const [first] = stretch;
    if (first) {
      let str = '';
      for (const [i, u] of stretch.entries()) {
        const before = stretch[i - 1];
        str = (before && u.x - before.right > 0.1 * u.size ? `${u.str} ` : u.str) + str;
      }
      const left = Math.min(...stretch.map((u) => u.x));
      this.emit(str, left, first.y, first.size, Math.max(...stretch.map((u) => u.right)) - left);
    }
    for (const u of held) this.emit(u.str, u.x, u.y, u.size, u.right - u.x);
  }

  place(unit: Unit, reversed: boolean): void {
    const open = this.stretch[0];
    const sameLine = !open || Math.abs(unit.y - open.y) < unit.size / 2;
    const previous = this.held.at(-1) ?? this.stretch.at(-1);
    // On the same line and a word's space away: a gap wider than the size is the layout's (the dates at the
    // right margin), and what is across it is not part of the same run of text; nor is what is drawn back to
    // the left of it (a right-to-left line's dates, drawn after its title).
    const gap = previous ? unit.x - previous.right : 0;
    const near = open && sameLine && previous && gap < unit.size && gap > -unit.size;
    // A space's gap says where it was: inside a stretch, and before one, where a space drawn with the right-to-left
    // run after it would otherwise open the stretch and end up after its words ("backendבשפת ").
    if (/^\s+$/.test(unit.str) && ((open && sameLine) || reversed)) return;
    if (near && reversed) {
      // What was held sits between two right-to-left runs: it is inside them, reversed with them.
      this.stretch.push(...this.held.map(embedded), unit);
      this.held = [];
    } else if (near && !reversed && !LETTER.test(unit.str)) this.held.push(unit);
    else {
      this.flush();
      if (reversed) this.stretch.push(unit);
      else this.emit(unit.str, unit.x, unit.y, unit.size, unit.right - unit.x);
    }
  }

  endLine(): void {
    this.flush();
    if (!this.text.endsWith('\n')) this.newLine();
  }

  /** Ends the line, and keeps its pieces for finish. */
  private newLine(): void {
    this.lines.push(this.pieces);
    this.pieces = [];
    this.text += '\n';
  }

  /** The page read, each line in the order it is written: on a page whose letters are mostly right to left, its
   * lines are right-to-left lines (see inWritingOrder), a line of only Latin words included (its full stop is
   * drawn at its left end). Any other page is read as drawn. */
  finish(): string {
    const { text } = this;
    if (!RIGHT_TO_LEFT.test(text)) return text;
    const lines = [...this.lines, this.pieces];
    const rtl = text.match(RIGHT_TO_LEFT_LETTERS)?.length ?? 0;
    if (rtl <= (text.match(LETTERS)?.length ?? 0) - rtl) return text;
    let read = '';
    let at = 0;
    for (const pieces of lines) {
      const [first] = pieces;
      if (!first) continue;
      read +=
        text.slice(at, first.at) +
        inWritingOrder(pieces.map((p) => ({ ...p, str: text.slice(p.at, p.end) })));
      at = (pieces.at(-1) as { end: number }).end;
    }
    return read + text.slice(at);
  }
}

type Piece = { str: string; x: number; right: number; size: number };
/** A piece as kept while its page is read: where its text is in the page's. */
type Placed = Omit<Piece, 'str'> & { at: number; end: number };

const kindOf = (str: string) =>
  RIGHT_TO_LEFT.test(str) ? 'rtl' : /[\p{L}\p{Nd}]/u.test(str) ? 'ltr' : 'neutral';

/**
 * A right-to-left line in the order it is written. Its pieces, from left to right on the page (the order they
 * are drawn in is the page's: a title before its dates, wherever they stand), are written from right to left;
 * except a run of left-to-right words and the numbers and signs between them ("Go, Python, SQL"), which keeps
 * its order. Signs at a run's ends are the line's own: a sentence's full stop, drawn at its left end with the
 * word it follows, comes last.
 */
function inWritingOrder(pieces: Piece[]): string {
  const drawn: { str: string; before: string }[] = [];
  let previous: Piece | undefined;
  for (const p of [...pieces].sort((a, b) => a.x - b.x)) {
    const gap = previous && p.x - previous.right > 0.15 * p.size && !/\s$/.test(previous.str) ? ' ' : '';
    // A left-to-right piece's signs before its first letter and after its last stand apart from its words.
    const [, lead = '', letters = '', signs = ''] =
      /^(\P{L}*?)(\p{L}[\s\S]*\p{L}|\p{L})?(\P{L}*)$/u.exec(p.str) ?? [];
    // An abbreviation's last stop ("B.Sc.") is its own, drawn with it (see core/abbreviations.ts).
    const held = /\p{L}\.\p{L}{1,3}$/u.test(letters) && signs.startsWith('.');
    const [core, trail] = held ? [`${letters}.`, signs.slice(1)] : [letters, signs];
    const parts = kindOf(p.str) === 'ltr' && core ? [lead, core, trail] : [p.str];
    drawn.push(...parts.filter(Boolean).map((str, i) => ({ str, before: i ? '' : gap })));
    previous = p;
  }
  const kind = drawn.map((p) => kindOf(p.str));
  // Runs in the order drawn: a left-to-right run from its first strong piece to its last; any other piece alone.
  const runs: (typeof drawn)[] = [];
  for (let i = 0; i < drawn.length; ) {
    let end = i;
    if (kind[i] === 'ltr')
      for (let j = i + 1; j < drawn.length && kind[j] !== 'rtl'; j++) if (kind[j] === 'ltr') end = j;
    runs.push(drawn.slice(i, end + 1));
    i = end + 1;
  }
  runs.reverse();
  let line = '';
  for (const [i, run] of runs.entries()) {
    // The space drawn before the run read just before this one (to its right) comes between the two.
    if (i) line += runs[i - 1]?.[0]?.before ?? '';
    line += yearsInOrder(run.map((p, j) => (j ? p.before : '') + p.str).join(''));
  }
  return line;
}

/** Two numbers joined by an en or em dash and nothing else (a span of years): the dash takes the page's direction,
 * so the first is drawn at the right ("2020 – 2017" for 2017 – 2020). A hyphen between digits is a number's own
 * ("10-20" stays as drawn). */
function yearsInOrder(run: string): string {
  const span = /^(\s*)(\d+)(\s*[–—]\s*)(\d+)(\s*)$/.exec(run);
  return span ? `${span[1]}${span[4]}${span[3]}${span[2]}${span[5]}` : run;
}

/** Marked content as it nests; an ActualText span gathers its glyphs' extent and gives its text at its end. */
type Mark = { tag?: string; text?: string; x?: number; y?: number; size?: number; right?: number };

/** The page's text items in order, with the ActualText strings of its spans (`actual`, consumed in order). */
function readItems(items: TextItems, actual: string[], lines: PageText): void {
  const marks: Mark[] = [];
  const reversed = () => marks.some((m) => m.tag === 'ReversedChars');
  for (const item of items) {
    if (!('str' in item)) {
      if (item.type !== 'endMarkedContent') {
        const tag = (item as { tag?: string }).tag;
        const span = tag === 'Span' && item.type === 'beginMarkedContentProps';
        marks.push(span ? { tag, text: actual.shift() ?? '' } : { tag });
        continue;
      }
      const span = marks.pop();
      if (span?.text !== undefined && span.x !== undefined) {
        const { text, x, y = 0, size = 0, right = x } = span;
        lines.place({ str: text, x, y, size, right }, reversed());
      }
      continue;
    }
    const [size = 0, , , , x = 0, y = 0] = item.transform as number[];
    const span = marks.findLast((m) => m.text !== undefined);
    // A glyph of an ActualText span: its place counts, its own (unmapped or partial) text does not. Spaces in a
    // span are not in its ActualText: the gap they leave says where they were.
    if (span) {
      if (/^\s*$/.test(item.str) && item.width > 0 && !/^$/.test(item.str)) continue;
      if (span.x === undefined) Object.assign(span, { x, y, size, right: x + item.width });
      span.x = Math.min(span.x ?? x, x);
      span.right = Math.max(span.right ?? x, x + item.width);
      continue;
    }
    // A run pdf.js found right-to-left (Hebrew: Chrome marks only the runs it shapes) is in visual order too.
    const rtl = reversed() || (item.dir === 'rtl' && RIGHT_TO_LEFT.test(item.str));
    if (item.str !== '') lines.place({ str: item.str, x, y, size, right: x + item.width }, rtl);
    if (item.hasEOL) lines.endLine();
  }
  lines.flush();
}

/** Reads the ActualText strings of a page's content stream, in order. Chrome's PDFs keep page and stream
 * dictionaries uncompressed, so the page object and its /Contents are found in the file's bytes (read once). */
function actualTextReader(data: Uint8Array): (ref: { num: number; gen: number } | null) => string[] {
  const file = Buffer.from(data.buffer, data.byteOffset, data.length);
  const raw = file.toString('latin1');
  // Where each object starts, found in one pass (the first of a number, as a search from the start would find).
  const starts = new Map<string, number>();
  for (const m of raw.matchAll(/(?<![0-9])(\d+) (\d+) obj/g))
    if (!starts.has(`${m[1]} ${m[2]}`)) starts.set(`${m[1]} ${m[2]}`, m.index + m[0].length);
  const object = (num: number, gen: number) => starts.get(`${num} ${gen}`) ?? -1;
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
      if (/\/FlateDecode/.test(head))
        stream = inflateSync(stream, { maxOutputLength: LIMITS.checkPdfInflatedBytes });
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
