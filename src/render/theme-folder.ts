// A theme folder (a built-in one in templates/, or a user's laid out the same way): theme.json (name, what it
// extends, design tokens, layout), resume.hbs, partials/*.hbs and style.css, and for letters letter.hbs and
// letter.css (both optional). Read once, validated against schema/theme.schema.json with every problem at
// theme.json's line, and only from inside the folder.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import themeSchema from '../../schema/theme.schema.json' with { type: 'json' };
import { type FontFile, readFontFiles } from '../core/font-file.js';
import { parseResume, withPositions } from '../core/parse.js';
import { type Problem, toDiagnostic } from '../core/problems.js';
import { schemaProblems } from '../core/schema-problems.js';
import { didYouMean } from '../core/suggest.js';
import { unknownThemeMessage } from '../core/unknown-theme.js';
import { type Diagnostic, UsageError, UserError } from '../errors.js';
import { templatesDir } from '../paths.js';
import { FAMILIES, type FontFamily, fontStack } from './fonts.js';
import { precompiled } from './html/precompiled.js';
import { readThemeFile, templateSources } from './theme-sources.js';
import type { Tokens } from './tokens.js';

/** A sidebar beside the main column (see render/html/layout.ts): the sections it may hold, and the room beside
 * the first page, in `lines` of `chars` characters at a body size of `bodyPt`, on the smaller paper (Letter). */
export interface ThemeLayout {
  sidebar?: { sections: string[]; lines: number; chars: number; bodyPt: number };
}

interface ThemeManifest {
  name: string;
  description?: string;
  extends?: string;
  tokens?: Partial<Tokens>;
  fontFiles?: string[];
  layout?: ThemeLayout;
}

export interface ThemeFolder {
  name: string;
  description: string;
  dir: string;
  /** One of templates/ (precompiled into the bundle), not a user's folder. */
  builtin: boolean;
  tokens: Tokens;
  layout?: ThemeLayout;
  template: string;
  partials: Record<string, string>;
  css: string;
  /** The letter's page (letter.hbs, its own or the theme's it extends), if any. */
  letter?: string;
  /** The letter's stylesheet, after style.css (letter.css, the base's first). */
  letterCss: string;
  /** The shipped families the page is drawn from, after the theme's own font files (fontFiles) if any. */
  fontFaces: FontFamily[];
  /** The theme's own font files, read. */
  fonts: FontFile[];
  /** What theme.json says that nothing reads, at its line. */
  warnings: Diagnostic[];
}

const THEME_NAME = /^[a-z0-9][a-z0-9-]*$/;

export function builtinThemes(): string[] {
  return readdirSync(templatesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && THEME_NAME.test(d.name))
    .map((d) => d.name)
    .sort();
}

/** A theme named by a path (./my-theme, ../themes/x, /abs): a user's theme folder (@scope/name is a package). */
export function isThemePath(ref: string): boolean {
  return !ref.startsWith('@') && (/[\\/]/.test(ref) || ref.startsWith('.'));
}

const cache = new Map<string, ThemeFolder>();

/** Forgets the folders read so far: the next build reads them again (watch, after a theme folder changed). */
export function forgetThemeFolders(): void {
  cache.clear();
}

/** A built-in theme by name, or a theme folder by path (relative to `baseDir`). */
export async function loadThemeFolder(ref: string, baseDir = process.cwd()): Promise<ThemeFolder> {
  const builtin = !isThemePath(ref);
  const dir = builtin ? join(templatesDir, ref) : resolve(baseDir, ref);
  const cached = cache.get(dir);
  if (cached) return cached;
  if (builtin && !builtinThemes().includes(ref)) throw unknownTheme(ref);
  const theme = await readThemeFolder(dir, builtin, ref);
  cache.set(dir, theme);
  return theme;
}

/** `baseDir`: where a folder of that name would be a theme named without its ./ */
export function unknownTheme(ref: string, baseDir?: string): UsageError {
  const folder = baseDir !== undefined && existsSync(join(baseDir, ref, 'theme.json'));
  return new UsageError(unknownThemeMessage(ref, builtinThemes(), folder));
}

