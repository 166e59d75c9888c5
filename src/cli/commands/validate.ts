import type { Command } from 'commander';
import { load } from '../../pipeline/load.js';
import { FILE_ARGUMENT, printWarnings, resumeFile } from '../options.js';
import { describeResume, formatTags } from '../report.js';

export function validateCommand(cli: Command): void {
  cli
    .command('validate')
    .description('check a résumé and report every problem as file:line:col')
    .argument('[file]', FILE_ARGUMENT)
    .option('--strict', 'treat every warning as an error (for CI)')
    .addHelpText(
      'after',
      `\nExamples:\n  $ resume validate                 # resume.yaml (or .yml, .json) in this folder\n  $ resume validate cv.json --strict`,
    )
    .action(async (given: string | undefined, o: { strict?: boolean }) => {
      // Every language's missing translations are said (errors under --strict).
      const { source, resume, warnings } = await load(
        { file: resumeFile(given) },
        { strict: o.strict, allLocales: true },
      );
      printWarnings(warnings);
      const n = warnings.length;
      console.log(
        `${source.name}: OK — ${describeResume(resume)}${n ? ` (${n} warning${n === 1 ? '' : 's'})` : ''}`,
      );
    });
}

export function tagsCommand(cli: Command): void {
  cli
    .command('tags')
    .description('list every tag: how many entries and bullets carry it, and which variants use it')
    .argument('[file]', FILE_ARGUMENT)
    .addHelpText('after', `\nExamples:\n  $ resume tags`)
    .action(async (given: string | undefined) => {
      console.log(formatTags((await load({ file: resumeFile(given) })).resume));
    });
}
