// Compiles a theme's Handlebars templates: a built-in theme from its precompiled form (see precompiled.ts), a
// user's theme (or a built-in edited since the build) with the compiler, which then loads for that run only.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Runtime from 'handlebars/runtime';
import { type Diagnostic, UserError } from '../../errors.js';
import type { ThemeFolder } from '../theme-folder.js';
import options from './compile-options.json' with { type: 'json' };
import { precompiled } from './precompiled.js';

export type Environment = ReturnType<typeof Runtime.create>;
export type Template = (context: unknown) => string;

/** A theme's pages: the résumé's, and the letter's when the theme has one. */
export interface Templates {
  main: Template;
  letter?: Template;
}

const require = createRequire(import.meta.url);

/** The theme's templates: the precompiled set made from these very sources if the bundle has one (a theme that
 * extends a built-in one shares its templates), else compiled now. */
export async function loadTheme(theme: ThemeFolder, setup: (env: Environment) => void): Promise<Templates> {
  const sources = JSON.stringify({ main: theme.template, partials: theme.partials, letter: theme.letter });
  const built = Object.values(precompiled).find((p) => p.sources === sources);
  if (!built) return compileTheme(theme, setup);
  const specs = await built.specs();
  const env = Runtime.create();
  setup(env);
  for (const [name, spec] of Object.entries(specs.partials))
    env.registerPartial(name, env.template(spec as never));
  return {
    main: env.template(specs.main as never),
    ...(specs.letter ? { letter: env.template(specs.letter as never) } : {}),
  };
}

/** The theme's templates compiled from their sources, with the compiler (loaded for this only). */
export function compileTheme(theme: ThemeFolder, setup: (env: Environment) => void): Templates {
  const Handlebars = require('handlebars') as typeof import('handlebars');
  const env = Handlebars.create();
  setup(env as unknown as Environment);
  // Syntax errors surface now, naming the file and line, not halfway through a build.
  const problems: Diagnostic[] = [];
  const files: [string, string][] = [
    ['resume.hbs', theme.template],
    ...(theme.letter === undefined ? [] : [['letter.hbs', theme.letter] as [string, string]]),
    ...Object.entries(theme.partials).map(([name, source]): [string, string] => [
      `partials/${name}.hbs`,
      source,
    ]),
  ];
  for (const [file, source] of files) {
    try {
      env.precompile(source, options);
    } catch (error) {
      const message = String((error as Error).message ?? error).split('\n');
      const line = Number(/line (\d+)/.exec(message[0] ?? '')?.[1] ?? 1);
      const text = `Handlebars syntax: ${message
        .filter((l) => !/^[-^ ]*$/.test(l) && !/^\.\.\./.test(l))
        .join(' ')
        .replace(/^Parse error on line \d+:\s*/, '')}`;
      problems.push({
        file: join(theme.dir, file),
        line,
        col: 1,
        path: '',
        message: text,
        source: source.split('\n')[line - 1],
      });
    }
  }
  if (problems.length) throw new UserError(`the theme ${theme.name} cannot be compiled`, problems);
  for (const [name, source] of Object.entries(theme.partials)) env.registerPartial(name, source);
  return {
    main: env.compile(theme.template, options) as Template,
    ...(theme.letter === undefined ? {} : { letter: env.compile(theme.letter, options) as Template }),
  };
}
