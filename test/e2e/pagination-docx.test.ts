// The DOCX's pagination (issue 21), as LibreOffice lays it out: keep-with-next, keep-lines-together and widow
// control hold the same rules as the PDF (test/layout-rules.ts) in every built-in theme. And the failure a user
// met: the sidebar theme's one-column DOCX left the last language line alone on page 2. The short fixture,
// lengthened a bullet at a time from one page to two, puts the page break at every line of its end in turn.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasCommand, root, runCli, tempDir } from '../helpers.js';
import { layoutProblems, NO_PROBLEMS, textArea } from '../layout-rules.js';
import { type PdfPage, pdfPages } from '../pdf-layout.js';

const fixture = (name: string) => join(root, 'test', 'fixtures', 'layout', name);
const THEMES = ['classic', 'compact', 'sidebar'];

/** Every DOCX of `dir` as a PDF, in one LibreOffice run (a profile of its own, so no running one is disturbed). */
function toPdf(dir: string): void {
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, '*.docx')], {
    stdio: 'ignore',
    env: { ...process.env, HOME: dir },
    timeout: 300_000,
    shell: true,
  });
}

async function docxAndHtml(file: string, theme: string, dir: string, name: string): Promise<void> {
  const r = await runCli(['build', file, '-t', theme, '-f', 'docx,html', '-o', dir, '--name', name]);
  expect(r.code, r.stderr).toBe(0);
}

describe.skipIf(!hasCommand('soffice') || !hasCommand('pdftotext', ['-v']))(
  'the DOCX in LibreOffice (needs soffice and poppler)',
  () => {
    it('keeps headings, list ends and lines together in every theme', { timeout: 400_000 }, async () => {
      const dir = tempDir();
      for (const theme of THEMES) await docxAndHtml(fixture('long.yaml'), theme, dir, theme);
      toPdf(dir);
      for (const theme of THEMES) {
        const html = readFileSync(join(dir, `${theme}.html`), 'utf8');
        const pages = pdfPages(join(dir, `${theme}.pdf`));
        // One column: the HTML's sidebar is not the DOCX's, so its headings are all in the main flow.
        const oneColumn = html.replace(/<aside class="sidebar">([\s\S]*?)<\/aside>/, '');
        const built = { pages, html: oneColumn, area: textArea(html, pages[0] as PdfPage) };
        expect({ theme, ...layoutProblems(built) }).toEqual({ theme, ...NO_PROBLEMS });
      }
    });

    it('never leaves one language line alone on a page (sidebar theme)', { timeout: 400_000 }, async () => {
      const dir = tempDir();
      const short = readFileSync(fixture('short.yaml'), 'utf8');
      const lengths = Array.from({ length: 15 }, (_, i) => 8 + i);
      for (const extra of lengths) {
        const bullets = Array.from(
          { length: extra },
          (_, i) =>
            `      - Extra bullet ${i} about more work done on the data platform, with care and tests\n`,
        ).join('');
        const file = join(dir, `short-${extra}.yaml`);
        writeFileSync(
          file,
          short.replace('      - Cut the warehouse bill', `${bullets}      - Cut the warehouse bill`),
        );
        await docxAndHtml(file, 'sidebar', dir, `short-${extra}`);
      }
      toPdf(dir);
      const languages = ['English: Native', 'Swedish: Fluent', 'Igbo: Conversational'];
      const alone: string[] = [];
      const pageCounts: number[] = [];
      for (const extra of lengths) {
        const pages = pdfPages(join(dir, `short-${extra}.pdf`));
        pageCounts.push(pages.length);
        const counts = pages.map((p) => p.lines.filter((l) => languages.includes(l.text.trim())).length);
        for (const [i, n] of counts.entries())
          if (n === 1) alone.push(`${extra} more bullets: one language line on page ${i + 1}`);
      }
      // The sweep starts on one page and ends on two: the break has passed every line of the résumé's end.
      expect([pageCounts[0], pageCounts.at(-1)]).toEqual([1, 2]);
      expect(alone).toEqual([]);
    });
  },
);
