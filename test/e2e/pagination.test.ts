// Pagination and page layout (issue 21), measured on the PDFs the CLI prints, in every built-in theme, for the
// sample and the short and long fixtures, and with the page break swept through a résumé's end (the rules:
// test/layout-rules.ts). Plus: Korean breaks between words.
import { readFileSync, writeFileSync } from 'node:fs';
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

  // The short résumé lengthened a bullet at a time from one page to two: the page break passes every line of its
  // end (its projects, education, skills and languages) in turn. One batch build per theme.
  it.each(THEMES)(
    '%s: wherever the break falls in a résumé’s end, the rules hold',
    async (theme) => {
      const dir = tempDir();
      const short = readFileSync(fixture('short.yaml'), 'utf8');
      // Beside a sidebar the first page holds more: its break comes later.
      const lengths = Array.from({ length: 16 }, (_, i) => (theme === 'sidebar' ? 22 : 8) + i);
      for (const extra of lengths) {
        const bullets = Array.from(
          { length: extra },
          (_, i) =>
            `      - Extra bullet ${i} about more work done on the data platform, with care and tests\n`,
        ).join('');
        writeFileSync(
          join(dir, `short-${extra}.yaml`),
          short.replace('      - Cut the warehouse bill', `${bullets}      - Cut the warehouse bill`),
        );
      }
      const files = lengths.map((n) => join(dir, `short-${n}.yaml`));
      const r = await runCli([
        'build',
        ...files,
        '-t',
        theme,
        '-f',
        'html,pdf',
        '-o',
        join(dir, 'out'),
        '-q',
      ]);
      expect(r.code, r.stderr).toBe(0);
      const pageCounts: number[] = [];
      for (const n of lengths) {
        const out = join(dir, 'out', `short-${n}`);
        const html = readFileSync(join(out, 'resume.html'), 'utf8');
        const pages = pdfPages(join(out, 'resume.pdf'));
        pageCounts.push(pages.length);
        expect({
          extra: n,
          ...layoutProblems({ pages, html, area: textArea(html, pages[0] as PdfPage) }),
        }).toEqual({
          extra: n,
          ...NO_PROBLEMS,
        });
      }
      expect([pageCounts[0], pageCounts.at(-1)]).toEqual([1, 2]);
    },
    120_000,
  );

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
