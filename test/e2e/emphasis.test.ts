// Emphasis in every format: RenderCV's sample writes its author "***John Doe***" (bold italic), and its
// CommonMark neighbours nest; no marker is printed (Markdown keeps them, punctuation after emphasis inside it).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, root, runCli, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const FIXTURE = join(root, 'test', 'fixtures', 'import', 'rendercv', 'emphasis.yaml');

/** The words of each bullet and of the authors' line, as a reader sees them. */
const WORDS = [
  'Built the pipelines. Chose the tools, then wrote bold italic bold text',
  'Wrote italic bold italic and underscored and ab',
  'Frodo Baggins, Ada Example',
];

describe('emphasis, in every format', () => {
  const dir = tempDir();
  const file = (ext: string) => readFileSync(join(dir, 'out', `resume.${ext}`), 'utf8');
  let pdf = '';
  let docx = '';

  beforeAll(async () => {
    copyFileSync(FIXTURE, join(dir, 'cv.yaml'));
    const r = await runCli(['build', 'cv.yaml', '-f', 'html,pdf,docx,md,txt', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    pdf = (await readPdf(join(dir, 'out', 'resume.pdf'))).text.replace(/\s+/g, ' ');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'resume.docx')));
    docx = decodeEntities((await zip.file('word/document.xml')?.async('string')) ?? '');
  });

  it('writes Markdown with markers around the words, punctuation right after them inside (whole when stripped)', () => {
    const md = file('md');
    expect(md).toContain(
      '- Built the **pipelines.** Chose the *tools,* then wrote **bold *italic* bold** text\n',
    );
    expect(md).toContain('- Wrote *italic **bold** italic* and ***underscored*** and **a**b\n');
    expect(md).toContain('Frodo Baggins, ***Ada Example***\n');
  });

  it('nests strong and emphasis in the HTML', () => {
    const html = file('html');
    expect(html).toContain('Frodo Baggins, <em><strong>Ada Example</strong></em>');
    expect(html).toContain(
      'Built the <strong>pipelines</strong>. Chose the <em>tools</em>, then wrote <strong>bold <em>italic</em> bold</strong> text',
    );
    expect(html).toContain(
      'Wrote <em>italic <strong>bold</strong> italic</em> and <em><strong>underscored</strong></em> and <strong>a</strong>b',
    );
  });

  it('shows the words alone in text, the PDF and the DOCX', () => {
    for (const text of [file('txt'), pdf, docx.replace(/<[^>]+>/g, '')]) {
      for (const words of WORDS) expect(text).toContain(words);
      expect(text).not.toMatch(/[*_]/);
    }
  });

  it('draws the author bold and italic in the DOCX', () => {
    expect(docx).toMatch(/<w:rPr><w:b\/><w:bCs\/><w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*>Ada Example<\/w:t>/);
  });

  it('is read back whole by check', async () => {
    const outputs = ['html', 'pdf', 'docx', 'md', 'txt'].map((ext) => join('out', `resume.${ext}`));
    const r = await runCli(['check', '--resume', 'cv.yaml', ...outputs], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('all 5 outputs read back whole');
  });
});
