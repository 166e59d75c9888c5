// The résumé against a posting's terms: which terms it covers and where, a score from 0 to 100, each unit's
// relevance (BM25) for ranking, and which tags or variants would bring in the terms it misses.
// A term is covered when its words (by stem, aliases folded) follow one another in a text, or when one of its
// names is written there as it is: so a term reported missing is written nowhere in the texts considered.
import type { Resume } from '../core/resume-types.js';
import type { Token } from './analyzer.js';
import { bm25 } from './bm25.js';
import { type ResumeText, resumeTexts, type UnitLevel } from './resume-items.js';
import type { PostingAnalysis, Term } from './terms.js';

export interface TermCoverage {
  term: string;
  weight: number;
  covered: boolean;
  /** The paths of the texts that cover it, in source order. */
  where: string[];
}

/** What would bring a missing term in: variants whose own wording has it, tags on content left out. */
export interface CoverSuggestion {
  term: string;
  variants: string[];
  tags: string[];
}

export interface MatchReport {
  /** Weight of the covered terms over all terms' weight, 0 to 100. */
  score: number;
  terms: TermCoverage[];
  cover: CoverSuggestion[];
}

export interface MatchOptions {
  /** Whether a path's content is in the build being matched (default: everything is). Called with an entry's
   * path, a role's (work[0].positions[1]) and each text's path. */
  isIncluded?: (path: string) => boolean;
}

export interface UnitScore {
  /** work[0], work[0].highlights[2], skills[3], sections[0].items[1], basics.summary */
  path: string;
  level: UnitLevel;
  score: number;
  /** The terms it covers, weightiest first. */
  terms: string[];
}

interface Prepared {
  text: ResumeText;
  included: boolean;
  /** Term index → occurrences. */
  counts: Map<number, number>;
  length: number;
  /** The terms in the wording written for each variant. */
  altTerms: { variant: string; terms: Set<number> }[];
}

/** The report `resume match` prints. */
export function matchReport(
  resume: Resume,
  analysis: PostingAnalysis,
  options: MatchOptions = {},
): MatchReport {
  const prepared = prepare(resume, analysis, options);
  const terms = analysis.terms.map((t, i): TermCoverage => {
    const where = prepared.filter((p) => p.included && p.counts.has(i)).map((p) => p.text.path);
    return { term: t.term, weight: t.weight, covered: where.length > 0, where };
  });
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  const covered = terms.reduce((sum, t) => sum + (t.covered ? t.weight : 0), 0);
  const score = total ? Math.round((covered / total) * 100) : 0;
  return { score, terms, cover: suggestions(resume, prepared, terms) };
}

/** Every unit's relevance to the posting, by BM25 within its level (bullets against bullets, entries against
 * entries), in source order. Units left out of the build are not scored. */
export function scoreUnits(
  resume: Resume,
  analysis: PostingAnalysis,
  options: MatchOptions = {},
): UnitScore[] {
  const prepared = prepare(resume, analysis, options).filter((p) => p.included);
  const units = new Map<string, { level: UnitLevel; counts: Map<number, number>; length: number }>();
  const add = (path: string, level: UnitLevel, p: Prepared) => {
    const unit = units.get(path) ?? { level, counts: new Map<number, number>(), length: 0 };
    for (const [t, n] of p.counts) unit.counts.set(t, (unit.counts.get(t) ?? 0) + n);
    unit.length += p.length;
    units.set(path, unit);
  };
  for (const p of prepared) {
    add(p.text.unit, p.text.level, p);
    // An entry ranks with everything in it, its bullets included.
    if (p.text.level === 'bullet' && p.text.entry) add(p.text.entry, 'entry', p);
  }
  const weights = analysis.terms.map((t) => t.weight);
  const out: UnitScore[] = [];
  for (const level of ['summary', 'entry', 'bullet', 'group', 'item'] as const) {
    const paths = [...units.keys()].filter((k) => units.get(k)?.level === level);
    const docs = paths.map((k) => units.get(k) as { counts: Map<number, number>; length: number });
    bm25(docs, weights).forEach((score, i) => {
      const counts = (docs[i] as { counts: Map<number, number> }).counts;
      const matched = [...counts.keys()].sort((a, b) => a - b).map((t) => (analysis.terms[t] as Term).term);
      out.push({
        path: paths[i] as string,
        level,
        score: Math.round(score * 10_000) / 10_000,
        terms: matched,
      });
    });
  }
  return out;
}

type Counted = Omit<Prepared, 'included'>;
// matchReport and planTailoring on one résumé and posting read the résumé once (a résumé object is taken as
// unchanged between calls: the tailoring stage works on copies).
const counted = new WeakMap<PostingAnalysis, WeakMap<Resume, Counted[]>>();

function prepare(resume: Resume, analysis: PostingAnalysis, options: MatchOptions): Prepared[] {
  const included = options.isIncluded ?? (() => true);
  let byResume = counted.get(analysis);
  if (!byResume) {
    byResume = new WeakMap();
    counted.set(analysis, byResume);
  }
  let texts = byResume.get(resume);
  if (!texts) {
    texts = countTerms(resume, analysis);
    byResume.set(resume, texts);
  }
  return texts.map((p) => ({
    ...p,
    included:
      (!p.text.entry || included(p.text.entry)) &&
      (!p.text.role || included(p.text.role)) &&
      included(p.text.path),
  }));
}

