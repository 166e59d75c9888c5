// Which words of a posting's line name a product ("Airflow", "Great Expectations", "Snowflake"): no alias table
// lists every tool, so a name is known by where it stands. In English, French, Spanish… a capital inside a
// sentence marks it; German capitalises every noun, so there a name is a lone capitalised word where a list of
// tools stands ("mit dbt in Snowflake", "Databricks oder Delta Lake").
import type { Token } from './analyzer.js';
import type { Language } from './language.js';

/** The line's tokens (capitalised boilerplate words beside another capitalised word, "Great Expectations",
 * counted as words of a name) and which of them are a product's name. */
export function productNames(
  tokens: Token[],
  line: string,
  language: Language,
): { tokens: Token[]; names: Set<Token> } {
  if (language === 'de') return { tokens, names: germanNames(tokens, line) };
  const names = new Set<Token>();
  const capitalised = (t: Token | undefined) => t !== undefined && !t.stop && CAPITALISED.test(t.surface);
  const out = tokens.map((t, i) => {
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    const inName =
      t.filler &&
      capitalised(t) &&
      ((capitalised(after) && !after?.boundary) || (capitalised(before) && !t.boundary));
    const word = inName ? { ...t, filler: false } : t;
    if (!word.filler && !word.stop && isProperName(word, line)) names.add(word);
    return word;
  });
  return { tokens: out, names };
}

const CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;

/** A capitalised word inside a sentence, or alone on a bullet: most often a product's name. */
function isProperName(t: Token, line: string): boolean {
  if (!CAPITALISED.test(t.surface)) return false;
  // A bullet that is one name and nothing else: "- Storybook".
  if (
    line
      .replace(/^[\s\-*+•·\d.)]+/u, '')
      .replace(/[.,;]$/, '')
      .trim() === t.surface
  )
    return true;
  const before = line.slice(0, t.start).replace(/[\s*_"'“(]+$/u, '');
  return before.length > 0 && !/(?:^[-*+•·\d.)\s]*$|[.!?:;]$)/u.test(before);
}

/** Words before a tool's name in German ("mit Terraform", "in Snowflake", "auf AWS"), and between names. */
const GERMAN_SLOT = new Set(['mit', 'in', 'auf', 'für', 'wie', 'über', 'von']);
/** Words after a noun in a set phrase ("auf Basis von", "im Rahmen der"): what stands before them is no name. */
const GERMAN_OF = new Set(['von', 'der', 'des']);
const GERMAN_AND = new Set(['und', 'oder', 'sowie', 'bzw']);
/** Endings of German nouns (Datenqualität, Kunden, Softwareentwicklung), which a product's name seldom has. */
const GERMAN_NOUN = /(?:ung|heit|keit|schaft|tät|ion|en|ik|nis|ismus|ur|chen|lein)$|[äöüß]/iu;

/** A capitalised word that is no German noun by its ending: the last word of a name ("Microsoft Fabric und
 * Databricks"). */
const nameLike = (t: Token) => !t.stop && CAPITALISED.test(t.surface) && !GERMAN_NOUN.test(t.surface);

/** German names: a capitalised word alone (no noun of its own after it) right after "mit", "in", "auf" or after
 * "und", "oder", a comma that follows another name or a known skill. */
function germanNames(tokens: Token[], line: string): Set<Token> {
  const names = new Set<Token>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const alone = !next || next.boundary || next.stop || !CAPITALISED.test(next.surface);
    if (
      !alone ||
      GERMAN_OF.has(next?.surface.toLowerCase() ?? '') ||
      t.stop ||
      t.filler ||
      t.skill ||
      !CAPITALISED.test(t.surface) ||
      GERMAN_NOUN.test(t.surface)
    )
      return;
    const prev = tokens[i - 1];
    if (!prev) return;
    const prevWord = prev.surface.toLowerCase();
    if (!t.boundary && GERMAN_SLOT.has(prevWord)) names.add(t);
    const listed = GERMAN_AND.has(prevWord) || line.slice(prev.end, t.start).trim() === ',';
    const before = GERMAN_AND.has(prevWord) ? tokens[i - 2] : prev;
    if (listed && before && (before.skill || names.has(before) || nameLike(before))) names.add(t);
  });
  return names;
}
