// `resume import other.json --locale de --into resume.yaml`: the shell around mergeLanguage. The résumé and the
// other document are read (and checked) first; the merged file must read back as a valid résumé before it
// replaces the old one; what could not be paired is listed.

import { basename } from 'node:path';
import { writeOutputs } from '../../core/output.js';
import { UsageError, UserError } from '../../errors.js';
import { IMPORT_FORMATS, importFile } from '../../import/index.js';
import { mergeLanguage } from '../../import/merge-language.js';
import { load } from '../../pipeline/load.js';
import { printWarnings } from '../options.js';

export interface MergeOptions {
  into: string;
  /** The other document's format, when it is not recognised. */
  from?: string;
  locale?: string;
  /** Replace translations already in the file. */
  force?: boolean;
}

export async function mergeInto(file: string, o: MergeOptions): Promise<void> {
  if (!o.locale)
    throw new UsageError('--into needs --locale: the language of the document merged in, e.g. --locale de');
  if (!/\.ya?ml$/i.test(o.into))
    throw new UsageError(
      `--into takes a YAML résumé (the merge keeps its comments): import ${o.into} first, e.g. resume import ${o.into} -o resume.yaml`,
    );
  // The other document is read as resume import reads it: leniently, in any format it knows.
  const read = await importFile(file, o.from, { locale: o.locale });
  if (!read.importer)
    throw new UserError(
      `${file}: not a format this tool reads (${IMPORT_FORMATS.join(', ')}); --from names one to try`,
    );
  for (const note of read.result.notes) process.stderr.write(`${note.message}\n`);
  const target = await load({ file: o.into });
  printWarnings(target.warnings);
  const otherName = basename(file);
  const merged = await mergeLanguage({
    text: target.source.text,
    other: read.result.resume,
    language: o.locale,
    replace: Boolean(o.force),
    names: { target: target.source.name, other: otherName },
  });
  // What is written must read back as a résumé (a text of the other document might be refused, e.g. a link).
  await load({ file: o.into, source: merged.text });
  writeOutputs([{ path: o.into, data: merged.text, edit: true }]);
  for (const note of merged.notes) process.stderr.write(`merge: ${note}\n`);
  const present = merged.present ? `; ${merged.present} already in it, the same` : '';
  const kept = merged.kept
    ? `; ${merged.kept} had a ${merged.language} text already, kept (--force replaces them)`
    : '';
  console.log(
    `merged ${otherName} into ${o.into} as ${merged.language}: ${merged.added} texts translated, ${merged.same} the same in both (one text for every language)${present}${kept}`,
  );
  console.log(`resume languages ${o.into} lists the texts with no ${merged.language} text yet`);
}
