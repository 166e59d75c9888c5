import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { type FontFile, readFontFiles } from '../core/font-file.js';
import { didYouMean } from '../core/suggest.js';
import { UsageError, UserError } from '../errors.js';
import { packageRoot, templatesDir } from '../paths.js';
import { FAMILIES, type FontFamily, fontStack } from './fonts.js';
import { findThemePackage, loadThemePackage, type ThemePackage } from './theme-package.js';
import { readThemeFile, templateSources } from './theme-sources.js';
import type { Tokens } from './tokens.js';

interface ThemeManifest {
  name: string;
  description: string;
  /** A built-in theme this one builds on: its templates where this one has none, its CSS before this one's, its
   * tokens where this one sets none. */
  extends?: string;
  /** Colours, typeface, sizes, spacing, margins, date format, bullet: what the CSS and the DOCX are made from. */
  tokens: Tokens;
  /** Font files in the theme's own folder (not inherited), drawn under the family tokens.font names. */
  fontFiles?: string[];
  /** Where sections go in a layout with regions (the sidebar theme); none means one column. */
  layout?: ThemeLayout;
}

/** A sidebar beside the main column (see render/html/layout.ts): the sections it may hold, and the room beside
 * the first page, in `lines` of `chars` characters at a body size of `bodyPt`, on the smaller paper (Letter). */
export interface ThemeLayout {
  sidebar?: { sections: string[]; lines: number; chars: number; bodyPt: number };
}

/** A theme folder: a built-in one (templates/) or a user's, laid out the same way. */
export interface FolderTheme extends ThemeManifest {
  kind: 'folder';
  dir: string;
  /** One of templates/ (precompiled into the bundle), not a user's folder. */
  builtin: boolean;
  template: string;
  partials: Record<string, string>;
  css: string;
  /** The shipped families the page is drawn from, after the theme's own font files (fontFiles) if any. */
  fontFaces: FontFamily[];
  /** The theme's own font files, read. */
  fonts: FontFile[];
}

/** A JSON Resume theme from npm: it makes the HTML (and so the PDF); the other formats keep classic's look. */
export interface PackageTheme {
  kind: 'package';
  name: string;
  description: string;
  /** The tokens of the formats it does not make (DOCX, and the date format): classic's. */
  tokens: Tokens;
  package: ThemePackage;
}

export type Theme = FolderTheme | PackageTheme;

const THEME_NAME = /^[a-z0-9][a-z0-9-]*$/;

export function listThemes(): string[] {
  return readdirSync(templatesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && THEME_NAME.test(d.name))
    .map((d) => d.name)
    .sort();
}

const cache = new Map<string, FolderTheme>();

/** Forgets the themes read so far: the next build reads them again (watch, after a theme folder changed). */
export function forgetThemes(): void {
  cache.clear();
}

/** A theme named by a path (./my-theme, ../themes/x, /abs): a user's theme folder (@scope/name is a package). */
export function isThemePath(ref: string): boolean {
  return !ref.startsWith('@') && (/[\\/]/.test(ref) || ref.startsWith('.'));
}

/** Any theme: a built-in name, a folder by path, else an installed JSON Resume theme package (all relative to
 * `baseDir`). */
export async function resolveTheme(ref: string, baseDir = process.cwd()): Promise<Theme> {
  if (!isThemePath(ref) && !listThemes().includes(ref)) {
    const dir = findThemePackage(ref, baseDir);
    if (dir) {
      const pkg = await loadThemePackage(dir);
      return {
        kind: 'package',
        name: pkg.name,
        description: pkg.description,
        tokens: loadTheme('classic').tokens,
        package: pkg,
      };
    }
  }
  return loadTheme(ref, baseDir);
}

/** The theme a build of `file` uses: `flag` (--theme, found from the current folder), else meta.theme (found from
 * the résumé's folder), else classic. */
export function themeForBuild(flag: string | undefined, metaTheme: string | undefined, file: string) {
  const ref = flag ?? metaTheme ?? 'classic';
  return resolveTheme(ref, flag || file === '-' ? process.cwd() : dirname(resolve(file)));
}

/** Loads a built-in theme by name, or a theme folder by path (relative to `baseDir`). */
export function loadTheme(ref: string, baseDir = process.cwd()): FolderTheme {
  const builtin = !isThemePath(ref);
  const dir = builtin ? join(templatesDir, ref) : resolve(baseDir, ref);
  const cached = cache.get(dir);
  if (cached) return cached;
  if (builtin) {
    const themes = listThemes();
    if (!THEME_NAME.test(ref) || !themes.includes(ref)) {
      throw new UsageError(
        `unknown theme "${ref}"${didYouMean(ref, themes)}; themes: ${themes.join(', ')}, a theme folder (./path), or an installed JSON Resume theme (npm install jsonresume-theme-${ref.replace(/^jsonresume-theme-/, '')})`,
      );
    }
  }
  const theme = readThemeFolder(dir, builtin, ref);
  cache.set(dir, theme);
  return theme;
}

