// Every glyph from a shipped font (issue 13): a résumé in ten scripts (Cyrillic, Greek, Hebrew, Arabic, Devanagari,
// Chinese, Japanese, Korean, emoji and Latin) is drawn from the Noto families in the npm packages, not the machine's.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scriptSamples, tempDir, tenScripts } from '../helpers.js';
import { readPdf } from '../pdf.js';

describe('world scripts', () => {
  it('are drawn from shipped fonts, embedded, and read back as text', async () => {
    const dir = tempDir();
    const r = await runCli(['build', tenScripts, '-f', 'pdf', '-o', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const pdf = await readPdf(join(dir, 'out', 'resume.pdf'));
    for (const font of pdf.fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+(SourceSans3|NotoSans|NotoEmoji)/); // no system font
      expect(font).toMatchObject({ embedded: true, type3: false });
    }
    const have = new Set([...pdf.text.normalize('NFKC')]);
    for (const sample of scriptSamples) {
      const lost = [...sample].filter((c) => !have.has(c));
      expect(lost, sample).toEqual([]);
    }
    expect(pdf.text).toContain('Разработала систему мониторинга');
    expect(pdf.text).toContain('서울 팀과 협업');
  });
});

describe('a character no shipped font has', () => {
  it('is a warning naming the character and its place', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Glyph Test\n  label: "Private \uE000 use"\n');
    const r = await runCli(['build', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'resume.yaml:3:19  (document)  warning: no font of the theme draws "\uE000" (U+E000): the PDF may show it from another font or as an empty box',
    );
    const strict = await runCli(['build', '-f', 'html', '-o', 'strict', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      '(U+E000): the PDF may show it from another font or as an empty box (an error under --strict)',
    );
  });
});

describe('a résumé in ten scripts, read back', () => {
  it('loses nothing in any format: shaped Arabic and Devanagari come back through their ActualText', async () => {
    const r = await runCli(['check', '--resume', tenScripts]);
    expect(r.stdout.trim().split('\n').at(-1), r.stdout).toBe('all 5 outputs read back whole');
    expect(r.code).toBe(0);
    const dir = tempDir();
    await runCli(['build', tenScripts, '-f', 'pdf', '-o', dir]);
    const [pdf = ''] = readdirSync(dir);
    const text = (await readPdf(join(dir, pdf))).text;
    // Right to left, in the order it is written; Devanagari with its vowel signs in place.
    expect(text).toContain('عملت مع فريق دبي');
    expect(text).toContain('मुंबई टीम के साथ काम किया');
    expect(text).toContain('हिन्दी पाठ');
  });
});
