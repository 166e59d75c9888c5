// What the page shows, read back from the PDFs the CLI prints (poppler's lines and where they are): an entry's
// place and dates each whole at its line's end, a bracketed part of a place never broken, no line ending in the
// dot between them; beside the sidebar, bullets (and roles under one employer) set in from the main column's edge
// as on a full-width page, in a language written left to right and in one written right to left; lines and list
// items evenly spaced. And the DOCX's contact line, as LibreOffice lays it out: broken between items, never inside
// one.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasCommand, root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { type PdfLine, type PdfPage, pdfPages } from '../pdf-layout.js';

const german = join(root, 'test', 'fixtures', 'layout', 'german-places.yaml');
const hebrew = join(root, 'test', 'fixtures', 'rtl', 'hebrew.yaml');

async function pagesOf(file: string, theme: string): Promise<PdfPage[]> {
  const dir = tempDir();
  const r = await runCli(['build', file, '-t', theme, '-f', 'pdf', '-o', dir, '--name', 'r']);
  expect(r.code, r.stderr).toBe(0);
  return pdfPages(join(dir, 'r.pdf'));
}

/** The first line of page 1 holding a text. */
function lineWith(pages: PdfPage[], text: string): PdfLine {
  const line = pages[0]?.lines.find((l) => l.text.includes(text));
  if (!line) throw new Error(`no line with ${text}`);
  return line;
}

describe.skipIf(!hasCommand('pdftotext', ['-v']))('typesetting (needs poppler)', () => {
  it.each(['classic', 'compact', 'sidebar'])(
    '%s: a place’s bracketed part and an entry’s dates are each whole on a line, and no line ends in a dot',
    async (theme) => {
      const lines = (await pagesOf(german, theme)).flatMap((p) => p.lines.map((l) => l.text));
      const whole = [
        '(Hessen, Deutschland)',
        '(Berlin, Germany)',
        '(Bayern, Deutschland)',
        'Okt. 2019 – heute',
        'Sept. 2015 – Sept. 2019',
        'Apr. 2012 – Aug. 2015',
        'Okt. 2012 – März 2015',
      ];
      expect(whole.filter((part) => !lines.some((l) => l.includes(part)))).toEqual([]);
      expect(lines.filter((l) => /^·|·$/.test(l.trim()))).toEqual([]);
    },
  );

  it.each(['classic', 'compact', 'sidebar'])(
    '%s: the lines of a paragraph, and the items of a list, are evenly spaced',
    async (theme) => {
      // Chrome prints each line on a whole pixel: a line height or a gap of a fraction of one printed as one
      // pixel more, then one less (17.6 px lines 17 and 18 px apart, list items 15 and 15.75 pt).
      const page = (await pagesOf(sampleYaml, theme))[0]?.lines ?? [];
      // The main column's lines (beside a sidebar, its lines and the sidebar's come apart by their left edge).
      const left = page.find((l) => l.text.startsWith('Senior Ruby on Rails Engineer with'))?.xMin ?? 0;
      const lines = page.filter((l) => Math.abs(l.xMin - left) < 1).sort((a, b) => a.yMin - b.yMin);
      const at = (start: string) => lines.findIndex((l) => l.text.startsWith(start));
      const steps = (from: number, to: number) =>
        new Set(lines.slice(from + 1, to).map((l, i) => (l.yMin - (lines[from + i]?.yMin ?? 0)).toFixed(2)));
      // The summary's first paragraph, line by line.
      expect(steps(at('Senior Ruby on Rails Engineer with'), at('Highly skilled')).size).toBe(1);
      if (theme === 'sidebar') return; // its Core Strengths wrap, each item differently
      // Core Strengths' items of one line each, item by item.
      expect(steps(at('Problem Solving:'), at('Adaptability:') + 1).size).toBe(1);
    },
  );

  it('beside the sidebar, a bullet’s text is set in from the main column’s edge as far as on a full-width page', async () => {
    // The indent from the section's heading to a bullet's text, in points.
    const indent = (pages: PdfPage[]) =>
      lineWith(pages, 'Zahlungsplattform').xMin - lineWith(pages, 'BERUFSERFAHRUNG').xMin;
    const fullWidth = indent(await pagesOf(german, 'classic'));
    expect(fullWidth).toBeGreaterThan(10);
    expect(indent(await pagesOf(german, 'sidebar'))).toBeCloseTo(fullWidth, 0);
  });

  it('beside the sidebar, roles under one employer and their bullets are set in as on a full-width page', async () => {
    const positions = join(root, 'test', 'fixtures', 'reader', 'positions.yaml');
    // The role's title from the employer's line, and the role's bullet from the role's title, in points.
    const indents = (pages: PdfPage[]) => [
      lineWith(pages, 'Engineering Manager').xMin - lineWith(pages, 'Acme Corp').xMin,
      lineWith(pages, 'Hired nine engineers').xMin - lineWith(pages, 'Engineering Manager').xMin,
    ];
    const [role = 0, bullet = 0] = indents(await pagesOf(positions, 'classic'));
    expect(role).toBeGreaterThan(10);
    const [sideRole = 0, sideBullet = 0] = indents(await pagesOf(positions, 'sidebar'));
    expect(sideRole).toBeCloseTo(role, 0);
    expect(sideBullet).toBeCloseTo(bullet, 0);
  });

  it('right to left, beside the sidebar, a bullet’s text is set in from the main column’s edge', async () => {
    // Hebrew lines come out of poppler in visual order: the column's edge is the right one. The summary's first
    // line runs to it; the first bullet's text (with "800" in it) is set in.
    const pages = await pagesOf(hebrew, 'sidebar');
    const indent = lineWith(pages, 'backend').xMax - lineWith(pages, '800').xMax;
    expect(indent).toBeGreaterThan(10);
  });
});

