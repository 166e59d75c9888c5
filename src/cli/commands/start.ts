// Commands that write a starting point: a résumé (init), a résumé from a JSON Resume document (import), a theme
// of one's own (create-theme).
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeOutputs } from '../../core/output.js';
import type { Resume } from '../../core/resume-types.js';
import { forYaml, toYaml } from '../../core/to-yaml.js';
import { UserError } from '../../errors.js';
import { packageRoot } from '../../paths.js';
import { load } from '../../pipeline/load.js';
import { builtinThemeDir } from '../../render/theme.js';
import { locale, printWarnings, schemaFrom } from '../options.js';
import { mergeInto } from './merge.js';

function refuseOverwrite(file: string, force: boolean | undefined): void {
  if (existsSync(file) && !force) throw new UserError(`${file} exists: use --force to overwrite it`);
}

export function initCommand(cli: Command): void {
  cli
    .command('init')
    .description('start a résumé: a commented example with every common section, a tag and a variant')
    .argument('[file]', 'the file to write', 'resume.yaml')
    .option('--force', 'overwrite the file if it exists')
    .addHelpText('after', `\nExamples:\n  $ resume init && resume serve`)
    .action((file: string, o: { force?: boolean }) => {
      refuseOverwrite(file, o.force);
      const starter = readFileSync(join(packageRoot, 'templates', 'starter.yaml'), 'utf8');
      writeOutputs([{ path: file, data: starter.replace('$schema=SCHEMA', `$schema=${schemaFrom(file)}`) }]);
      console.log(
        `wrote ${file}: edit it, then run resume build${file === 'resume.yaml' ? '' : ` ${file}`} (or resume serve to watch a preview)`,
      );
    });
}

export function importCommand(cli: Command): void {
  cli
    .command('import')
    .description(
      'write a résumé YAML from a JSON Resume document (legacy names modernised, loose dates read), or merge one in another language into a résumé',
    )
    .argument('<file>', 'the JSON Resume document (- reads standard input)')
    .option('-o, --out <file>', 'the YAML file to write', 'resume.yaml')
    .option('--locale <code>', 'the language the document is written in (kept as meta.languages)', locale)
    .option('--into <file>', 'merge the document into this YAML résumé as its translation into --locale')
    .option('--force', 'overwrite the file if it exists; with --into, replace translations already there')
    .addHelpText(
      'after',
      `\nExamples:\n  $ resume import resume.json -o resume.yaml\n  $ resume import resume.en.json --locale en -o resume.yaml && resume import resume.de.json --locale de --into resume.yaml`,
    )
    .action(async (file: string, o: { out: string; force?: boolean; locale?: string; into?: string }) => {
      if (o.into) return mergeInto(file, { ...o, into: o.into });
      refuseOverwrite(o.out, o.force);
      const loaded = await load({ file });
      printWarnings(loaded.warnings);
      const { resume, notes } = forYaml(written(loaded.resume, o.locale));
      for (const note of notes) process.stderr.write(`warning: ${note}\n`);
      writeOutputs([{ path: o.out, data: await toYaml(resume, schemaFrom(o.out)) }]);
      console.log(`wrote ${o.out}`);
    });
}

/** The résumé with the language it is written in, when one is named: the start of a résumé in several. */
function written(resume: Resume, language: string | undefined): Resume {
  return language ? { ...resume, meta: { ...resume.meta, languages: [language] } } : resume;
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
