// meta.design (issue 12): the résumé's design settings over the theme's, in every format.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

/** A résumé in our own format (it declares our schema, at its end so line numbers stay). */
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
# yaml-language-server: $schema=./schema/resume.schema.json
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
    for (const v of ['--accent: #8B1E3F;', '--ink: #222222;', '--body: 11pt;', '--leading: 1.4;'])
      expect(html).toContain(v);
    // Top and left from the résumé, right and bottom the theme's.
    expect(html).toContain('@page { margin: 20mm 16mm 14mm 22mm; }');
    const pdf = await readPdf(join(dir, 'out', 'resume.pdf'));
    expect(pdf.colors).toContain('#8b1e3f');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'resume.docx')));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('<w:color w:val="8B1E3F"/>');
    expect(styles).toMatch(/<w:docDefaults>.*<w:color w:val="222222"\/><w:sz w:val="22"\/>/s);
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(doc).toMatch(/<w:pgMar w:top="1134"[^>]* w:left="1247"/);
  });

  it('a shipped family, a date format and a bullet reach every format', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'resume.yaml'),
      yaml('    font: Source Serif 4\n    dateFormat: MMMM YYYY\n    bullet: dash\n    sectionSpacing: 8'),
    );
    const r = await runCli(['build', '-f', 'html,pdf,docx,txt', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(dir, 'out', 'resume.html'), 'utf8');
    expect(html).toContain('--font: "Source Serif 4";');
    expect(html).toContain('--bullet: "–  ";');
    expect(html).toContain('--section-space: 8mm;');
    const pdf = await readPdf(join(dir, 'out', 'resume.pdf'));
    expect(pdf.fonts.map((f) => f.name).join(' ')).toMatch(/SourceSerif4/);
    expect(pdf.fonts.map((f) => f.name).join(' ')).not.toMatch(/SourceSans3/);
    expect(pdf.text).toContain('January 2020 – Present');
    expect(readFileSync(join(dir, 'out', 'resume.txt'), 'utf8')).toContain('January 2020 – Present');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'resume.docx')));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('w:ascii="Cambria"'); // the serif's Word look-alike
    expect(styles).toContain('<w:spacing w:after="90" w:before="454"/>'); // 8 mm above each section heading
    const numbering = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
    expect(numbering).toContain('<w:lvlText w:val="–"/>');
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(doc).toContain('January 2020 – Present');
  });

  it('font files next to the résumé draw the HTML and PDF', async () => {
    const dir = tempDir();
    copyFileSync(join(root, 'test', 'fixtures', 'scripts', 'DejaVuSans.ttf'), join(dir, 'Body.ttf'));
    writeFileSync(join(dir, 'resume.yaml'), yaml('    font: ./Body.ttf\n    dateFormat: MM/YYYY'));
    const r = await runCli(['build', '-f', 'html,pdf', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(dir, 'out', 'resume.html'), 'utf8');
    expect(html).toMatch(
      /@font-face \{ font-family: "Resume Custom"; font-style: normal; font-weight: 400; [^}]*data:font\/ttf;base64,/,
    );
    const pdf = await readPdf(join(dir, 'out', 'resume.pdf'));
    expect(pdf.fonts.map((f) => f.name).join(' ')).toMatch(/DejaVuSans/);
    expect(pdf.text).toContain('01/2020 – Present');
    const bad = await runCli(['validate'], { cwd: dir });
    expect(bad.code).toBe(0);
    writeFileSync(join(dir, 'resume.yaml'), yaml('    font: [./Body.ttf, ./Missing-Bold.ttf]'));
    const missing = await runCli(['build', '-f', 'html', '-o', 'out2'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      'resume.yaml:3:11  meta.design.font  "./Missing-Bold.ttf": no such font file (paths are relative to the résumé)',
    );
    writeFileSync(join(dir, 'resume.yaml'), yaml('    font: Comic Sans'));
    const unknown = await runCli(['validate'], { cwd: dir });
    expect(unknown.stderr).toContain(
      'meta.design.font  "Comic Sans" is not a font: use Source Sans 3, Source Serif 4, Noto Sans, or a font file',
    );
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
