// The names a PDF gives its fonts, which its properties show and some ATS read: the family and weight the page
// is drawn in ("SourceSans3-SemiBold"), in every theme and script. They read "SourceSans3ExtraLight-SemiBold" and
// "NotoSansSCThin-Bold": the shipped files were named after the variable font they were cut from (see
// src/render/font-names.ts).
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli, sampleYaml, tempDir, tenScripts } from '../helpers.js';
import { readPdf } from '../pdf.js';

/** A subset's name: six capitals, then the family without spaces and the weight and style. */
const FONT =
  /^[A-Z]{6}\+(SourceSans3|SourceSerif4|NotoSans|NotoSans(Arabic|Hebrew|Devanagari|SC|JP|KR)|NotoEmoji)-(Regular|Italic|SemiBold|SemiBoldItalic|Bold)$/;

it.each([
  ['the sample', 'classic', sampleYaml],
  ['the sample', 'compact', sampleYaml],
  ['ten scripts', 'classic', tenScripts],
  ['ten scripts', 'sidebar', tenScripts],
])('%s in %s: every font is named for its family, weight and style', async (_, theme, file) => {
  const dir = tempDir();
  const r = await runCli(['build', file, '-t', theme, '-f', 'pdf', '-o', dir, '--name', 'r']);
  expect(r.code, r.stderr).toBe(0);
  const names = (await readPdf(join(dir, 'r.pdf'))).fonts.map((f) => f.name);
  expect(names.length).toBeGreaterThanOrEqual(4);
  expect(names.filter((name) => !FONT.test(name))).toEqual([]);
  // Each weight the theme draws with, under its own name.
  const face = theme === 'compact' ? 'SourceSerif4' : 'SourceSans3';
  for (const style of ['Regular', 'SemiBold', 'Bold'])
    expect(
      names.some((n) => n.endsWith(`+${face}-${style}`)),
      `${face}-${style}`,
    ).toBe(true);
});