/** Each text of the résumé with the terms it has. */
function countTerms(resume: Resume, analysis: PostingAnalysis): Counted[] {
  const texts = resumeTexts(resume);
  // Most names are written nowhere in the résumé: one look at all of it spares looking in each text.
  const everything = fold(texts.flatMap((t) => [t.text, ...Object.values(t.alt)]).join('\n'));
  const names = analysis.terms.map((term) => namesOf(term).filter((n) => everything.includes(n.first)));
  const termsIn = (text: string) => {
    const keys = contentKeys(analysis.analyzer.analyze(text));
    let written: Written | undefined;
    const found = new Map<number, number>();
    analysis.terms.forEach((term, i) => {
      const n = occurrences(term, keys, () => (written ??= writtenText(text)), names[i] as Name[]);
      if (n) found.set(i, n);
    });
    return { keys, found };
  };
  return texts.map((text) => {
    const { keys, found: counts } = termsIn(text.text);
    // Wording written for variants, with the terms it has: what would cover a missing term.
    const altTerms = Object.entries(text.alt).map(([variant, alt]) => ({
      variant,
      terms: new Set(termsIn(alt).found.keys()),
    }));
    return { text, counts, length: keys.length, altTerms };
  });
}

/** A name as compared: folded, with its first word to rule texts out quickly (a plain word is looked up among
 * the text's words; one with marks, C++ or .NET, is searched for). */
interface Name {
  folded: string;
  first: string;
  plain: boolean;
}

/** A term's names: the posting's spelling and the alias table's. */
function namesOf(term: Term): Name[] {
  return [term.term, ...term.names]
    .map((n) => fold(n).trim())
    .filter(Boolean)
    .map((folded) => {
      const first = folded.split(' ')[0] as string;
      return { folded, first, plain: /^[\p{L}\p{N}]+$/u.test(first) && !CJK.test(first) };
    });
}

/** A text as names are looked for in it: folded, and its words. */
interface Written {
  folded: string;
  words: Set<string>;
}

function writtenText(text: string): Written {
  const folded = fold(text);
  return { folded, words: new Set(folded.split(/[^\p{L}\p{N}]+/u)) };
}

/** How often a term occurs in a text: its keys in a row among the content words, or (at least once) one of its
 * names written out. */
function occurrences(term: Term, keys: readonly string[], text: () => Written, names: Name[]): number {
  let n = 0;
  const k = term.keys;
  for (let i = 0; i + k.length <= keys.length; i++) {
    let j = 0;
    while (j < k.length && keys[i + j] === k[j]) j++;
    if (j === k.length) n++;
  }
  if (n || names.length === 0) return n;
  const { folded, words } = text();
  // A name starts at a word's start, so its first plain word is one of the text's words.
  const found = (name: Name) =>
    (name.plain ? words.has(name.first) : folded.includes(name.first)) && foldedIn(name.folded, folded);
  return names.some(found) ? 1 : 0;
}

/** The keys of a text's words, stopwords left out. */
export function contentKeys(tokens: Token[]): string[] {
  return tokens.filter((t) => !t.stop).map((t) => t.key);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

/** Whether a name is written in a text, ignoring case: as a whole word in Latin scripts (so "Go" is not found
 * in "good"), anywhere in Chinese, Japanese and Korean text. */
export function writtenIn(name: string, text: string): boolean {
  return foldedIn(fold(name).trim(), fold(text));
}

function foldedIn(needle: string, hay: string): boolean {
  if (!needle) return false;
  if (CJK.test(needle)) return hay.replace(/\s/g, '').includes(needle.replace(/\s/g, ''));
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const edgeBefore = !isWord(needle[0]) || !isWord(hay[at - 1]);
    const edgeAfter = !isWord(needle[needle.length - 1]) || !isWord(hay[at + needle.length]);
    if (edgeBefore && edgeAfter) return true;
  }
  return false;
}

/** For each missing term: the variants whose wording (bullets' alt, basics.alt, a variant's label or summary)
 * has it, and the tags on left-out content that has it, with the variants that select those tags. */
function suggestions(resume: Resume, prepared: Prepared[], coverage: TermCoverage[]): CoverSuggestion[] {
  const out: CoverSuggestion[] = [];
  coverage.forEach((c, i) => {
    if (c.covered) return;
    const variants = new Set<string>();
    const tags = new Set<string>();
    for (const p of prepared) {
      for (const alt of p.altTerms) if (alt.terms.has(i)) variants.add(alt.variant);
      if (!p.included && p.counts.has(i)) for (const tag of p.text.tags) tags.add(tag);
    }
    for (const [name, variant] of Object.entries(resume.variants ?? {})) {
      const excluded = new Set(variant?.excludeTags ?? []);
      if ((variant?.tags ?? []).some((t) => tags.has(t) && !excluded.has(t))) variants.add(name);
    }
    if (variants.size || tags.size)
      out.push({ term: c.term, variants: sorted(variants), tags: sorted(tags) });
  });
  return out;
}

function sorted(set: Set<string>): string[] {
  return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
