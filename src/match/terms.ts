// A posting's key terms, weighted: skills (from the alias table, or shaped like a technology's name), phrases
// (runs of two or three content words between stopwords and punctuation: "event-driven architecture") and the
// single words the requirements insist on. The title and the requirements weigh most, nice-to-haves less, the
// company blurb and the benefits little. Stopwords and boilerplate never become terms.
import { type Analyzer, createAnalyzer, type Token } from './analyzer.js';
import type { SectionKind } from './headings.js';
import type { Language } from './language.js';
import { productNames } from './names.js';
import type { Posting } from './posting.js';

export interface Term {
  /** As the posting writes it (its most frequent spelling). */
  term: string;
  /** The token keys matching compares, in order. */
  keys: string[];
  weight: number;
  kind: 'skill' | 'phrase' | 'word';
  /** The kinds of section it appears in, in the order of SECTION_WEIGHT. */
  sections: SectionKind[];
  /** Other names of the skill (alias table), to find it written out. */
  names: string[];
  /** Made of the trade's generic words only ("data", "Data Engineer"): it weighs less, and --emphasize leaves it. */
  generic: boolean;
}

/** A posting made ready for matching: its terms and the analyzer that reads a résumé the same way. */
export interface PostingAnalysis {
  posting: Posting;
  analyzer: Analyzer;
  terms: Term[];
}

export interface TermOptions {
  /** A résumé's meta.aliases: alias → canonical, or canonical → [aliases]. */
  aliases?: unknown;
  /** At most this many terms, the weightiest (40 by default). */
  maxTerms?: number;
}

export const SECTION_WEIGHT: Readonly<Record<SectionKind, number>> = {
  title: 3,
  requirements: 2,
  responsibilities: 1.5,
  other: 1,
  nice: 1,
  about: 0.3,
  benefits: 0.2,
};
const KIND_FACTOR = { skill: 1.5, phrase: 1.2, word: 1 } as const;
/** How much less a term of generic words weighs than one as specific (and at most half the lightest skill). */
const GENERIC_FACTOR = 0.4;

interface Candidate {
  keys: string[];
  kind: Term['kind'];
  count: number;
  /** Occurrences inside a longer candidate (a word of a phrase). */
  inside: number;
  best: number;
  first: number;
  spellings: Map<string, number>;
  sections: Set<SectionKind>;
  canonical?: string;
}

export function analyzePosting(posting: Posting, options: TermOptions = {}): PostingAnalysis {
  const analyzer = createAnalyzer(posting.language, options.aliases);
  const candidates = new Map<string, Candidate>();
  // A posting without headings says everything in its "other" text: that text then weighs as duties do.
  const structured = posting.sections.some((s) => s.kind === 'requirements' || s.kind === 'responsibilities');
  const weights = {
    ...SECTION_WEIGHT,
    other: structured ? SECTION_WEIGHT.other : SECTION_WEIGHT.responsibilities,
  };
  const company = new Set(posting.company ? analyzer.analyze(posting.company).map((t) => t.key) : []);
  let order = 0;
  for (const section of posting.sections) {
    for (const line of section.text.split('\n').map(withoutAddresses)) {
      const { weight, kind } = lineRole(line, section.kind, weights);
      const analyzed = analyzer
        .analyze(line)
        .map((t) => (company.has(t.key) && !t.skill ? { ...t, filler: true } : t));
      // Product names are looked for where a posting lists what it wants, not in its prose about the company; in
      // a posting with no such list, its other text is where it says it.
      const { tokens, names } =
        NAMES_TOOLS.has(kind) || (!structured && section.kind === 'other')
          ? productNames(analyzed, line, analyzer.language)
          : { tokens: analyzed, names: new Set<Token>() };
      for (const run of contentRuns(tokens)) {
        for (const found of candidatesOf(run, analyzer.language, kind, names)) {
          if (analyzer.isStopword(spellingOf(found.tokens, line))) continue;
          note(candidates, found, line, section.kind, weight, order++);
        }
      }
    }
  }
  const isGeneric = (c: Candidate) => c.kind !== 'skill' && c.keys.every(analyzer.isGeneric);
  const terms = select(candidates, options.maxTerms ?? 40, isGeneric).map(({ c, weight }) =>
    toTerm(c, weight, analyzer, isGeneric(c)),
  );
  return { posting, analyzer, terms };
}

// Statements every posting carries (equal opportunity, privacy, how to apply): they weigh as benefits do.
const BOILERPLATE =
  /equal opportunit|regardless of|diversity|inclusi(?:ve|on)|accommodation|privacy|gleichbehandlung|chancengleichheit|diversité|égalité des chances|igualdad de oportunidades|pari opportunità|gelijke kansen/i;

const NAMES_TOOLS = new Set<SectionKind>(['requirements', 'nice', 'responsibilities']);

/** A line's weight and the kind of section it reads as: its section's, less for long prose (a requirements
 * list is bullets and short lines; a paragraph there is mostly about the company) and least for boilerplate. */
