// What the commands share: the build options (build, watch, serve, check), the parsers of flag values, finding
// the résumé in the current folder, and printing warnings.
import { existsSync } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import { COMMON_LOCALES, isKnownLocale, readLocaleTag } from '../core/locales.js';
import { languageNamed } from '../core/loose-settings.js';
import { paperNamed } from '../core/paper.js';
import { didYouMean } from '../core/suggest.js';
import { type Diagnostic, formatDiagnostics, UsageError, UserError } from '../errors.js';
import type { BuildOptions } from '../pipeline/run.js';
import { formatNames, selectRenderers } from '../render/registry.js';
import { browserFor, preloadFonts } from './early-browser.js';

export const FILE_ARGUMENT =
  'the résumé (default: resume.yaml, resume.yml or resume.json here; - reads standard input)';

/** A comma-separated, repeatable list. */
export const list = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

/** The options build, watch and serve share (build takes several files); `letter` takes them too, with a letter
 * for its argument and the résumé named by --resume. */
export function withBuildOptions(command: Command, argument: 'file' | 'files' | 'letter' = 'file'): Command {
  const resume = argument !== 'letter';
  if (argument === 'letter')
    command
      .argument('<letter>', 'the letter: Markdown with front matter (see resume init --letter)')
      .option(
        '--resume <file>',
        'the résumé whose basics head the letter (default: resume.yaml, .yml or .json here)',
      )
      .option(
        '--job <file>',
        'the job posting the letter answers, in place of its job: (text, Markdown, HTML or JSON): {{position}} and {{company}} from its title and company',
      );
  else
    command.argument(
      argument === 'files' ? '[files...]' : '[file]',
      argument === 'files'
        ? `${FILE_ARGUMENT}; several files, or a folder, build each into <out>/<its name>/`
        : FILE_ARGUMENT,
    );
  command
    .option('-f, --format <formats>', `comma-separated: ${formatNames().join(', ')} or all`, 'all')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-t, --theme <name>', 'theme (default: meta.theme, else classic)')
    .option(
      '--paper <size>',
      'A4 or Letter (default: meta.paper, else Letter for a résumé in North America, else A4)',
      paperSize,
    )
    .option(
      '--locale <code>',
      'language of the text (of meta.languages), titles, dates and "Present": a code (de, fr-CA, fr_FR, FR-fr) or a name (Deutsch) (default: the posting\'s language among meta.languages, else the first of them, else meta.locale, else the text\'s own, else en)',
      locale,
    )
    .option('--all-locales', 'build every language of meta.languages (resume.pdf, resume.de.pdf, …)')
    .option('--tag <tags>', 'keep untagged content and content with any of these tags (repeatable)', list)
    .option('--exclude-tag <tags>', 'drop content with any of these tags (repeatable)', list)
    .option('--variant <name>', 'build one named variant from the YAML variants: map');
  if (resume)
    command
      .option('--all-variants', 'build the full résumé and every variant')
      .option('--name <stem>', "output file name without extension (default: resume, or the variant's)");
  command
    .option('--browser <path>', 'Chrome/Chromium executable for PDF (else RESUME_BROWSER, then auto-detect)')
    .option('--public', 'leave out private entries, bullets and basics.privateFields (a copy to publish)')
    .option(
      '--max-pages <n>',
      resume
        ? "fit on at most n pages: spacing, then line height, then font size to the theme's floor"
        : 'the pages the letter may take (default 1): it is fitted to them like a résumé',
      pageLimit,
    );
  if (resume)
    command
      .option('--letter <file>', 'also make this cover letter (Markdown with front matter): letter-<name>.*')
      .option(
        '--job <file>',
        'tailor to a job posting (text, Markdown, HTML or JSON): output resume-<its name>',
      )
      .option(
        '--keep-order',
        "with --job: keep the résumé's order (relevance then only decides what --max-pages drops)",
      )
      .option('--emphasize', "with --job: the posting's terms in bold in the bullets kept");
  return command
    .option('--packet', 'also one PDF of the letter and then the résumé: application-<name>.pdf')
    .option('--strict', 'treat every warning as an error (for CI)')
    .option('-q, --quiet', 'print nothing on success, not even warnings');
}

