// French through the real CLI: a letter's own language (read from its text or its front matter), the formal
// French greetings and closings, "1er" for the first of the month, the no-break spaces French sets before : ; ! ?
// and inside « », the typographic apostrophe of the French headings, and a French starter letter. The fixtures are
// in test/fixtures/letter/fr (a French résumé, an English letter and a French one).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const fixtures = join(root, 'test', 'fixtures', 'letter', 'fr');
/** No-break space (before a colon, inside « ») and narrow no-break space (before ; ! ?). */
const NBSP = '\u00a0';
const NNBSP = '\u202f';

function folder(): string {
  const dir = tempDir('resume-fr-');
  cpSync(fixtures, dir, { recursive: true });
  return dir;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
}

describe("a letter's language", () => {
  it('an English letter for a French résumé is dated and greeted in English, and says why', async () => {
    const dir = folder();
    const r = await runCli(['letter', 'discord-letter.md', '-f', 'txt,docx', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'discord-letter.md: language en, read from its text (the résumé is fr): locale: in its front matter or --locale sets another',
    );
    const txt = read(dir, 'out/letter-discord-letter.txt');
    expect(txt).toContain('December 1, 2026');
    expect(txt).toContain('Dear Samuel Paccoud,');
    expect(txt).toContain('Kind regards,');
    expect(txt).not.toMatch(/Lyon, le|Bonjour|Veuillez/);
    expect(await docxText(join(dir, 'out/letter-discord-letter.docx'))).toContain('Dear Samuel Paccoud,');
  });

  it("takes locale: from the front matter, and a French letter's text keeps the résumé's French silently", async () => {
    const dir = folder();
    writeFileSync(join(dir, 'short.md'), '---\nlocale: en_gb\ndate: 2026-12-01\n---\nHello.\n');
    const short = await runCli(['letter', 'short.md', '-f', 'txt'], { cwd: dir });
    expect(short.code, short.stderr).toBe(0);
    expect(short.stderr).toContain(
      'short.md: language en-GB, set by locale: in its front matter (the résumé is fr)',
    );
    expect(read(dir, 'out/letter-short.txt')).toContain('1 December 2026');
    const fr = await runCli(['letter', 'candidature.md', '-f', 'txt'], { cwd: dir });
    expect(fr.code, fr.stderr).toBe(0);
    expect(fr.stderr).toBe('');
    // The résumé's own language, however written, is no other language.
    writeFileSync(join(dir, 'same.md'), '---\nlocale: FR\n---\nJe vous écris pour ce poste.\n');
    const same = await runCli(['letter', 'same.md', '-f', 'txt'], { cwd: dir });
    expect(same.code, same.stderr).toBe(0);
    expect(same.stderr).toBe('');
    writeFileSync(join(dir, 'bad.md'), '---\nlocale: english please\n---\nHello.\n');
    const bad = await runCli(['letter', 'bad.md', '-f', 'txt'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.md:2:9');
  });
});

describe('a French letter', () => {
  it('greets "Madame, Monsieur," or by civility, writes 1er, and adds no second closing', async () => {
    const dir = folder();
    const r = await runCli(['letter', 'candidature.md', '-f', 'txt,md,docx,html,pdf', '-o', 'out'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const txt = read(dir, 'out/letter-candidature.txt');
    expect(txt).toContain('Lyon, le 1er décembre 2026');
    expect(txt).toContain('\nMadame, Monsieur,\n');
    expect(txt).not.toContain('Bonjour');
    expect(txt).toContain("l'expression de mes salutations distinguées.\n\nCamille Durand\n");
    expect(txt).not.toContain('Veuillez agréer');
    const docx = await docxText(join(dir, 'out/letter-candidature.docx'));
    expect(docx).toContain('Lyon, le 1er décembre 2026');
    expect(docx).not.toContain('Veuillez agréer');
    const outputs = ['txt', 'md', 'docx', 'html', 'pdf'].map((e) => `out/letter-candidature.${e}`);
    const check = await runCli(['check', '--letter', 'candidature.md', ...outputs], { cwd: dir });
    expect(check.code, check.stdout).toBe(0);

    writeFileSync(
      join(dir, 'civil.md'),
      '---\ndate: 2026-12-01\nrecipient:\n  civility: Monsieur\n  name: Paccoud\n---\nJe vous écris.\n',
    );
    const civil = await runCli(['letter', 'civil.md', '-f', 'txt'], { cwd: dir });
    expect(civil.code, civil.stderr).toBe(0);
    const civilTxt = read(dir, 'out/letter-civil.txt');
    expect(civilTxt).toContain('Monsieur Paccoud\n');
    expect(civilTxt).toContain('\nMonsieur Paccoud,\n');
    expect(civilTxt).toContain('Veuillez agréer mes salutations distinguées.');
  });

  it('leaves the closing out with closing: false', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'bare.md'), '---\nclosing: false\n---\nJe vous écris.\n');
    const r = await runCli(['letter', 'bare.md', '-f', 'txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(read(dir, 'out/letter-bare.txt')).toMatch(/Je vous écris\.\n\nCamille Durand\n$/);
  });

  it('holds : ; ! ? and « » to their words with no-break spaces in every format', async () => {
    const dir = folder();
    const r = await runCli(['letter', 'candidature.md', '-f', 'txt,md,docx,pdf', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const spaced = [
      `«${NBSP}numériques${NBSP}»`,
      `chaque jour${NBSP}: facturation`,
      `Pourquoi vous${NNBSP}?`,
      `techniques${NNBSP}; c'est rare et précieux${NNBSP}!`,
    ];
    for (const text of [
      read(dir, 'out/letter-candidature.txt'),
      read(dir, 'out/letter-candidature.md'),
      await docxText(join(dir, 'out/letter-candidature.docx')),
    ])
      for (const s of spaced) expect(text).toContain(s);
    const pdf = await readPdf(join(dir, 'out', 'letter-candidature.pdf'));
    expect(pdf.text.replace(/\s+/g, ' ')).toContain('« numériques »');
  });
});

describe('a French résumé', () => {
  it('sets a no-break space before the colon of its labels, and its headings keep the apostrophe ’', async () => {
    const dir = folder();
    const r = await runCli(['build', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const labels = [
      `Rôle${NBSP}: Autrice`,
      `Cours${NBSP}: Bases de données`,
      `Français${NBSP}: Langue maternelle`,
    ];
    const txt = read(dir, 'out/resume.txt');
    const md = read(dir, 'out/resume.md').replaceAll('**', '');
    for (const text of [txt, md, await docxText(join(dir, 'out/resume.docx'))])
      for (const label of labels) expect(text).toContain(label);
    expect(txt).toContain('CENTRES D’INTÉRÊT');
    expect(read(dir, 'out/resume.html')).toContain(`Rôle${NBSP}: Autrice`);
    const pdf = await readPdf(join(dir, 'out', 'resume.pdf'));
    expect(pdf.text.replace(/\s+/g, ' ')).toContain('Rôle : Autrice');
    const outputs = ['txt', 'md', 'docx', 'html', 'pdf'].map((e) => `out/resume.${e}`);
    const check = await runCli(['check', ...outputs], { cwd: dir });
    expect(check.code, check.stdout).toBe(0);
  });
});

describe('resume init --letter', () => {
  it("starts a letter in the résumé's language where there is a starter, else says it is English", async () => {
    const dir = folder();
    const r = await runCli(['init', '--letter'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('wrote letter.md in fr');
    expect(read(dir, 'letter.md')).toContain('Je vous');
    const built = await runCli(['letter', 'letter.md', '-f', 'txt'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toBe('');
    expect(read(dir, 'out/letter.txt')).toContain('Madame, Monsieur,');

    writeFileSync(join(dir, 'resume.yaml'), read(dir, 'resume.yaml').replace('locale: fr', 'locale: de'));
    const de = await runCli(['init', '--letter', 'de.md'], { cwd: dir });
    expect(de.code, de.stderr).toBe(0);
    expect(de.stdout).toContain('in English: there is no starter letter in de');
  });
});
