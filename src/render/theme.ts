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
  fontFaces: FontFace[];
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
    fontFaces: manifest.fonts.flatMap(inlineFontFaces),
  };
  cache.set(name, theme);
  return theme;
}

const requireFromRoot = createRequire(join(packageRoot, 'package.json'));

export interface FontFace {
  css: string;
  /** The code points this face covers (its unicode-range); none means all. */
  ranges: [number, number][];
}

/** The faces a text needs: those whose unicode-range covers one of its characters. A Latin résumé skips the
 * Latin Extended files, which keeps the page (and the time to load it) small. */
export function facesFor(faces: FontFace[], text: string): string {
  const codes = new Set<number>();
  for (const ch of text) codes.add(ch.codePointAt(0) ?? 0);
  const points = [...codes];
  return faces
    .filter(
      (f) => f.ranges.length === 0 || points.some((c) => f.ranges.some(([lo, hi]) => c >= lo && c <= hi)),
    )
    .map((f) => f.css)
    .join('\n');
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
      const subset = font.subsets.find((s) =>
        block.includes(`-${s}-${face.replace(/^(\d+)$/, '$1-normal')} */`),
      );
      if (!subset) continue;
      const css = `/* ${block}`
        .replace(/src: url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)[^;]*;/, (_, file: string) => {
          const data = readFileSync(join(pkgDir, 'files', file)).toString('base64');
          return `src: url(data:font/woff2;base64,${data}) format('woff2');`;
        })
        .replace('font-display: swap;', 'font-display: block;');
      rules.push({ css, ranges: unicodeRanges(block) });
    }
  }
  return rules;
}
