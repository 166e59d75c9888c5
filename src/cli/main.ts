import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { type BuildOptions, build, explainBuild, type ProgressEvent, planBuild } from '../build.js';
import { checkOutput, formatCheck } from '../check/index.js';
import { loadResume } from '../core/load.js';
import { writeOutputs } from '../core/output.js';
import { prepareResume } from '../core/prepare.js';
import { didYouMean } from '../core/suggest.js';
import { forYaml, toYaml } from '../core/to-yaml.js';
import { COMMON_LOCALES, isKnownLocale } from '../core/validate.js';
import { type Diagnostic, ExitCode, formatDiagnostics, UsageError, UserError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { inReadingOrder } from '../render/html/layout.js';
import { formatNames, selectRenderers } from '../render/registry.js';
import { listThemes, loadTheme, themeForBuild } from '../render/theme.js';
import { installedThemePackages } from '../render/theme-package.js';
import { formatChecks, runDoctor } from './doctor.js';
import { browserFor, closeBrowser } from './early-browser.js';
import { openPreview } from './preview.js';
import { describeResume, formatExplain, formatTags } from './report.js';
import { startWatching } from './watch.js';

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
    .addHelpText(
      'after',
      `\nStart here:\n  $ resume init                      # a commented résumé.yaml to fill in\n  $ resume serve                     # live preview in the browser while you edit\n  $ resume build                     # HTML, PDF, DOCX, Markdown and text into out/\n\nEach command's help has examples: resume help build`,
    )
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });

  cli
    .command('validate')
    .description('check a résumé and report every problem as file:line:col')
    .argument(
      '[file]',
      'the résumé (default: resume.yaml, resume.yml or resume.json here; - reads standard input)',
    )
    .option('--strict', 'treat every warning as an error (for CI)')
    .addHelpText(
      'after',
      `\nExamples:\n  $ resume validate                 # resume.yaml (or .yml, .json) in this folder\n  $ resume validate cv.json --strict`,
    )
    .action(async (given: string | undefined, o: { strict?: boolean }) => {
      const file = resumeFile(given);
      const { source, resume, warnings } = await loadResume(file, { themes: listThemes(), strict: o.strict });
      printWarnings(warnings);
      const n = warnings.length;
      console.log(
        `${source.name}: OK — ${describeResume(resume)}${n ? ` (${n} warning${n === 1 ? '' : 's'})` : ''}`,
      );
    });

  withBuildOptions(
    cli
      .command('build')
      .description('write the résumé (and its variants) in the chosen formats')
      .option('--explain', 'print what tailoring keeps and drops, and why; write nothing')
      .addHelpText(
        'after',
        `\nExamples:\n  $ resume build                    # every format of resume.yaml into out/\n  $ resume build -f pdf --variant lead\n  $ resume build --all-variants -f pdf,docx --locale de`,
      ),
  ).action(async (given: string | undefined, o: Record<string, unknown>) => {
    const options = buildOptions(given, o);
    if (o.explain) {
      console.log(formatExplain(await explainBuild(options)));
      return;
    }
    // On a terminal, a build of several outputs shows what it is doing; piped output stays one line per file.
    const progress = !o.quiet && process.stderr.isTTY ? terminalProgress() : undefined;
    const { written, warnings, notes } = await build({ ...options, progress: progress?.report });
    if (o.quiet) return;
    printWarnings(warnings);
    for (const note of notes) process.stderr.write(`${note}\n`);
    for (const path of written) console.log(`wrote ${path}`);
    progress?.done();
  });

  withBuildOptions(
    cli
      .command('watch')
      .description('rebuild on every save, with one warm browser for the whole session; Ctrl-C stops')
      .addHelpText(
        'after',
        '\nExamples:\n  $ resume watch -f pdf             # out/resume.pdf, rebuilt on every save',
      ),
  ).action(async (given: string | undefined, o: Record<string, unknown>) => {
    const session = await startWatching(buildOptions(given, o));
    process.stderr.write(`watching ${session.file}: save it to rebuild; Ctrl-C stops\n`);
    await new Promise(() => {}); // until Ctrl-C
  });

  withBuildOptions(
    cli
      .command('serve')
      .description('watch, and show a live preview in the browser at http://127.0.0.1 (this machine only)')
      .option('-p, --port <port>', 'port (default: a free one)', portNumber, 0)
      .addHelpText(
        'after',
        '\nExamples:\n  $ resume serve                    # prints the preview address; open it\n  $ resume serve --port 4000 -f html,pdf',
      ),
  ).action(async (given: string | undefined, o: Record<string, unknown>) => {
    const options = buildOptions(given, o);
    // The preview shows the HTML: it is built whatever else is asked for.
    if (!options.renderers.some((r) => r.format === 'html'))
      options.renderers = selectRenderers(`html,${o.format}`);
    // The port first: a taken one is said before anything is built.
    const server = await openPreview(o.port as number);
    const session = await startWatching(options);
    console.log(`preview at ${server.show(session).url}`);
    process.stderr.write(`watching ${session.file}: save it to rebuild; Ctrl-C stops\n`);
    await new Promise(() => {}); // until Ctrl-C
  });

  cli
    .command('tags')
    .description('list every tag: how many entries and bullets carry it, and which variants use it')
    .argument(
      '[file]',
      'the résumé (default: resume.yaml, resume.yml or resume.json here; - reads standard input)',
    )
    .addHelpText('after', `\nExamples:\n  $ resume tags`)
    .action(async (given: string | undefined) => {
      console.log(formatTags((await loadResume(resumeFile(given), { themes: listThemes() })).resume));
    });

  cli
    .command('check')
    .description('read outputs back as an applicant-tracking system would, and say what was lost')
    .argument(
      '[outputs...]',
      'PDF, DOCX, HTML, Markdown or text files (default: build every format and check it)',
    )
    .option('--resume <file>', 'the résumé they were built from (default: resume.yaml, .yml or .json here)')
    .option('--variant <name>', 'they were built as this variant')
    .option('--tag <tags>', 'they were built with these tags', list)
    .option('--exclude-tag <tags>', 'they were built without these tags', list)
    .option('--public', 'they were built with --public')
    .option('--locale <code>', 'they were built with this locale', locale)
    .option('-t, --theme <name>', 'they were built with this theme (default: meta.theme, else classic)')
    .option('--browser <path>', 'Chrome/Chromium executable for the PDF built to check')
    .addHelpText(
      'after',
      '\nExamples:\n  $ resume check                    # builds every format of resume.yaml and reads it back\n  $ resume check out/resume.pdf out/resume.docx',
    )
    .action(async (outputs: string[], o: Record<string, unknown>) => {
      const file = resumeFile(o.resume as string | undefined);
      const selection = {
        variant: o.variant as string | undefined,
        tags: o.tag as string[] | undefined,
        excludeTags: o.excludeTag as string[] | undefined,
        public: Boolean(o.public),
      };
      const { resume, photo } = await loadResume(file, { themes: listThemes() });
      const [planned] = planBuild(resume, selection);
      if (!planned) throw new UserError('nothing to check');
      const view = prepareResume(planned.resume, { locale: o.locale as string | undefined, photo });
      const themeRef = o.theme as string | undefined;
      const theme = await themeForBuild(themeRef, resume.meta?.theme, file);
      // A layout with a sidebar is read sidebar first in the HTML and PDF; the other formats are one column.
      const laidOut = inReadingOrder(view, theme);
      let files = outputs;
      let scratch: string | undefined;
      if (files.length === 0) {
        scratch = mkdtempSync(join(tmpdir(), 'resume-check-'));
        const built = await build({
          file,
          ...selection,
          locale: o.locale as string | undefined,
          theme: themeRef,
          renderers: selectRenderers('all'),
          outDir: scratch,
          name: 'resume',
          browser: () => browserFor(o.browser as string | undefined),
        });
        files = built.written;
      }
      try {
        const results = await Promise.all(
          files.map((f) => checkOutput(f, /\.(pdf|html?)$/i.test(f) ? laidOut : view)),
        );
        console.log(formatCheck(results));
        if (results.some((r) => r.findings.some((f) => !f.ok))) process.exitCode = ExitCode.invalidInput;
      } finally {
        if (scratch) rmSync(scratch, { recursive: true, force: true });
      }
    });

  cli
    .command('init')
    .description('start a résumé: a commented example with every common section, a tag and a variant')
    .argument('[file]', 'the file to write', 'resume.yaml')
    .option('--force', 'overwrite the file if it exists')
    .addHelpText('after', `\nExamples:\n  $ resume init && resume serve`)
    .action((file: string, o: { force?: boolean }) => {
      if (existsSync(file) && !o.force) throw new UserError(`${file} exists: use --force to overwrite it`);
      const starter = readFileSync(join(packageRoot, 'templates', 'starter.yaml'), 'utf8');
      writeOutputs([{ path: file, data: starter.replace('$schema=SCHEMA', `$schema=${schemaFrom(file)}`) }]);
      console.log(
        `wrote ${file}: edit it, then run resume build${file === 'resume.yaml' ? '' : ` ${file}`} (or resume serve to watch a preview)`,
      );
    });

  cli
    .command('import')
    .description(
      'write a résumé YAML from a JSON Resume document (legacy names modernised, loose dates read)',
    )
    .argument('<file>', 'the JSON Resume document (- reads standard input)')
    .option('-o, --out <file>', 'the YAML file to write', 'resume.yaml')
    .option('--force', 'overwrite the file if it exists')
    .addHelpText('after', `\nExamples:\n  $ resume import resume.json -o resume.yaml`)
    .action(async (file: string, o: { out: string; force?: boolean }) => {
      if (existsSync(o.out) && !o.force) throw new UserError(`${o.out} exists: use --force to overwrite it`);
      const loaded = await loadResume(file, { themes: listThemes() });
      printWarnings(loaded.warnings);
      const { resume, notes } = forYaml(loaded.resume);
      for (const note of notes) process.stderr.write(`warning: ${note}\n`);
      writeOutputs([{ path: o.out, data: await toYaml(resume, schemaFrom(o.out)) }]);
      console.log(`wrote ${o.out}`);
    });

  cli
    .command('doctor')
    .description('check that this machine can build every format: browser, fonts, output folder')
    .argument('[file]', 'the résumé whose scripts need fonts (default: resume.yaml, .yml or .json here)')
    .option('-o, --out <dir>', 'output folder to check', 'out')
    .option('--browser <path>', 'Chrome/Chromium executable to check (else RESUME_BROWSER, then auto-detect)')
    .addHelpText('after', `\nExamples:\n  $ resume doctor`)
    .action(async (given: string | undefined, o: { out: string; browser?: string }) => {
      const file = given ?? findResume() ?? 'resume.yaml';
      const checks = await runDoctor({ file, outDir: o.out, browser: o.browser });
      console.log(formatChecks(checks));
      if (checks.some((c) => !c.ok)) process.exitCode = ExitCode.invalidInput;
    });

  cli
    .command('create-theme')
    .description('start a theme of your own: a copy of a built-in one to edit (no build step needed)')
    .argument('<dir>', 'the folder to create')
    .option('--from <theme>', 'the built-in theme to copy', 'classic')
    .addHelpText('after', '\nExamples:\n  $ resume create-theme my-theme && resume build --theme ./my-theme')
    .action((dir: string, o: { from: string }) => {
      const from = loadTheme(o.from);
      if (existsSync(dir) && readdirSync(dir).length > 0)
        throw new UserError(`${dir} exists and is not empty`);
      cpSync(from.dir, dir, { recursive: true });
      const manifest = join(dir, 'theme.json');
      const json = JSON.parse(readFileSync(manifest, 'utf8'));
      writeFileSync(
        manifest,
        `${JSON.stringify({ ...json, name: basename(resolve(dir)), description: `${json.description} (from ${o.from})` }, null, 2)}\n`,
      );
      console.log(
        `wrote ${dir}: edit its theme.json tokens, style.css and templates, then: resume build --theme ./${dir.replace(/^\.\//, '')}`,
      );
    });

  cli
    .command('themes')
    .description(
      'list the built-in themes, and the JSON Resume themes installed here, with their descriptions',
    )
    .addHelpText(
      'after',
      `\nExamples:\n  $ resume themes\n  $ npm install jsonresume-theme-even && resume build --theme even`,
    )
    .action(() => {
      const rows = [
        ...listThemes().map((name) => [name, loadTheme(name).description]),
        ...installedThemePackages(process.cwd()).map((p) => [
          p.name,
          `${p.description} (JSON Resume theme, npm)`,
        ]),
      ];
      const width = Math.max(...rows.map(([name = '']) => name.length));
      for (const [name = '', description] of rows) console.log(`${name.padEnd(width)}  ${description}`);
      console.log(
        '\nOr a theme folder of your own: --theme ./path (resume create-theme makes one), or any JSON Resume theme:' +
          '\nnpm install jsonresume-theme-<name>, then --theme <name>.',
      );
    });
  return cli;
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
        line(`rendered ${++rendered}/${total}: ${event.path}`);
      } else if (event.stage === 'written' && total > 1) {
        line(`rendered ${total} files in ${ms()}\n`);
      }
    },
    done() {
      if (total > 1) process.stderr.write(`done in ${ms()}\n`);
    },
  };
}

