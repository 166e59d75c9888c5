// Tokens → what matching compares: each word's key is its stem (in the posting's language, for the posting and
// the résumé alike), and every name of a skill in the alias table becomes one token keyed by its group.
import { aliasTable, CASE_SENSITIVE } from './aliases.js';
import { fillerOf, genericOf, type Language, stemOf, stopwordsOf } from './language.js';
import { type RawToken, stripKoreanParticle, tokenize } from './tokens.js';

export interface Token {
  /** As written (for a folded alias: the whole name as written, e.g. "Ruby on Rails"). */
  surface: string;
  start: number;
  end: number;
  /** What matching compares: a stem, or "=" and an alias group's canonical name in lower case. */
  key: string;
  boundary: boolean;
  stop: boolean;
  filler: boolean;
  /** A name from the alias table, or a word shaped like a technology's name (GraphQL, k8s, C++, .NET, AWS). */
  skill: boolean;
  /** The alias group's canonical name. */
  canonical?: string;
}

/** Turns text into tokens for one language and one alias table; the same analyzer serves posting and résumé. */
export interface Analyzer {
  language: Language;
  analyze(text: string): Token[];
  /** Every name of a canonical skill, the canonical first. */
  namesOf(canonical: string): string[];
  /** Whether a text is one of the stopword lists' entries (some are several words: "따지지 않다"). */
  isStopword(text: string): boolean;
  /** Whether a word's key is one of the trade's generic words ("data", "engineers"). */
  isGeneric(key: string): boolean;
}

interface AliasForm {
  canonical: string;
  keys: string[];
  surfaces: string[];
  caseSensitive: boolean;
}

export function createAnalyzer(language: Language, extraAliases?: unknown): Analyzer {
  const stem = stemOf(language);
  const stop = stopwordsOf(language);
  // Boilerplate is known by its stem too, so that "experiences" is as empty as "experience".
  const filler = fillerOf(language);
  const fillerKeys = new Set([...filler].map((w) => foldMarks(stem(w))));
  const genericKeys = new Set([...genericOf(language)].map((w) => foldMarks(stem(w))));
  // Words repeat (a résumé says "scalable" twenty times): each spelling is stemmed and shaped once.
  const latinKey = memo((surface) => {
    const norm = surface.normalize('NFKC').toLowerCase();
    if (isTechShaped(surface)) return /^\p{Lu}{3,}s$/u.test(surface) ? norm.slice(0, -1) : norm;
    // Only letters beyond ASCII can carry marks to fold.
    return /[^ -~]/.test(norm) ? foldMarks(stem(norm)) : stem(norm);
  });
  const cjkKey = memo((surface) => {
    const norm = surface.normalize('NFKC').toLowerCase();
    return language === 'ko' ? stripKoreanParticle(norm) : norm;
  });
  const keyOf = (raw: RawToken) => (raw.cjk ? cjkKey(raw.surface) : latinKey(raw.surface));
  const techShaped = memo(isTechShaped);
  // What a word is, by its spelling: computed once per spelling.
  const latinInfo = memo((surface) => wordInfo(surface, false));
  const cjkInfo = memo((surface) => wordInfo(surface, true));
  const wordInfo = (surface: string, cjk: boolean) => {
    const norm = surface.normalize('NFKC').toLowerCase();
    const key = cjk ? cjkKey(surface) : latinKey(surface);
    return {
      key,
      stop: stop.has(norm) || isNoise(surface, cjk),
      filler: filler.has(norm) || fillerKeys.has(key),
      skill: !cjk && techShaped(surface),
    };
  };
  const wordToken = (raw: RawToken): Token => ({
    surface: raw.surface,
    start: raw.start,
    end: raw.end,
    boundary: raw.boundary,
    ...(raw.cjk ? cjkInfo(raw.surface) : latinInfo(raw.surface)),
  });
  const table = aliasTable(extraAliases);
  // Names in Chinese, Japanese or Korean need the segmenter, which is slow to start: they are read the first
  // time a text in those scripts is.
  const forms = aliasForms(table, language, keyOf, false);
  let withCjk: Map<string, AliasForm[]> | undefined;
  const formsFor = (raw: RawToken[]) => {
    if (!raw.some((r) => r.cjk)) return forms;
    withCjk ??= aliasForms(table, language, keyOf, true);
    return withCjk;
  };
  const analyze = (text: string): Token[] => {
    const raw = tokenize(text, language);
    const keys = raw.map(keyOf);
    const index = formsFor(raw);
    const out: Token[] = [];
    for (let i = 0; i < raw.length; ) {
      const form = longestAlias(index.get(keys[i] as string), raw, keys, i);
      if (form) {
        out.push(skillToken(text, raw.slice(i, i + form.keys.length), form.canonical));
        i += form.keys.length;
      } else {
        out.push(wordToken(raw[i] as RawToken));
        i++;
      }
    }
    return out;
  };
  return {
    language,
    analyze,
    namesOf: (canonical) => [canonical, ...(table.get(canonical) ?? [])],
    isStopword: (text) => stop.has(text.normalize('NFKC').toLowerCase()),
    isGeneric: (key) => genericKeys.has(foldMarks(key)),
  };
}