function lineRole(
  line: string,
  kind: SectionKind,
  weights: Record<SectionKind, number>,
): { weight: number; kind: SectionKind } {
  const sectionWeight = weights[kind];
  if (BOILERPLATE.test(line))
    return { weight: Math.min(sectionWeight, SECTION_WEIGHT.benefits), kind: 'other' };
  if (!line.startsWith('- ') && line.split(/\s+/).length > 30)
    return { weight: Math.min(sectionWeight, SECTION_WEIGHT.other), kind: 'other' };
  return { weight: sectionWeight, kind };
}

/** A line without web and mail addresses (a link keeps its text): "github.com" is not a skill. */
function withoutAddresses(line: string): string {
  return line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\S+@\S+\.\w+/g, ' ')
    .replace(/\b[\w-]+\.(?:com|org|net|io|fr|de|gov|md|html?)\b(?:\/\S*)?/gi, ' ');
}

/** Runs of content words: stopwords, boilerplate and punctuation end a run. */
function contentRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    if (t.boundary || t.stop || t.filler) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (!t.stop && !t.filler) run.push(t);
  }
  if (run.length) runs.push(run);
  return runs;
}

const HAN_OR_KANA = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;

interface Found {
  tokens: Token[];
  kind: Term['kind'];
  /** Part of a longer candidate found in the same run. */
  inside: boolean;
}

/** The candidates of one run: each word, and the run itself when it is a short phrase (in Chinese, Japanese
 * and Korean, whose segmenter cuts compounds apart, every two or three neighbouring words). A phrase of names
 * is a name ("Great Expectations"). */
function candidatesOf(words: Token[], language: Language, kind: SectionKind, names: Set<Token>): Found[] {
  // German duties speak to the reader, their verb first: "Du modellierst Daten" is about data, not modelling.
  const run = language === 'de' && DU_VERB.test(words[0]?.surface ?? '') ? words.slice(1) : words;
  const isSkill = (t: Token) => t.skill || names.has(t);
  const found: Found[] = [];
  const phrases: Token[][] = [];
  if (language === 'zh' || language === 'ja') {
    // Not in a title, where neighbouring words are mostly the company's name and "hiring".
    if (kind === 'title')
      return run
        .filter((t) => t.skill || [...t.surface].length >= 2)
        .map((t) => ({ tokens: [t], kind: t.skill ? 'skill' : 'word', inside: false }));
    // Neighbouring Chinese or Japanese words, a compound the segmenter cut apart ("数据" + "库").
    for (let i = 0; i + 2 <= run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (pair.every((t) => HAN_OR_KANA.test(t.surface))) phrases.push(pair);
    }
  } else if (run.length >= 2 && run.length <= 3 && !looksVerbal(run, language)) phrases.push(run);
  for (const p of phrases)
    found.push({ tokens: p, kind: p.every(isSkill) ? 'skill' : 'phrase', inside: false });
  for (const t of run) {
    const minLength = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(
      t.surface,
    )
      ? 2
      : 3;
    if (!t.skill && [...t.surface].length < minLength) continue;
    if (!isSkill(t) && language === 'en' && isDutyVerb(t.surface)) continue;
    found.push({ tokens: [t], kind: isSkill(t) ? 'skill' : 'word', inside: phrases.length > 0 });
  }
  return found;
}

/** A German verb said to "du" (modellierst, automatisierst, entwickelst): no term, nor a term's first word. */
const DU_VERB = /^\p{Ll}{3,}st$/u;

/** Verbs that open a duty ("build event-driven architecture", "own our schema"), seldom a thing's name. */
const DUTY_VERBS = new Set(
  'build develop maintain own run write create implement lead drive help ensure improve deliver support participate collaborate mentor manage define ship scale automate migrate operate monitor review test deploy integrate optimize optimise'.split(
    ' ',
  ),
);

/** "build", "builds": a duty's verb says what the job does, not what a person must know, and is no term alone. */
function isDutyVerb(surface: string): boolean {
  const word = surface.toLowerCase();
  return DUTY_VERBS.has(word) || DUTY_VERBS.has(word.replace(/s$/, ''));
}

/** English runs that read as a verb or an adverb's phrase ("maintaining web applications", "concisely
 * communicate", "Optimize applications" at a bullet's start) rather than a thing someone knows. */
function looksVerbal(run: Token[], language: Language): boolean {
  const first = run[0] as Token;
  if (first.skill) return false;
  const infinitive = INFINITIVE[language];
  if (infinitive) return startsWithVerb(run, infinitive);
  if (language !== 'en') return false;
  if (/(?:ing|ed)$/i.test(first.surface) || DUTY_VERBS.has(first.surface.toLowerCase())) return true;
  if (run.some((t) => /ly$/i.test(t.surface) && !t.skill)) return true;
  // A bullet's first word is most often an imperative: "Build …", "Design …", "Collaborate …".
  return first.start <= 2 && first.boundary && /^\p{Lu}\p{Ll}+$/u.test(first.surface);
}

/** Infinitives and the "we" form in the Romance languages, which open duties ("mantener pipelines", "Orquestar
 * procesos", "Buscamos desarrollador", "concevoir des API"). */
