// Every importer in one place: the first whose detect() recognises the input reads it, unless --from names one.
// The most particular formats are asked first; JSON Resume, which anything with `basics` resembles, last.
import { UsageError } from '../errors.js';
import { fresh } from './fresh.js';
import { jsonResume } from './jsonresume.js';
import { linkedIn } from './linkedin/index.js';
import { reactiveResume } from './reactive-resume/index.js';
import { renderCv } from './rendercv/index.js';
import { resumake } from './resumake.js';
import type { Importer, ImportFormat, ImportInput } from './types.js';
import { yamlResume } from './yamlresume/index.js';

export const IMPORTERS: readonly Importer[] = [
  linkedIn,
  renderCv,
  yamlResume,
  resumake,
  reactiveResume,
  fresh,
  jsonResume,
];

export const IMPORT_FORMATS = IMPORTERS.map((i) => i.format);

/** The importer that recognises this input, if any. */
export function detectImporter(input: ImportInput): Importer | undefined {
  return IMPORTERS.find((i) => i.detect(input));
}

/** The importer `--from` names; a usage error naming the formats there are otherwise. */
export function importerNamed(name: string): Importer {
  const found = IMPORTERS.find((i) => i.format === name.toLowerCase());
  if (!found) throw new UsageError(`unknown format "${name}": use one of ${IMPORT_FORMATS.join(', ')}`);
  return found;
}

export type { ImportFormat };
