// A custom section's linked item (a publication with its DOI: the authors, the owner in bold, the venue in
// italics) is one link around its words, their emphasis kept, in Markdown and the DOCX as in the PDF (found by a
// trial: Markdown printed the markers escaped inside the link, and check failed it; the DOCX lost the bold).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

const RESUME = `basics:
  name: Ana Example
sections:
  - title: Selected papers
    items:
      - text: "Kim, **A. Example**, Lee. Seismic detection. *Nature*, 2024"
        url: https://doi.org/10.1000/xyz
`;

describe('a linked custom item with emphasis', () => {
  const dir = tempDir();
  beforeAll(async () => {
    writeFileSync(join(dir, 'r.yaml'), RESUME);
    const r = await runCli(['build', 'r.yaml', '-f', 'md,docx,txt', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
  });

  it('is a Markdown link around the words, with their markers unescaped', () => {
    const md = readFileSync(join(dir, 'out', 'resume.md'), 'utf8');
    expect(md).toContain(
      '- [Kim, **A. Example,** Lee. Seismic detection. *Nature,* 2024](https://doi.org/10.1000/xyz)\n',
    );
  });

  it('keeps the bold and the italics inside the DOCX hyperlink', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'resume.docx')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const link = /<w:hyperlink\b[^>]*>(.*?)<\/w:hyperlink>/s.exec(xml)?.[1] ?? '';
    expect(link).toMatch(
      /<w:rStyle w:val="Hyperlink"\/><w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>A\. Example<\/w:t>/,
    );
    expect(link).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*>Nature<\/w:t>/);
  });

  it('is read back whole by check', async () => {
    const outputs = ['md', 'docx', 'txt'].map((ext) => join('out', `resume.${ext}`));
    const r = await runCli(['check', '--resume', 'r.yaml', ...outputs], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});