async function readThemeFolder(dir: string, builtin: boolean, ref: string): Promise<ThemeFolder> {
  const read = (name: string) => readThemeFile(dir, name, ref);
  const { manifest, warnings } = await readManifest(
    join(dir, 'theme.json'),
    read('theme.json'),
    ref,
    builtin,
  );
  const base = manifest.extends ? await baseTheme(manifest.extends, ref) : undefined;
  // A theme of its own (no extends) takes classic's spacing details where it sets none.
  const details =
    base || (builtin && ref === 'classic') ? undefined : (await loadThemeFolder('classic')).tokens;
  const tokens = mergedTokens(manifest.tokens, base?.tokens, details, ref);
  const fonts = ownFonts(manifest, dir, ref);
  const sources = templateSources(
    dir,
    base && { main: base.template, partials: base.partials, letter: base.letter },
    read,
  );
  checkTemplates([sources.main, ...Object.values(sources.partials)], ref);
  return {
    name: builtin ? manifest.name : `${manifest.name} (${ref})`,
    description: manifest.description ?? '',
    dir,
    builtin,
    tokens,
    layout: manifest.layout ?? base?.layout,
    template: sources.main,
    partials: sources.partials,
    css: base ? `${base.css}\n/* ${manifest.name} */\n${read('style.css')}` : read('style.css'),
    letter: sources.letter,
    letterCss: [base?.letterCss, existsSync(join(dir, 'letter.css')) ? read('letter.css') : '']
      .filter(Boolean)
      .join(`\n/* ${manifest.name} */\n`),
    fontFaces: fontStack(tokens.font),
    fonts,
    warnings,
  };
}

/** theme.json, parsed and checked against schema/theme.schema.json: every problem at its line. */
async function readManifest(
  file: string,
  json: string,
  ref: string,
  builtin: boolean,
): Promise<{ manifest: ThemeManifest; warnings: Diagnostic[] }> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw await jsonSyntaxError(file, json, error as Error, ref);
  }
  const problems = await schemaCheck(data, builtin && precompiled[ref]?.manifest === json);
  const record = (data ?? {}) as Record<string, unknown>;
  for (const old of ['fit', 'docx'].filter((k) => k in record))
    problems.push({
      path: [old],
      at: 'key',
      message: `"${old}" is a block of an earlier version: its values now go in "tokens" (resume create-theme makes a current theme.json)`,
    });
  const notices: Problem[] =
    'fonts' in record
      ? [
          {
            path: ['fonts'],
            at: 'key',
            message: 'nothing reads "fonts": remove it (the families come from tokens.font)',
          },
        ]
      : [];
  if (problems.length === 0 && notices.length === 0) return { manifest: data as ThemeManifest, warnings: [] };
  const parsed = await withPositions(await parseResume({ path: file, name: file, text: json, json: true }));
  const at = (p: Problem) => toDiagnostic(parsed, p);
  problems.sort((a, b) => at(a).line - at(b).line || at(a).col - at(b).col);
  if (problems.length)
    throw new UserError(
      `theme ${ref}: theme.json has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
      problems.map(at),
    );
  return {
    manifest: data as ThemeManifest,
    warnings: notices.map((n) => ({ ...at(n), severity: 'warning' as const })),
  };
}

/** What the theme schema says of theme.json. A built-in theme's, as the build found it valid, is not checked again
 * (the validator is then not even loaded). */
async function schemaCheck(data: unknown, checkedByBuild: boolean): Promise<Problem[]> {
  if (checkedByBuild) return [];
  const { validateTheme } = await import('./theme-validator.js');
  return validateTheme(data) ? [] : schemaProblems(validateTheme.errors ?? []);
}

/** JSON.parse does not always say where; then the yaml parser (JSON is YAML) does. */
async function jsonSyntaxError(file: string, json: string, error: Error, ref: string): Promise<UserError> {
  const position = /position (\d+)/.exec(error.message)?.[1];
  // A CommonJS package: bundled, its exports come as the default export.
  const yaml = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  const { parseDocument } = yaml.default ?? yaml;
  const at = position ? Number(position) : (parseDocument(json).errors[0]?.pos[0] ?? 0);
  const before = json.slice(0, at).split('\n');
  return new UserError(`theme ${ref}: theme.json is not valid JSON`, [
    {
      file,
      line: before.length,
      col: (before.at(-1)?.length ?? 0) + 1,
      path: '',
      message: `not valid JSON: ${error.message.replace(/, (\.\.\.)?".*$/s, '').replace(/ in JSON at position \d+.*$/, '')}`,
      source: json.split('\n')[before.length - 1],
    },
  ]);
}

