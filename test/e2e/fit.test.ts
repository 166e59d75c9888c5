// --max-pages (issue 13): shrink spacing, then line height, then font size to the theme's floor, until it fits.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli, sampleYaml, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

/** A résumé that prints on two pages at the theme's own sizes. */
const twoPages = `basics:\n  name: Fit Me\n  label: Engineer\n  email: fit@example.com\nwork:\n${Array.from(
  { length: 8 },
  (_, i) =>
    `  - name: Company ${i}\n    position: Senior Engineer ${i}\n    startDate: "20${10 + i}-01"\n    endDate: "20${11 + i}-01"\n    highlights:\n${Array.from({ length: 5 }, (_, j) => `      - Delivered project ${i}.${j} that improved reliability and throughput for many users across the platform\n`).join('')}`,
).join('')}`;

describe('--max-pages', () => {
  it('fits a two-page résumé on one page, says how, and the DOCX follows the sizes', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), twoPages);
    expect((await readPdf(await build(dir, []))).pageCount).toBe(2);
    const r = await runCli(['build', '--max-pages', '1', '-f', 'pdf,docx,html', '-o', 'fit'], {
      cwd: dir,
      env: { RESUME_TIMINGS: '1' },
    });
    expect(r.code).toBe(0);
    const note =
      /fitted resume to 1 page \(from 2\): spacing [\d.]+×(, line height [\d.]+)?, body ([\d.]+) pt/.exec(
        r.stderr,
      );
    expect(note, r.stderr).not.toBeNull();
    const body = Number(note?.[2]);
    expect(body).toBeGreaterThanOrEqual(9);
    // One print to learn it does not fit, then at most four more.
    expect(r.stderr.match(/ printed$/gm)?.length).toBeLessThanOrEqual(5);
    expect((await readPdf(join(dir, 'fit', 'resume.pdf'))).pageCount).toBe(1);
    expect(readFileSync(join(dir, 'fit', 'resume.html'), 'utf8')).toContain(`--body: ${body}pt;`);
    const styles = await (await JSZip.loadAsync(readFileSync(join(dir, 'fit', 'resume.docx'))))
      .file('word/styles.xml')
      ?.async('string');
    expect(styles).toMatch(new RegExp(`<w:docDefaults>.*<w:sz w:val="${Math.round(body * 2)}"/>`, 's'));
  });

  it('gives the same output for the same input', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), twoPages);
    const a = await runCli(['build', '--max-pages', '1', '-f', 'html', '-o', 'a'], { cwd: dir });
    const b = await runCli(['build', '--max-pages', '1', '-f', 'html', '-o', 'b'], { cwd: dir });
    expect(a.stderr).toBe(b.stderr);
    expect(readFileSync(join(dir, 'a', 'resume.html'), 'utf8')).toBe(
      readFileSync(join(dir, 'b', 'resume.html'), 'utf8'),
    );
  });

  it('does nothing to a résumé that already fits, and a variant can ask for it too', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), `${twoPages}variants:\n  short:\n    maxPages: 1\n`);
    const plain = await runCli(['build', '--max-pages', '2', '-f', 'pdf', '-o', 'plain'], { cwd: dir });
    expect(plain.stderr).toBe('');
    expect((await readPdf(join(dir, 'plain', 'resume.pdf'))).pageCount).toBe(2);
    const variant = await runCli(['build', '--variant', 'short', '-f', 'pdf', '-o', 'v'], { cwd: dir });
    expect(variant.stderr).toMatch(/^fitted resume-short to 1 page \(from 2\)/);
    expect((await readPdf(join(dir, 'v', 'resume-short.pdf'))).pageCount).toBe(1);
  });

  it('fails, saying by how much, and writes nothing when even the floor does not fit', async () => {
    const dir = tempDir();
    const r = await runCli(['build', sampleYaml, '--max-pages', '1', '-o', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(
      /^error: resume does not fit on 1 page: it takes \d+, and still (\d+) at the smallest the theme allows \(spacing [\d.]+×, line height [\d.]+, body 9 pt\): \d+ pages? over\. Shorten it, or allow more pages; nothing was written$/,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

async function build(dir: string, args: string[]): Promise<string> {
  const r = await runCli(['build', ...args, '-f', 'pdf', '-o', 'natural'], { cwd: dir });
  expect(r.code).toBe(0);
  return join(dir, 'natural', 'resume.pdf');
}
