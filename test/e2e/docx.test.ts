// The DOCX as Word, LibreOffice and an ATS read it, rendered through the library's render() in process.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectedSampleText,
  firstOutOfOrder,
  hasCommand,
  root,
  runCli,
  sampleYaml,
  tempDir,
} from '../helpers.js';
import { rendered } from '../library.js';
import { readPdf } from '../pdf.js';

const hasLibreOffice = hasCommand('soffice');

/** The DOCX of a résumé, written to a file of its own folder. */
async function docxOf(file: string): Promise<string> {
  const docx = join(tempDir(), 'resume.docx');
  writeFileSync(docx, (await rendered({ file, formats: ['docx'] })).bytes('resume.docx'));
  return docx;
}

/** LibreOffice's PDF of a DOCX, beside it. */
function libreOfficePdf(docx: string): string {
  const dir = join(docx, '..');
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'ignore',
    env: { ...process.env, HOME: dir },
    timeout: 120_000,
  });
  return docx.replace(/\.docx$/, '.pdf');
}

describe('DOCX of resume.yaml', () => {
  let docx: string;
  let xml = '';
  let zip: JSZip;
  beforeAll(async () => {
    docx = await docxOf(sampleYaml);
    zip = await JSZip.loadAsync(readFileSync(docx));
    xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  });

  it('reads back with every job, project and bullet in order', async () => {
    const { value } = await mammoth.extractRawText({ path: docx });
    expect(firstOutOfOrder(value, expectedSampleText())).toBeUndefined();
  });

  it('uses real Word styles: Title, Subtitle, Heading 1 for sections, Heading 2 for entries', () => {
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="Subtitle"/>');
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(6);
    // 4 degrees + 6 jobs + 11 projects
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(21);
  });

  it('makes bullets a numbered list, not typed characters', async () => {
    const bullets = xml.match(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/g) ?? [];
    expect(bullets).toHaveLength(122);
    expect(xml).not.toMatch(/<w:t[^>]*>[•◆]/);
    const numbering = await zip.file('word/numbering.xml')?.async('string');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
  });

  it("marks the text with the résumé's language, for Word's spelling and hyphenation", async () => {
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toMatch(
      /<w:rPrDefault><w:rPr>[^<]*(?:<[^>]*>)*?<w:lang w:val="en-GB"\/><\/w:rPr><\/w:rPrDefault>/,
    );
  });

  it('keeps headings with the next paragraph and puts dates right-aligned beside the title', async () => {
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const heading1 = /<w:style[^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading1).toContain('<w:keepNext/>');
    expect(heading1).not.toContain('<w:spacing w:val='); // no letter-spacing: ATS would read spaced letters
    // One paragraph, not a table (LibreOffice keeps no table with what follows it; ATS read tables badly): the
    // title, then the date after a right tab at the margin, on the same line.
    const head = /<w:p>(?:(?!<\/w:p>)[\s\S])*?May 2025 – Nov 2025[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? '';
    expect(head).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*<w:tab w:val="right" w:pos="10092"\/>/);
    expect(head).toMatch(
      /Associate Tech Architect[\s\S]*<w:rStyle w:val="EntryDate"\/><\/w:rPr><w:tab\/><w:t[^>]*>May 2025/,
    );
  });

  it('has bold runs for the **emphasis** and italics for the notes', () => {
    expect(xml).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">backend architecture strategy<\/w:t><\/w:r>/,
    );
    expect(xml).toMatch(
      /<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">EC2, RDS, S3, CloudWatch, IAM<\/w:t>/,
    );
  });

  it('links e-mail, phone and website as external hyperlinks', async () => {
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    const targets = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) => m[1]);
    expect(targets).toEqual([
      'mailto:mailme.ankit.13@gmail.com',
      'tel:+919754794337',
      'http://ankitkhandelwal.net',
    ]);
    expect(xml.match(/<w:hyperlink /g)).toHaveLength(3);
  });

  it('sets document properties and the A4 page', async () => {
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('<dc:title>Ankit Khandelwal — Résumé</dc:title>');
    expect(core).toContain('<dc:creator>Ankit Khandelwal</dc:creator>');
    expect(core).toContain('<dc:subject>Senior Ruby on Rails Engineer</dc:subject>');
    expect(core).toMatch(/<cp:keywords>Ruby, Ruby on Rails, /);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it.skipIf(!hasLibreOffice)(
    'converts with LibreOffice to a PDF of 5 to 9 pages (needs soffice)',
    async () => {
      const pages = (await readPdf(libreOfficePdf(docx))).pageCount;
      expect(pages).toBeGreaterThanOrEqual(5);
      expect(pages).toBeLessThanOrEqual(9);
    },
  );

  // Where a line breaks depends on the fonts LibreOffice finds for Calibri (Carlito, or a wider fallback): only
  // what holds at any width is asserted.
  it.skipIf(!hasLibreOffice)(
    'in LibreOffice a two-line name does not overlap and a wrapped title keeps its date (needs soffice)',
    async () => {
      const docx = await docxOf(join(root, 'test', 'fixtures', 'valid', 'long-lines.yaml'));
      const { words } = await readPdf(libreOfficePdf(docx));
      // The name's words come first, down to the contact line; at 23 pt it is wider than any page.
      const name = words.slice(
        0,
        words.findIndex((w) => w.text.startsWith('Kraków')),
      );
      expect(
        name
          .map((w) => w.text)
          .join(' ')
          .replace(/- /g, '-'),
      ).toBe('Maximiliana Alexandra Konstantinopoulou-Wojciechowska');
      const lines = [...new Set(name.map((w) => Math.round(w.y)))];
      expect(lines.length).toBeGreaterThanOrEqual(2);
      // Its lines at least a 24 pt line apart, whatever the font.
      for (let i = 1; i < lines.length; i++)
        expect((lines[i - 1] ?? 0) - (lines[i] ?? 0)).toBeGreaterThanOrEqual(24);
      // The title wraps, and the date stays on its first line.
      const y = (text: string) => words.find((w) => w.text.startsWith(text))?.y ?? Number.NaN;
      expect(y('Consortium')).toBeLessThan(y('Principal'));
      expect(Math.abs(y('Mar') - y('Principal'))).toBeLessThan(3);
    },
  );
});

