// Inline markdown, parsed once into tokens so each renderer escapes for its own medium.
// Supported: **bold**, *italic* / _italic_, [text](url), and backslash escapes. Nothing else is markup.
//
// Linear time whatever the text: where a marker closes, where a bracket or parenthesis is matched, is looked up
// in tables made in one pass over the text (see Marks), never by scanning ahead from every marker, and nesting
// stops at MAX_DEPTH levels (deeper markers are text).

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
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
const MARKUP = /[\\*_[]/g;

export function parseInline(source: string): Inline[] {
  return parseLevel(source, 0);
}

/** The position of the next character at or after `from` where markup can start, else the text's length. */
function nextMarkup(source: string, from: number): number {
  MARKUP.lastIndex = from;
  return MARKUP.exec(source)?.index ?? source.length;
}

function parseLevel(source: string, depth: number): Inline[] {
  if (nextMarkup(source, 0) === source.length) return source ? [{ type: 'text', text: source }] : [];
  const marks = depth < MAX_DEPTH ? new Marks(source) : undefined;
  const out: Inline[] = [];
  let text = '';
  let from = 0; // start of the text not yet added to `text`
  const flush = (to: number) => {
    text += source.slice(from, to);
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  const inner = (start: number, end: number) => parseLevel(source.slice(start, end), depth + 1);
  let i = nextMarkup(source, 0);
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1] as string)) {
      text += source.slice(from, i) + source[i + 1];
      from = i + 2;
      i = nextMarkup(source, from);
      continue;
    }
    const span = marks?.spanAt(i);
    if (span) {
      flush(i);
      if (span.type === 'link') {
        const children = inner(span.label[0], span.label[1]);
        if (isSafeHref(span.href)) out.push({ type: 'link', href: span.href, children });
        else out.push(...children);
      } else out.push({ type: span.type, children: inner(span.inner[0], span.inner[1]) });
      i = nextMarkup(source, span.end);
      from = span.end;
      continue;
    }
    i = nextMarkup(source, i + 1);
  }
  flush(source.length);
  return mergeText(out);
}

/** The plain text of tokens, as a reader (or an ATS) sees it. */
export function plainText(tokens: Inline[]): string {
  return tokens
    .map((t) => (t.type === 'text' ? t.text : t.type === 'break' ? '\n' : plainText(t.children)))
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

type Span =
  | { type: 'strong' | 'em'; inner: [number, number]; end: number }
  | { type: 'link'; label: [number, number]; href: string; end: number };

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

/** The code unit at k, or a space before the start and after the end (where a marker needs a neighbour). */
const codeAt = (s: string, k: number) => (k >= 0 && k < s.length ? s.charCodeAt(k) : 0x20);

/** Where every marker of one text closes, found in a few passes over it. Each table answers what a scan forward
 * from a position would find; a scan skips a character after a backslash. */
class Marks {
  readonly #s: string;
  /** escaped[k]: the character at k follows a backslash that is not itself escaped. */
  readonly #escaped: Uint8Array;
  #closing = new Map<'*' | '**' | '_', Int32Array>();
  #brackets?: Int32Array;
  #parens?: Int32Array;
  #spaces?: { before: Int32Array; nextSolid: Int32Array; lastSolid: Int32Array };

  constructor(source: string) {
    this.#s = source;
    this.#escaped = new Uint8Array(source.length + 1);
    for (let k = source.indexOf('\\'); k >= 0; k = source.indexOf('\\', k + 1))
      if (!this.#escaped[k]) this.#escaped[k + 1] = 1;
  }

  /** The emphasis or link that opens at `i`, as the parser reads it, if any. */
  spanAt(i: number): Span | undefined {
    const s = this.#s;
    const ch = s[i];
    if (ch === '*' && s[i + 1] === '*') {
      const end = this.closing('**', i + 2);
      if (end > i + 2) return { type: 'strong', inner: [i + 2, end], end: end + 2 };
    }
    if ((ch === '*' || ch === '_') && this.#opensEmphasis(i)) {
      const end = this.closing(ch, i + 1);
      if (end > i + 1 && (ch === '*' || !/\w/.test(s[end + 1] ?? '')))
        return { type: 'em', inner: [i + 1, end], end: end + 1 };
    }
    return ch === '[' ? this.linkAt(i) : undefined;
  }

  #opensEmphasis(i: number): boolean {
    const next = this.#s[i + 1] ?? '';
    // `_` inside a word (snake_case) is not emphasis; neither is a marker followed by a space.
    if (next === '' || isSpace(next.charCodeAt(0))) return false;
    return this.#s[i] === '*' || !/\w/.test(this.#s[i - 1] ?? '');
  }

  /** The first position at or after `from` where `marker` closes (not escaped, not after white space), or -1.
   * A single `*` is not the start of a `**` pair that closes later: the scan goes on after that pair. */
  closing(marker: '*' | '**' | '_', from: number): number {
    const table = this.closingTable(marker);
    return from < table.length ? (table[from] as number) : -1;
  }

  closingTable(marker: '*' | '**' | '_'): Int32Array {
    let table = this.#closing.get(marker);
    if (!table) {
      table = this.#closingTable(marker);
      this.#closing.set(marker, table);
    }
    return table;
  }

  #closingTable(marker: '*' | '**' | '_'): Int32Array {
    const s = this.#s;
    const n = s.length;
    const table = new Int32Array(n + 1).fill(-1);
    const code = marker.charCodeAt(0);
    const pair = marker === '**';
    const pairs = marker === '*' ? this.closingTable('**') : undefined;
    // Right to left: the answer at k is k itself if a marker closes there, else the answer at k + 1.
    for (let k = n - 1; k >= 0; k--) {
      const closes =
        s.charCodeAt(k) === code &&
        !this.#escaped[k] &&
        (!pair || s.charCodeAt(k + 1) === 0x2a) &&
        !isSpace(codeAt(s, k - 1));
      if (!closes) table[k] = table[k + 1] as number;
      else {
        const after = pairs && s.charCodeAt(k + 1) === 0x2a ? (pairs[k + 2] as number) : -1;
        table[k] = after > 0 ? (table[after + 2] ?? -1) : k;
      }
    }
    return table;
  }

  /** The link `[label](href)` whose `[` is at `start`, if it is one. */
  linkAt(start: number): Extract<Span, { type: 'link' }> | undefined {
    const s = this.#s;
    this.#brackets ??= this.#bracketTable();
    const close = this.#brackets[start] ?? -1;
    if (close < 0 || s[close + 1] !== '(') return undefined;
    this.#parens ??= this.#parenTable();
    const end = this.#parens[close + 1] ?? -1;
    if (end < 0 || !this.#oneWord(close + 2, end)) return undefined;
    return { type: 'link', label: [start + 1, close], href: s.slice(close + 2, end).trim(), end: end + 1 };
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
