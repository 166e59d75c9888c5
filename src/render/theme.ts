// The theme contract. A built-in theme, a theme folder of the user's and a JSON Resume theme from npm are all a
// Theme: HTML for a view, how to print it, tokens, what it supports, and its letter. This module and the two it
// adapts (theme-folder.ts, theme-package.ts) are the only ones that know there are kinds.
import { dirname, resolve } from 'node:path';
import type { ViewModel } from '../core/view.js';
import type { Diagnostic } from '../errors.js';
import type { LetterView } from '../letter/view.js';
import { likelyFaces, uncovered } from './fonts.js';
import { loadTemplates, renderHtml, renderLetterHtml } from './html/index.js';
import { readingOrder } from './html/layout.js';
import { toJsonResume } from './json/index.js';
import { withPagePolicy } from './pdf/isolation.js';
import {
  builtinThemes,
  forgetThemeFolders,
  isThemePath,
  loadThemeFolder,
  type ThemeFolder,
  unknownTheme,
} from './theme-folder.js';
import {
  findThemePackage,
  installedThemePackages,
  loadThemePackage,
  type PackagePrintOptions,
  type ThemePackage,
  themePackageNote,
} from './theme-package.js';
import type { Tokens } from './tokens.js';

export type ThemePrintOptions = PackagePrintOptions;

export interface Theme {
  /** As messages name it: "classic", "mine (./my-theme)", "jsonresume-theme-even 0.26.1". */
  name: string;
  description: string;
  /** Design tokens. The DOCX and the date format follow them even where the theme draws its own HTML. */
  tokens: Tokens;
  supports: {
    /** --max-pages may shrink its sizes. */
    fit: boolean;
    /** meta.design reaches its HTML and PDF. */
    design: boolean;
    /** Its HTML and PDF draw custom sections (a JSON Resume theme knows JSON Resume's sections only). */
    customSections: boolean;
  };
  /** A folder of the user's that watch and serve re-read when it changes. */
  watchDir?: string;
  /** What loading the theme noticed (a theme.json block nothing reads), at its line. */
  warnings: Diagnostic[];
  /** What a build says it runs, where that is code of the user's (a JSON Resume theme: its name and version). */
  note?: string;
  /** The page for a view. */
  html(view: ViewModel): Promise<string>;
  /** How the page is printed, besides the paper size (a JSON Resume theme's own margins). */
  print: ThemePrintOptions;
  /** The view in the order a reader of the HTML and PDF meets its sections (a sidebar first). */
  readingOrder(view: ViewModel): ViewModel;
  /** The characters of `text` no font of the theme draws (for a warning before printing). */
  uncovered(text: string): string[];
  /** The @font-face rules of the faces most of its pages draw with (its typeface's, for Latin text), fonts
   * inlined: a printer can load them while the page is still being made. */
  likelyFaces(): string;
  /** How the theme draws a cover letter. */
  letter: LetterLayout;
}

/** A theme's letter: always one of ours (a theme without a letter of its own gets classic's), so it can be fitted
 * to its page and its tokens reach every format. */
export interface LetterLayout {
  html(view: LetterView): Promise<string>;
  print: ThemePrintOptions;
  uncovered(text: string): string[];
  /** Said when a letter is built: the theme has no letter layout of its own, and classic's stands in. */
  notice?: string;
}

/** The built-in themes, by name. */
export function listThemes(): string[] {
  return builtinThemes();
}

export { isThemePath };

/** Forgets the themes read so far: the next build reads them again (watch, after a theme folder changed). */
export function forgetThemes(): void {
  forgetThemeFolders();
}

/** Any theme: a built-in name, a folder by path, else an installed JSON Resume theme package (all relative to
 * `baseDir`). */
export async function resolveTheme(ref: string, baseDir = process.cwd()): Promise<Theme> {
  if (!isThemePath(ref) && !builtinThemes().includes(ref)) {
    const dir = findThemePackage(ref, baseDir);
    if (!dir) throw unknownTheme(ref, baseDir);
    return packageTheme(await loadThemePackage(dir));
  }
  return folderTheme(await loadThemeFolder(ref, baseDir));
}

/** The theme a build of `file` uses: `flag` (--theme, found from the current folder), else meta.theme (found from
 * the résumé's folder), else classic. */
