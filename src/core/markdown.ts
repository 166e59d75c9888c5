// Inline markdown, parsed once into tokens so each renderer escapes for its own medium.
// Supported: **bold** / __bold__, *italic* / _italic_, `code`, [text](url), and backslash escapes. Nothing else is
// markup.
// Emphasis pairs as CommonMark pairs it (see emphasis-runs.ts), so "***a***" and "*a **b** c*" nest.
//
// Linear time whatever the text: where a bracket or parenthesis is matched is looked up in tables made in one
// pass over the text (see Marks), markers are paired in one pass too, and nesting stops at MAX_DEPTH levels
// (deeper markers are text).

import { type Emphasis, type MarkerRun, markerRun, pairRuns } from './emphasis-runs.js';

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  /** A code span: its text as written, with no markup read inside (`useReducer()`, `**kwargs`). */
  | { type: 'code'; text: string }
  /** A line break inside a paragraph: a single newline in the source. */
  | { type: 'break' };

/** Only these schemes become links; anything else (javascript:, file:, data:) stays plain text. The host part
 * and the rest cannot both claim the same characters, so a long address is matched in linear time. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/[^\s/?#]+(?:[/?#]\S*)?|mailto:\S+|tel:[+0-9()\-. ]+)$/i.test(href);
}

/** Emphasis inside emphasis inside a link… A résumé nests two or three levels; past this, markers are text. */
const MAX_DEPTH = 8;

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!|~<>]/;

/** The characters where markup can start (an escape, emphasis, a link): the parser steps from one to the next,
 * and a text without any (most of a résumé's) is one text token. */
const MARKUP = /[\\*_[`]/g;

export function parseInline(source: string): Inline[] {
  return parseLevel(source, 0);
}

/** The position of the next character at or after `from` where markup can start, else the text's length. */
function nextMarkup(source: string, from: number): number {
  MARKUP.lastIndex = from;
  return MARKUP.exec(source)?.index ?? source.length;
}

/** A link as the text writes it: where its label is, and its address. */
type LinkSpan = { label: [number, number]; href: string; end: number };

/** A code span as the text writes it: its text, and where it ends. */
type CodeSpan = { code: string; end: number };

/** A text cut where markup can be: plain text (escapes read), runs of emphasis markers, links, code spans. */
type Piece = string | MarkerRun | LinkSpan | CodeSpan;

function parseLevel(source: string, depth: number): Inline[] {
  if (nextMarkup(source, 0) === source.length) return source ? [{ type: 'text', text: source }] : [];
  const pieces = scan(source, depth < MAX_DEPTH);
  pairRuns(pieces.filter((p): p is MarkerRun => typeof p !== 'string' && 'char' in p));
  return build(source, pieces, depth);
}

/** The text's pieces, left to right; without markup (nested too deep), only escapes are read. */
function scan(source: string, markup: boolean): Piece[] {
  const marks = markup ? new Marks(source) : undefined;
  const pieces: Piece[] = [];
  let text = '';
  let from = 0; // start of the text not yet added to `text`
  const flush = (to: number) => {
    text += source.slice(from, to);
    if (text) pieces.push(text);
    text = '';
  };
  let i = nextMarkup(source, 0);
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1] as string)) {
      text += source.slice(from, i) + source[i + 1];
      from = i + 2;
      i = nextMarkup(source, from);
      continue;
    }
    let end = i;
    if (marks && (ch === '*' || ch === '_')) {
      while (source[end] === ch) end++;
      flush(i);
      pieces.push(markerRun(source, i, end));
    } else if (marks && ch === '`') {
      const code = marks.codeAt(i);
      flush(i);
      if (code) pieces.push(code);
      else text = source.slice(i, marks.runEnd(i)); // a run of backticks nothing closes is text
      end = code ? code.end : marks.runEnd(i);
    } else {
      const link = ch === '[' ? marks?.linkAt(i) : undefined;
      if (link) {
        flush(i);
        pieces.push(link);
        end = link.end;
      }
    }
    if (end > i) from = end;
    i = nextMarkup(source, Math.max(end, i + 1));
  }
  flush(source.length);
  return pieces;
}

/** An emphasis being built; past MAX_DEPTH levels its markers are text (no type) and its words its parent's. */
type Frame = { type?: Emphasis; marker: string; children: Inline[] };