/** A theme folder: theme.json, resume.hbs, partials/*.hbs (optional) and style.css; every problem named. */
function readThemeFolder(dir: string, builtin: boolean, ref: string): FolderTheme {
  const file = (name: string) => join(dir, name);
  const read = (name: string): string => readThemeFile(dir, name, ref);
  const json = read('theme.json');
  let manifest: ThemeManifest;
  try {
    manifest = JSON.parse(json) as ThemeManifest;
  } catch (error) {
    // JSON.parse does not always say where; the yaml parser (JSON is YAML) does.
    const { parseDocument } = createRequire(join(packageRoot, 'package.json'))(
      'yaml',
    ) as typeof import('yaml');
    const at =
      Number(/position (\d+)/.exec(String((error as Error).message))?.[1] ?? Number.NaN) ||
      (parseDocument(json).errors[0]?.pos[0] ?? 0);
    const before = json.slice(0, at).split('\n');
    throw new UserError(`theme ${ref}: theme.json is not valid JSON`, [
      {
        file: file('theme.json'),
        line: before.length,
        col: (before.at(-1)?.length ?? 0) + 1,
        path: '',
        message: `not valid JSON: ${String((error as Error).message)
          .replace(/, (\.\.\.)?".*$/s, '')
          .replace(/ in JSON at position \d+.*$/, '')}`,
        source: json.split('\n')[before.length - 1],
      },
    ]);
  }
  const base = manifest.extends ? loadTheme(manifest.extends) : undefined;
  if (base && !base.builtin) throw new UserError(`theme ${ref}: "extends" names a built-in theme`);
  // What the theme does not say, it takes from the one it extends.
  if (base)
    manifest = {
      ...manifest,
      tokens: {
        ...base.tokens,
        ...manifest.tokens,
        margins: { ...base.tokens.margins, ...manifest.tokens?.margins },
      },
    };
  if (typeof manifest.name !== 'string' || typeof manifest.tokens !== 'object' || manifest.tokens === null) {
    // A theme made by an earlier version kept its sizes in "fit" and "docx": say where they went.
    const earlier = 'docx' in manifest || 'fit' in manifest;
    throw new UserError(
      `theme ${ref}: theme.json needs "name" and "tokens" (see templates/classic/theme.json)${
        earlier
          ? '; its "docx" and "fit" blocks are from an earlier version: their values now go in "tokens" (resume create-theme makes a current theme.json)'
          : ''
      }`,
    );
  }
  const missing = TOKEN_KEYS.filter((k) => manifest.tokens[k] === undefined);
  if (missing.length)
    throw new UserError(
      `theme ${ref}: theme.json's tokens lack ${missing.join(', ')} (see templates/classic/theme.json)`,
    );
  // The theme's own font files stay inside its folder: a theme is data, and reads nothing else.
  const outside = (manifest.fontFiles ?? []).find((f) => !resolve(dir, f).startsWith(`${resolve(dir)}/`));
  if (outside) throw new UserError(`theme ${ref}: font file ${outside} is outside the theme's folder`);
  const ownFonts = readFontFiles(manifest.fontFiles ?? [], dir, "the theme's folder");
  if (ownFonts.error) throw new UserError(`theme ${ref}: ${ownFonts.error}`);
  if (!ownFonts.fonts?.length && !FAMILIES[manifest.tokens.font])
    throw new UserError(
      `theme ${ref}: tokens.font "${manifest.tokens.font}" is not a shipped family (${Object.keys(FAMILIES).join(', ')}); name font files in "fontFiles" to use another`,
    );
  const sources = templateSources(dir, base && { main: base.template, partials: base.partials }, read);
  // Without the tokens' custom properties the stylesheet's colours, sizes and margins are all undefined.
  const texts = [sources.main, ...Object.values(sources.partials)];
  if (!texts.some((t) => t.includes('{{{tokens}}}')))
    throw new UserError(
      `theme ${ref}: no template inserts {{{tokens}}} (the theme's colours, sizes and margins) in its <style>; see templates/classic/partials/head.hbs${
        texts.some((t) => t.includes('fitCss'))
          ? ' ({{{fitCss}}}, of an earlier version, is now {{{tokens}}})'
          : ''
      }`,
    );
  return {
    ...manifest,
    kind: 'folder',
    name: builtin ? manifest.name : `${manifest.name} (${ref})`,
    dir,
    builtin,
    template: sources.main,
    partials: sources.partials,
    css: base ? `${base.css}\n/* ${manifest.name} */\n${read('style.css')}` : read('style.css'),
    fontFaces: fontStack(manifest.tokens.font),
    fonts: ownFonts.fonts ?? [],
  };
}

/** Every token a theme must have, once merged with the theme it extends. */
const TOKEN_KEYS: (keyof Tokens)[] = [
  'accent',
  'text',
  'muted',
  'rule',
  'font',
  'docxFont',
  'fontSize',
  'nameSize',
  'labelSize',
  'headingSize',
  'lineHeight',
  'minFontSize',
  'margins',
  'sectionSpacing',
  'dateFormat',
  'bullet',
];
