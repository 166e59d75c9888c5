// The words a résumé prints around its own text, through the real CLI: its own (meta.words) over its locale's,
// RenderCV's locale words when a RenderCV file is built or imported, German months as Duden abbreviates them, a
// number held to its percent sign, a label's own colon, and an id made from a title with an umlaut. Fixtures:
// test/fixtures/locale-words (our format) and test/fixtures/import/rendercv (locale-words, locale-catalog-de).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const ownWords = join(root, 'test', 'fixtures', 'locale-words');
const renderCv = join(root, 'test', 'fixtures', 'import', 'rendercv');

function folder(from: string): string {
  const dir = tempDir('resume-words-');
  cpSync(from, dir, { recursive: true });
  return dir;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** The fixture's résumé in a locale, without words of its own. */
function inLocale(dir: string, locale: string): void {
  const resume = read(dir, 'resume.yaml').replace(
    /meta:[\s\S]*?basics:/,
    `meta:\n  locale: ${locale}\nbasics:`,
  );
  writeFileSync(join(dir, 'resume.yaml'), resume);
}

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
}

/** The outputs' texts: txt, md (its emphasis marks aside), docx and html. */
async function texts(dir: string): Promise<Record<string, string>> {
  return {
    txt: read(dir, 'out/resume.txt'),
    md: read(dir, 'out/resume.md').replaceAll('**', ''),
    docx: await docxText(join(dir, 'out/resume.docx')),
    html: read(dir, 'out/resume.html'),
  };
}

