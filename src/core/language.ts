// The language a résumé is written in, when it does not say so in meta.locale (nor in a key the reader takes for
// it, see vocabulary.ts): its own text, read by a small offline detector (franc-min, trigrams) or, for Chinese,
// Japanese, Korean and Hebrew, by its script. It picks the headings, "Present" and the month names among the
// languages with their own words; --locale and meta.locale always win. English is the default and is never
// announced.
import { TRANSLATED } from './locales.js';

export interface DocumentLanguage {
  locale: string;
  /** Where it was read: the résumé's own text, the first of meta.languages (its default), or the language of the
   * posting or the letter the run answers or makes. */
  from: 'text' | 'languages' | 'posting' | 'letter';
}

/** Our languages in the detector's codes (ISO 639-3). */
const DETECTABLE: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  rus: 'ru',
  ukr: 'uk',
  tur: 'tr',
  swe: 'sv',
  ces: 'cs',
  kor: 'ko',
  jpn: 'ja',
  cmn: 'zh',
  arb: 'ar',
  pes: 'fa',
};

/** Languages the detector knows that share a script with ours (Urdu is written in Arabic letters): let in so that
 * they can win, and then they are no answer, rather than read as Arabic. */
const LOOK_ALIKES = ['urd'];

/** Below this much text, trigrams guess more than they know. */
const ENOUGH_TEXT = 200;
/** Chinese, Japanese and Korean say more in a character: this many make a few lines. */
const ENOUGH_CHARACTERS = 60;

/** Keys whose values are addresses, codes or settings, not the document's language. */
const NOT_PROSE = new Set(
  'url email phone image startDate endDate date releaseDate countryCode postalCode network username tags meta $schema variants private'.split(
    ' ',
  ),
);

/** The document's language, if it is not English and not set by meta.locale (the caller checks that first). */
export async function documentLanguage(document: unknown): Promise<DocumentLanguage | undefined> {
  const locale = await textLanguage(proseOf(document));
  return locale && locale !== 'en' ? { locale, from: 'text' } : undefined;
}

/** The language a text is written in (English among them), among those with their own words; undefined where
 * there is too little text to tell, or it reads as none of them (a cover letter's language, see
 * pipeline/letter.ts). */
export async function textLanguage(prose: string): Promise<string | undefined> {
  const text = prose.slice(0, 20_000);
  const locale = byScript(text) ?? (await byTrigrams(text)) ?? byArabicLetters(text);
  return locale && TRANSLATED.includes(locale as never) ? locale : undefined;
}

/** A résumé in Korean, Japanese or Chinese is full of English names and terms, and each of its characters counts
 * for a word: a sixth of its letters in its own script says what it is (kana only in Japanese, Hangul only in
 * Korean). */
function byScript(text: string): string | undefined {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const letters = count(/\p{L}/gu) || 1;
  // A few lines at least: a name and a company in another script do not make a language.
  const enough = (n: number) => n >= ENOUGH_CHARACTERS && n / letters > 1 / 6;
  if (enough(count(/\p{Script=Hangul}/gu))) return 'ko';
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const han = count(/\p{Script=Han}/gu);
  if (enough(kana + han)) return kana > han / 10 ? 'ja' : 'zh';
  // Hebrew letters are Hebrew's (the detector does not know the language).
  if (enough(count(/\p{Script=Hebrew}/gu))) return 'he';
  return undefined;
}

/** Too little text for trigrams, mostly in Arabic letters: the letters each language has of its own tell Persian
 * (پ چ ژ گ, and ی ک for Arabic's ي ك) from Arabic (ة ى ي ك), and Urdu (ٹ ڈ ڑ ں ے, no locale here) from both. */
function byArabicLetters(text: string): string | undefined {
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (arabic < 20 || arabic <= letters / 2) return undefined;
  if (/[\u0679\u0688\u0691\u06ba\u06d2]/u.test(text)) return undefined;
  const persian = /[\u067e\u0686\u0698\u06af\u06cc\u06a9]/u.test(text);
  const arabicOnly = /[\u0629\u0649\u064a\u0643]/u.test(text);
  if (persian === arabicOnly) return undefined;
  return persian ? 'fa' : 'ar';
}

/** Other languages by their trigrams; Cyrillic text without the Latin words in it. */
async function byTrigrams(text: string): Promise<string | undefined> {
  const cyrillic = text.replace(/[^\p{Script=Cyrillic}\s]+/gu, ' ');
  const own = cyrillic.replace(/\s+/g, '').length > text.length / 4 ? cyrillic : text;
  if (own.length < ENOUGH_TEXT) return undefined;
  const { francAll } = await import('franc-min');
  const [first, second] = francAll(own, {
    only: [...Object.keys(DETECTABLE), ...LOOK_ALIKES],
    minLength: ENOUGH_TEXT,
  });
  // A near tie (a text in two languages) is no answer; nor is Swedish written with æ and ø, which is Norwegian or
  // Danish, languages the detector does not know.
  if (!first || (second?.[1] ?? 0) >= 0.995) return undefined;
  const nordic = (own.match(/[æø]/gi)?.length ?? 0) > (own.match(/[äö]/gi)?.length ?? 0);
  return first[0] === 'swe' && nordic ? undefined : DETECTABLE[first[0]];
}

/** The one line a build prints about it, saying where the language came from and what sets another. */
export function languageNote(language: DocumentLanguage): string {
  const { locale, from } = language;
  if (from === 'text')
    return `language: ${locale}, read from its text, for headings and dates (--locale or meta.locale sets another)`;
  if (from === 'posting' || from === 'letter')
    return `language: ${locale}, the ${from}'s, one of meta.languages (--locale builds another of them)`;
  return `language: ${locale}, the first of meta.languages, for its text, headings and dates (--locale builds another of them)`;
}

/** The résumé's own words, one text per line. */
function proseOf(value: unknown, key = ''): string {
  if (NOT_PROSE.has(key)) return '';
  if (typeof value === 'string') return /^(https?:|mailto:|tel:)/.test(value) ? '' : `${value}\n`;
  if (Array.isArray(value)) return value.map((v) => proseOf(v)).join('');
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => proseOf(v, k))
      .join('');
  return '';
}
