// Importers from the formats other tools write (RenderCV, YAMLResume, resumake.io, Reactive Resume, a LinkedIn
// export, JSON Resume) into our résumé, and the commented YAML they are written as. See types.ts for the contract.
import { UserError } from '../errors.js';
import { readImportInput } from './input.js';
import { detectImporter, forcedRefusal, importerNamed } from './registry.js';
import type { Importer, ImportResult } from './types.js';

export { readImportInput } from './input.js';
export { detectImporter, IMPORT_FORMATS, IMPORTERS, importerNamed } from './registry.js';
export type { Importer, ImportFormat, ImportInput, ImportNote, ImportResult, LeftOver } from './types.js';
export { importedYaml } from './write.js';

/** Reads `path` (a file, a ZIP or a folder) with the importer `from` names, or the one that recognises it;
 * undefined importer when none does. */
export async function importFile(
  path: string,
  from?: string,
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
  return { importer, result };
}
