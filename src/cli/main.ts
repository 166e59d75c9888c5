import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { build, explainBuild } from '../build.js';
import { loadResume } from '../core/load.js';
import { writeOutputs } from '../core/output.js';
import { forYaml, toYaml } from '../core/to-yaml.js';
import { type Diagnostic, ExitCode, formatDiagnostics, UsageError, UserError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { formatNames } from '../render/registry.js';
import { listThemes } from '../render/theme.js';
import { formatChecks, runDoctor } from './doctor.js';
import { browserFor, closeBrowser } from './early-browser.js';
import { describeResume, formatExplain, formatTags } from './report.js';

const list = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

function program(): Command {
  const cli = new Command('resume')
    .description('Compile one YAML résumé into HTML, PDF and DOCX, and role-tailored variants of it.')
    .version(packageVersion())
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });

  cli
    .command('validate')
    .description('check a résumé and report every problem as file:line:col')
    .argument('[file]', 'the résumé (- reads standard input)', 'resume.yaml')
    .option('--strict', 'treat every warning as an error (for CI)')
    .action(async (file: string, o: { strict?: boolean }) => {
      const { source, resume, warnings } = await loadResume(file, { themes: listThemes(), strict: o.strict });
      printWarnings(warnings);
      const n = warnings.length;
      console.log(
        `${source.name}: OK — ${describeResume(resume)}${n ? ` (${n} warning${n === 1 ? '' : 's'})` : ''}`,
      );
    });

  cli
    .command('build')
    .description('write the résumé (and its variants) in the chosen formats')
    .argument('[file]', 'the résumé (- reads standard input)', 'resume.yaml')
    .option('-f, --format <formats>', `comma-separated: ${formatNames().join(', ')} or all`, 'all')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-t, --theme <name>', 'theme (default: meta.theme, else classic)')
    .option('--paper <size>', 'A4 or Letter (default: meta.paper, else A4)', paperSize)
    .option('--tag <tags>', 'keep untagged content and content with any of these tags (repeatable)', list)
    .option('--exclude-tag <tags>', 'drop content with any of these tags (repeatable)', list)
    .option('--variant <name>', 'build one named variant from the YAML variants: map')
    .option('--all-variants', 'build the full résumé and every variant')
    .option('--name <stem>', "output file name without extension (default: resume, or the variant's)")
    .option('--explain', 'print what tailoring keeps and drops, and why; write nothing')
    .option('--browser <path>', 'Chrome/Chromium executable for PDF (else RESUME_BROWSER, then auto-detect)')
    .option('--strict', 'treat every warning as an error (for CI)')
    .option('-q, --quiet', 'print nothing on success, not even warnings')
    .action(async (file: string, o: Record<string, unknown>) => {
      const options = {
        file,
        format: o.format as string,
        outDir: o.out as string,
        theme: o.theme as string | undefined,
        paper: o.paper as 'A4' | 'Letter' | undefined,
        tags: o.tag as string[] | undefined,
        excludeTags: o.excludeTag as string[] | undefined,
        variant: o.variant as string | undefined,
        allVariants: Boolean(o.allVariants),
        name: o.name as string | undefined,
        strict: Boolean(o.strict),
      };
      if (options.name !== undefined && !/^[\p{L}\p{N}][\p{L}\p{N}\p{M}._-]*$/u.test(options.name)) {
        throw new UsageError(
          `--name "${options.name}": use letters, digits, dots, dashes and underscores only`,
        );
      }
      if (options.outDir.trim() === '') throw new UsageError('--out needs a folder name');
      if (o.explain) {
        console.log(formatExplain(await explainBuild(options)));
        return;
      }
      const { written, warnings } = await build({
        ...options,
        browser: () => browserFor(o.browser as string | undefined),
      });
      if (o.quiet) return;
      printWarnings(warnings);
      for (const path of written) console.log(`wrote ${path}`);
    });

  cli
    .command('tags')
    .description('list every tag: how many entries and bullets carry it, and which variants use it')
    .argument('[file]', 'the résumé (- reads standard input)', 'resume.yaml')
    .action(async (file: string) => {
      console.log(formatTags((await loadResume(file, { themes: listThemes() })).resume));
    });

  cli
    .command('import')
    .description(
      'write a résumé YAML from a JSON Resume document (legacy names modernised, loose dates read)',
    )
    .argument('<file>', 'the JSON Resume document (- reads standard input)')
    .option('-o, --out <file>', 'the YAML file to write', 'resume.yaml')
    .option('--force', 'overwrite the file if it exists')
    .action(async (file: string, o: { out: string; force?: boolean }) => {
      if (existsSync(o.out) && !o.force) throw new UserError(`${o.out} exists: use --force to overwrite it`);
      const loaded = await loadResume(file, { themes: listThemes() });
      printWarnings(loaded.warnings);
      const { resume, notes } = forYaml(loaded.resume);
      for (const note of notes) process.stderr.write(`warning: ${note}\n`);
      const schema = relative(dirname(resolve(o.out)), join(packageRoot, 'schema', 'resume.schema.json'));
      writeOutputs([{ path: o.out, data: await toYaml(resume, schema.split(sep).join('/')) }]);
      console.log(`wrote ${o.out}`);
    });

  cli
    .command('doctor')
    .description('check that this machine can build every format: browser, fonts, output folder')
    .argument('[file]', 'the résumé whose scripts need fonts', 'resume.yaml')
    .option('-o, --out <dir>', 'output folder to check', 'out')
    .option('--browser <path>', 'Chrome/Chromium executable to check (else RESUME_BROWSER, then auto-detect)')
    .action(async (file: string, o: { out: string; browser?: string }) => {
      const checks = await runDoctor({ file, outDir: o.out, browser: o.browser });
      console.log(formatChecks(checks));
      if (checks.some((c) => !c.ok)) process.exitCode = ExitCode.invalidInput;
    });

  cli
    .command('themes')
    .description('list the built-in themes')
    .action(() => {
      console.log(listThemes().join('\n'));
    });
  return cli;
}

/** --paper, in any letter case. */
function paperSize(value: string): 'A4' | 'Letter' {
  const size = ({ a4: 'A4', letter: 'Letter' } as const)[value.toLowerCase() as 'a4' | 'letter'];
  if (!size) throw new InvalidArgumentError('use A4 or Letter');
  return size;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

function printWarnings(warnings: Diagnostic[]): void {
  if (warnings.length) process.stderr.write(`${formatDiagnostics(warnings)}\n`);
}

function report(diagnostics: Diagnostic[], message: string): void {
  if (diagnostics.length > 0) process.stderr.write(`${formatDiagnostics(diagnostics)}\n`);
  const single = diagnostics.length === 1 && diagnostics[0]?.message === message;
  if (!single) process.stderr.write(`error: ${message}\n`);
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof UserError) {
      report(error.diagnostics, error.message);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`internal error: this is a bug in resume, please report it.\n${detail}\n`);
    return ExitCode.internal;
  } finally {
    closeBrowser();
  }
}

// Exit at once: the browser is already killed, and nothing else needs the event loop.
process.exit(await main(process.argv.slice(2)));
