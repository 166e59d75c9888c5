// Importers from the formats other tools write (RenderCV, YAMLResume, resumake.io, Reactive Resume, a LinkedIn
// export, JSON Resume) into our résumé, and the commented YAML they are written as. See types.ts for the contract.
import { documentLanguage } from '../core/language.js';
import { UserError } from '../errors.js';
import { readImportInput } from './input.js';
import { detectImporter, forcedRefusal, importerNamed } from './registry.js';
import type { Importer, ImportResult } from './types.js';

export { readImportInput } from './input.js';
export { detectImporter, IMPORT_FORMATS, IMPORTERS, importerNamed } from './registry.js';
export type { Importer, ImportFormat, ImportInput, ImportNote, ImportResult, LeftOver } from './types.js';
export { importedYaml } from './write.js';

/** Reads `path` (a file, a ZIP or a folder) with the importer `from` names, or the one that recognises it;
 * undefined importer when none does. `findLanguage`: the language the file's text is written in, where nothing
 * names it, is written as meta.locale. */
export async function importFile(
  path: string,
  from?: string,
  { findLanguage = false } = {},
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
  const result = importer.read(input);
  const refused = from ? forcedRefusal(path, importer, input, result) : undefined;
  if (refused) throw new UserError(refused);
  if (findLanguage && input.kind === 'document') await nameLanguage(result, input.data);
  return { importer, result };
}

/** The language a build of the file finds in its text, written as meta.locale where neither it nor
 * meta.languages is set: the YAML, with what has no place in it commented out, may hold too little text for a
 * build to find it again. */
async function nameLanguage(result: ImportResult, data: unknown): Promise<void> {
  const meta = result.resume.meta ?? {};
  if (meta.locale || meta.languages) return;
  const found = await documentLanguage(data);
  if (!found) return;
  result.resume.meta = { ...meta, locale: found.locale };
  result.notes.push({
    topic: 'language',
    message: `language: ${found.locale}, read from its text, written as meta.locale (headings and dates)`,
  });
}
