// One source, several languages (issue 25), through the CLI: a bilingual résumé in our YAML built in each
// language, the missing translation said at its line, every language in one run, the languages report, a
// second-language JSON Resume file merged in, export and check per language.
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';
import { parsePdf, readPdf } from '../pdf.js';

const fixtures = join(root, 'test', 'fixtures', 'languages');

/** A folder holding the bilingual résumé as resume.yaml (and the synthetic pair of JSON Resume files). */
function folder(): string {
  const dir = tempDir('resume-languages-');
  copyFileSync(join(fixtures, 'bilingual.yaml'), join(dir, 'resume.yaml'));
  for (const f of ['pair.en.json', 'pair.de.json', 'acme.md', 'acme.de.md', 'stelle.md'])
    copyFileSync(join(fixtures, f), join(dir, f));
  return dir;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const GAP = 'resume.yaml:27:9  work[0].highlights[3]  warning: no de text: en used';

describe('a résumé in two languages', () => {
  it('validates, naming its languages and the translation missing, at its line', async () => {
    const dir = folder();
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('written in en, de (1 warning)');
    expect(r.stderr).toContain(GAP);
    const strict = await runCli(['validate', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('no de text: en used (an error under --strict)');
  });

  it('--locale de builds German text, headings and dates; --strict refuses the gap and writes nothing', async () => {
    const dir = folder();
    const r = await runCli(['build', '--locale', 'de', '-f', 'txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(GAP);
    expect(readdirSync(join(dir, 'out'))).toEqual(['resume.de.txt']);
    const txt = read(dir, 'out/resume.de.txt');
    for (const german of [
      'Softwareentwicklerin',
      'Wien, Österreich',
      'BERUFSERFAHRUNG',
      'Leitende Ingenieurin · Analytical Engines GmbH',
      'Mai 2021 – heute',
      '- Entwarf die API der Differenzmaschine',
      '- Shipped version 2.0', // the same in every language
      '- Cut build times by half', // no German: the English text
      'MSc, Mathematik · Universität Wien',
      'KERNKOMPETENZEN',
      'Führung: Führt Teams von vier Personen',
    ])
      expect(txt).toContain(german);
    expect(txt).not.toMatch(/Software Engineer|Experience|Vienna/);
    const strict = await runCli(['build', '--locale', 'de', '--strict', '-f', 'txt', '-o', 'strict'], {
      cwd: dir,
    });
    expect(strict.code).toBe(1);
    expect(existsSync(join(dir, 'strict'))).toBe(false);
  });

  it('the default language keeps its names; a language not written is an error, with the ones there are', async () => {
    const dir = folder();
    const r = await runCli(['build', '-f', 'txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(read(dir, 'out/resume.txt')).toContain(
      'Lead Engineer · Analytical Engines GmbH\nMay 2021 – Present',
    );
    const fr = await runCli(['build', '--locale', 'fr', '-f', 'txt'], { cwd: dir });
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain('--locale fr: this résumé is written in en, de (meta.languages)');
    const both = await runCli(['build', '--locale', 'de', '--all-locales'], { cwd: dir });
    expect(both.code).toBe(2);
  });

  it('--all-locales with --all-variants builds every pair in one run, on one browser, none overwriting another', async () => {
    const dir = folder();
    const r = await runCli(['build', '--all-locales', '--all-variants', '-f', 'pdf,txt'], {
      cwd: dir,
      env: { RESUME_TIMINGS: '1' },
    });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'resume-lead.de.pdf',
      'resume-lead.de.txt',
      'resume-lead.pdf',
      'resume-lead.txt',
      'resume.de.pdf',
      'resume.de.txt',
      'resume.pdf',
      'resume.txt',
    ]);
    expect(r.stderr.match(/browser spawned/g)).toHaveLength(1);
    // Tags and variant texts per language: the lead variant's headline and its tagged bullet, in German.
    const lead = read(dir, 'out/resume-lead.de.txt');
    expect(lead).toContain('Teamleiterin');
    expect(lead).toContain('- Betreute vier Ingenieure');
    expect(read(dir, 'out/resume-lead.txt')).toContain('Engineering Lead');
    const { info } = await parsePdf(new Uint8Array(readFileSync(join(dir, 'out', 'resume.de.pdf'))));
    expect(info).toMatchObject({ Title: 'Ada Lovelace — Lebenslauf', Subject: 'Softwareentwicklerin' });
  });

  it('resume languages shows how much of each language is written and where a text is missing', async () => {
    const dir = folder();
    const r = await runCli(['languages'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'resume.yaml: written in en (default), de; 16 texts given per language, 8 the same in every language',
      'LANGUAGE  WRITTEN  SHARE  MISSING',
      'en        16/16    100%   0',
      'de        15/16    93%    1',
      '',
      'resume.yaml:27:9  work[0].highlights[3]  no de text',
      '',
    ]);
  });

  it('-f json --locale de writes a plain one-language JSON Resume document', async () => {
    const dir = folder();
    const r = await runCli(['build', '--locale', 'de', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(read(dir, 'out/resume.de.json'));
    expect(doc.basics.label).toBe('Softwareentwicklerin');
    expect(doc.work[0].highlights).toEqual([
      'Entwarf die API der Differenzmaschine',
      'Shipped version 2.0',
      'Betreute vier Ingenieure',
      'Cut build times by half',
    ]);
    expect(doc.meta.resume.locale).toBe('de');
    expect(doc.meta.resume.languages).toBeUndefined();
    const maps: string[] = [];
    JSON.parse(read(dir, 'out/resume.de.json'), (key, value) => {
      if (value && typeof value === 'object' && !Array.isArray(value) && 'en' in value) maps.push(key);
      return value;
    });
    expect(maps).toEqual([]);
    const official = createRequire(import.meta.url)('@jsonresume/schema') as {
      validate: (doc: unknown, callback: (errors: unknown, valid: boolean) => void) => void;
    };
    let valid: unknown;
    official.validate(doc, (errors, ok) => {
      valid = ok || errors;
    });
    expect(valid).toBe(true);
  });

  it("check reads each language's outputs against that language's text", async () => {
    const dir = folder();
    const all = await runCli(['check'], { cwd: dir });
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('resume.de.pdf: ok');
    expect(all.stdout).toContain('all 10 outputs read back whole');
    await runCli(['build', '--all-locales', '-f', 'pdf'], { cwd: dir });
    const named = await runCli(['check', 'out/resume.pdf', 'out/resume.de.pdf'], { cwd: dir });
    expect(named.code).toBe(0);
    // The German PDF under the default language's name records that it is German, and is read as German; read
    // against the English text (--locale en), it fails.
    copyFileSync(join(dir, 'out', 'resume.de.pdf'), join(dir, 'out', 'resume.pdf'));
    expect((await runCli(['check', 'out/resume.pdf'], { cwd: dir })).code).toBe(0);
    const swapped = await runCli(['check', '--locale', 'en', 'out/resume.pdf'], { cwd: dir });
    expect(swapped.code).toBe(1);
    expect(swapped.stdout).toContain('missing: Software Engineer');
  });
});

describe('a job posting per language', () => {
  it('is matched, and tailored to, in the language asked for', async () => {
    const dir = folder();
    const de = await runCli(['match', '--job', 'stelle.md', '--locale', 'de'], { cwd: dir });
    expect(de.stdout).toContain('2 of 3 key terms covered');
    expect(de.stdout).toMatch(/✓ +[\d.]+ +Differenzmaschine +work\[0\]\.highlights\[0\]/);
    const en = await runCli(['match', '--job', 'stelle.md', '--locale', 'en'], { cwd: dir });
    expect(en.stdout).toContain('1 of 3 key terms covered');
    const built = await runCli(['build', '--job', 'stelle.md', '--locale', 'de', '-f', 'txt'], { cwd: dir });
    expect(built.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'resume-stelle.de.manifest.json',
      'resume-stelle.de.txt',
    ]);
    expect(read(dir, 'out/resume-stelle.de.txt')).toContain('- Entwarf die API der Differenzmaschine');
    // Every language at once: each manifest lists its own language's outputs only.
    expect(
      (await runCli(['build', '--job', 'stelle.md', '--all-locales', '-f', 'txt'], { cwd: dir })).code,
    ).toBe(0);
    const listed = (name: string) =>
      JSON.parse(read(dir, `out/${name}`)).outputs.map((o: { file: string }) => o.file);
    expect(listed('resume-stelle.manifest.json')).toEqual(['resume-stelle.txt']);
    expect(listed('resume-stelle.de.manifest.json')).toEqual(['resume-stelle.de.txt']);
  });
});

describe("a posting in one of the résumé's languages", () => {
  it('is answered in that language when no locale is asked, and says so', async () => {
    const dir = folder();
    const matched = await runCli(['match', '--job', 'stelle.md'], { cwd: dir });
    expect(matched.stdout).toContain('2 of 3 key terms covered');
    const built = await runCli(['build', '--job', 'stelle.md', '-f', 'txt'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain(
      "language: de, the posting's, one of meta.languages (--locale builds another of them)",
    );
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'resume-stelle.de.manifest.json',
      'resume-stelle.de.txt',
    ]);
    expect(read(dir, 'out/resume-stelle.de.txt')).toContain('- Entwarf die API der Differenzmaschine');
    // In the default language's own words when asked; a posting in a language the résumé lacks changes nothing.
    const asked = await runCli(['build', '--job', 'stelle.md', '--locale', 'en', '-f', 'txt'], { cwd: dir });
    expect(asked.stderr).not.toContain("the posting's");
    writeFileSync(
      join(dir, 'oferta.md'),
      '# Ingeniera\n\nBuscamos una ingeniera con experiencia en la API de la máquina de diferencias y en la gestión de equipos.\n',
    );
    const other = await runCli(['build', '--job', 'oferta.md', '-f', 'txt'], { cwd: dir });
    expect(other.stderr).not.toContain('language:');
    expect(read(dir, 'out/resume-oferta.txt')).toContain('- Designed the difference engine API');
  });
});

describe("a variant's job: in one of the résumé's languages", () => {
  /** The résumé whose variants name a German and an English posting, as resume.yaml, with both postings. */
  function variants(): string {
    const dir = tempDir('resume-languages-');
    copyFileSync(join(fixtures, 'posting-variants.yaml'), join(dir, 'resume.yaml'));
    for (const f of ['stelle.md', 'engines.md']) copyFileSync(join(fixtures, f), join(dir, f));
    return dir;
  }
  const NOTE = "language: de, the posting's, one of meta.languages (--locale builds another of them)";

  it('builds the variant in it when no locale is asked, and says so as build --job does', async () => {
    const dir = variants();
    const built = await runCli(['build', '--variant', 'stelle', '-f', 'txt'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toBe(`${NOTE}\n`);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'resume-stelle.de.manifest.json',
      'resume-stelle.de.txt',
    ]);
    const txt = read(dir, 'out/resume-stelle.de.txt');
    expect(txt).toContain('Leitende Ingenieurin · Analytical Engines GmbH');
    expect(txt).toContain('- Entwarf die API der Differenzmaschine');
    expect(txt).not.toContain('Lead Engineer');
    // resume match reads the variant in the same language.
    const matched = await runCli(['match', '--variant', 'stelle'], { cwd: dir });
    expect(matched.stdout).toContain('2 of 3 key terms covered');
    // --locale still chooses.
    const asked = await runCli(['build', '--variant', 'stelle', '--locale', 'en', '-f', 'txt'], { cwd: dir });
    expect(asked.stderr).toBe('');
    expect(read(dir, 'out/resume-stelle.txt')).toContain('- Designed the difference engine API');
  });

  it("--all-variants builds each variant in its posting's language, the others in the default", async () => {
    const dir = variants();
    const built = await runCli(['build', '--all-variants', '-f', 'txt'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toBe(`resume-stelle.de: ${NOTE}\n`);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'ada-engines.manifest.json',
      'ada-engines.txt',
      'resume-stelle.de.manifest.json',
      'resume-stelle.de.txt',
      'resume.txt',
    ]);
    expect(read(dir, 'out/resume.txt')).toContain('Lead Engineer · Analytical Engines GmbH');
    expect(read(dir, 'out/ada-engines.txt')).toContain('Lead Engineer · Analytical Engines GmbH');
    expect(read(dir, 'out/resume-stelle.de.txt')).toContain('Leitende Ingenieurin · Analytical Engines GmbH');
    // check reads each against its own language.
    const checked = await runCli(['check', 'out/resume.txt', 'out/resume-stelle.de.txt'], { cwd: dir });
    expect(checked.code, checked.stdout).toBe(0);
  });
});

describe('a locale with a region', () => {
  it("that means the résumé's own language builds it under its own names, not a copy named after the region", async () => {
    const dir = tempDir('resume-languages-');
    copyFileSync(join(fixtures, 'german.yaml'), join(dir, 'resume.yaml'));
    expect((await runCli(['build', '-f', 'txt'], { cwd: dir })).code).toBe(0);
    const own = read(dir, 'out/resume.txt');
    expect(own).toContain('Jan. 2021 – März 2023');
    const germany = await runCli(['build', '--locale', 'de-DE', '-f', 'txt'], { cwd: dir });
    expect(germany.code, germany.stderr).toBe(0);
    expect(germany.stdout).toBe('wrote out/resume.txt\n');
    expect(read(dir, 'out/resume.txt')).toBe(own);
    // Austria writes January otherwise: its own locale and its own name.
    const austria = await runCli(['build', '--locale', 'de_AT', '-f', 'txt'], { cwd: dir });
    expect(austria.stdout).toBe('wrote out/resume.de-AT.txt\n');
    expect(read(dir, 'out/resume.de-AT.txt')).toContain('Jän. 2021 – März 2023');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['resume.de-AT.txt', 'resume.txt']);
  });

  it('in a résumé in several languages is named as its language of meta.languages is', async () => {
    const dir = folder();
    const r = await runCli(['build', '--locale', 'de-DE', '-f', 'txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['resume.de.txt']);
    expect(read(dir, 'out/resume.de.txt')).toContain('Leitende Ingenieurin · Analytical Engines GmbH');
  });
});

describe('a cover letter per language', () => {
  it('is read from the file of its language, with the letterhead, date and words of that language', async () => {
    const dir = folder();
    const de = await runCli(['letter', 'acme.md', '--locale', 'de', '-f', 'txt', '--packet'], { cwd: dir });
    expect(de.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['application-acme.de.pdf', 'letter-acme.de.txt']);
    const letter = read(dir, 'out/letter-acme.de.txt');
    for (const german of [
      'Softwareentwicklerin',
      'Wien, 14. März 2025',
      'Hiermit bewerbe ich mich um die Stelle als Leitende Ingenieurin bei Acme Logistik.',
      'Mit freundlichen Grüßen',
    ])
      expect(letter).toContain(german);
    const en = await runCli(['letter', 'acme.md', '-f', 'txt'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(read(dir, 'out/letter-acme.txt')).toContain('I am writing to apply for the Lead Engineer role');
    const all = await runCli(['letter', 'acme.md', '--all-locales'], { cwd: dir });
    expect(all.code).toBe(2);
  });

  it('without a file in that language, the default one is used, with a warning (an error under --strict)', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'resume.yaml'),
      read(dir, 'resume.yaml').replace(
        '      - en: Cut build times by half',
        '      - en: Cut build times by half\n        de: Halbierte die Build-Zeiten',
      ),
    );
    writeFileSync(join(dir, 'plain.md'), '---\ncompany: Acme\n---\nHello.\n');
    const warned = await runCli(['letter', 'plain.md', '--locale', 'de', '-f', 'txt'], { cwd: dir });
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain(
      "plain.md:1:1  (document)  warning: no plain.de.md beside plain.md: the letter is this file's text, dated and signed off in de",
    );
    const strict = await runCli(
      ['letter', 'plain.md', '--locale', 'de', '--strict', '-f', 'txt', '-o', 'strict'],
      {
        cwd: dir,
      },
    );
    expect(strict.code).toBe(1);
    expect(existsSync(join(dir, 'strict'))).toBe(false);
  });
});

describe('a résumé in one language, built in another', () => {
  /** A folder with the résumé and the letter `init` writes (meta.locale: en, its text in English). */
  async function started(): Promise<string> {
    const dir = tempDir('resume-languages-');
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['init', '--letter', 'acme.md'], { cwd: dir })).code).toBe(0);
    return dir;
  }
  const UNTRANSLATED =
    'resume.yaml:8:11  meta.locale  warning: no de text: the résumé is written in en only, so its own words come under de headings and dates; to translate it, write meta.languages: [en, de] and give its texts in de (see resume languages)';

  it('writes resume.de.*, leaves the English outputs as they were, and says the words are English', async () => {
    const dir = await started();
    expect((await runCli(['build', '-f', 'md,pdf'], { cwd: dir })).code).toBe(0);
    const english = read(dir, 'out/resume.md');
    const written = statSync(join(dir, 'out', 'resume.pdf')).mtimeMs;
    const de = await runCli(['build', '--locale', 'de', '-f', 'md,pdf'], { cwd: dir });
    expect(de.code, de.stderr).toBe(0);
    expect(de.stderr).toContain(UNTRANSLATED);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'resume.de.md',
      'resume.de.pdf',
      'resume.md',
      'resume.pdf',
    ]);
    expect(read(dir, 'out/resume.md')).toBe(english);
    expect(statSync(join(dir, 'out', 'resume.pdf')).mtimeMs).toBe(written);
    expect(english).toContain('Experience');
    expect(read(dir, 'out/resume.de.md')).toContain('Berufserfahrung');
    expect((await readPdf(join(dir, 'out', 'resume.de.pdf'))).text).toMatch(/Berufserfahrung/i);
    // The résumé's own language asked for by name: its own names, nothing to say.
    const en = await runCli(['build', '--locale', 'en', '-f', 'md'], { cwd: dir });
    expect(en.stderr).toBe('');
    expect(en.stdout).toBe('wrote out/resume.md\n');
    const strict = await runCli(['build', '--locale', 'de', '--strict', '-f', 'md', '-o', 'strict'], {
      cwd: dir,
    });
    expect(strict.code).toBe(1);
    expect(existsSync(join(dir, 'strict'))).toBe(false);
  });

  it('a letter: letter-acme.de.*, the English one left alone, and the warning that acme.de.md is missing', async () => {
    const dir = await started();
    expect((await runCli(['letter', 'acme.md', '-f', 'md'], { cwd: dir })).code).toBe(0);
    const english = read(dir, 'out/letter-acme.md');
    const de = await runCli(['letter', 'acme.md', '--locale', 'de', '-f', 'md,txt'], { cwd: dir });
    expect(de.code, de.stderr).toBe(0);
    expect(de.stderr).toContain(
      "acme.md:1:1  (document)  warning: no acme.de.md beside acme.md: the letter is this file's text, dated and signed off in de; write acme.de.md for a letter in de",
    );
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'letter-acme.de.md',
      'letter-acme.de.txt',
      'letter-acme.md',
    ]);
    expect(read(dir, 'out/letter-acme.md')).toBe(english);
    expect(read(dir, 'out/letter-acme.de.md')).toContain('Mit freundlichen Grüßen');
    // With the German file beside it, that one is read, and nothing is said about it.
    writeFileSync(
      join(dir, 'acme.de.md'),
      '---\ncompany: Example Corp\n---\nHiermit bewerbe ich mich bei Example Corp.\n',
    );
    const own = await runCli(['letter', 'acme.md', '--locale', 'de', '-f', 'md'], { cwd: dir });
    expect(own.code, own.stderr).toBe(0);
    expect(own.stderr).not.toContain('acme.de.md');
    expect(read(dir, 'out/letter-acme.de.md')).toContain('Hiermit bewerbe ich mich bei Example Corp.');
  });
});

