import type { Command } from 'commander';
import { languageReport } from '../../pipeline/coverage.js';
import { FILE_ARGUMENT, printWarnings, resumeFile } from '../options.js';
import { formatLanguages } from '../report.js';

export function languagesCommand(cli: Command): void {
  cli
    .command('languages')
    .description('show how much of each language is written, and where a translation is missing')
    .argument('[file]', FILE_ARGUMENT)
    .addHelpText(
      'after',
      `\nExamples:\n  $ resume languages                # resume.yaml in this folder\n  $ resume build --all-locales      # then every language: resume.pdf, resume.de.pdf, …`,
    )
    .action(async (given: string | undefined) => {
      const report = await languageReport({ file: resumeFile(given) });
      printWarnings(report.warnings);
      console.log(formatLanguages(report));
    });
}
