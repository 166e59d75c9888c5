import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { formatCheck } from '../../check/index.js';
import { checkOutputs, manifestOf } from '../../check/run.js';
import { ExitCode, UsageError, UserError } from '../../errors.js';
import { MANIFEST } from '../../pipeline/manifest.js';
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
    .action(async (named: string[], o: Record<string, unknown>) => {
      const outputs = withoutManifests(named);
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

/** A build's manifest among outputs named by a shell glob (out/resume-acme.*) is its record, not an output: left
 * out, with a note. Named alone, check refuses it, saying what to check instead. */
function withoutManifests(named: string[]): string[] {
  const outputs = named.filter((f) => !f.endsWith(MANIFEST));
  if (outputs.length === 0) return named;
  for (const file of named.filter((f) => f.endsWith(MANIFEST)))
    console.error(`${file}: the build's manifest (a record of it), not an output: skipped`);
  return outputs;
}

/** The résumé the outputs are compared with: the one named, else the one the manifest beside an output records
 * (a build tailored to a posting), else the one a batch built into out/<stem>/ (<stem>.yaml here), else the one
 * here. What was chosen unasked is said. A résumé named where outputs go is pointed at --resume. */
function sourceFor(outputs: string[], given: string | undefined): string {
  const named = outputs.find((f) => /\.(ya?ml|json)$/i.test(f) && !f.endsWith(MANIFEST));
  const hint = (file: string) =>
    `${file} is a résumé, not an output: resume check --resume ${file} builds every format and reads it back`;
  if (given === undefined && named && /\.ya?ml$/i.test(named)) throw new UsageError(hint(named));
  try {
    const recorded = given ?? recordedResume(outputs);
    const file = resumeFile(
      recorded ?? batchSource(outputs),
      'name the one they were built from: --resume FILE',
      true,
    );
    if (recorded === undefined && outputs.length)
      console.error(`read against ${file}, the résumé found here (--resume names another)`);
    return file;
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

/** The résumé a batch build wrote the outputs for: out/<stem>/ holds <stem>.yaml's (.yml, .json), found here. */
function batchSource(outputs: string[]): string | undefined {
  const stems = new Set(outputs.map((output) => basename(dirname(resolve(output)))));
  if (stems.size !== 1) return undefined;
  const [stem] = stems;
  return ['.yaml', '.yml', '.json'].map((ext) => `${stem}${ext}`).find((file) => existsSync(file));
}