/** The tokens of a text's pieces, once its runs are paired. */
function build(source: string, pieces: Piece[], depth: number): Inline[] {
  const root: Inline[] = [];
  const open: Frame[] = [];
  const top = () => open.at(-1)?.children ?? root;
  let nesting = depth;
  for (const piece of pieces) {
    if (typeof piece === 'string') top().push({ type: 'text', text: piece });
    else if ('char' in piece) nesting = emitRun(piece, open, top, nesting);
    else if ('code' in piece) top().push({ type: 'code', text: piece.code });
    else {
      const children = parseLevel(source.slice(piece.label[0], piece.label[1]), nesting + 1);
      if (isSafeHref(piece.href)) top().push({ type: 'link', href: piece.href, children });
      else top().push(...children);
    }
  }
  return mergeText(root);
}

/** A run's part in the tokens: the emphasis it closes, its markers left as text, the emphasis it opens. Returns
 * the nesting after it. */
function emitRun(run: MarkerRun, open: Frame[], top: () => Inline[], nesting: number): number {
  let level = nesting;
  for (const _ of run.closes) {
    const frame = open.pop() as Frame;
    if (frame.type) {
      top().push({ type: frame.type, children: mergeText(frame.children) });
      level--;
    } else top().push({ type: 'text', text: frame.marker });
  }
  if (run.left) top().push({ type: 'text', text: run.char.repeat(run.left) });
  for (const type of [...run.opens].reverse()) {
    const marker = run.char.repeat(type === 'strong' ? 2 : 1);
    if (level < MAX_DEPTH) {
      open.push({ type, marker, children: [] });
      level++;
    } else {
      top().push({ type: 'text', text: marker });
      open.push({ marker, children: top() });
    }
  }
  return level;
}

/** The plain text of tokens, as a reader (or an ATS) sees it. */
export function plainText(tokens: Inline[]): string {
  return tokens
    .map((t) =>
      t.type === 'text' || t.type === 'code' ? t.text : t.type === 'break' ? '\n' : plainText(t.children),
    )
    .join('');
}

/** Every link target written in inline markdown, for validation: the links the parser reads, and those in their
 * labels. */
export function linkTargets(source: string, depth = 0): string[] {
  if (depth >= MAX_DEPTH || !source.includes('[')) return [];
  const marks = new Marks(source);
  const hrefs: string[] = [];
  for (let i = source.indexOf('['); i >= 0; i = source.indexOf('[', i + 1)) {
    const link = marks.linkAt(i);
    if (!link) continue;
    hrefs.push(link.href, ...linkTargets(source.slice(link.label[0], link.label[1]), depth + 1));
    i = link.end - 1;
  }
  return hrefs;
}

/** Whether a UTF-16 code unit is white space as /\s/ has it (JavaScript's WhiteSpace and LineTerminator), without
 * a regular expression: the tables below test every character. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Where every link of one text closes, found in a few passes over it. Each table answers what a scan forward
 * from a position would find; a scan skips a character after a backslash. */
class Marks {
  readonly #s: string;
  /** escaped[k]: the character at k follows a backslash that is not itself escaped. */
  readonly #escaped: Uint8Array;
  #brackets?: Int32Array;
  #parens?: Int32Array;
  #spaces?: { before: Int32Array; nextSolid: Int32Array; lastSolid: Int32Array };
  /** closers[k]: for a run of backticks starting at k, where the next run of the same length starts, else -1;
   * runEnds[k]: where that run ends. */
  #closers?: Map<number, number>;
  #runEnds?: Map<number, number>;

