// The DOCX as Word, LibreOffice and an ATS read it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectedSampleText, firstOutOfOrder, hasCommand, runCli, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const hasLibreOffice = hasCommand('soffice');

describe('DOCX of resume.yaml', () => {
  const out = tempDir();
  const docx = join(out, 'resume.docx');
  let xml = '';
  let zip: JSZip;
  beforeAll(async () => {
    const r = await runCli(['build', '--format', 'docx', '-o', out]);
    expect(r.code).toBe(0);
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

  it('keeps headings with the next paragraph and puts dates right-aligned beside the title', async () => {
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const heading1 = /<w:style[^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading1).toContain('<w:keepNext/>');
    expect(heading1).not.toContain('<w:spacing w:val='); // no letter-spacing: ATS would read spaced letters
    // A borderless row: the title in the first cell, the date right-aligned in the second, on the same line.
    const row = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*?May 2025 – Nov 2025[\s\S]*?<\/w:tr>/.exec(xml)?.[0] ?? '';
    expect(row).toContain('<w:cantSplit/>');
    expect(row).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*Associate Tech Architect[\s\S]*<\/w:tc><w:tc>/);
    expect(row).toMatch(/<w:pStyle w:val="EntryDate"\/><w:jc w:val="right"\/>/);
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
      const dir = tempDir();
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
        stdio: 'ignore',
        env: { ...process.env, HOME: dir },
        timeout: 120_000,
      });
      const pages = (await readPdf(join(dir, 'resume.pdf'))).pageCount;
      expect(pages).toBeGreaterThanOrEqual(5);
      expect(pages).toBeLessThanOrEqual(9);
    },
  );
});
