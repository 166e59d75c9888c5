// Every glyph from a shipped font (issue 13): a résumé in ten scripts (Cyrillic, Greek, Hebrew, Arabic, Devanagari,
// Chinese, Japanese, Korean, emoji and Latin) is drawn from the Noto families in the npm packages, not the machine's.
// Rendered and checked through the library in process, on one browser.
import { describe, expect, it } from 'vitest';
import { checkOutputs, formatCheck, render } from '../../src/index.js';
import { scriptSamples, tenScripts } from '../helpers.js';
import { failure, pdfOf, rendered, sharedBrowser } from '../library.js';

const browser = sharedBrowser();

describe('world scripts', () => {
  it('are drawn from shipped fonts, embedded, and read back as text', async () => {
    const pdf = await pdfOf(await rendered({ file: tenScripts, formats: ['pdf'], browser }));
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
    const source = 'basics:\n  name: Glyph Test\n  label: "Private \uE000 use"\n';
    const r = await rendered({ source, file: 'resume.yaml', formats: ['html'] });
    expect(r.warnings.join('\n')).toContain(
      'resume.yaml:3:19  (document)  warning: no font of the theme draws "\uE000" (U+E000): the PDF may show it from another font or as an empty box',
    );
    const strict = await failure(render({ source, file: 'resume.yaml', formats: ['html'], strict: true }));
    expect(strict.code).toBe(1);
    expect(strict.lines.join('\n')).toContain(
      '(U+E000): the PDF may show it from another font or as an empty box (an error under --strict)',
    );
  });
});

describe('a résumé in ten scripts, read back', () => {
  it('loses nothing in any format: shaped Arabic and Devanagari come back through their ActualText', async () => {
    const report = formatCheck(await checkOutputs({ outputs: [], file: tenScripts, browser }));
    expect(report.trim().split('\n').at(-1), report).toBe('all 5 outputs read back whole');
    const r = await rendered({ file: tenScripts, formats: ['pdf'], browser });
    const text = (await pdfOf(r, r.names[0])).text;
    // Right to left, in the order it is written; Devanagari with its vowel signs in place.
    expect(text).toContain('عملت مع فريق دبي');
    expect(text).toContain('मुंबई टीम के साथ काम किया');
    expect(text).toContain('हिन्दी पाठ');
  });
});
