// meta.design (issue 12): the résumé's design settings over the theme's, in every format, rendered through the
// library in process.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { root, tempDir } from '../helpers.js';
import { failure, invalid, pdfOf, rendered, sharedBrowser, validated } from '../library.js';

const browser = sharedBrowser();

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

/** A résumé file with this text, in a folder of its own. */
function resumeFile(text: string, dir = tempDir()): string {
  writeFileSync(join(dir, 'resume.yaml'), text);
  return join(dir, 'resume.yaml');
}

describe('meta.design', () => {
  it('the accent colour, text colour, size, line height and margins reach HTML, PDF and DOCX', async () => {
    const file = resumeFile(
      yaml(
        '    accent: "#8B1E3F"\n    text: "#222222"\n    fontSize: 11\n    lineHeight: 1.4\n    margins: { top: 20, left: 22 }',
      ),
    );
    const r = await rendered({ file, formats: ['html', 'pdf', 'docx'], browser });
    const html = r.text('resume.html');
    for (const v of ['--accent: #8B1E3F;', '--ink: #222222;', '--body: 11pt;', '--leading: 1.4;'])
      expect(html).toContain(v);
    // Top and left from the résumé, right and bottom the theme's.
    expect(html).toContain('@page { margin: 20mm 16mm 14mm 22mm; }');
    expect((await pdfOf(r)).colors).toContain('#8b1e3f');
    const zip = await JSZip.loadAsync(r.bytes('resume.docx'));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('<w:color w:val="8B1E3F"/>');
    expect(styles).toMatch(/<w:docDefaults>.*<w:color w:val="222222"\/><w:sz w:val="22"\/>/s);
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(doc).toMatch(/<w:pgMar w:top="1134"[^>]* w:left="1247"/);
  });

  it('a shipped family, a date format and a bullet reach every format', async () => {
    const file = resumeFile(
      yaml('    font: Source Serif 4\n    dateFormat: MMMM YYYY\n    bullet: dash\n    sectionSpacing: 8'),
    );
    const r = await rendered({ file, formats: ['html', 'pdf', 'docx', 'txt'], browser });
    const html = r.text('resume.html');
    expect(html).toContain('--font: "Source Serif 4";');
    expect(html).toContain('--bullet: "–  ";');
    expect(html).toContain('--section-space: 30px;'); // 8 mm, in whole pixels
    const pdf = await pdfOf(r);
    expect(pdf.fonts.map((f) => f.name).join(' ')).toMatch(/SourceSerif4/);
    expect(pdf.fonts.map((f) => f.name).join(' ')).not.toMatch(/SourceSans3/);
    expect(pdf.text).toContain('January 2020 – Present');
    expect(r.text('resume.txt')).toContain('January 2020 – Present');
    const zip = await JSZip.loadAsync(r.bytes('resume.docx'));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('w:ascii="Cambria"'); // the serif's Word look-alike
    expect(styles).toContain('<w:spacing w:after="113" w:before="454"/>'); // 8 mm above each section heading
    const numbering = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
    expect(numbering).toContain('<w:lvlText w:val="–"/>');
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(doc).toContain('January 2020 – Present');
  });

  it('font files next to the résumé draw the HTML and PDF', async () => {
    const dir = tempDir();
    copyFileSync(join(root, 'test', 'fixtures', 'scripts', 'DejaVuSans.ttf'), join(dir, 'Body.ttf'));
    const file = resumeFile(yaml('    font: ./Body.ttf\n    dateFormat: MM/YYYY'), dir);
    const r = await rendered({ file, formats: ['html', 'pdf'], browser });
    expect(r.text('resume.html')).toMatch(
      /@font-face \{ font-family: "Resume Custom"; font-style: normal; font-weight: 400; [^}]*data:font\/ttf;base64,/,
    );
    const pdf = await pdfOf(r);
    expect(pdf.fonts.map((f) => f.name).join(' ')).toMatch(/DejaVuSans/);
    expect(pdf.text).toContain('01/2020 – Present');
    expect((await validated(file)).warnings).toEqual([]);
    resumeFile(yaml('    font: [./Body.ttf, ./Missing-Bold.ttf]'), dir);
    const missing = await failure(build({ file, formats: ['html'], outDir: join(dir, 'out2') }));
    expect(missing.code).toBe(1);
    expect(missing.lines).toContain(
      'resume.yaml:3:11  meta.design.font  "./Missing-Bold.ttf": no such font file (paths are relative to the résumé)',
    );
    resumeFile(yaml('    font: Comic Sans'), dir);
    expect((await invalid(file)).lines.join('\n')).toContain(
      'meta.design.font  "Comic Sans" is not a font: use Source Sans 3, Source Serif 4, Noto Sans, or a font file',
    );
  });

  it('without it, the theme colour stays', async () => {
    const file = resumeFile(yaml('    {}').replace('  design:\n    {}', '  design: {}'));
    const r = await rendered({ file, formats: ['pdf'], browser });
    expect((await pdfOf(r)).colors).toContain('#1f3a5f');
  });

  it('a bad value is an error at its line', async () => {
    const r = await invalid(resumeFile(yaml('    accent: red\n    fontSize: 30')));
    expect(r.code).toBe(1);
    expect(r.lines.join('\n')).toContain(
      'resume.yaml:3:13  meta.design.accent  "red" is not a colour: write it as #RRGGBB',
    );
    expect(r.lines.join('\n')).toContain('resume.yaml:4:15  meta.design.fontSize  must be at most 14');
  });
});
