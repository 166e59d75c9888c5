// How far each language of a résumé is written (resume languages): per language, how many of the texts given
// per language have it, and where it is missing, at file:line:col.
import { type Coverage, coverage } from '../core/languages.js';
import { parseResume, withPositions } from '../core/parse.js';
import { toDiagnostic } from '../core/problems.js';
import type { Diagnostic } from '../errors.js';
import { type LoadInput, load } from './load.js';

export interface LanguageReport {
  file: string;
  /** meta.languages, the default first; empty for a résumé in one language. */
  languages: Omit<Coverage, 'missing'>[];
  /** Texts written once, the same in every language. */
  plain: number;
  /** Where each language lacks a text, in the document's order. */
  missing: Diagnostic[];
  /** The other warnings of reading the résumé. */
  warnings: Diagnostic[];
}

export async function languageReport(input: LoadInput): Promise<LanguageReport> {
  // Loaded in its default language, which every text has: its warnings are about other things.
  const loaded = await load(input);
  const { plain, languages } = coverage(loaded.written);
  const located = await withPositions(await parseResume(loaded.source));
  const missing = languages.flatMap(({ language, missing }) =>
    missing.map((path) => toDiagnostic(located, { path, message: `no ${language} text` })),
  );
  return {
    file: loaded.source.name,
    languages: languages.map(({ missing: _, ...counts }) => counts),
    plain,
    missing,
    warnings: loaded.warnings,
  };
}
