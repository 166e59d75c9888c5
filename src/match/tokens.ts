// Text → tokens, the same way for a posting and a résumé, so that what one says the other can be found in.
// Latin-script words keep the marks technology names carry (C++, C#, .NET, Node.js, R&D); hyphenated and
// slashed words split into their parts ("Kubernetes-Cluster" → Kubernetes, Cluster; "CI/CD" → CI, CD) on both
// sides alike. Chinese, Japanese and Korean runs are segmented with Intl.Segmenter.
import type { Language } from './language.js';

/** A word as written, with where it is. */
export interface RawToken {
  surface: string;
  start: number;
  end: number;
  /** Punctuation (not a hyphen) or a line break stands between it and the word before. */
  boundary: boolean;
  cjk: boolean;
}

const ANY_CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\u1100-\u11ff\u3130-\u318f]/;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]+/gu;
// A word: letters and digits, joined by the marks inside technology names; "++", "#" or "+" may end it, and so may
// a gendered ending after a colon, a star or a middle dot, or in parentheses (see GENDERED).
const WORD =
  /\.?[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[.'’&+#/_-](?=[\p{L}\p{N}]))*(?:\+\+|#|\+|(?:[:*](?:in|In)(?:nen)?|·(?:e·s|es|e|s|ne|se|euse|rice|ice))(?![\p{L}\p{N}])|\((?:a|as|o|os|e|es|s|in|innen|ne|se|euse|rice|ice)\))?/gu;
// French and Italian elisions (l'équipe, d'expérience, dell'azienda) and English possessives.
const ELISION = /^(?:[ldjmnstc]|qu|dell|all|dall|nell|sull)['’](?=\p{L})/iu;
const POSSESSIVE = /['’]s$/i;
// Gendered endings, read as the word the résumé writes: Spanish "ingeniero/a", "desarrollador(a)"; German
// "Entwickler/in", "Entwickler:in", "Entwickler*in", "Entwickler(in)", "EntwicklerInnen" (not the singular
// "-In": "LinkedIn"); French inclusive "développeur.e",
// "développeur·se", "motivé·e·s", "ingénieur(e)". Lower case only after a slash ("TCP/IP", "SQL/ES" are names)
// and never a bare "s" ("Gbit/s").
const GENDERED =
  /(?<=\p{L}{2})(?:[/:*](?:a|as|o|os|e|es|in|In|innen|Innen|ne|se|euse|rice|ice)|[.·](?:e|s|es|e[.·]s|ne|se|euse|rice|ice)|\((?:a|as|o|os|e|es|s|in|innen|ne|se|euse|rice|ice)\)|(?<=\p{Ll})Innen)$/u;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: Language): Intl.Segmenter {
  const locale = language === 'ja' || language === 'ko' ? language : 'zh';
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** The words of a text, in order. */
export function tokenize(text: string, language: Language): RawToken[] {
  const tokens: RawToken[] = [];
  let last = 0;
  // Anything but spaces between two words (punctuation, a spaced dash, a line break) ends a phrase.
  const gapBreaks = (from: number, to: number) => {
    if (from === 0) return true;
    for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return true;
    return false;
  };
  const pushLatin = (from: number, to: number) => {
    for (const m of text.slice(from, to).matchAll(WORD)) {
      const start = from + (m.index ?? 0);
      splitWord(m[0], start, gapBreaks(last, start), tokens);
      last = start + m[0].length;
    }
  };
  let cursor = 0;
  // Most texts have no Chinese, Japanese or Korean at all: one quick look spares the run search.
  const runs = ANY_CJK.test(text) ? text.matchAll(CJK_RUN) : [];
  for (const run of runs) {
    const at = run.index ?? 0;
    pushLatin(cursor, at);
    for (const seg of segmenter(language).segment(run[0])) {
      if (!seg.isWordLike) continue;
      const start = at + seg.index;
      tokens.push({
        surface: seg.segment,
        start,
        end: start + seg.segment.length,
        boundary: gapBreaks(last, start),
        cjk: true,
      });
      last = start + seg.segment.length;
    }
    cursor = at + run[0].length;
  }
  pushLatin(cursor, text.length);
  return tokens;
}

/** One matched word, cleaned and split at hyphens, slashes and underscores when every part is a real word. */
function splitWord(word: string, at: number, boundary: boolean, out: RawToken[]): void {
  let start = at;
  let surface = word;
  // Only a word with an apostrophe can be elided or possessive, only one with a mark before it a gendered ending:
  // the Unicode-aware patterns run on those alone.
  if (surface.includes("'") || surface.includes('’')) {
    const elided = ELISION.exec(surface);
    if (elided) {
      start += elided[0].length;
      surface = surface.slice(elided[0].length);
    }
    surface = surface.replace(POSSESSIVE, '');
  }
  if (/[./:*·(]/.test(surface) || surface.endsWith('Innen')) surface = surface.replace(GENDERED, '');
  // Most words have nothing to split at.
  if (!/[-/_]/.test(surface)) {
    out.push({ surface, start, end: start + surface.length, boundary, cjk: false });
    return;
  }
  const parts = surface.split(/([-/_])/);
  const words = parts.filter((_, i) => i % 2 === 0);
  if (words.length === 1 || words.some((w) => [...w].length < 2)) {
    out.push({ surface, start, end: start + surface.length, boundary, cjk: false });
    return;
  }
  let offset = start;
  let sep = '';
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      sep = part;
      offset += part.length;
      return;
    }
    out.push({
      surface: part,
      start: offset,
      end: offset + part.length,
      boundary: i === 0 ? boundary : sep === '/',
      cjk: false,
    });
    offset += part.length;
  });
}

/** Korean particles and endings a word carries ("환경에서" → "환경"), longest first. */
const KOREAN_PARTICLES = [
  '에서는',
  '에서',
  '으로는',
  '으로',
  '에게',
  '까지',
  '부터',
  '처럼',
  '보다',
  '에는',
  '와의',
  '과의',
  '이나',
  '라는',
  '을',
  '를',
  '은',
  '는',
  '이',
  '가',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
];

export function stripKoreanParticle(word: string): string {
  for (const p of KOREAN_PARTICLES)
    if (word.length > p.length && word.endsWith(p)) return word.slice(0, -p.length);
  return word;
}
