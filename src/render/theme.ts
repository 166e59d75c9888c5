import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { didYouMean } from '../core/suggest.js';
import { UsageError } from '../errors.js';
import { packageRoot, templatesDir } from '../paths.js';
import type { FitSettings } from './fit.js';

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
  /** The sizes --max-pages starts from, and the smallest body size it may go to. */
  fit: FitSettings;
  fonts: { package: string; faces: string[]; subsets: string[] }[];
  docx: DocxStyle;
}

export interface Theme extends ThemeManifest {
  dir: string;
  template: string;
  partials: Record<string, string>;
  css: string;
  /** @font-face rules with the font files inlined as data: URLs, so the page never fetches anything. */
  fontFaces: FontFamily[];
}

const THEME_NAME = /^[a-z0-9][a-z0-9-]*$/;

export function listThemes(): string[] {
  return readdirSync(templatesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && THEME_NAME.test(d.name))
    .map((d) => d.name)
    .sort();
}

const cache = new Map<string, Theme>();

/** Loads a built-in theme by name. Only names are accepted, so a theme can never point outside templates/. */
export function loadTheme(name: string): Theme {
  const cached = cache.get(name);
  if (cached) return cached;
  const themes = listThemes();
  if (!THEME_NAME.test(name) || !themes.includes(name)) {
    throw new UsageError(`unknown theme "${name}"${didYouMean(name, themes)}; themes: ${themes.join(', ')}`);
  }
  const dir = join(templatesDir, name);
  const manifest = JSON.parse(readFileSync(join(dir, 'theme.json'), 'utf8')) as ThemeManifest;
  const partialsDir = join(dir, 'partials');
  const partials = Object.fromEntries(
    readdirSync(partialsDir)
      .filter((f) => f.endsWith('.hbs'))
      .map((f) => [f.slice(0, -4), readFileSync(join(partialsDir, f), 'utf8')]),
  );
  const theme: Theme = {
    ...manifest,
    dir,
    template: readFileSync(join(dir, 'resume.hbs'), 'utf8'),
    partials,
    css: readFileSync(join(dir, 'style.css'), 'utf8'),
    fontFaces: manifest.fonts.map((font) => {
      let faces: FontFace[] | undefined;
      return { faces: () => (faces ??= inlineFontFaces(font)) };
    }),
  };
  cache.set(name, theme);
  return theme;
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
