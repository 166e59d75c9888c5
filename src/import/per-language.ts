// Texts and lists a JSON Resume document gives per language ({ de: …, en: … }, { de: [...], en: [...] }), written
// in our languages format: meta.languages names them, a text per language stays a map, and a list per language
// becomes a list of items per language, paired by position. A build of the document reads one language of them;
// the import keeps every one.
import { isLanguageKey } from '../core/locales.js';
import type { DataPath } from '../core/parse.js';
import type { Report } from './report.js';
import { isRecord } from './values.js';

/** The value's languages, if it is a mapping of language codes to texts (kind 'text') or lists ('list'). */
function perLanguage(value: unknown): { kind: 'text' | 'list'; codes: string[] } | undefined {
  if (!isRecord(value)) return undefined;
  const codes = Object.keys(value);
  // Written as our format writes a language (pt-BR, not pt_BR), since the import keeps the keys as they are.
  if (codes.length === 0 || !codes.every((c) => /^[a-z]{2,3}(-[A-Z]{2})?$/.test(c) && isLanguageKey(c)))
    return undefined;
  const values = Object.values(value);
  if (values.every((v) => typeof v === 'string')) return { kind: 'text', codes };
  return values.every(Array.isArray) ? { kind: 'list', codes } : undefined;
}

/** Writes the document's texts and lists per language as ours, in place, and names its languages in
 * meta.languages (English first where every text has it, as a build reads it; else the most written). */
export function writePerLanguage(data: Record<string, unknown>, report: Report): void {
  const seen = new Map<string, number>();
  let maps = 0;
  const walk = (node: unknown, path: DataPath) => {
    const entries = Array.isArray(node) ? [...node.entries()] : isRecord(node) ? Object.entries(node) : [];
    for (const [key, value] of entries) {
      const found = perLanguage(value);
      if (!found) {
        walk(value, [...path, key]);
        continue;
      }
      maps++;
      for (const code of found.codes) seen.set(code, (seen.get(code) ?? 0) + 1);
      if (found.kind === 'list')
        (node as Record<string | number, unknown>)[key] = paired(
          value as Record<string, unknown[]>,
          path,
          key,
          report,
        );
    }
  };
  walk(data, []);
  if (maps === 0) return;
  const meta = isRecord(data.meta) ? data.meta : {};
  if (meta.languages !== undefined) return;
  const codes = [...seen.keys()].sort((a, b) => (seen.get(b) ?? 0) - (seen.get(a) ?? 0));
  const languages = seen.get('en') === maps ? ['en', ...codes.filter((c) => c !== 'en')] : codes;
  data.meta = { ...meta, languages };
  report.note('texts written per language, kept as ours: meta.languages names them', languages.join(', '));
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
