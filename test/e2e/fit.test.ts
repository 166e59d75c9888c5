// --max-pages (issue 13): shrink spacing, then line height, then font size to the theme's floor, until it fits.
// Rendered through the library in process, on one browser whose prints are counted.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { build } from '../../src/index.js';
import { sampleYaml, tempDir } from '../helpers.js';
import { failure, pdfOf, rendered, sharedBrowser } from '../library.js';

const browser = sharedBrowser();

/** A résumé that prints on two pages at the theme's own sizes. */
const twoPages = `basics:\n  name: Fit Me\n  label: Engineer\n  email: fit@example.com\nwork:\n${Array.from(
  { length: 8 },
  (_, i) =>
    `  - name: Company ${i}\n    position: Senior Engineer ${i}\n    startDate: "20${10 + i}-01"\n    endDate: "20${11 + i}-01"\n    highlights:\n${Array.from({ length: 5 }, (_, j) => `      - Delivered project ${i}.${j} that improved reliability and throughput for many users across the platform\n`).join('')}`,
).join('')}`;

describe('--max-pages', () => {
  it('fits a two-page résumé on one page, says how, and the DOCX follows the sizes', async () => {
    const natural = await rendered({ source: twoPages, formats: ['pdf'], browser });
    expect((await pdfOf(natural)).pageCount).toBe(2);
    const prints = vi.spyOn(browser(), 'printPdf');
    const r = await rendered({ source: twoPages, maxPages: 1, formats: ['pdf', 'docx', 'html'], browser });
    const note =
      /fitted resume to 1 page \(from 2\): spacing [\d.]+×(, line height [\d.]+)?, body ([\d.]+) pt/.exec(
        r.notes.join('\n'),
      );
    expect(note, r.notes.join('\n')).not.toBeNull();
    const body = Number(note?.[2]);
    expect(body).toBeGreaterThanOrEqual(9);
    // One print to learn it does not fit, then at most four more.
    expect(prints.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(prints.mock.calls.length).toBeLessThanOrEqual(5);
    prints.mockRestore();
    expect((await pdfOf(r)).pageCount).toBe(1);
    expect(r.text('resume.html')).toContain(`--body: ${body}pt;`);
    const styles = await (await JSZip.loadAsync(r.bytes('resume.docx')))
      .file('word/styles.xml')
      ?.async('string');
    expect(styles).toMatch(new RegExp(`<w:docDefaults>.*<w:sz w:val="${Math.round(body * 2)}"/>`, 's'));
  });

  it('gives the same output for the same input', async () => {
    const a = await rendered({ source: twoPages, maxPages: 1, formats: ['html'], browser });
    const b = await rendered({ source: twoPages, maxPages: 1, formats: ['html'], browser });
    expect(a.notes).toEqual(b.notes);
    expect(a.text('resume.html')).toBe(b.text('resume.html'));
  });

  it('does nothing to a résumé that already fits, and a variant can ask for it too', async () => {
    const source = `${twoPages}variants:\n  short:\n    maxPages: 1\n`;
    const plain = await rendered({ source, maxPages: 2, formats: ['pdf'], browser });
    expect([...plain.warnings, ...plain.notes]).toEqual([]);
    expect((await pdfOf(plain)).pageCount).toBe(2);
    const variant = await rendered({ source, variant: 'short', formats: ['pdf'], browser });
    expect(variant.notes.join('\n')).toMatch(/^fitted resume-short to 1 page \(from 2\)/);
    expect((await pdfOf(variant, 'resume-short.pdf')).pageCount).toBe(1);
  });

  it('fails, saying by how much, and writes nothing when even the floor does not fit', async () => {
    const out = join(tempDir(), 'out');
    const r = await failure(build({ file: sampleYaml, maxPages: 1, outDir: out, browser }));
    expect(r.code).toBe(1);
    expect(r.message).toMatch(
      /^resume does not fit on 1 page: it takes \d+, and still (\d+) at the smallest the theme allows \(spacing [\d.]+×, line height [\d.]+, body 9 pt\): \d+ pages? over\. Shorten it \(a variant's order: can leave whole sections out; -t compact is denser\), or allow \1: --max-pages \1; nothing was written$/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