describe("a résumé's own words (meta.words)", () => {
  it("prints its present, to, month abbreviations and labels instead of the locale's, in every format", async () => {
    const dir = folder(ownWords);
    const r = await runCli(['build', '-f', 'all', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    for (const [format, text] of Object.entries(await texts(dir))) {
      expect(text, format).toContain('Jän. 2022 bis laufend');
      expect(text, format).toContain('Okt. 2020 bis Dez. 2021');
      expect(text, format).toContain(`Schwerpunkte${format === 'html' ? '' : ':'}`);
      expect(text, format).not.toMatch(/heute|Kurse/);
    }
    const outputs = ['txt', 'md', 'docx', 'html', 'pdf'].map((e) => `out/resume.${e}`);
    const check = await runCli(['check', ...outputs], { cwd: dir });
    expect(check.code, check.stdout).toBe(0);
  });

  it('holds a number to its percent sign, and prints a label that ends with a colon with one colon', async () => {
    const dir = folder(ownWords);
    inLocale(dir, 'de');
    const r = await runCli(['build', '-f', 'txt,md,docx,html', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    for (const [format, text] of Object.entries(await texts(dir))) {
      expect(text, format).toContain(`um 60${NBSP}% in zwei Jahren`);
      expect(text, format).toContain(`auf 85${NBSP}% erhöht`);
      expect(text, format).not.toMatch(/\d %/);
      if (format !== 'html') expect(text, format).not.toContain('::');
    }
    const { txt, docx, html } = await texts(dir);
    expect(txt).toContain('- Rolle: Sprecherin auf der PyCon DE');
    expect(txt).toContain('- Sprachen: Python, SQL');
    expect(docx).toContain('Rolle: Sprecherin');
    expect(html).toContain('<strong class="item-label">Rolle:</strong>');
  });

  it('holds it with the narrow no-break space in French', async () => {
    const dir = folder(ownWords);
    inLocale(dir, 'fr');
    const r = await runCli(['build', '-f', 'txt,docx', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(read(dir, 'out/resume.txt')).toContain(`60${NNBSP}%`);
    expect(await docxText(join(dir, 'out/resume.docx'))).toContain(`85${NNBSP}%`);
  });

  it('takes a word per language with meta.languages, each edition printing its own', async () => {
    const dir = tempDir('resume-words-');
    const resume = [
      'meta:',
      '  languages: [en, de]',
      '  words: { present: { en: till date, de: laufend } }',
      'basics: { name: Ada Muster }',
      'work:',
      '  - { name: Hafenwerk, position: { en: Engineer, de: Ingenieurin }, startDate: "2020-03" }',
    ].join('\n');
    writeFileSync(join(dir, 'resume.yaml'), resume);
    const r = await runCli(['build', '--all-locales', '-f', 'md', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(read(dir, 'out/resume.md')).toContain('Mar 2020 – till date');
    expect(read(dir, 'out/resume.de.md')).toContain('März 2020 – laufend');
  });

  it('is refused where it is not a list of twelve months, at its line', async () => {
    const dir = folder(ownWords);
    writeFileSync(join(dir, 'resume.yaml'), read(dir, 'resume.yaml').replace('Nov., Dez.]', 'Nov.]'));
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/resume\.yaml:9:\d+ +meta\.words\.shortMonths +.*12/);
  });
});

describe('German dates', () => {
  it('abbreviate the months as Duden does: März, Juni, Okt. (Intl writes Mär, Jun, Okt)', async () => {
    const dir = folder(ownWords);
    inLocale(dir, 'de');
    const r = await runCli(['build', '-f', 'md', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const md = read(dir, 'out/resume.md');
    expect(md).toContain('Jan. 2022 – heute');
    expect(md).toContain('Okt. 2020 – Dez. 2021');
    expect(md).toContain('Apr. 2023');
    expect(md).toContain('Kurse: Zeitreihen');
  });
});

describe("a RenderCV file's locale", () => {
  it('is printed when the file is built, and what cannot be honoured is named at its line', async () => {
    const dir = folder(renderCv);
    const r = await runCli(['build', 'locale-words.yaml', '-f', 'md,txt', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const md = read(dir, 'out/resume.md');
    expect(md).toContain('Février 2021 à actuellement');
    expect(md).toContain('Septembre 2019 à Août 2020');
    expect(md).not.toContain('aujourd’hui');
    expect(r.stderr).toContain(
      'locale-words.yaml:21:10  locale.month  warning: not used (nor months, year, years): this tool prints no time spans ("2 years 3 months")',
    );
    expect(r.stderr).toMatch(/locale-words\.yaml:25:28 +locale\.page_numbering_template +warning: not used/);
    expect(r.stderr).toMatch(
      /locale-words\.yaml:28:23 +locale\.phrases\.degree_with_area +warning: not used/,
    );
    // A blank setting asks for nothing: no warning.
    expect(r.stderr).not.toContain('last_updated');
    const strict = await runCli(['build', 'locale-words.yaml', '--strict', '-f', 'txt', '-o', 'out'], {
      cwd: dir,
    });
    expect(strict.code).toBe(1);
  });

  it('is written by import as meta.words, which builds as the file did', async () => {
    const dir = folder(renderCv);
    const r = await runCli(['import', 'locale-words.yaml', '-o', 'imported.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const yaml = read(dir, 'imported.yaml');
    expect(yaml).toMatch(/words:\n {4}present: actuellement\n {4}to: à\n {4}months:\n {6}- Janvier/);
    const built = await runCli(['build', 'imported.yaml', '-f', 'md', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(read(dir, 'out/resume.md')).toContain('Février 2021 à actuellement');
  });

  it('with v1 names (locale_catalog) too; a title with an umlaut keeps its letters in its id', async () => {
    const dir = folder(renderCv);
    const r = await runCli(['build', 'locale-catalog-de.yaml', '-f', 'md,html', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(read(dir, 'out/resume.md')).toContain('Mrz 2022 – bis heute');
    expect(r.stderr).toMatch(
      /locale-catalog-de\.yaml:18:25 +locale_catalog\.full_names_of_months +warning: not used: twelve names/,
    );
    expect(read(dir, 'out/resume.html')).toContain('id="vortraege"');
    const imported = await runCli(['import', 'locale-catalog-de.yaml', '-o', 'de.yaml'], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    expect(read(dir, 'de.yaml')).toContain('- id: vortraege');
  });
});