describe.skipIf(!hasCommand('soffice') || !hasCommand('pdftotext', ['-v']))(
  'the DOCX in LibreOffice (needs soffice and poppler)',
  () => {
    it('breaks the contact line of the résumé and of a letter between items, never inside one; a short one stays one line', {
      timeout: 300_000,
    }, async () => {
      const dir = tempDir();
      const resume = join(root, 'test', 'fixtures', 'layout', 'long-contacts.yaml');
      const letters = join(root, 'test', 'fixtures', 'letter');
      const built = [
        await runCli(['build', resume, '-f', 'docx', '-o', dir]),
        await runCli(['letter', join(letters, 'acme.md'), '--resume', resume, '-f', 'docx', '-o', dir]),
        // The letter tests' résumé: five short contacts, which fit on one line.
        await runCli(['letter', join(letters, 'acme.md'), '-f', 'docx', '-o', join(dir, 'short')], {
          cwd: letters,
        }),
      ];
      for (const r of built) expect(r.code, r.stderr).toBe(0);
      const pdfLines = (docx: string) => {
        execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(docx, '..'), docx], {
          stdio: 'ignore',
          env: { ...process.env, HOME: dir },
          timeout: 240_000,
        });
        return pdfPages(docx.replace(/docx$/, 'pdf'))[0]?.lines.map((l) => l.text) ?? [];
      };
      const items = [
        'Frankfurt am Main, Germany',
        'maximiliane.schwarzenberger-hohenlohe@example-consulting.com',
        '+49 30 1234567',
        'maximiliane-schwarzenberger-hohenlohe.example.com/portfolio/backend-engineering',
        'github.com/maximiliane-schwarzenberger-hohenlohe',
        'linkedin.com/in/maximiliane-schwarzenberger-hohenlohe-123456',
      ];
      for (const name of ['resume', 'letter-acme']) {
        const lines = pdfLines(join(dir, `${name}.docx`));
        const broken = items.filter((item) => !lines.some((l) => l.includes(item)));
        expect({ name, broken }).toEqual({ name, broken: [] });
        expect(lines.filter((l) => /^·|·$/.test(l.trim()))).toEqual([]);
      }
      expect(pdfLines(join(dir, 'short', 'letter-acme.docx'))).toContain(
        'Berlin, Germany · ana@example.com · +49 30 1234567 · ana.example.com · github.com/ana-example',
      );
    });
  },
);