/** The options build, watch and serve share. */
function withBuildOptions(command: Command): Command {
  return command
    .argument(
      '[file]',
      'the résumé (default: resume.yaml, resume.yml or resume.json here; - reads standard input)',
    )
    .option('-f, --format <formats>', `comma-separated: ${formatNames().join(', ')} or all`, 'all')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-t, --theme <name>', 'theme (default: meta.theme, else classic)')
    .option('--paper <size>', 'A4 or Letter (default: meta.paper, else A4)', paperSize)
    .option(
      '--locale <code>',
      'language of titles, dates and "Present", e.g. de or fr-CA (default: meta.locale, else en)',
      locale,
    )
    .option('--tag <tags>', 'keep untagged content and content with any of these tags (repeatable)', list)
    .option('--exclude-tag <tags>', 'drop content with any of these tags (repeatable)', list)
    .option('--variant <name>', 'build one named variant from the YAML variants: map')
    .option('--all-variants', 'build the full résumé and every variant')
    .option('--name <stem>', "output file name without extension (default: resume, or the variant's)")
    .option('--browser <path>', 'Chrome/Chromium executable for PDF (else RESUME_BROWSER, then auto-detect)')
    .option('--public', 'leave out private entries, bullets and basics.privateFields (a copy to publish)')
    .option(
      '--max-pages <n>',
      "fit on at most n pages: spacing, then line height, then font size to the theme's floor",
      pageLimit,
    )
    .option('--strict', 'treat every warning as an error (for CI)')
    .option('-q, --quiet', 'print nothing on success, not even warnings');
}

