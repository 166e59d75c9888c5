// A posting saved from the web: HTML → lines a Markdown reader understands (headings as "#", list items as
// "- ", bold as "**"), entities decoded. Job boards also hand out HTML escaped once more ("&lt;li&gt;"), and
// Markdown files carry entities ("&#x26;") and inline HTML; all of it ends as plain text.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  divide: '÷',
  plusmn: '±',
  frac12: '½',
  sect: '§',
  para: '¶',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  szlig: 'ß',
  aelig: 'æ',
  oelig: 'œ',
  AElig: 'Æ',
  OElig: 'Œ',
  oslash: 'ø',
  Oslash: 'Ø',
  aring: 'å',
  Aring: 'Å',
  eth: 'ð',
  thorn: 'þ',
  zwj: '\u200d',
  zwnj: '\u200c',
};
// Letters with an accent: &eacute; &Uuml; &ccedil; &atilde; …
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};

/** Decodes character references: named, decimal and hexadecimal. Unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});?/g,
    (whole, ref: string) => {
      if (ref.startsWith('#')) {
        const code =
          ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
          ? String.fromCodePoint(code)
          : whole;
      }
      const named = NAMED[ref];
      if (named !== undefined) return named;
      const accent = /^([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring)$/.exec(ref);
      return accent ? `${accent[1]}${ACCENTS[accent[2] as string]}`.normalize('NFC') : whole;
    },
  );
}

const TAG = /<\/?[a-zA-Z][a-zA-Z\d]*(?:\s[^<>]*)?\/?>/;
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|th|section|article|body|html)\b[^<>]*>/i;

/** Whether a text is HTML (or HTML escaped once more) rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  return BLOCK_TAG.test(text) || /&lt;\/?(?:p|div|br|li|ul|h[1-6])\b/i.test(text);
}

/** HTML → Markdown-like lines. Text outside tags keeps its line breaks, so Markdown with inline HTML reads too. */
export function htmlToLines(input: string): string {
  let html = TAG.test(input) ? input : decodeEntities(input);
  html = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<(script|style|head|noscript|template|svg|nav|footer|button|form)\b[\s\S]*?<\/\1\s*>/gi, '\n')
    .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi, (_, level: string, inner: string) => {
      const text = inner
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      return text ? `\n\n${'#'.repeat(Number(level))} ${text}\n\n` : '\n';
    })
    .replace(/<(?:th|dt)\b[^>]*>([\s\S]*?)<\/(?:th|dt)\s*>/gi, (_, inner: string) => {
      const text = inner
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      return text ? `\n\n#### ${text}\n\n` : '\n';
    })
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li\s*>/gi, '')
    .replace(/<(?:strong|b)\b[^>]*>([^<]*)<\/(?:strong|b)\s*>/gi, (_, inner: string) =>
      inner.trim() ? `**${inner.trim()}**` : inner,
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(
      /<\/?(?:p|div|ul|ol|li|table|tbody|thead|tr|td|dd|dl|section|article|header|main|aside|blockquote|pre|body|html)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]*>/g, '');
  return decodeEntities(html)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