export function themeForBuild(flag: string | undefined, metaTheme: string | undefined, file: string) {
  const ref = flag ?? metaTheme ?? 'classic';
  return resolveTheme(ref, flag || file === '-' ? process.cwd() : dirname(resolve(file)));
}

/** Whether `ref`, seen from `baseDir`, names an installed JSON Resume theme package. */
export function isThemePackage(ref: string, baseDir: string): boolean {
  return findThemePackage(ref, baseDir) !== undefined;
}

/** Every theme `resume themes` lists: the built-in ones, then the packages installed here. */
export async function availableThemes(baseDir: string): Promise<{ name: string; description: string }[]> {
  const builtin = await Promise.all(builtinThemes().map((name) => loadThemeFolder(name)));
  return [
    ...builtin.map((t) => ({ name: t.name, description: t.description })),
    ...installedThemePackages(baseDir).map((p) => ({
      name: p.name,
      description: `${p.description} (JSON Resume theme, npm)`,
    })),
  ];
}

/** The folder of a built-in theme, for `resume create-theme` to copy. */
export async function builtinThemeDir(name: string): Promise<{ dir: string; description: string }> {
  if (isThemePath(name)) throw unknownTheme(name);
  const folder = await loadThemeFolder(name);
  return { dir: folder.dir, description: folder.description };
}

function folderTheme(folder: ThemeFolder): Theme {
  return {
    name: folder.name,
    description: folder.description,
    tokens: folder.tokens,
    supports: { fit: true, design: true, customSections: true },
    watchDir: folder.builtin ? undefined : folder.dir,
    warnings: folder.warnings,
    // A user's theme page carries the printer's no-load policy in the file too: opened in a browser, it loads
    // nothing either, whatever its HTML says.
    html: async (view) => {
      await loadTemplates(folder);
      return folder.builtin ? renderHtml(view, folder) : withPagePolicy(renderHtml(view, folder));
    },
    print: {},
    readingOrder: (view) => readingOrder(view, folder),
    uncovered: (text) => uncovered(folder.fontFaces, text),
    likelyFaces: () => likelyFaces(folder.fontFaces),
    letter:
      folder.letter === undefined
        ? classicLetter(
            folder,
            `the theme ${folder.name} has no letter.hbs: the letter is drawn in classic's letter layout with ${folder.name}'s tokens (add letter.hbs to the theme to draw your own)`,
          )
        : folderLetter(folder),
  };
}

function folderLetter(folder: ThemeFolder): LetterLayout {
  return {
    html: async (view) => {
      await loadTemplates(folder);
      return renderLetterHtml(view, folder);
    },
    print: {},
    uncovered: (text) => uncovered(folder.fontFaces, text),
  };
}

/** Classic's letter layout in the tokens and typeface of `look` (a theme without a letter of its own). */
function classicLetter(look: ThemeFolder, notice: string): LetterLayout {
  let stand: Promise<ThemeFolder> | undefined;
  const folder = () => {
    stand ??= loadThemeFolder('classic').then((classic) => ({
      ...classic,
      name: look.name,
      tokens: look.tokens,
      fontFaces: look.fontFaces,
      fonts: look.fonts,
    }));
    return stand;
  };
  return {
    html: async (view) => {
      const classic = await folder();
      await loadTemplates(classic);
      return renderLetterHtml(view, classic);
    },
    print: {},
    uncovered: (text) => uncovered(look.fontFaces, text),
    notice,
  };
}

/** A JSON Resume theme draws the tailored résumé as JSON Resume with its own look and fonts; the formats it does
 * not make (DOCX), the date format and the letter keep classic's. */
async function packageTheme(pkg: ThemePackage): Promise<Theme> {
  const classic = await loadThemeFolder('classic');
  return {
    name: pkg.name,
    description: pkg.description,
    tokens: classic.tokens,
    supports: { fit: false, design: false, customSections: false },
    warnings: [],
    note: themePackageNote(pkg),
    html: async (view) => withPagePolicy(await pkg.render(toJsonResume(view.resume))),
    print: pkg.print,
    readingOrder: (view) => view,
    uncovered: () => [],
    // Its own fonts are its HTML's business.
    likelyFaces: () => '',
    letter: classicLetter(
      classic,
      `${pkg.name} is a JSON Resume theme, which draws no letters: the letter is drawn in the classic theme's letter layout and look`,
    ),
  };
}