/** The words of an alias found in a text, as one token. */
function skillToken(text: string, words: RawToken[], canonical: string): Token {
  const first = words[0] as RawToken;
  const last = words[words.length - 1] as RawToken;
  return {
    surface: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    // "=" keeps a skill's key apart from any word's stem ("Go" the language, "go" the verb).
    key: `=${canonical.toLowerCase()}`,
    boundary: first.boundary,
    stop: false,
    filler: false,
    skill: true,
    canonical,
  };
}

/** A function of a string, computed once per string. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let value = cache.get(s);
    if (value === undefined) {
      value = fn(s);
      cache.set(s, value);
    }
    return value;
  };
}

function isTechShaped(surface: string): boolean {
  // Most words have no digit: the two Unicode-aware tests that need one are skipped (\d is ASCII even with /u).
  const digit = /\d/.test(surface);
  if (digit && /^\d+(?:st|nd|rd|th|er|e|ème|º|ª|x|k|h|m|am|pm)$/iu.test(surface)) return false; // 2nd, 3e, 10x
  if (digit && /\d.*\p{L}|\p{L}.*\d/u.test(surface)) return true; // k8s, EC2, HTML5
  if (/[+#]|^\.|\.\p{L}{2}/u.test(surface)) return true; // C++, C#, .NET, Node.js (not "un.e", "o.o")
  if (/^\p{Lu}{3,6}s?$/u.test(surface)) return true; // AWS, SQL, APIs (AI, ML, UX are in the alias table)
  // A name written in lower case with no vowel is an abbreviation, no word: dbt, npm, gcc.
  if (/^[b-df-hj-np-tv-xz]{3,5}$/.test(surface)) return true;
  // GraphQL, JavaScript, iOS; not words glued where a page lost its spaces ("mitOffice", "FließendeDeutsch").
  return /\p{Ll}\p{Lu}/u.test(surface) && /^(?:\p{Lu}|\p{Ll}(?=\p{Lu}))[\p{L}\d]{1,13}$/u.test(surface);
}

/** Numbers, single letters and one kana say nothing by themselves (C and R are in the alias table). */
function isNoise(surface: string, cjk: boolean): boolean {
  if (/^[\p{N}.,+%]+$/u.test(surface)) return true;
  if (!cjk) return [...surface].length < 2;
  return /^[\p{Script=Hiragana}ー]$/u.test(surface);
}

export function foldMarks(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

const CJK_NAME = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Each alias, tokenised like the text it will be looked for in, indexed by its first key. */
function aliasForms(
  table: Map<string, string[]>,
  language: Language,
  keyOf: (raw: RawToken) => string,
  cjk: boolean,
): Map<string, AliasForm[]> {
  const index = new Map<string, AliasForm[]>();
  for (const [canonical, aliases] of table) {
    for (const name of [canonical, ...aliases]) {
      if (!cjk && CJK_NAME.test(name)) continue;
      const raw = tokenize(name, language);
      if (!raw.length) continue;
      const form: AliasForm = {
        canonical,
        keys: raw.map(keyOf),
        surfaces: raw.map((r) => r.surface),
        caseSensitive: CASE_SENSITIVE.has(name),
      };
      const list = index.get(form.keys[0] as string) ?? [];
      list.push(form);
      index.set(form.keys[0] as string, list);
    }
  }
  // Longest first, so that "Ruby on Rails" wins over "Ruby"; then by name, so the order never depends on the table's.
  for (const list of index.values())
    list.sort(
      (a, b) =>
        b.keys.length - a.keys.length || (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0),
    );
  return index;
}

function longestAlias(
  candidates: AliasForm[] | undefined,
  raw: RawToken[],
  keys: string[],
  at: number,
): AliasForm | undefined {
  return candidates?.find((form) =>
    form.keys.every((k, j) => {
      const tok = raw[at + j];
      if (!tok || keys[at + j] !== k) return false;
      return !form.caseSensitive || tok.surface === form.surfaces[j];
    }),
  );
}
