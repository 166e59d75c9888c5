// Every importer in one place: the first whose detect() recognises the input reads it, unless --from names one.
// The most particular formats are asked first; JSON Resume, which anything with `basics` resembles, last.
import { UsageError } from '../errors.js';
import { fresh } from './fresh.js';
import { jsonResume } from './jsonresume.js';
import { linkedIn } from './linkedin/index.js';
import { reactiveResume } from './reactive-resume/index.js';
import { renderCv } from './rendercv/index.js';
import { isEmpty } from './report.js';
import { resumake } from './resumake.js';
import type { Importer, ImportFormat, ImportInput, ImportResult } from './types.js';
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

/** Why a reader named by --from may not read this input, if it may not: it found nothing of its format there (a
 * résumé of a name at most, and all the rest commented out), or the input is another format, which its reader
 * recognises. JSON Resume is the exception to the second: other formats write its keys (a resumake export is
 * JSON Resume with keys of its own), so it reads whatever it finds something in. */
export function forcedRefusal(
  path: string,
  importer: Importer,
  input: ImportInput,
  result: ImportResult,
): string | undefined {
  if (importer.detect(input)) return undefined;
  const detected = detectImporter(input);
  const { basics, meta: _, ...sections } = result.resume;
  const found = !isEmpty(sections) || !isEmpty(basics.summary);
  if (found && (!detected || importer.format === 'jsonresume')) return undefined;
  const forced = `${importer.describe} (--from ${importer.format})`;
  return detected
    ? `${path} is not ${forced}: it looks like ${detected.describe}; use --from ${detected.format}, or leave --from out`
    : `${path} has nothing of ${forced} in it, and is not a format this tool reads (${IMPORT_FORMATS.join(', ')})`;
}

export type { ImportFormat };
