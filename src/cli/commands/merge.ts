// `resume import other.json --locale de --into resume.yaml`: the shell around mergeLanguage. The résumé and the
// other document are read (and checked) first; the merged file must read back as a valid résumé before it
// replaces the old one; what could not be paired is listed.
import { writeOutputs } from '../../core/output.js';
import { UsageError } from '../../errors.js';
import { mergeLanguage } from '../../import/merge-language.js';
import { load } from '../../pipeline/load.js';
import { printWarnings } from '../options.js';

export interface MergeOptions {
  into: string;
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
  const other = await load({ file });
  printWarnings(other.warnings);
  const target = await load({ file: o.into });
  const merged = await mergeLanguage({
    text: target.source.text,
    other: other.resume,
    language: o.locale,
    replace: Boolean(o.force),
    names: { target: target.source.name, other: other.source.name },
  });
  // What is written must read back as a résumé (a text of the other document might be refused, e.g. a link).
  await load({ file: o.into, source: merged.text });
  writeOutputs([{ path: o.into, data: merged.text }]);
  for (const note of merged.notes) process.stderr.write(`not merged: ${note}\n`);
  const kept = merged.kept
    ? `; ${merged.kept} had a ${merged.language} text already, kept (--force replaces them)`
    : '';
  console.log(
    `merged ${other.source.name} into ${o.into} as ${merged.language}: ${merged.added} texts translated, ${merged.same} the same in both (one text for every language)${kept}`,
  );
  console.log(`resume languages ${o.into} lists the texts with no ${merged.language} text yet`);
}
