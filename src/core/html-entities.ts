// Character references (&amp;, &eacute;, &#8211;, &#x2013;) as the characters they stand for: one table for every
// reader of HTML-ish text (JSON Resume text written for web pages, job postings saved from the web).

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

/** The character a reference names (without & and ;), if it names one. A control character (an escape that would
 * drive a terminal) or a lone surrogate is never made. */
export function decodeEntity(ref: string): string | undefined {
  if (ref.startsWith('#')) {
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    const control = code < 0x20 ? ![9, 10, 13].includes(code) : code >= 0x7f && code < 0xa0;
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    return code > 0 && code <= 0x10ffff && !control && !surrogate ? String.fromCodePoint(code) : undefined;
  }
  const named = NAMED[ref];
  if (named !== undefined) return named;
  const accent = /^([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring)$/.exec(ref);
  return accent ? `${accent[1]}${ACCENTS[accent[2] as string]}`.normalize('NFC') : undefined;
}

/** A character reference: named, decimal or hexadecimal, the ; optional as browsers read it. */
export const ENTITY = /&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});?/g;

/** Decodes character references. Unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, ref: string) => decodeEntity(ref) ?? whole);
}
