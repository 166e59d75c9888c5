// The font files the program draws with, as named in their @fontsource packages: read by src/render/fonts.ts, and
// by the build, which copies just these files into the package's fonts/ folder (no Node imports here for that).
export interface FontPackage {
  package: string;
  faces: string[];
  /** The @fontsource subsets to take; "*" takes every block (the CJK and emoji packages are split in chunks). */
  subsets: string[];
}

/** The typefaces a theme or meta.design.font may name, with the Word font a DOCX names instead. */
export const FAMILIES: Record<string, FontPackage & { docx: string }> = {
  'Source Sans 3': {
    package: '@fontsource/source-sans-3',
    faces: ['400', '400-italic', '600', '600-italic', '700'],
    subsets: ['latin', 'latin-ext'],
    docx: 'Calibri',
  },
  'Source Serif 4': {
    package: '@fontsource/source-serif-4',
    faces: ['400', '400-italic', '600', '700'],
    subsets: ['latin', 'latin-ext'],
    docx: 'Cambria',
  },
  'Noto Sans': {
    package: '@fontsource/noto-sans',
    faces: ['400', '400-italic', '600', '700'],
    subsets: ['latin', 'latin-ext'],
    docx: 'Arial',
  },
};

/** After the typeface, every other script, by the family name each package declares. The page's CSS names the
 * same families in the same order (FALLBACK_FAMILIES), so the faces inlined and the faces used cannot differ. */
export const SCRIPTS: (FontPackage & { family: string })[] = [
  {
    family: 'Noto Sans',
    package: '@fontsource/noto-sans',
    faces: ['400', '400-italic', '600', '700'],
    subsets: ['cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese', 'devanagari'],
  },
  {
    family: 'Noto Sans Arabic',
    package: '@fontsource/noto-sans-arabic',
    faces: ['400', '700'],
    subsets: ['arabic'],
  },
  {
    family: 'Noto Sans Hebrew',
    package: '@fontsource/noto-sans-hebrew',
    faces: ['400', '700'],
    subsets: ['hebrew'],
  },
  {
    family: 'Noto Sans Devanagari',
    package: '@fontsource/noto-sans-devanagari',
    faces: ['400', '700'],
    subsets: ['devanagari'],
  },
  { family: 'Noto Emoji', package: '@fontsource/noto-emoji', faces: ['400', '700'], subsets: ['*'] },
  { family: 'Noto Sans SC', package: '@fontsource/noto-sans-sc', faces: ['400', '700'], subsets: ['*'] },
  { family: 'Noto Sans JP', package: '@fontsource/noto-sans-jp', faces: ['400', '700'], subsets: ['*'] },
  { family: 'Noto Sans KR', package: '@fontsource/noto-sans-kr', faces: ['400', '700'], subsets: ['*'] },
];

/** The CSS font-family list after the typeface: every script's family, then the generic one. */
export const FALLBACK_FAMILIES = [...SCRIPTS.map((s) => JSON.stringify(s.family)), 'sans-serif'].join(', ');

/** Every face the program draws with: what the build copies into fonts/. */
export const SHIPPED_FONTS: FontPackage[] = [...Object.values(FAMILIES), ...SCRIPTS];

/** The @font-face blocks of a face's @fontsource CSS that a package's entry takes, each with its WOFF2 file. */
export function wantedBlocks(
  font: FontPackage,
  face: string,
  css: string,
): { block: string; file: string }[] {
  return css
    .split('/* ')
    .slice(1)
    .filter(
      (block) =>
        // "*" takes every block: the CJK and emoji packages split a face into numbered unicode-range chunks.
        font.subsets.includes('*') ||
        font.subsets.some((s) => block.includes(`-${s}-${face.replace(/^(\d+)$/, '$1-normal')} */`)),
    )
    .map((block) => ({ block, file: /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1] ?? '' }));
}