describe('the same résumé, built twice', () => {
  it('gives the same DOCX bytes, links included, résumé and letter alike', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'acme.md'),
      '---\ncompany: Acme\nposition: Engineer\n---\nI would like to build [tools](https://example.com/tools) with you.\n',
    );
    const build = async (out: string) => {
      const r = await runCli(['build', sampleYaml, '--letter', 'acme.md', '-f', 'docx', '-o', out], {
        cwd: dir,
      });
      expect(r.code, r.stderr).toBe(0);
      return readdirSync(join(dir, out))
        .filter((f) => f.endsWith('.docx'))
        .map((f) => [f, readFileSync(join(dir, out, f))] as const);
    };
    const [first, second] = [await build('one'), await build('two')];
    expect(first.map(([f]) => f).sort()).toEqual(['letter-acme.docx', 'resume.docx']);
    for (const [i, [name, bytes]] of first.entries()) {
      expect(second[i]?.[0]).toBe(name);
      expect(Buffer.compare(bytes, second[i]?.[1] ?? Buffer.alloc(0)), name).toBe(0);
    }
  });
});

describe('a skill group with no name (as a LinkedIn export gives it)', () => {
  it('is its keywords alone, with no label or colon before them', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'r.yaml'),
      'basics:\n  name: Ana Example\nskills:\n  - keywords: [Python, Go, PostgreSQL]\n',
    );
    const r = await runCli(['build', 'r.yaml', '-f', 'docx', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const { value } = await mammoth.extractRawText({ path: join(dir, 'out', 'resume.docx') });
    expect(value).toMatch(/\nPython, Go, PostgreSQL\n/);
    expect(value).not.toMatch(/:\s*Python/);
  });
});
