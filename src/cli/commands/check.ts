import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { formatCheck } from '../../check/index.js';
import { checkOutputs, manifestOf } from '../../check/run.js';
import { ExitCode, UsageError, UserError } from '../../errors.js';
import { browserFor } from '../early-browser.js';
import { list, locale, resumeFile } from '../options.js';

export function checkCommand(cli: Command): void {
  cli
    .command('check')
    .description('read outputs back as an applicant-tracking system would, and say what was lost')
    .argument(
      '[outputs...]',
      'PDF, DOCX, HTML, Markdown, text or JSON files (default: build every format and check it)',
    )
    .option('--resume <file>', 'the résumé they were built from (default: resume.yaml, .yml or .json here)')
    .option('--letter <file>', "they are this cover letter's outputs (letter-<name>.*)")
    .option('--job <posting>', 'they were built for this job posting (build --job)')
    .option('--variant <name>', 'they were built as this variant')
    .option('--tag <tags>', 'they were built with these tags', list)
    .option('--exclude-tag <tags>', 'they were built without these tags', list)
    .option('--public', 'they were built with --public')
    .option('--locale <code>', 'they were built with this locale', locale)
    .option('-t, --theme <name>', 'they were built with this theme (default: meta.theme, else classic)')
    .option('--browser <path>', 'Chrome/Chromium executable for the PDF built to check')
    .addHelpText(
      'after',
      '\nExamples:\n  $ resume check                    # builds every format of resume.yaml and reads it back\n  $ resume check out/resume.pdf out/resume.docx\n  $ resume check --letter acme.md out/letter-acme.pdf',
    )
    .action(async (outputs: string[], o: Record<string, unknown>) => {
      const results = await checkOutputs({
        outputs,
        file: sourceFor(outputs, o.resume as string | undefined),
        variant: o.variant as string | undefined,
        job: o.job as string | undefined,
        tags: o.tag as string[] | undefined,
        excludeTags: o.excludeTag as string[] | undefined,
        public: Boolean(o.public),
        locale: o.locale as string | undefined,
        theme: o.theme as string | undefined,
        ...(o.letter === undefined ? {} : { letter: { file: o.letter as string } }),
        browser: () => browserFor(o.browser as string | undefined),
      });
      console.log(formatCheck(results));
      if (results.some((r) => r.findings.some((f) => !f.ok))) process.exitCode = ExitCode.invalidInput;
    });
}

/** The résumé the outputs are compared with: the one named, else the one the manifest beside an output records
 * (a build tailored to a posting), else the one here. A résumé named where outputs go is pointed at --resume. */
function sourceFor(outputs: string[], given: string | undefined): string {
  const named = outputs.find((f) => /\.(ya?ml|json)$/i.test(f));
  const hint = (file: string) =>
    `${file} is a résumé, not an output: resume check --resume ${file} builds every format and reads it back`;
  if (given === undefined && named && /\.ya?ml$/i.test(named)) throw new UsageError(hint(named));
  try {
    return resumeFile(given ?? recordedResume(outputs));
  } catch (error) {
    if (named && error instanceof UserError) throw new UsageError(hint(named));
    throw error;
  }
}

/** The résumé a manifest beside the outputs records, where it still is. */
function recordedResume(outputs: string[]): string | undefined {
  for (const output of outputs) {
    if (!existsSync(output)) continue;
    const file = manifestOf(output)?.resume?.file;
    if (typeof file === 'string' && existsSync(file)) return file;
  }
  return undefined;
}
