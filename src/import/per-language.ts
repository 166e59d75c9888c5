// Texts and lists a JSON Resume document gives per language ({ de: …, en: … }, { de: [...], en: [...] }), written
// in our languages format: meta.languages names them, a text per language stays a map, and a list per language
// becomes a list of items per language, paired by position. A build of the document reads one language of them;
// the import keeps every one. A key is a language as a build reads it (core/locales.ts isLanguageKey: en_US and
// de-de too), written as our format writes it: one code per language (en_US and en are one, en-US).
import { languageFor, primary } from '../core/languages.js';
import { isLanguageKey, readLocaleTag } from '../core/locales.js';
import type { DataPath } from '../core/parse.js';
import type { Report } from './report.js';
import { isRecord } from './values.js';

type Kind = 'text' | 'list';

/** The value's kind, if it is a mapping of language keys to texts ('text') or lists ('list'). */
function perLanguage(value: unknown): Kind | undefined {
  if (!isRecord(value)) return undefined;
  const codes = Object.keys(value);
  if (codes.length === 0 || !codes.every(isLanguageKey)) return undefined;
  const values = Object.values(value);
  if (values.every((v) => typeof v === 'string')) return 'text';
  return values.every(Array.isArray) ? 'list' : undefined;
}

/** A text or list per language where the document gives one: its parent and key, its path, and its kind. */
interface Found {
  parent: Record<string | number, unknown>;
  key: string | number;
  path: DataPath;
  map: Record<string, unknown>;
  kind: Kind;
}

function findPerLanguage(data: unknown): Found[] {
  const found: Found[] = [];
  const walk = (node: unknown, path: DataPath) => {
    const entries = Array.isArray(node) ? [...node.entries()] : isRecord(node) ? Object.entries(node) : [];
    for (const [key, value] of entries) {
      const kind = perLanguage(value);
      if (kind) found.push({ parent: node as Found['parent'], key, path, map: value as Found['map'], kind });
      else walk(value, [...path, key]);
    }
  };
  walk(data, []);
  return found;
}

/** Writes the document's texts and lists per language as ours, in place, and names its languages in
 * meta.languages (English first where every text has it, as a build reads it; else the most written). */
export function writePerLanguage(data: Record<string, unknown>, report: Report): void {
  const found = findPerLanguage(data);
  if (found.length === 0) return;
  const meta = isRecord(data.meta) ? data.meta : {};
  const given = Array.isArray(meta.languages) ? meta.languages.filter((l) => typeof l === 'string') : [];
  const languages = given.length ? given : documentLanguages(found.map((f) => Object.keys(f.map)));
  for (const { parent, key, path, map, kind } of found) {
    const ours = respelled(map, languages, report);
    parent[key] = kind === 'list' ? paired(ours as Record<string, unknown[]>, path, key, report) : ours;
  }
  if (given.length) return;
  data.meta = { ...meta, languages };
  report.note('texts written per language, kept as ours: meta.languages names them', languages.join(', '));
}

/** The document's languages, from the keys of its texts per language, each once and as our format writes it: one
 * code per language where no text gives a language twice (en_US and en are en-US, the code most written), else
 * each code (en-US beside en-GB). English first where every text has it, then the most written. */
function documentLanguages(keyLists: string[][]): string[] {
  const tags = keyLists.map((keys) => keys.map(readLocaleTag));
  const twice = tags.some((list) => new Set(list.map(primary)).size < list.length);
  const languageOf = (tag: string) => (twice ? tag : primary(tag));
  const texts = new Map<string, number>();
  const codes = new Map<string, Map<string, number>>();
  for (const tag of tags.flat()) {
    const language = languageOf(tag);
    texts.set(language, (texts.get(language) ?? 0) + 1);
    const written = codes.get(language) ?? new Map<string, number>();
    codes.set(language, written.set(tag, (written.get(tag) ?? 0) + 1));
  }
  const count = (language: string) => texts.get(language) ?? 0;
  const ordered = [...texts.keys()].sort((a, b) => count(b) - count(a));
  const english = ordered.find((l) => primary(l) === 'en' && count(l) === keyLists.length);
  const first = english ? [english, ...ordered.filter((l) => l !== english)] : ordered;
  // Each language in the code its texts most write it in, the first written on a tie.
  return first.map((language) => {
    const written = [...(codes.get(language) ?? new Map<string, number>())];
    return written.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  });
}

/** A text or list per language with its keys in meta.languages' codes (en_US → en-US); a key whose language is
 * taken already in this map keeps its own code, for the build to name. */
function respelled(
  map: Record<string, unknown>,
  languages: string[],
  report: Report,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) {
    const language = languageFor(key, languages);
    const code = language !== undefined && !(language in out) ? language : readLocaleTag(key);
    if (code !== key) report.note('language keys written as meta.languages writes them', `${key} as ${code}`);
    out[code] = value;
  }
  return out;
}

const UNPAIRED =
  "lists per language that do not pair item by item: the first language's kept, the others as comments";

/** A list per language as a list of texts per language, by position; where the lists are not texts of the same
 * length, the first language's list, the others kept as a comment under their entry. */
function paired(
  lists: Record<string, unknown[]>,
  at: DataPath,
  key: string | number,
  report: Report,
): unknown[] {
  const [[, list] = ['', []], ...others] = Object.entries(lists);
  const texts = Object.values(lists).every((l) => l.every((item) => typeof item === 'string'));
  if (texts && others.every(([, l]) => l.length === list.length))
    return list.map((_, i) => Object.fromEntries(Object.entries(lists).map(([code, l]) => [code, l[i]])));
  report.keep(at, String(key), Object.fromEntries(others), UNPAIRED);
  return list;
}
