// Inline markdown, parsed once into tokens so each renderer escapes for its own medium.
// Supported: **bold**, *italic* / _italic_, [text](url), and backslash escapes. Nothing else is markup.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  /** A line break inside a paragraph: a single newline in the source. */
  | { type: 'break' };

/** Only these schemes become links; anything else (javascript:, file:, data:) stays plain text. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/[^\s/?#]+\S*|mailto:\S+|tel:[+0-9()\-. ]+)$/i.test(href);
}

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '\\' && i + 1 < source.length && /[\\`*_{}[\]()#+\-.!|~<>]/.test(source[i + 1] as string)) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (ch === '*' && source[i + 1] === '*') {
      const end = findClosing(source, '**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(source.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && opensEmphasis(source, i)) {
      const end = findClosing(source, ch, i + 1);
      if (end > i + 1 && (ch === '*' || !/\w/.test(source[end + 1] ?? ''))) {
        flush();
        out.push({ type: 'em', children: parseInline(source.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      const link = matchLink(source, i);
      if (link) {
        flush();
        const children = parseInline(link.label);
        if (isSafeHref(link.href)) out.push({ type: 'link', href: link.href, children });
        else out.push(...children);
        i = link.end;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return mergeText(out);
}

/** The plain text of tokens, as a reader (or an ATS) sees it. */
export function plainText(tokens: Inline[]): string {
  return tokens
    .map((t) => (t.type === 'text' ? t.text : t.type === 'break' ? '\n' : plainText(t.children)))
    .join('');
}

/** Every link target written in inline markdown, for validation. */
export function linkTargets(source: string): string[] {
  const hrefs: string[] = [];
  for (let i = source.indexOf('['); i >= 0; i = source.indexOf('[', i + 1)) {
    const link = matchLink(source, i);
    if (link) hrefs.push(link.href);
  }
  return hrefs;
}

function opensEmphasis(source: string, i: number): boolean {
  const next = source[i + 1] ?? '';
  const prev = source[i - 1] ?? '';
  // `_` inside a word (snake_case) is not emphasis; neither is a marker followed by a space.
  if (next === '' || /\s/.test(next)) return false;
  return source[i] === '*' || !/\w/.test(prev);
}

function findClosing(source: string, marker: string, from: number): number {
  for (let j = from; j < source.length; j++) {
    if (source[j] === '\\') {
      j++;
      continue;
    }
    if (source.startsWith(marker, j) && !/\s/.test(source[j - 1] ?? ' ')) {
      // A single * must not be the start of a ** pair.
      if (marker === '*' && source[j + 1] === '*') {
        const inner = findClosing(source, '**', j + 2);
        if (inner > 0) {
          j = inner + 1;
          continue;
        }
      }
      return j;
    }
  }
  return -1;
}

function matchLink(source: string, start: number): { label: string; href: string; end: number } | undefined {
  let depth = 0;
  for (let j = start; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') j++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) {
      if (source[j + 1] !== '(') return undefined;
      const close = closingParen(source, j + 2);
      if (close < 0) return undefined;
      const href = source.slice(j + 2, close).trim();
      if (/\s/.test(href) || href === '') return undefined;
      return { label: source.slice(start + 1, j), href, end: close + 1 };
    }
  }
  return undefined;
}

/** The ")" that closes a link target, allowing balanced parentheses inside it (Wikipedia URLs). */
function closingParen(source: string, from: number): number {
  let depth = 0;
  for (let k = from; k < source.length; k++) {
    if (source[k] === '(') depth++;
    else if (source[k] === ')' && depth-- === 0) return k;
  }
  return -1;
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
