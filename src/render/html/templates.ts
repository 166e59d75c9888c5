// Compiles a theme's Handlebars templates. The bundled CLI swaps this module for one that holds the built-in
// themes precompiled by scripts/build.mjs from the same sources and options, so a run never loads the compiler.
import Handlebars from 'handlebars';
import type { Theme } from '../theme.js';
import options from './compile-options.json' with { type: 'json' };

export type Environment = ReturnType<typeof Handlebars.create>;
export type Template = (context: unknown) => string;

export function createEnvironment(): Environment {
  return Handlebars.create();
}

export function compileTheme(hbs: Environment, theme: Theme): Template {
  for (const [name, source] of Object.entries(theme.partials)) hbs.registerPartial(name, source);
  return hbs.compile(theme.template, options);
}
