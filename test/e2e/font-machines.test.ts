// The same PDF on every machine (issue 13): a résumé in ten scripts prints the same text, from the same fonts, on
// a machine whose fontconfig knows one font (DejaVu Sans, Debian's default) as on one with many more, including
// other fonts for the same scripts that a system fallback would pick.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, scriptSamples, tempDir, tenScripts } from '../helpers.js';
import { readPdf } from '../pdf.js';
import { woffToSfnt } from '../woff.js';

/** A fontconfig file that knows only the fonts in `dirs` (and, with `system`, the machine's own). */
function fontconfig(dir: string, name: string, dirs: string[], system: boolean): string {
  const file = join(dir, `${name}.conf`);
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${
      system ? '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n' : ''
    }${dirs.map((d) => `  <dir>${d}</dir>\n`).join('')}  <cachedir>${join(dir, `cache-${name}`)}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

async function printOn(dir: string, config: string) {
  const out = join(dir, `out-${config.replace(/\W/g, '')}`);
  const r = await runCli(['build', tenScripts, '-f', 'pdf', '-o', out], { env: { FONTCONFIG_FILE: config } });
  expect(r.stderr).not.toContain('warning');
  expect(r.code, r.stderr).toBe(0);
  const [file = ''] = readdirSync(out);
  const pdf = await readPdf(join(out, file));
  // The six-letter subset tag differs from print to print; the font behind it must not.
  return {
    text: pdf.text,
    fonts: [...new Set(pdf.fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')))].sort(),
  };
}

describe('a résumé in ten scripts', () => {
  it('prints the same text from the same shipped fonts with one system font as with many', async () => {
    const dir = tempDir();
    const few = join(dir, 'few');
    mkdirSync(few);
    copyFileSync(join(root, 'test', 'fixtures', 'scripts', 'DejaVuSans.ttf'), join(few, 'DejaVuSans.ttf'));
    // Other fonts for the same scripts (Noto Sans JP draws Chinese too): what a fallback would take on a machine
    // with many fonts installed.
    const many = join(dir, 'many');
    mkdirSync(many);
    for (const pkg of [
      'noto-sans-jp',
      'noto-sans-arabic',
      'noto-sans-devanagari',
      'noto-sans-hebrew',
      'noto-sans',
    ]) {
      const files = join(root, 'node_modules', '@fontsource', pkg, 'files');
      for (const f of readdirSync(files).filter((f) => f.endsWith('-400-normal.woff')))
        writeFileSync(join(many, f.replace(/\.woff$/, '.ttf')), woffToSfnt(readFileSync(join(files, f))));
    }
    const onFew = await printOn(dir, fontconfig(dir, 'few', [few], false));
    const onMany = await printOn(dir, fontconfig(dir, 'many', [few, many], true));

    expect(onFew.fonts.length).toBeGreaterThan(5);
    for (const font of onFew.fonts) expect(font).toMatch(/^(SourceSans3|NotoSans|NotoEmoji)/);
    expect(onMany.fonts).toEqual(onFew.fonts);
    expect(onMany.text).toEqual(onFew.text);
    for (const sample of scriptSamples) expect(onFew.text).toContain(sample);
  });
});
