// The fonts a page is drawn with, all shipped with the program and inlined as data: URLs, so every machine prints
// the same PDF and the page fetches nothing: the theme's typeface (a built-in family), then Noto families for every
// other script, in order. A character takes the first family that has it. They come from @fontsource packages: the
// build copies the files used here (WOFF2, the listed weights) into fonts/, their names put right (font-names.ts):
// 17 MB, where the packages hold 224 MB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { FALLBACK_FAMILIES, FAMILIES, type FontPackage, SCRIPTS, wantedBlocks } from './font-list.js';

export { FALLBACK_FAMILIES, FAMILIES };

/** The folder of the copied fonts, one subfolder per package as named on npm. */
const fontsDir = join(packageRoot, 'fonts');

const families = new Map<FontPackage, FontFamily>();

function familyOf(font: FontPackage): FontFamily {
  let family = families.get(font);
  if (!family) {
    let faces: FontFace[] | undefined;
    family = { faces: () => (faces ??= inlineFontFaces(font)) };
    families.set(font, family);
  }
  return family;
}

/** The families a page in `typeface` is drawn from, in order (a typeface not shipped, a font file of the
 * résumé's or the theme's, is declared on its own and left out here). */
export function fontStack(typeface: string): FontFamily[] {
  const own = FAMILIES[typeface];
  return [...(own ? [familyOf(own)] : []), ...SCRIPTS.map(familyOf)];
}

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

/** The distinct code points of a text: ASCII first, then the rest in the order they occur. A page's text is tens of
 * thousands of characters of which a hundred or so differ, and a build runs this once, before the JIT has warmed:
 * the scans are the engine's own (a regular expression, includes), and only the non-ASCII remainder is looped over
 * here, which measured ten times faster than a loop over every character. */
function codePoints(text: string): number[] {
  const points: number[] = [];
  const ascii = text.replace(/[^\0-\x7f]+/g, '');
  for (let c = 0; c < 0x80; c++) if (ascii.includes(String.fromCharCode(c))) points.push(c);
  const seen = new Set<number>();
  for (const ch of text.replace(/[\0-\x7f]+/g, '')) {
    const c = ch.codePointAt(0) as number;
    if (!seen.has(c)) points.push(c);
    seen.add(c);
  }
  return points;
}

/** The characters of a text that no family of the theme has (they would print from a system font, or as an
 * empty box). White space and controls need no glyph. */
export function uncovered(families: FontFamily[], text: string): string[] {
  let left = codePoints(text)
    .map((c) => String.fromCodePoint(c))
    .filter((ch) => /[^\s\p{Cc}\p{Cf}]/u.test(ch));
  for (const family of families) {
    if (left.length === 0) break;
    const faces = family.faces();
    left = left.filter((ch) => !faces.some((f) => covers(f, ch.codePointAt(0) ?? 0)));
  }
  // In the order the text shows them (the warnings follow it).
  return left.sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

/** The faces a text needs: for each character, the faces of the first family that covers it (a Latin résumé
 * takes no CJK file, though CJK fonts cover Latin too, and skips the Latin Extended files). */
export function facesFor(families: FontFamily[], text: string): string {
  let left = codePoints(text);
  const wanted: FontFace[] = [];
  for (const family of families) {
    if (left.length === 0) break;
    const faces = family.faces();
    const covered = left.filter((c) => faces.some((f) => covers(f, c)));
    for (const f of faces) if (covered.some((c) => covers(f, c))) wanted.push(f);
    const taken = new Set(covered);
    left = left.filter((c) => !taken.has(c));
  }
  return wanted.map((f) => f.css()).join('\n');
}

/** The faces a page of Latin text draws with: what a printer can load before the page is made. */
export function likelyFaces(families: FontFamily[]): string {
  return facesFor(families, PRINTABLE_ASCII);
}

const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

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

/** Reads the copied CSS for each face and keeps the wanted subsets, with woff2 files as data: URLs. */
function inlineFontFaces(font: FontPackage): FontFace[] {
  const pkgDir = join(fontsDir, font.package);
  const rules: FontFace[] = [];
  for (const face of font.faces) {
    const css = readFileSync(join(pkgDir, `${face}.css`), 'utf8');
    for (const { block, file } of wantedBlocks(font, face, css)) {
      let css: string | undefined;
      rules.push({
        ranges: unicodeRanges(block),
        css: () =>
          (css ??= `/* ${block}`
            .replace(/src: url\(\.\/files\/[^)]+\.woff2\) format\('woff2'\)[^;]*;/, () => {
              const data = readFileSync(join(pkgDir, 'files', file)).toString('base64');
              return `src: url(data:font/woff2;base64,${data}) format('woff2');`;
            })
            .replace('font-display: swap;', 'font-display: block;')),
      });
    }
  }
  return rules;
}
