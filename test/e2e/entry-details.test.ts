// An entry's details in every format (issue 21): the employer's address links the employer, not the job title;
// a bare score is labelled; a project's type and roles are apart and the roles labelled; courses are one line; a
// degree's highlights are bullets.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, hasCommand, runCli, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const RESUME = `basics:
  name: Dana Example
  label: Backend Engineer
work:
  - position: Staff Backend Engineer
    name: Northwind Payments
    url: https://northwind.example.com
    startDate: "2021-03"
    highlights: [Built the ledger]
projects:
  - name: Tram Delay Map
    type: application
    roles: [Team lead, Designer]
    url: https://trams.example.org
education:
  - institution: University of Leeds
    studyType: BSc
    area: Physics
    score: "4.0"
    courses: [Databases, "**Statistics**", "[CS50](https://cs50.example.org)"]
    highlights:
      - "First class honours, **top of the year**"
      - "Thesis: [tram delays](https://trams.example.org/thesis)"
`;

describe('an entry’s details, in every format', () => {
  const dir = tempDir();
  const file = (ext: string) => readFileSync(join(dir, 'out', `resume.${ext}`), 'utf8');
  let docx = '';

  beforeAll(async () => {
    writeFileSync(join(dir, 'resume.yaml'), RESUME);
    const r = await runCli(['build', '-f', 'html,pdf,docx,md,txt', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'resume.docx')));
    docx = decodeEntities((await zip.file('word/document.xml')?.async('string')) ?? '');
  });

  it('links the employer in Markdown and text', () => {
    expect(file('md')).toContain(
      '### Staff Backend Engineer · [Northwind Payments](https://northwind.example.com)',
    );
    expect(file('txt')).toContain(
      'Staff Backend Engineer · Northwind Payments (https://northwind.example.com)',
    );
    expect(file('md')).toContain('### [Tram Delay Map](https://trams.example.org)');
  });

  it('links the employer in the HTML, and so the PDF', () => {
    const html = file('html');
    expect(html).toContain(
      '<span class="entry-org"><a href="https://northwind.example.com">Northwind Payments</a></span>',
    );
    expect(html).not.toContain('<a href="https://northwind.example.com">Staff Backend Engineer</a>');
  });

  it.skipIf(!hasCommand('pdftohtml', ['-v']))('links the employer’s words in the PDF (needs poppler)', () => {
    const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', join(dir, 'out', 'resume.pdf')], {
      encoding: 'utf8',
    });
    const linked = [...xml.matchAll(/<a href="https:\/\/northwind\.example\.com\/?">([^<]*)<\/a>/g)]
      .map((m) => m[1])
      .join(' ');
    expect(linked).toContain('Northwind Payments');
    expect(linked).not.toContain('Engineer');
  });

  it('links the employer in the DOCX', () => {
    const hyperlinks = [...docx.matchAll(/<w:hyperlink [^>]*>([\s\S]*?)<\/w:hyperlink>/g)].map((m) =>
      (m[1] ?? '').replace(/<[^>]+>/g, ''),
    );
    expect(hyperlinks).toContain('Northwind Payments');
    expect(hyperlinks).not.toContain('Staff Backend Engineer');
  });

  it('labels a bare score, and a project’s roles; puts courses on one line, their markdown as plain words', async () => {
    const pdf = (await readPdf(join(dir, 'out', 'resume.pdf'))).text.replace(/\s+/g, ' ');
    for (const text of [file('md'), file('txt'), file('html'), pdf, docx]) {
      expect(text).toContain('GPA 4.0');
      expect(text).toContain('application · Roles: Team lead, Designer');
      expect(text).toContain('Courses: Databases, Statistics, CS50 (https://cs50.example.org)');
    }
    expect(file('md')).not.toMatch(/^- Databases$/m);
  });

  it('draws a degree’s highlights as bullets, their markdown drawn, not shown as written', async () => {
    expect(file('md')).toContain('- First class honours, **top of the year**');
    expect(file('md')).toContain('- Thesis: [tram delays](https://trams.example.org/thesis)');
    expect(file('txt')).toContain('- First class honours, top of the year');
    expect(file('html')).toMatch(/<li[^>]*>First class honours, <strong>top of the year<\/strong><\/li>/);
    const pdf = (await readPdf(join(dir, 'out', 'resume.pdf'))).text.replace(/\s+/g, ' ');
    for (const text of [pdf, docx.replace(/<[^>]+>/g, '')]) {
      expect(text).toContain('First class honours, top of the year');
      expect(text).toContain('Thesis: tram delays');
      expect(text).not.toContain('**');
    }
  });
});