describe('the language a build says it chose', () => {
  it('is the first of meta.languages, said as such, though its text would say the same', async () => {
    const dir = tempDir('resume-languages-');
    const summary =
      'Ingenieurin mit zehn Jahren Erfahrung im Aufbau von Datenplattformen. Sie leitet kleine Teams durch Migrationen und Produkteinführungen, schreibt gerne Dokumentation und hält die Systeme einfach, damit die Kolleginnen und Kollegen nachts ruhig schlafen können.';
    writeFileSync(
      join(dir, 'resume.yaml'),
      `meta:\n  languages: [de, en]\nbasics:\n  name: Ada Lovelace\n  summary:\n    de: ${summary}\n    en: Engineer with ten years of building data platforms.\n`,
    );
    const r = await runCli(['build', '-f', 'txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      'language: de, the first of meta.languages, for its text, headings and dates (--locale builds another of them)\n',
    );
    const en = await runCli(['build', '--locale', 'en', '-f', 'txt'], { cwd: dir });
    expect(en.stderr).toBe('');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['resume.en.txt', 'resume.txt']);
  });

  it("read from its text, is the letter's language too: dated, greeted and closed in it", async () => {
    const dir = tempDir('resume-languages-');
    copyFileSync(join(root, 'test', 'fixtures', 'reader', 'french-text.json'), join(dir, 'resume.json'));
    writeFileSync(join(dir, 'acme.md'), '---\ncompany: Acme\ndate: 2025-03-14\n---\nJe postule.\n');
    const r = await runCli(['letter', 'acme.md', '-f', 'txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('language: fr, read from its text');
    const letter = read(dir, 'out/letter-acme.txt');
    for (const french of [
      '14 mars 2025',
      'Madame, Monsieur,',
      'Veuillez agréer mes salutations distinguées.',
    ])
      expect(letter).toContain(french);
  });
});

describe('texts given per language, checked', () => {
  it('a key not among meta.languages, a map without them, a map without the default: errors at their place', async () => {
    const dir = tempDir('resume-languages-');
    writeFileSync(
      join(dir, 'resume.yaml'),
      [
        'meta:',
        '  languages: [en, de]',
        'basics:',
        '  name: Ada',
        '  label: { en: Engineer, fr: Ingénieure }',
        '  summary: { de: Nur Deutsch }',
        'work:',
        '  - name: { en_GB: A, de: B }',
        '    location: { city: Berlin }',
        '',
      ].join('\n'),
    );
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('resume.yaml:'));
    expect(lines).toEqual([
      'resume.yaml:5:10  basics.label  warning: no de text: en used',
      'resume.yaml:5:26  basics.label.fr  "fr" is not one of meta.languages (en, de)',
      'resume.yaml:6:12  basics.summary  no en text: a text per language needs one in en, the first of meta.languages (it is used where a translation is missing)',
      'resume.yaml:8:13  work[0].name.en_GB  "en_GB" is not a language code: use one such as en, de or pt-BR',
      'resume.yaml:9:15  work[0].location  must be text, not a mapping',
    ]);
    writeFileSync(
      join(dir, 'resume.yaml'),
      // Our format (it declares our schema): a JSON Resume document reads such a map in one language, with a warning.
      '# yaml-language-server: $schema=resume.schema.json\nbasics:\n  name: Ada\n  label: { en: Engineer, de: Ingenieurin }\n',
    );
    const none = await runCli(['validate'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(
      'resume.yaml:4:10  basics.label  a text per language (en, de) needs meta.languages, the languages of the résumé, default first: languages: [en, de]',
    );
  });
});

describe('resume import --into: a second language merged in', () => {
  it('pairs the entries, writes each translation beside its text, keeps the file as it was, and says what it could not pair', async () => {
    const dir = folder();
    const first = await runCli(['import', 'pair.en.json', '--locale', 'en', '-o', 'cv.yaml'], { cwd: dir });
    expect(first.code).toBe(0);
    const edited = read(dir, 'cv.yaml')
      .replace('\nbasics:', '\n# My résumé, edited by hand\nbasics:')
      .replace('label: Software Engineer', 'label: Software Engineer # the headline')
      .replace(
        '- name: Languages\n    keywords:\n      - COBOL\n      - FORTRAN',
        '- name: Languages\n    keywords: [COBOL, FORTRAN]',
      );
    writeFileSync(join(dir, 'cv.yaml'), edited);
    const r = await runCli(['import', 'pair.de.json', '--locale', 'de', '--into', 'cv.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('merged pair.de.json into cv.yaml as de: 16 texts translated');
    expect(r.stderr).toContain(
      'merge: work[0].highlights: 2 in cv.yaml, 3 in pair.de.json, 0 paired by their text: 3 of pair.de.json not merged ([0], [1], [2])',
    );
    expect(r.stderr).toContain(
      'merge: pair.de.json work[2] (Tutorin · Universität Yale, 1931-09 – 1934-06): no entry of cv.yaml work has its dates or names, not merged',
    );
    const merged = read(dir, 'cv.yaml');
    // Every line of the file as it was is still there, in its order (a text now under its language's key).
    const kept = edited
      .split('\n')
      .map((l) => l.replace(/^(\s*)(- )?(\w+: )?/, '').trim())
      .filter(Boolean);
    let at = 0;
    for (const line of kept) {
      at = merged.indexOf(line, at);
      expect(at, line).toBeGreaterThanOrEqual(0);
    }
    expect(merged).toContain('# My résumé, edited by hand\nbasics:');
    expect(merged).toContain(
      '  label:\n    en: Software Engineer # the headline\n    de: Softwareentwicklerin\n',
    );
    expect(merged).toContain('keywords: [COBOL, FORTRAN]');
    // Run again: nothing new, and the translations already there are said to be.
    const again = await runCli(['import', 'pair.de.json', '--locale', 'de', '--into', 'cv.yaml'], {
      cwd: dir,
    });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /as de: 0 texts translated, \d+ the same in both \(one text for every language\); 16 already in it, the same\n/,
    );
    expect(merged).toMatch(/meta:\n {2}languages:\n {4}- en\n {4}- de\n/);
  });

  it('both languages of the merged file build with the full text of each file built alone', async () => {
    const dir = folder();
    await runCli(['import', 'pair.en.json', '--locale', 'en', '-o', 'cv.yaml'], { cwd: dir });
    await runCli(['import', 'pair.de.json', '--locale', 'de', '--into', 'cv.yaml'], { cwd: dir });
    const merged = await runCli(['build', 'cv.yaml', '--all-locales', '-f', 'txt', '-o', 'merged'], {
      cwd: dir,
    });
    expect(merged.code).toBe(0);
    await runCli(['build', 'pair.en.json', '-f', 'txt', '-o', 'en'], { cwd: dir });
    await runCli(['build', 'pair.de.json', '--locale', 'de', '-f', 'txt', '-o', 'de'], {
      cwd: dir,
    });
    expect(read(dir, 'merged/resume.txt')).toBe(read(dir, 'en/resume.txt'));
    // The German file alone, but for what the merge said it could not pair: work[0]'s bullets, work[2].
    const german = read(dir, 'de/resume.txt')
      .replace(
        /- Schrieb den ersten Compiler\n- Halbierte die Build-Zeiten\n- Führte Code-Reviews ein/,
        '- Wrote the first compiler\n- Cut build times by half',
      )
      .replace(/Tutorin · Universität Yale\nSept\. 1931 – Juni 1934\n\n- Betreute Studierende\n\n/, '');
    expect(read(dir, 'merged/resume.de.txt')).toBe(german);
  });

  it('names what it needs: the language, a YAML résumé that says its own', async () => {
    const dir = folder();
    await runCli(['import', 'pair.en.json', '-o', 'cv.yaml'], { cwd: dir });
    const noLocale = await runCli(['import', 'pair.de.json', '--into', 'cv.yaml'], { cwd: dir });
    expect(noLocale.code).toBe(2);
    const unsaid = await runCli(['import', 'pair.de.json', '--locale', 'de', '--into', 'cv.yaml'], {
      cwd: dir,
    });
    expect(unsaid.code).toBe(1);
    expect(unsaid.stderr).toContain(
      'cv.yaml does not say which language it is written in: add languages: [en]',
    );
    const same = await runCli(['import', 'pair.de.json', '--locale', 'en', '--into', 'resume.yaml'], {
      cwd: dir,
    });
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('en is the language resume.yaml is written in (en)');
  });
});