/** Flags as build options, checked. */
function buildOptions(given: string | undefined, o: Record<string, unknown>): BuildOptions {
  const options: BuildOptions = {
    file: resumeFile(given),
    renderers: selectRenderers(o.format as string),
    outDir: o.out as string,
    theme: o.theme as string | undefined,
    paper: o.paper as 'A4' | 'Letter' | undefined,
    locale: o.locale as string | undefined,
    tags: o.tag as string[] | undefined,
    excludeTags: o.excludeTag as string[] | undefined,
    variant: o.variant as string | undefined,
    allVariants: Boolean(o.allVariants),
    name: o.name as string | undefined,
    strict: Boolean(o.strict),
    public: Boolean(o.public),
    maxPages: o.maxPages as number | undefined,
    browser: () => browserFor(o.browser as string | undefined),
  };
  if (options.name !== undefined && !/^[\p{L}\p{N}][\p{L}\p{N}\p{M}._-]*$/u.test(options.name)) {
    throw new UsageError(`--name "${options.name}": use letters, digits, dots, dashes and underscores only`);
  }
  if (options.outDir.trim() === '') throw new UsageError('--out needs a folder name');
  if (options.allVariants && options.variant)
    throw new UsageError('--variant and --all-variants cannot be used together');
  if (options.allVariants && options.name)
    throw new UsageError('--name names one output; it cannot be used with --all-variants');
  return options;
}

function pageLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('use a whole number of pages, 1 or more');
  return n;
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('use a number from 0 to 65535');
  return port;
}

const DEFAULT_FILES = ['resume.yaml', 'resume.yml', 'resume.json'];

/** The résumé in this folder when none is named. */
function findResume(): string | undefined {
  return DEFAULT_FILES.find((f) => existsSync(f));
}

function resumeFile(given: string | undefined): string {
  if (given !== undefined) return given;
  const found = findResume();
  if (!found)
    throw new UserError(
      `no ${DEFAULT_FILES.join(', ')} here: run resume init to start one, or name the file`,
    );
  return found;
}

/** The schema's path as the yaml-language-server header wants it: relative to the file that names it. */
function schemaFrom(file: string): string {
  return relative(dirname(resolve(file)), join(packageRoot, 'schema', 'resume.schema.json'))
    .split(sep)
    .join('/');
}

/** --locale: a language the runtime can format dates in. */
function locale(value: string): string {
  if (!isKnownLocale(value))
    throw new InvalidArgumentError(
      `unknown locale${didYouMean(value, COMMON_LOCALES)}; use a language code such as en, de, fr or en-GB`,
    );
  return value;
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
    // `resume` alone teaches: the help, not an error.
    if (argv.length === 0) {
      program().outputHelp();
      return ExitCode.ok;
    }
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
