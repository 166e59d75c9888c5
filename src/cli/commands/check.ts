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
      const results = [];
      for (const [file, group] of sourcesFor(outputs, o.resume as string | undefined))
        results.push(...(await checkGroup(group, file, o)));
      console.log(formatCheck(results));
      if (results.some((r) => r.findings.some((f) => !f.ok))) process.exitCode = ExitCode.invalidInput;
    });
}

/** Outputs of one résumé, checked against it with the options given. */
function checkGroup(outputs: string[], file: string, o: Record<string, unknown>) {
  return checkOutputs({
    outputs,
    file,
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

/** The résumé each output is compared with: the one named, else the one the manifest beside it records (a build
 * tailored to a posting), else the one a batch built into out/<stem>/ (<stem>.yaml here), else the one another
 * output records, else the one here; outputs of several résumés (two batch folders) are each read against their
 * own. What was chosen unasked is said. A résumé named where outputs go is pointed at --resume. */
function sourcesFor(outputs: string[], given: string | undefined): Map<string, string[]> {
  const named = outputs.find((f) => /\.(ya?ml|json)$/i.test(f) && !f.endsWith(MANIFEST));
  const hint = (file: string) =>
    `${file} is a résumé, not an output: resume check --resume ${file} builds every format and reads it back`;
  if (given === undefined && named && /\.ya?ml$/i.test(named)) throw new UsageError(hint(named));
  const unknown = 'name the one they were built from: --resume FILE';
  try {
    if (given !== undefined || outputs.length === 0)
      return new Map([[resumeFile(given, unknown, true), outputs]]);
    const recorded = outputs.map(recordedResume);
    const anyRecorded = recorded.find((file) => file !== undefined);
    const groups = new Map<string, string[]>();
    const unasked = new Set<string>();
    for (const [i, output] of outputs.entries()) {
      const batch = recorded[i] === undefined ? batchSource(output) : undefined;
      const file = resumeFile(recorded[i] ?? batch ?? anyRecorded, unknown, true);
      // Said where no record named it: a batch's résumé, or the one here.
      if (recorded[i] === undefined && (batch !== undefined || anyRecorded === undefined)) unasked.add(file);
      groups.set(file, [...(groups.get(file) ?? []), output]);
    }
    for (const file of unasked)
      console.error(`read against ${file}, the résumé found here (--resume names another)`);
    return groups;
  } catch (error) {
    if (named && error instanceof UserError) throw new UsageError(hint(named));
    throw error;
  }
}

/** The résumé the manifest beside an output records, where it still is. */
function recordedResume(output: string): string | undefined {
  if (!existsSync(output)) return undefined;
  const file = manifestOf(output)?.resume?.file;
  return typeof file === 'string' && existsSync(file) ? file : undefined;
}

/** The résumé a batch build wrote an output for: out/<stem>/ holds <stem>.yaml's (.yml, .json), found here. */
function batchSource(output: string): string | undefined {
  const stem = basename(dirname(resolve(output)));
  return ['.yaml', '.yml', '.json'].map((ext) => `${stem}${ext}`).find((file) => existsSync(file));
}