/** Flags as build options, checked. */
export function buildOptions(
  given: string | undefined,
  o: Record<string, unknown>,
  naming?: string,
): BuildOptions {
  const options: BuildOptions = {
    file: resumeFile(given, naming),
    formats: selectRenderers(o.format as string).map((r) => r.format),
    outDir: o.out as string,
    theme: o.theme as string | undefined,
    paper: o.paper as 'A4' | 'Letter' | undefined,
    locale: o.locale as string | undefined,
    allLocales: Boolean(o.allLocales),
    tags: o.tag as string[] | undefined,
    excludeTags: o.excludeTag as string[] | undefined,
    variant: o.variant as string | undefined,
    allVariants: Boolean(o.allVariants),
    name: o.name as string | undefined,
    strict: Boolean(o.strict),
    public: Boolean(o.public),
    maxPages: o.maxPages as number | undefined,
    job: o.job as string | undefined,
    keepOrder: Boolean(o.keepOrder),
    emphasize: Boolean(o.emphasize),
    browser: () => browserFor(o.browser as string | undefined),
    preloadFonts,
    ...(o.letter === undefined ? {} : { letter: { file: o.letter as string } }),
    packet: Boolean(o.packet),
  };
  if (options.name !== undefined && !/^[\p{L}\p{N}][\p{L}\p{N}\p{M}._-]*$/u.test(options.name))
    throw new UsageError(`--name "${options.name}": use letters, digits, dots, dashes and underscores only`);
  if (options.outDir.trim() === '') throw new UsageError('--out needs a folder name');
  if (options.allVariants && options.variant)
    throw new UsageError('--variant and --all-variants cannot be used together');
  if (options.allLocales && options.locale)
    throw new UsageError('--locale and --all-locales cannot be used together');
  if (options.allVariants && options.name)
    throw new UsageError('--name names one output; it cannot be used with --all-variants');
  if (options.allVariants && options.job)
    throw new UsageError('--job names one posting: --all-variants tailors each variant to its own job:');
  const tailoring = [options.keepOrder && '--keep-order', options.emphasize && '--emphasize'].filter(Boolean);
  if (tailoring.length && !options.job && !options.variant && !options.allVariants)
    throw new UsageError(
      `${tailoring.join(' and ')} tailor${tailoring.length === 1 ? 's' : ''} to a posting: name it with --job FILE (or build a variant that has a job:)`,
    );
  if (options.packet && !options.letter)
    throw new UsageError('--packet puts a letter before the résumé: name it with --letter FILE');
  return options;
}

/** `resume letter FILE`'s flags: the letter alone (its --max-pages is its own, its --job the posting it answers,
 * not one the résumé is tailored to), from the résumé of --resume. */
export function letterOptions(letter: string, o: Record<string, unknown>): BuildOptions {
  const { job, ...flags } = o;
  const { maxPages, ...options } = buildOptions(
    o.resume as string | undefined,
    { ...flags, letter },
    'name it with --resume FILE',
  );
  return {
    ...options,
    letter: { file: letter, ...(job === undefined ? {} : { job: job as string }) },
    letterOnly: true,
    ...(maxPages === undefined ? {} : { letterPages: maxPages }),
  };
}

export function pageLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('use a whole number of pages, 1 or more');
  return n;
}

export function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('use a number from 0 to 65535');
  return port;
}

/** --locale: a language the runtime can format dates in; fr_FR and FR-fr are fr-FR, as meta.locale reads them. */
export function locale(written: string): string {
  const tag = readLocaleTag(written);
  // A language by its name (deutsch, German), as meta.locale takes it.
  const value = isKnownLocale(tag) ? tag : (languageNamed(written) ?? tag);
  if (!isKnownLocale(value))
    throw new InvalidArgumentError(
      `unknown locale${didYouMean(value, COMMON_LOCALES)}; use a language code such as en, de, fr or en-GB`,
    );
  return value;
}

/** --paper, in any letter case, by any of its names (`us-letter`). */
export function paperSize(value: string): 'A4' | 'Letter' {
  const size = paperNamed(value);
  if (!size) throw new InvalidArgumentError('use A4 or Letter');
  return size;
}

const DEFAULT_FILES = ['resume.yaml', 'resume.yml', 'resume.json'];

/** The résumé in this folder when none is named. */
export function findResume(): string | undefined {
  return DEFAULT_FILES.find((f) => existsSync(f));
}

/** `naming`: how the command takes a résumé's name (the letter's is --resume); `existing`: the command reads
 * one already built from (check), where starting one is no answer. */
export function resumeFile(given: string | undefined, naming = 'name the file', existing = false): string {
  if (given !== undefined) return given;
  const found = findResume();
  const start = existing ? '' : 'run resume init to start one, or ';
  if (!found) throw new UserError(`no ${DEFAULT_FILES.join(', ')} here: ${start}${naming}`);
  return found;
}

export function printWarnings(warnings: Diagnostic[]): void {
  if (warnings.length) process.stderr.write(`${formatDiagnostics(warnings)}\n`);
}
