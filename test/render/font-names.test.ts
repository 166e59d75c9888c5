// The font files the build ships (src/render/font-names.ts, run by scripts/build.mjs): each WOFF2 file in fonts/ carries its family's name and
// a PostScript name of that family and the file's weight and style, which is what a PDF names its fonts by. The
// @fontsource files of Source Sans 3, Noto Sans Hebrew and the CJK families came named "… ExtraLight" and "… Thin".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FAMILIES, SCRIPTS } from '../../src/render/font-list.js';
import { namesOf } from '../../src/render/font-names.js';
import { root } from '../helpers.js';

const familyOf = new Map([
  ...Object.entries(FAMILIES).map(([family, font]) => [font.package, family] as const),
  ...SCRIPTS.map((font) => [font.package, font.family] as const),
]);

/** A file's style in its PostScript name, from the weight and style in the file's name ("…-600-italic.woff2"). */
const STYLES: Record<string, string> = {
  '400-normal': 'Regular',
  '400-italic': 'Italic',
  '600-normal': 'SemiBold',
  '600-italic': 'SemiBoldItalic',
  '700-normal': 'Bold',
};

it('names every shipped font file for its family, weight and style', () => {
  const wrong: string[] = [];
  let count = 0;
  for (const [pkg, family] of familyOf) {
    const dir = join(root, 'fonts', pkg, 'files');
    for (const file of readdirSync(dir)) {
      const style = STYLES[/(\d00-(?:normal|italic))\.woff2$/.exec(file)?.[1] ?? ''];
      const names = namesOf(readFileSync(join(dir, file)));
      const expected = { family, postScript: `${family.replaceAll(' ', '')}-${style}` };
      if (names.family !== expected.family || names.postScript !== expected.postScript)
        wrong.push(`${file}: ${names.family}, ${names.postScript}`);
      count++;
    }
  }
  expect(count).toBeGreaterThan(700);
  expect(wrong).toEqual([]);
});
