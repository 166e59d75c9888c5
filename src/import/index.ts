// Importers from the formats other tools write (RenderCV, YAMLResume, resumake.io, Reactive Resume, a LinkedIn
// export, JSON Resume) into our résumé, and the commented YAML they are written as. See types.ts for the contract.
import { documentLanguage } from '../core/language.js';
import { UserError } from '../errors.js';
import { readImportInput } from './input.js';
import { detectImporter, forcedRefusal, importerNamed } from './registry.js';
import type { Importer, ImportInput, ImportResult } from './types.js';

export { readImportInput } from './input.js';
export { detectImporter, IMPORT_FORMATS, IMPORTERS, importerNamed } from './registry.js';
export type { Importer, ImportFormat, ImportInput, ImportNote, ImportResult, LeftOver } from './types.js';
export { importedYaml } from './write.js';

/** Reads `path` (a file, a ZIP or a folder) with the importer `from` names, or the one that recognises it;
 * undefined importer when none does. `locale`: the language the file is written in (--locale), where the user
 * names it; otherwise the language found in its text, where nothing in it names one, is written as meta.locale.
 * The words the importer writes itself (a label) are in that language. */
export async function importFile(
  path: string,
  from?: string,
  { locale }: { locale?: string } = {},
): Promise<{ importer: Importer; result: ImportResult } | { importer: undefined }> {
  const input = await readImportInput(path);
  const importer = from ? importerNamed(from) : detectImporter(input);
  if (!importer) return { importer: undefined };
  if (importer.reads !== input.kind)
    throw new UserError(
      importer.reads === 'files'
        ? `${path}: ${importer.describe} is read from its ZIP or its unzipped folder`
        : `${path}: ${importer.describe} is one YAML or JSON file, not a ZIP or a folder`,
    );
  let result = importer.read(input, locale);
  const refused = from ? forcedRefusal(path, importer, input, result) : undefined;
  if (refused) throw new UserError(refused);
  const named = locale ?? namedLanguage(result);
  const found = named ? undefined : await foundLanguage(result, input);
  const language = named ?? found;
  if (language && language !== locale) result = importer.read(input, language);
  if (found) {
    result.resume.meta = { ...result.resume.meta, locale: found };
    result.notes.push({
      topic: 'language',
      message: `language: ${found}, read from its text, written as meta.locale (headings and dates)`,
    });
  }
  return { importer, result };
}

/** The language the file names: its meta.locale, or the first of its meta.languages. */
function namedLanguage(result: ImportResult): string | undefined {
  const meta = result.resume.meta;
  return meta?.locale ?? meta?.languages?.[0];
}

/** The language a build of the file finds in its text, where nothing names one: in a document its own text (the
 * YAML, with what has no place in it commented out, may hold too little text for a build to find it again), in
 * an export (files) the résumé read from it. */
async function foundLanguage(result: ImportResult, input: ImportInput): Promise<string | undefined> {
  return (await documentLanguage(input.kind === 'document' ? input.data : result.resume))?.locale;
}
