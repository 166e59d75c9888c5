import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { didYouMean } from '../core/suggest.js';
import { UsageError, UserError } from '../errors.js';
import { packageRoot, templatesDir } from '../paths.js';
import type { FitSettings } from './fit.js';
import { findThemePackage, loadThemePackage, type ThemePackage } from './theme-package.js';

export interface DocxStyle {
  font: string;
  bodySize: number;
  nameSize: number;
  headingSize: number;
  titleSize: number;
  accent: string;
  muted: string;
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number };
}

interface ThemeManifest {
  name: string;
  description: string;
  /** A built-in theme this one builds on: its templates where this one has none, its CSS before this one's. */
  extends?: string;
  /** The sizes --max-pages starts from, and the smallest body size it may go to. */
  fit: FitSettings;
  fonts: { package: string; faces: string[]; subsets: string[] }[];
  docx: DocxStyle;
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
  /** @font-face rules with the font files inlined as data: URLs, so the page never fetches anything. */
  fontFaces: FontFamily[];
}

/** A JSON Resume theme from npm: it makes the HTML (and so the PDF); the other formats keep classic's look. */
export interface PackageTheme {
  kind: 'package';
  name: string;
  description: string;
  docx: DocxStyle;
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
        docx: loadTheme('classic').docx,
        package: pkg,
      };
    }
  }
  return loadTheme(ref, baseDir);
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
  const read = (name: string): string => {
    try {
      return readFileSync(file(name), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserError(
        code === 'ENOENT'
          ? `theme ${ref}: ${file(name)} is missing (a theme folder holds theme.json, resume.hbs and style.css; resume create-theme makes one)`
          : `theme ${ref}: cannot read ${file(name)} (${code ?? String(error)})`,
      );
    }
  };
  const json = read('theme.json');
  let manifest: ThemeManifest;
  try {
    manifest = JSON.parse(json) as ThemeManifest;
  } catch (error) {
    // JSON.parse does not always say where; the yaml parser (JSON is YAML) does.
    const { parseDocument } = requireFromRoot('yaml') as typeof import('yaml');
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
      ...({ fonts: base.fonts, docx: base.docx, fit: base.fit } as Partial<ThemeManifest>),
      ...manifest,
    };
  for (const [key, kind] of [
    ['name', 'string'],
    ['fonts', 'object'],
    ['docx', 'object'],
    ['fit', 'object'],
  ] as const) {
    if (typeof manifest[key] !== kind || manifest[key] === null)
      throw new UserError(`theme ${ref}: theme.json needs "${key}" (see templates/classic/theme.json)`);
  }
  let partials: Record<string, string> = { ...base?.partials };
  if (existsSync(file('partials'))) {
    partials = {
      ...partials,
      ...Object.fromEntries(
        readdirSync(file('partials'))
          .filter((f) => f.endsWith('.hbs'))
          .map((f) => [f.slice(0, -4), read(join('partials', f))]),
      ),
    };
  }
  return {
    ...manifest,
    kind: 'folder',
    name: builtin ? manifest.name : `${manifest.name} (${ref})`,
    dir,
    builtin,
    template: base && !existsSync(file('resume.hbs')) ? base.template : read('resume.hbs'),
    partials,
    css: base ? `${base.css}\n/* ${manifest.name} */\n${read('style.css')}` : read('style.css'),
    fontFaces: manifest.fonts.map((font) => {
      let faces: FontFace[] | undefined;
      return { faces: () => (faces ??= inlineFontFaces(font)) };
    }),
  };
}

const requireFromRoot = createRequire(join(packageRoot, 'package.json'));

/** One family of the theme's list, its faces read only when a text needs a character none of the earlier
 * families has (the CJK packages hold hundreds of faces: a Latin résumé never reads them). */
export interface FontFamily {
  faces(): FontFace[];
}

export interface FontFace {
  /** The code points this face covers (its unicode-range); none means all. */
  ranges: [number, number][];
  /** The @font-face rule, its font file inlined as a data: URL; read only when a text needs the face. */
  css(): string;
}

const covers = (f: FontFace, c: number) =>
  f.ranges.length === 0 || f.ranges.some(([lo, hi]) => c >= lo && c <= hi);

/** The characters of a text that no family of the theme has (they would print from a system font, or as an
 * empty box). White space and controls need no glyph. */
export function uncovered(families: FontFamily[], text: string): string[] {
  let left = [...new Set(text)].filter((ch) => /[^\s\p{Cc}\p{Cf}]/u.test(ch));
  for (const family of families) {
    if (left.length === 0) break;
    const faces = family.faces();
    left = left.filter((ch) => !faces.some((f) => covers(f, ch.codePointAt(0) ?? 0)));
  }
  return left;
}

/** The faces a text needs: for each character, the faces of the first family that covers it (a Latin résumé
 * takes no CJK file, though CJK fonts cover Latin too, and skips the Latin Extended files). */
export function facesFor(families: FontFamily[], text: string): string {
  let left = new Set<number>();
  for (const ch of text) left.add(ch.codePointAt(0) ?? 0);
  const wanted: FontFace[] = [];
  for (const family of families) {
    if (left.size === 0) break;
    const faces = family.faces();
    const covered = [...left].filter((c) => faces.some((f) => covers(f, c)));
    for (const f of faces) if (covered.some((c) => covers(f, c))) wanted.push(f);
    left = new Set([...left].filter((c) => !covered.includes(c)));
  }
  return wanted.map((f) => f.css()).join('\n');
}

/** "U+0000-00FF,U+0131" as [[0, 255], [305, 305]]. */
function unicodeRanges(css: string): [number, number][] {
  const list = /unicode-range: ([^;]+);/.exec(css)?.[1] ?? '';
  return list
    .split(',')
    .filter(Boolean)
    .map((r) => {
      const [lo = '0', hi = lo] = r.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(lo, 16), Number.parseInt(hi, 16)];
    });
}

/** Reads the @fontsource CSS for each face and keeps the wanted subsets, with woff2 files as data: URLs. */
function inlineFontFaces(font: ThemeManifest['fonts'][number]): FontFace[] {
  const pkgDir = dirname(requireFromRoot.resolve(`${font.package}/package.json`));
  const rules: FontFace[] = [];
  for (const face of font.faces) {
    const css = readFileSync(join(pkgDir, `${face}.css`), 'utf8');
    for (const block of css.split('/* ').slice(1)) {
      // "*" takes every block: the CJK and emoji packages split a face into numbered unicode-range chunks.
      const subset = font.subsets.includes('*')
        ? '*'
        : font.subsets.find((s) => block.includes(`-${s}-${face.replace(/^(\d+)$/, '$1-normal')} */`));
      if (!subset) continue;
      let css: string | undefined;
      rules.push({
        ranges: unicodeRanges(block),
        css: () =>
          (css ??= `/* ${block}`
            .replace(/src: url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)[^;]*;/, (_, file: string) => {
              const data = readFileSync(join(pkgDir, 'files', file)).toString('base64');
              return `src: url(data:font/woff2;base64,${data}) format('woff2');`;
            })
            .replace('font-display: swap;', 'font-display: block;')),
      });
    }
  }
  return rules;
}