  constructor(source: string) {
    this.#s = source;
    this.#escaped = new Uint8Array(source.length + 1);
    for (let k = source.indexOf('\\'); k >= 0; k = source.indexOf('\\', k + 1))
      if (!this.#escaped[k]) this.#escaped[k + 1] = 1;
  }

  /** The link `[label](href)` whose `[` is at `start`, if it is one. */
  linkAt(start: number): LinkSpan | undefined {
    const s = this.#s;
    this.#brackets ??= this.#bracketTable();
    const close = this.#brackets[start] ?? -1;
    if (close < 0 || s[close + 1] !== '(') return undefined;
    this.#parens ??= this.#parenTable();
    const end = this.#parens[close + 1] ?? -1;
    if (end < 0 || !this.#oneWord(close + 2, end)) return undefined;
    return { label: [start + 1, close], href: s.slice(close + 2, end).trim(), end: end + 1 };
  }

  /** The code span whose opening backticks start at `start`, if a run of as many backticks closes it. Its text
   * is as written, one space trimmed from each end when both have one (so "`` `x` ``" can hold backticks). */
  codeAt(start: number): CodeSpan | undefined {
    if (!this.#closers) this.#backtickRuns();
    const close = this.#closers?.get(start) ?? -1;
    if (close < 0) return undefined;
    const inner = this.#s.slice(this.runEnd(start), close).replace(/\r?\n/g, ' ');
    const code = /^ .*[^ ].* $/s.test(inner) ? inner.slice(1, -1) : inner;
    return { code, end: this.runEnd(close) };
  }

  /** Where the run of backticks starting at `start` ends. */
  runEnd(start: number): number {
    if (!this.#runEnds) this.#backtickRuns();
    return this.#runEnds?.get(start) ?? start + 1;
  }

  /** Every run of backticks, and for each that can open a code span the run of the same length that closes it,
   * in one pass and one pass back (a text of many unclosed backticks stays linear). A closing run is any whole run,
   * as a backslash inside a code span is text; an opening run starts after a backslash's backtick. */
  #backtickRuns(): void {
    const s = this.#s;
    const runs: [number, number][] = [];
    for (let k = s.indexOf('`'); k >= 0; k = s.indexOf('`', k)) {
      let end = k + 1;
      while (s[end] === '`') end++;
      runs.push([k, end]);
      k = end;
    }
    this.#runEnds = new Map();
    this.#closers = new Map();
    const nextOfLength = new Map<number, number>();
    for (const [start, end] of runs.reverse()) {
      const opener = this.#escaped[start] ? start + 1 : start;
      this.#runEnds.set(start, end);
      if (opener < end) {
        this.#runEnds.set(opener, end);
        this.#closers.set(opener, nextOfLength.get(end - opener) ?? -1);
      }
      nextOfLength.set(end - start, start);
    }
  }

  /** For each `[`, the `]` that closes it (brackets nest; escaped ones do not count), else -1. */
  #bracketTable(): Int32Array {
    const s = this.#s;
    const table = new Int32Array(s.length).fill(-1);
    const open: number[] = [];
    for (let k = 0; k < s.length; k++) {
      if (this.#escaped[k]) continue;
      const c = s.charCodeAt(k);
      if (c === 0x5b) open.push(k);
      else if (c === 0x5d && open.length) table[open.pop() as number] = k;
    }
    return table;
  }

  /** For each `(`, the `)` that closes it: balanced parentheses are part of a URL (Wikipedia's). */
  #parenTable(): Int32Array {
    const s = this.#s;
    const table = new Int32Array(s.length).fill(-1);
    const open: number[] = [];
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c === 0x28) open.push(k);
      else if (c === 0x29 && open.length) table[open.pop() as number] = k;
    }
    return table;
  }

  /** Whether s[from, to), trimmed, is one non-empty word (no white space inside), in constant time. */
  #oneWord(from: number, to: number): boolean {
    this.#spaces ??= this.#spaceTables();
    const { before, nextSolid, lastSolid } = this.#spaces;
    const first = nextSolid[from] as number;
    if (first >= to) return false;
    const last = lastSolid[to - 1] as number;
    return (before[last + 1] as number) - (before[first] as number) === 0;
  }

  #spaceTables() {
    const s = this.#s;
    const n = s.length;
    const before = new Int32Array(n + 1);
    const nextSolid = new Int32Array(n + 1).fill(n);
    const lastSolid = new Int32Array(n).fill(-1);
    for (let k = 0; k < n; k++) {
      const space = isSpace(s.charCodeAt(k));
      before[k + 1] = (before[k] as number) + (space ? 1 : 0);
      lastSolid[k] = space ? ((lastSolid[k - 1] ?? -1) as number) : k;
    }
    for (let k = n - 1; k >= 0; k--)
      nextSolid[k] = isSpace(s.charCodeAt(k)) ? (nextSolid[k + 1] as number) : k;
    return { before, nextSolid, lastSolid };
  }
}

function mergeText(tokens: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (t.type === 'text' && last?.type === 'text') last.text += t.text;
    else out.push(t);
  }
  return out;
}