const INFINITIVE: Partial<Record<Language, RegExp>> = {
  es: /^\p{L}{2,}(?:ar|er|ir|amos|emos|imos)$/iu,
  pt: /^\p{L}{2,}(?:ar|er|ir|amos|emos|imos)$/iu,
  it: /^\p{L}{2,}(?:are|ere|ire|iamo)$/iu,
  fr: /^\p{L}{2,}(?:er|ir|ons)$/iu,
};

/** A Romance run opened by a verb, its object after it in lower case: a duty, not a thing's name ("Customer
 * Success", "Computer Vision" go on with a capital, "poder adquisitivo" is lost as a phrase but kept as words). */
function startsWithVerb(run: Token[], infinitive: RegExp): boolean {
  const [first, second] = run as [Token, Token];
  return infinitive.test(first.surface) && /^\p{Ll}/u.test(second.surface);
}

/** Tokens as the line writes them, from the first's start to the last's end. */
function spellingOf(tokens: Token[], line: string): string {
  return line.slice((tokens[0] as Token).start, (tokens[tokens.length - 1] as Token).end);
}

function note(
  candidates: Map<string, Candidate>,
  found: Found,
  line: string,
  kind: SectionKind,
  weight: number,
  order: number,
) {
  const keys = found.tokens.map((t) => t.key);
  const id = keys.join(' ');
  const first = found.tokens[0] as Token;
  const spelling = spellingOf(found.tokens, line);
  const c = candidates.get(id) ?? {
    keys,
    kind: found.kind,
    count: 0,
    inside: 0,
    best: 0,
    first: order,
    spellings: new Map<string, number>(),
    sections: new Set<SectionKind>(),
    ...(first.canonical && found.tokens.length === 1 ? { canonical: first.canonical } : {}),
  };
  c.count++;
  if (found.inside) c.inside++;
  c.best = Math.max(c.best, weight);
  c.spellings.set(spelling, (c.spellings.get(spelling) ?? 0) + 1);
  c.sections.add(kind);
  candidates.set(id, c);
}

/** Which candidates are terms: every skill; phrases and words the posting stresses (in its title, its
 * requirements or duties, or more than once); never a word that only ever appears inside a chosen phrase, nor a
 * part of a name that only ever appears inside it ("Lake" of "Delta Lake"). */
function select(
  candidates: Map<string, Candidate>,
  max: number,
  isGeneric: (c: Candidate) => boolean,
): { c: Candidate; weight: number }[] {
  const weightOf = (c: Candidate) => c.best * (1 + 0.3 * Math.min(c.count - 1, 3)) * KIND_FACTOR[c.kind];
  const chosen = [...candidates.values()].filter((c) => {
    // A name the alias table knows always counts; a word only shaped like one must be in the posting's body.
    if (c.kind === 'skill') return c.canonical !== undefined || c.best >= 1;
    if (c.kind === 'phrase') return c.best >= (HAN_OR_KANA.test(c.keys.join('')) ? 2 : 1.5) || c.count >= 2;
    if (c.inside === c.count && c.count < 3) return false;
    // A single word must be in the title, or said twice where requirements and duties are.
    return c.best >= 3 || (c.best >= 2 && c.count >= 2) || (c.best >= 1.5 && c.count >= 3);
  });
  const names = chosen.filter((c) => c.kind === 'skill' && c.keys.length > 1);
  const inName = new Set(names.flatMap((c) => c.keys));
  const partOfName = (c: Candidate) =>
    c.kind === 'skill' &&
    c.keys.length === 1 &&
    !c.canonical &&
    c.inside === c.count &&
    inName.has(c.keys[0] as string);
  const kept = chosen.filter((c) => !partOfName(c));
  // A generic term weighs less than any skill: two of them ("data", "engineers") must not outrank one tool.
  const lightestSkill = Math.min(...kept.filter((c) => c.kind === 'skill').map(weightOf));
  const weighed = (c: Candidate) =>
    isGeneric(c) ? Math.min(weightOf(c) * GENERIC_FACTOR, lightestSkill / 2) : weightOf(c);
  return kept
    .map((c) => ({ c, weight: Math.round(weighed(c) * 100) / 100 }))
    .sort((a, b) => b.weight - a.weight || a.c.first - b.c.first)
    .slice(0, max);
}

const SECTION_ORDER = Object.keys(SECTION_WEIGHT) as SectionKind[];

function toTerm(c: Candidate, weight: number, analyzer: Analyzer, generic: boolean): Term {
  // The posting's most frequent spelling; at a tie, the alias table's name, else the first seen.
  let term = '';
  let most = 0;
  for (const [spelling, n] of c.spellings) {
    const better = n > most || (n === most && spelling === c.canonical);
    if (better) [term, most] = [spelling, n];
  }
  return {
    term,
    keys: c.keys,
    weight,
    kind: c.kind,
    sections: SECTION_ORDER.filter((k) => c.sections.has(k)),
    names: c.canonical ? analyzer.namesOf(c.canonical) : [],
    generic,
  };
}
