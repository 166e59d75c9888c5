// meta.design (issue 12): the résumé's design settings over the theme's, in every format.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const yaml = (design: string) => `meta:
  design:
${design}
basics:
  name: Desi Design
  label: Designer
work:
  - name: Color Co
    position: Designer
    startDate: "2020-01"
    highlights: [Picked colours]
`;

describe('meta.design', () => {
  it('the accent colour, text colour, size, line height and margins reach HTML, PDF and DOCX', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'resume.yaml'),
      yaml(
        '    accent: "#8B1E3F"\n    text: "#222222"\n    fontSize: 11\n    lineHeight: 1.4\n    margins: { top: 20, left: 22 }',
      ),
    );
    expect((await runCli(['build', '-f', 'html,pdf,docx', '-o', 'out'], { cwd: dir })).code).toBe(0);
    const html = readFileSync(join(dir, 'out', 'resume.html'), 'utf8');
    expect(html).toContain(':root { --accent: #8B1E3F; --ink: #222222; --body: 11pt; --leading: 1.4; }');
    expect(html).toContain('@page { margin-top: 20mm; margin-left: 22mm; }');
    const pdf = await readPdf(join(dir, 'out', 'resume.pdf'));
    expect(pdf.colors).toContain('#8b1e3f');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'resume.docx')));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('<w:color w:val="8B1E3F"/>');
    expect(styles).toMatch(/<w:docDefaults>.*<w:color w:val="222222"\/><w:sz w:val="22"\/>/s);
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(doc).toMatch(/<w:pgMar w:top="1134"[^>]* w:left="1247"/);
  });

  it('without it, the theme colour stays', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), yaml('    {}').replace('  design:\n    {}', '  design: {}'));
    await runCli(['build', '-f', 'pdf', '-o', 'out'], { cwd: dir });
    expect((await readPdf(join(dir, 'out', 'resume.pdf'))).colors).toContain('#1f3a5f');
  });

  it('a bad value is an error at its line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), yaml('    accent: red\n    fontSize: 30'));
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'resume.yaml:3:13  meta.design.accent  "red" is not a colour: write it as #RRGGBB',
    );
    expect(r.stderr).toContain('resume.yaml:4:15  meta.design.fontSize  must be at most 14');
  });
});