/** The built-in theme a theme extends (a user's theme cannot be extended: no chains, no cycles). */
async function baseTheme(name: string, ref: string): Promise<ThemeFolder> {
  if (!builtinThemes().includes(name))
    throw new UserError(
      `theme ${ref}: "extends" names a built-in theme${didYouMean(name, builtinThemes())}; themes: ${builtinThemes().join(', ')}`,
    );
  return loadThemeFolder(name);
}

/** Every token a theme must have, once merged with the theme it extends. */
const TOKEN_KEYS = Object.keys(themeSchema.$defs.tokens.properties) as (keyof Tokens)[];

/** The tokens of the spacing and layout details, which themes made before they existed do not set: such a theme
 * takes classic's. Every other token makes the theme what it is, and must be set (or inherited). */
const DETAIL_TOKENS = new Set<keyof Tokens>([
  'headingSpacing',
  'ruleSpacing',
  'entrySpacing',
  'textSpacing',
  'paragraphSpacing',
  'bulletSpacing',
  'itemSpacing',
  'mastheadSpacing',
  'bulletIndent',
  'columnGap',
  'photoSize',
  'headingCase',
]);

/** The theme's tokens over those of the theme it extends (or, for the details only, classic's). */
function mergedTokens(
  own: Partial<Tokens> | undefined,
  base: Tokens | undefined,
  details: Tokens | undefined,
  ref: string,
): Tokens {
  const defaults = Object.fromEntries(
    [...DETAIL_TOKENS].map((k) => [k, details?.[k]]).filter(([, v]) => v !== undefined),
  );
  const tokens = { ...defaults, ...base, ...own, margins: { ...base?.margins, ...own?.margins } } as Tokens;
  const missing = TOKEN_KEYS.filter((k) => tokens[k] === undefined);
  const margins = (['top', 'right', 'bottom', 'left'] as const).filter(
    (k) => tokens.margins[k] === undefined,
  );
  if (missing.length || margins.length)
    throw new UserError(
      `theme ${ref}: theme.json's tokens lack ${[...missing.filter((k) => k !== 'margins'), ...margins.map((m) => `margins.${m}`)].join(', ')} (see templates/classic/theme.json, or "extends": "classic")`,
    );
  return tokens;
}

/** The theme's own font files (not inherited), or else tokens.font must be a shipped family. */
function ownFonts(manifest: ThemeManifest, dir: string, ref: string): FontFile[] {
  const files = manifest.fontFiles ?? [];
  // Like every theme file, a font is read only from inside the folder, symlinks resolved.
  for (const file of files) {
    if (!resolve(dir, file).startsWith(`${resolve(dir)}${sep}`))
      throw new UserError(`theme ${ref}: font file ${file} is outside the theme's folder`);
  }
  const read = readFontFiles(files, dir, "the theme's folder");
  if (read.error) throw new UserError(`theme ${ref}: ${read.error}`);
  const font = manifest.tokens?.font;
  if (!read.fonts?.length && font !== undefined && !Object.hasOwn(FAMILIES, font))
    throw new UserError(
      `theme ${ref}: tokens.font "${font}" is not a shipped family (${Object.keys(FAMILIES).join(', ')}); name font files in "fontFiles" to use another`,
    );
  return read.fonts ?? [];
}

/** Without the tokens' custom properties the stylesheet's colours, sizes and margins are all undefined. */
function checkTemplates(texts: string[], ref: string): void {
  if (texts.some((t) => t.includes('{{{tokens}}}'))) return;
  throw new UserError(
    `theme ${ref}: no template inserts {{{tokens}}} (the theme's colours, sizes and margins) in its <style>; see templates/classic/partials/head.hbs${
      texts.some((t) => t.includes('fitCss'))
        ? ' ({{{fitCss}}}, of an earlier version, is now {{{tokens}}})'
        : ''
    }`,
  );
}
