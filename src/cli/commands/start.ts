// Commands that write a starting point: a résumé (init), a résumé from a JSON Resume document (import), a theme
// of one's own (create-theme).
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { parse } from 'yaml';
import { writeOutputs } from '../../core/output.js';
import { UserError } from '../../errors.js';
import { IMPORT_FORMATS, importedYaml, importFile } from '../../import/index.js';
import { packageRoot, schemaUrl } from '../../paths.js';
import { resumeLanguage } from '../../pipeline/load.js';
import { builtinThemeDir } from '../../render/theme.js';
import { findResume, locale } from '../options.js';
import { mergeInto } from './merge.js';

interface ImportOptions {
  from?: string;
  out: string;
  force?: boolean;
  locale?: string;
  into?: string;
}

function refuseOverwrite(file: string, force: boolean | undefined): void {
  if (existsSync(file) && !force) throw new UserError(`${file} exists: use --force to overwrite it`);
}

export function initCommand(cli: Command): void {
  cli
    .command('init')
    .description('start a résumé: a commented example with every common section, a tag and a variant')
    .argument('[file]', 'the file to write (default: resume.yaml, or letter.md with --letter)')
    .option(
      '--letter',
      "start a cover letter instead: Markdown with commented front matter, in the résumé's language",
    )
    .option(
      '--resume <file>',
      'with --letter: the résumé whose language it is in (default: resume.yaml here)',
    )
    .option('--force', 'overwrite the file if it exists')
    .addHelpText(
      'after',
      `\nExamples:\n  $ resume init && resume serve\n  $ resume init --letter acme.md && resume letter acme.md`,
    )
    .action(async (given: string | undefined, o: { force?: boolean; letter?: boolean; resume?: string }) => {
      const file = given ?? (o.letter ? 'letter.md' : 'resume.yaml');
      refuseOverwrite(file, o.force);
      if (o.letter) return initLetter(file, o.resume ?? findResume());
      const starter = readFileSync(join(packageRoot, 'templates', 'starter.yaml'), 'utf8');
      writeOutputs([{ path: file, data: starter.replace('$schema=SCHEMA', `$schema=${schemaUrl()}`) }]);
      console.log(
        `wrote ${file}: edit it, then run resume build${file === 'resume.yaml' ? '' : ` ${file}`} (or resume serve to watch a preview)`,
      );
    });
}

/** A starter letter in the language of the résumé, where there is one in it; else the English one, said. */
async function initLetter(file: string, resume: string | undefined): Promise<void> {
  const locale = resume === undefined ? undefined : await readLanguage(resume);
  const language = locale?.split('-')[0]?.toLowerCase() ?? 'en';
  const starter = (code: string) => join(packageRoot, 'templates', `starter-letter${code}.md`);
  const own = language === 'en' ? undefined : starter(`.${language}`);
  const found = own && existsSync(own) ? own : undefined;
  writeOutputs([{ path: file, data: readFileSync(found ?? starter(''), 'utf8') }]);
  const said =
    language === 'en'
      ? ''
      : found
        ? ` in ${language}, the language of ${resume}`
        : ` in English: there is no starter letter in ${language} (the language of ${resume}), write yours in it`;
  console.log(
    `wrote ${file}${said}: edit it, then run resume letter ${file} (the letterhead comes from your résumé)`,
  );
}

/** The language a résumé is built in; a file that cannot be read has none (the letter is then English). */
async function readLanguage(resume: string): Promise<string | undefined> {
  try {
    return await resumeLanguage(parse(readFileSync(resume, 'utf8')));
  } catch {
    return undefined;
  }
}

export function importCommand(cli: Command): void {
  cli
    .command('import')
    .description(
      'write our commented YAML from a JSON Resume, RenderCV, YAMLResume, resumake, Reactive Resume or FRESH file, or a LinkedIn export',
    )
    .argument(
      '<source>',
      'the file (YAML or JSON), a LinkedIn export ZIP or its unzipped folder (- reads standard input)',
    )
    .option('--from <format>', `read it as this format: ${IMPORT_FORMATS.join(', ')} (default: recognised)`)
    .option('-o, --out <file>', 'the YAML file to write', 'resume.yaml')
    .option('--locale <code>', 'the language the file is written in (kept as meta.languages)', locale)
    .option('--into <file>', 'merge the file into this YAML résumé as its text in --locale (a translation)')
    .option('--force', 'overwrite the file if it exists; with --into, replace translations already there')
    .addHelpText(
      'after',
      `\nExamples:\n  $ resume import resume.json\n  $ resume import John_Doe_CV.yaml -o resume.yaml      # RenderCV\n  $ resume import Basic_LinkedInDataExport.zip\n  $ resume import resume.en.json --locale en && resume import resume.de.json --locale de --into resume.yaml`,
    )
    .action(async (source: string, o: ImportOptions) => {
      if (o.into) return mergeInto(source, { ...o, into: o.into });
      refuseOverwrite(o.out, o.force);
      const read = await importFile(source, o.from, { locale: o.locale });
      if (!read.importer)
        throw new UserError(
          `${source}: not a format this tool reads (${IMPORT_FORMATS.join(', ')}); --from names one to try`,
        );
      const { importer, result } = read;
      // The language it is written in, named: the start of a résumé in several.
      if (o.locale) result.resume.meta = { ...result.resume.meta, languages: [o.locale] };
      for (const note of result.notes) process.stderr.write(`${note.message}\n`);
      writeOutputs([{ path: o.out, data: await importedYaml(result, schemaUrl(), importer.describe) }]);
      console.log(
        `wrote ${o.out} from ${importer.describe}: check it, then run resume build ${o.out === 'resume.yaml' ? '' : o.out}`.trim(),
      );
    });
}

export function createThemeCommand(cli: Command): void {
  cli
    .command('create-theme')
    .description('start a theme of your own: a copy of a built-in one to edit (no build step needed)')
    .argument('<dir>', 'the folder to create')
    .option('--from <theme>', 'the built-in theme to copy', 'classic')
    .addHelpText('after', '\nExamples:\n  $ resume create-theme my-theme && resume build --theme ./my-theme')
    .action(async (dir: string, o: { from: string }) => {
      const from = await builtinThemeDir(o.from);
      if (existsSync(dir) && readdirSync(dir).length > 0)
        throw new UserError(`${dir} exists and is not empty`);
      cpSync(from.dir, dir, { recursive: true });
      const manifest = join(dir, 'theme.json');
      const json = JSON.parse(readFileSync(manifest, 'utf8'));
      const own = {
        ...json,
        name: basename(resolve(dir)),
        description: `${from.description} (from ${o.from})`,
      };
      writeFileSync(manifest, `${JSON.stringify(own, null, 2)}\n`);
      console.log(
        `wrote ${dir}: edit its theme.json tokens, style.css and templates, then: resume build --theme ./${dir.replace(/^\.\//, '')}`,
      );
    });
}
