import type { Command } from 'commander';
import { formatDiagnostics, UsageError } from '../../errors.js';
import { batchFiles, buildMany } from '../../pipeline/batch.js';
import { type BuildOptions, build, explain, type ProgressEvent } from '../../pipeline/run.js';
import { buildOptions, printWarnings, withBuildOptions } from '../options.js';
import { formatExplain } from '../report.js';

export function buildCommand(cli: Command): void {
  withBuildOptions(
    cli
      .command('build')
      .description('write the résumé (and its variants) in the chosen formats; several résumés in one run')
      .option('--explain', 'print what tailoring keeps and drops, and why; write nothing')
      .addHelpText(
        'after',
        `\nExamples:\n  $ resume build                    # every format of resume.yaml into out/\n  $ resume build -f pdf --variant lead\n  $ resume build --all-variants -f pdf,docx --locale de\n  $ resume build cvs/ -f pdf          # each résumé in cvs/ into out/<its name>/\n  $ resume build --letter acme.md --packet   # the résumé, letter-acme.* and application-acme.pdf`,
      ),
    'files',
  ).action(async (given: string[], o: Record<string, unknown>) => {
    const many = given.length > 1 || (given.length === 1 && batchFiles(given).length !== 1);
    const options = buildOptions(given[0], o);
    if (many) {
      if (o.explain || o.name)
        throw new UsageError(`--${o.explain ? 'explain' : 'name'} takes one résumé, not several`);
      return buildBatch(given, options, o);
    }
    if (o.explain) {
      console.log(formatExplain(await explain(options)));
      return;
    }
    await buildAndTell(options, Boolean(o.quiet));
  });
}

/** Builds, and says what was written (with the warnings and what fitting did) unless `quiet`. */
export async function buildAndTell(options: BuildOptions, quiet: boolean): Promise<void> {
  // On a terminal, a build of several outputs shows what it is doing; piped output stays one line per file.
  const progress = !quiet && process.stderr.isTTY ? terminalProgress() : undefined;
  const { written, warnings, notes } = await build({ ...options, progress: progress?.report });
  if (quiet) return;
  printWarnings(warnings);
  for (const note of notes) process.stderr.write(`${note}\n`);
  for (const path of written) console.log(`wrote ${path}`);
  progress?.done();
}

/** Every résumé named, each into its own folder; one that fails is reported and the others still built. */
async function buildBatch(files: string[], options: BuildOptions, o: Record<string, unknown>): Promise<void> {
  const results = await buildMany(files, options, (r) => {
    if (!r.ok) {
      const { diagnostics, message } = r.error;
      process.stderr.write(
        `${diagnostics.length ? `${formatDiagnostics(diagnostics)}\n` : ''}error: ${r.file}: ${message}\n`,
      );
      return;
    }
    if (o.quiet) return;
    printWarnings(r.result.warnings);
    // A note names an output ("resume.pdf: page 2 …"): every résumé's is called that, so the résumé is named.
    for (const note of r.result.notes) process.stderr.write(`${r.file}: ${note}\n`);
    for (const path of r.result.written) console.log(`wrote ${path}`);
  });
  const failed = results.filter((r) => !r.ok);
  if (failed.length) {
    process.stderr.write(
      `${failed.length} of ${results.length} résumés failed: ${failed.map((r) => r.file).join(', ')}\n`,
    );
    process.exitCode = Math.max(...failed.map((r) => (r.ok ? 0 : r.error.exitCode)));
  }
}

/** A line per stage on stderr, the current output on one updating line, and the time at the end. */
function terminalProgress() {
  const started = performance.now();
  const ms = () => `${Math.round(performance.now() - started)} ms`;
  let total = 0;
  let rendered = 0;
  const line = (text: string) => process.stderr.write(`\r\x1b[2K${text}`);
  return {
    report(event: ProgressEvent) {
      if (event.stage === 'validated') {
        total = event.outputs;
        if (total > 1) process.stderr.write(`validated in ${ms()}; rendering ${total} files\n`);
      } else if (event.stage === 'rendered' && total > 1) {
        line(`rendered ${++rendered}/${total}: ${event.name}`);
      } else if (event.stage === 'written' && total > 1) {
        line(`rendered ${total} files in ${ms()}\n`);
      }
    },
    done() {
      if (total > 1) process.stderr.write(`done in ${ms()}\n`);
    },
  };
}
