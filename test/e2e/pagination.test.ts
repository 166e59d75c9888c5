// Pagination and page layout (issue 21), measured on the PDFs the CLI prints, in every built-in theme, for the
// sample and the short and long fixtures (the rules: test/layout-rules.ts). Plus: Korean breaks between words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasCommand, root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { type Built, layoutProblems, NO_PROBLEMS, textArea } from '../layout-rules.js';
import { htmlText, type PdfPage, pdfPages } from '../pdf-layout.js';

const fixture = (name: string) => join(root, 'test', 'fixtures', 'layout', name);
const RESUMES: [string, string][] = [
  ['the sample', sampleYaml],
  ['a short résumé', fixture('short.yaml')],
  ['a long résumé', fixture('long.yaml')],
];
const THEMES = ['classic', 'compact', 'sidebar'];

async function build(file: string, theme: string): Promise<Built> {
  const dir = tempDir();
  const r = await runCli(['build', file, '-t', theme, '-f', 'html,pdf', '-o', dir, '--name', 'r']);
  expect(r.code, r.stderr).toBe(0);
  const html = readFileSync(join(dir, 'r.html'), 'utf8');
  const pages = pdfPages(join(dir, 'r.pdf'));
  return { pages, html, area: textArea(html, pages[0] as PdfPage) };
}

describe.skipIf(!hasCommand('pdftotext', ['-v']))('pagination (needs poppler)', () => {
  describe.each(THEMES)('the %s theme', (theme) => {
    it.each(RESUMES)('%s', async (_, file) => {
      const built = await build(file, theme);
      expect(layoutProblems(built)).toEqual(NO_PROBLEMS);
    });
  });

  it('breaks Korean lines between words, never inside one', async () => {
    const built = await build(fixture('korean.yaml'), 'classic');
    const words = new Set(htmlText(built.html.replace(/<style>[\s\S]*?<\/style>/, '')).split(' '));
    const lines = built.pages.flatMap((p) => p.lines.map((l) => l.text.trim()));
    const hangul = lines.filter((l) => /\p{Script=Hangul}/u.test(l));
    expect(hangul.length).toBeGreaterThan(10);
    const split = hangul.flatMap((l) => {
      const parts = l.split(/\s+/);
      return [parts[0], parts.at(-1)].filter((w) => w && /\p{Script=Hangul}/u.test(w) && !words.has(w));
    });
    expect(split).toEqual([]);
  });
});
