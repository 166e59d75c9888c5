// JSON Resume documents as people really write them (issue 11): a corpus of shapes written for these tests, each
// rendered in every format (the library's render(), in process) with its warnings asserted; the official samples
// render with none; import (the CLI command) and export.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { flat, htmlText, root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { invalid, pdfOf, type Rendered, rendered, sharedBrowser, validated } from '../library.js';

const require = createRequire(import.meta.url);
const official = require('@jsonresume/schema') as {
  validate: (doc: unknown, callback: (errors: unknown, valid: boolean) => void) => void;
};
const dir = join(root, 'test', 'fixtures', 'jsonresume');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { exit: number; diagnostics: string[] }
>;
const schemaDir = join(root, 'node_modules', '@jsonresume', 'schema');

function validOfficially(doc: unknown): unknown {
  let result: unknown = 'not called';
  official.validate(doc, (errors, valid) => {
    result = valid ? true : errors;
  });
  return result;
}

/** Every employer, position and bullet of a JSON Resume document, 0.x names and bullets in a summary included. */
function itemsOf(doc: Record<string, unknown>): string[] {
  const work = (doc.work ?? []) as Record<string, unknown>[];
  return work.flatMap((w) => [
    ...[w.name, w.company, w.position].filter((v): v is string => typeof v === 'string' && v !== ''),
    ...((w.highlights ?? []) as string[]).filter(Boolean),
    ...String(w.summary ?? '')
      .split('\n')
      .filter((l) => /^[-*] /.test(l))
      .map((l) => l.slice(2)),
  ]);
}

/** The reader-visible text of each output. */
async function outputs(r: Rendered): Promise<Record<string, string>> {
  return {
    html: flat(htmlText(r.text('resume.html'))),
    pdf: flat((await pdfOf(r)).text),
    docx: flat((await mammoth.extractRawText({ buffer: Buffer.from(r.bytes('resume.docx')) })).value),
    md: flat(r.text('resume.md').replace(/\\([\\`*_[\]<>#|])/g, '$1')),
    txt: flat(r.text('resume.txt')),
  };
}

const browser = sharedBrowser();
const every = ['html', 'pdf', 'docx', 'md', 'txt', 'json'];

describe('a corpus of JSON Resume documents in the shapes people write', () => {
  it('has at least 15 documents, each with its expectation', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json');
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  for (const [file, want] of Object.entries(expected)) {
    if (want.exit !== 0) continue;
    it(`${file} builds in every format with ${want.diagnostics.length} warning(s), every job and bullet shown`, async () => {
      const r = await rendered({ file: join(dir, file), formats: every, browser });
      expect(r.warnings.filter((l) => l.startsWith(`${file}:`))).toEqual(want.diagnostics);
      const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const texts = await outputs(r);
      for (const [format, text] of Object.entries(texts))
        for (const item of itemsOf(doc)) expect(text, `${format} of ${file}`).toContain(flat(item));
      expect(validOfficially(JSON.parse(r.text('resume.json')))).toBe(true);
    });
  }

  it('a contradiction is shown without what would print something false, with every warning in place', async () => {
    const r = await rendered({ file: join(dir, 'everything-wrong.json'), formats: ['txt'] });
    expect(r.warnings).toContain(
      'everything-wrong.json:14:18  work[0].endDate  warning: ends (2019-01) before it starts (2021-05) (shown without its dates until they are fixed)',
    );
    expect(r.text('resume.txt')).not.toMatch(/2019|2021/);
  });

  it('reads loose dates, and prints unreadable ones as written', async () => {
    const html = async (file: string) =>
      htmlText((await rendered({ file: join(dir, file), formats: ['html'] })).text('resume.html'));
    const a = await html('dates-english.json');
    expect(a).toContain('Aug 2021 – Present');
    expect(a).toContain('Mar 2020 – Jul 2021');
    expect(a).toContain('Sep 2018 – Dec 2019');
    expect(await html('dates-unreadable.json')).toContain('Summer 2019 – Autumn 2019');
    expect(await html('dates-german.json')).toMatch(/Okt\.? 2022 – heute/);
  });

  it('embeds a data: photo, and builds without a missing one', async () => {
    const r = await rendered({ file: join(dir, 'photo-data-uri.json'), formats: ['html', 'docx'] });
    expect(r.text('resume.html')).toMatch(/<img class="photo" src="data:image\/png;base64,/);
    const zip = await JSZip.loadAsync(r.bytes('resume.docx'));
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true);
    const missing = await rendered({ file: join(dir, 'photo-missing.json'), formats: ['html'] });
    expect(missing.names).toEqual(['resume.html']);
  });

  it('renders "- " lines as a list and single newlines as line breaks, in HTML and DOCX', async () => {
    const r = await rendered({ file: join(dir, 'summary-lines.json'), formats: ['html', 'docx'] });
    const html = r.text('resume.html');
    expect(html).toContain('Engineer who likes lists.<br>Second line of the profile.');
    expect(html).toMatch(
      /<p class="entry-description">Led the platform team\.<\/p>\s*<ul class="highlights">\s*<li>Grew the team from 3 to 9<\/li>/,
    );
    const xml =
      (await (await JSZip.loadAsync(r.bytes('resume.docx'))).file('word/document.xml')?.async('string')) ??
      '';
    expect(xml).toMatch(/<w:numPr>(?:(?!<\/w:p>).)*Halved cloud costs/s);
    expect(xml).toMatch(/Engineer who likes lists\.<\/w:t><\/w:r><w:r><w:br\/>/);
  });

  it('strict turns every warning into an error', async () => {
    const r = await invalid(join(dir, 'legacy-0x.json'), true);
    expect(r.code).toBe(1);
    expect(r.lines.join('\n')).toContain('work[0].company  "company" is the JSON Resume 0.x name of "name"');
    expect(r.lines.join('\n')).toContain('(an error under --strict)');
    expect(r.message).toBe('6 problems in legacy-0x.json');
  });
});

describe('JSON Resume documents of this repository', () => {
  it('one is built as it is, every section in every format', async () => {
    const r = await rendered({ file: join(root, 'test', 'fixtures', 'valid', 'json-resume.json'), browser });
    expect(r.warnings).toEqual([]);
    const text = flat((await pdfOf(r)).text);
    for (const s of [
      'CEO/President · Pied Piper',
      'Miss Direction · Smoogle',
      'Bachelor, Information Technology',
      'Teacher · CoderDojo',
      'Digital Compression Pioneer Award',
      'Certified Kubernetes Administrator',
      'Video compression for 3d media',
      'English: Native Speaker',
      'Ferrets, Unicorns',
      'Erlich Bachman',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('empty strings are read as "not set", as its exports mean them', async () => {
    const file = join(root, 'test', 'fixtures', 'valid', 'json-resume-blanks.json');
    expect(await validated(file)).toEqual({
      name: 'json-resume-blanks.json',
      summary: '4 sections: 1 job, 1 education entry, 1 skill group; 1 bullet',
      warnings: [],
    });
    const r = await rendered({ file, formats: ['html'] });
    expect(flat(htmlText(r.text('resume.html')))).toContain('Engineer · Acme Jan 2020 – Present');
  });
});

describe('the official sample and examples', () => {
  const files = [
    join(schemaDir, 'sample.resume.json'),
    ...readdirSync(join(schemaDir, 'examples')).map((f) => join(schemaDir, 'examples', f)),
  ];
  it.each(files)('%s builds with no warnings at all', async (file) => {
    const r = await rendered({ file, formats: ['html', 'pdf', 'docx', 'json'], browser });
    expect(r.warnings).toEqual([]);
    expect(validOfficially(JSON.parse(r.text('resume.json')))).toBe(true);
  });
});

describe('import and export', () => {
  it('JSON Resume → YAML → JSON Resume keeps every field', async () => {
    const work = tempDir();
    const sample = join(schemaDir, 'sample.resume.json');
    const imported = await runCli(['import', sample, '-o', 'resume.yaml'], { cwd: work });
    expect(imported).toMatchObject({
      code: 0,
      stdout: 'wrote resume.yaml from a JSON Resume document: check it, then run resume build\n',
      stderr: '',
    });
    const yaml = readFileSync(join(work, 'resume.yaml'), 'utf8');
    expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/resume\.schema\.json$/);
    const exported = await rendered({ file: join(work, 'resume.yaml'), formats: ['json'] });
    expect(exported.warnings).toEqual([]);
    const before = JSON.parse(readFileSync(sample, 'utf8'));
    const after = JSON.parse(exported.text('resume.json'));
    delete before.$schema;
    delete after.$schema;
    delete before.basics.image; // "" means "not set" in a JSON Resume document
    expect(after).toEqual(before);
  });

  it('modernises legacy names, refuses to overwrite without --force', async () => {
    const work = tempDir();
    copyFileSync(join(dir, 'legacy-0x.json'), join(work, 'old.json'));
    const first = await runCli(['import', 'old.json'], { cwd: work });
    expect(first.code).toBe(0);
    const yaml = readFileSync(join(work, 'resume.yaml'), 'utf8');
    expect(yaml).toContain('- name: Old Style Inc');
    expect(yaml).toContain('score: "3.6"');
    expect(yaml).not.toMatch(/company:|website:|gpa:/);
    const again = await runCli(['import', 'old.json'], { cwd: work });
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe('error: resume.yaml exists: use --force to overwrite it');
    expect((await runCli(['import', 'old.json', '--force'], { cwd: work })).code).toBe(0);
    expect((await validated(join(work, 'resume.yaml'))).name).toBe('resume.yaml');
  });

  it('exports a tailored variant as tailored, our extensions dropped or kept under meta', async () => {
    const r = await rendered({ file: sampleYaml, variant: 'architect', formats: ['json'] });
    const doc = JSON.parse(r.text(r.names[0] ?? ''));
    expect(validOfficially(doc)).toBe(true);
    expect(doc.basics.label).toBe('Associate Tech Architect');
    expect(JSON.stringify(doc)).not.toMatch(/"tags"|"alt"|"variants"/);
    expect(JSON.stringify(doc)).not.toContain('Hospital Management System'); // not in the architect variant
    expect(doc.meta.resume.sections[0].title).toBe('Core Strengths');
  });

  it('our JSON export builds back into the same résumé: settings, custom sections and dates as written', async () => {
    const work = tempDir();
    writeFileSync(
      join(work, 'resume.yaml'),
      [
        'basics: { name: Ada Lind, email: ada@example.com }',
        'meta: { paper: Letter, locale: sv }',
        'work:',
        '  - { name: Acme, position: Intern, startDate: Summer 2019, endDate: Fall 2019, highlights: [Built a queue] }',
        '  - { name: Beta, position: Dev, startDate: 2020-01 }',
        'education:',
        '  - { institution: Lund, courses: [Databases], highlights: [Thesis on queues] }',
        'sections:',
        '  - { id: talks, title: Talks, items: [{ text: Queues at PyCon, date: Spring 2021 }, { text: Caching }] }',
      ].join('\n'),
    );
    const first = await runCli(['build', 'resume.yaml', '-f', 'json,txt', '-o', 'a'], { cwd: work });
    expect(first.code, first.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(work, 'a', 'resume.json'), 'utf8'));
    expect(validOfficially(doc)).toBe(true);
    expect(doc.work[0]).toMatchObject({ startDate: '2019', endDate: '2019' });
    expect(doc.education[0].courses).toEqual(['Databases', 'Thesis on queues']);
    expect(doc.meta.resume.datesAsWritten).toEqual({
      'work[0].startDate': 'Summer 2019',
      'work[0].endDate': 'Fall 2019',
    });
    const check = await runCli(['check', '--resume', 'resume.yaml', 'a/resume.json'], { cwd: work });
    expect(check.code, check.stdout).toBe(0);
    const again = await runCli(['build', 'a/resume.json', '-f', 'json,txt', '-o', 'b'], { cwd: work });
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/not shown|plain text/);
    for (const name of ['resume.json', 'resume.txt'])
      expect(readFileSync(join(work, 'b', name), 'utf8')).toBe(readFileSync(join(work, 'a', name), 'utf8'));
  });

  it('our JSON export edited since: what meta.resume holds and cannot apply is said at its key, with why', async () => {
    const work = tempDir();
    copyFileSync(
      join(root, 'test', 'fixtures', 'reader', 'own-export-edited.json'),
      join(work, 'resume.json'),
    );
    const r = await runCli(['build', '-f', 'txt'], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    const said = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('resume.json:') && l.includes('meta.resume'));
    expect(said).toEqual([
      'resume.json:12:7  meta.resume.locale  warning: not applied: meta.locale is set too ("de"), and it is the one read (remove one)',
      'resume.json:15:9  meta.resume.datesAsWritten.work[0].startDate  warning: not applied: work[0].startDate is "2018-04" now, not "2018" as exported, so "Summer 2018" is not put back: the date edited since is kept',
      'resume.json:17:9  meta.resume.datesAsWritten.work[2].startDate  warning: not applied: the file has no work[2].startDate to give "Spring 2021" back to (edited since the export?)',
      "resume.json:19:7  meta.resume.bulletsInCourses  warning: not applied: education[0] has 0 courses, fewer than the 1 bullet the export wrote among them: edited since, so every degree's courses are read as courses",
    ]);
    expect(r.stderr).not.toContain('is not a key this tool reads');
    // What agrees is applied (the end date as written); the edited start date and meta.locale are kept.
    const txt = readFileSync(join(work, 'out', 'resume.txt'), 'utf8');
    expect(txt).toContain('Apr. 2018 – Fall 2019');
    expect(txt).toContain('BERUFSERFAHRUNG');
    // import says the same, and keeps what it did not apply as a comment.
    const imported = await runCli(['import', 'resume.json', '-o', 'cv.yaml'], { cwd: work });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain(
      'not applied: meta.locale is set too ("de"), and it is the one read (remove one): meta.resume.locale',
    );
    expect(readFileSync(join(work, 'cv.yaml'), 'utf8')).toContain(
      '  # resume:\n  #   locale: en-GB\n  #   datesAsWritten:\n  #     work[0].startDate: Summer 2018\n',
    );
  });

  it("writes a degree's highlights after its courses, where JSON Resume themes draw them", async () => {
    const work = tempDir();
    const file = join(work, 'resume.yaml');
    writeFileSync(
      file,
      'basics: { name: Ada }\neducation:\n  - institution: Leeds\n    courses: [Databases]\n    highlights: ["First class **honours**", { text: Thesis on trams, tags: [x] }]\n',
    );
    const doc = JSON.parse((await rendered({ file, formats: ['json'] })).text('resume.json'));
    expect(validOfficially(doc)).toBe(true);
    expect(doc.education).toEqual([
      { institution: 'Leeds', courses: ['Databases', 'First class **honours**', 'Thesis on trams'] },
    ]);
  });

  it('YAML in JSON Resume keys is read like the same JSON; our own format (it declares our schema) is strict', async () => {
    const work = tempDir();
    const file = join(work, 'resume.yaml');
    writeFileSync(
      file,
      'basics:\n  name: Ada\n  nmae: typo\nwork:\n  - company: Engines Ltd\n    position: Engineer\n    startDate: August 2021\n',
    );
    const ok = await rendered({ file, formats: ['html'] });
    expect(ok.warnings.join('\n')).toContain(
      'resume.yaml:5:5  work[0].company  warning: "company" is the JSON Resume 0.x name of "name"',
    );
    expect(ok.warnings.join('\n')).toContain(
      'resume.yaml:7:16  work[0].startDate  warning: "August 2021" read as 2021-08',
    );
    expect(ok.warnings.join('\n')).toContain(
      'resume.yaml:3:3  basics.nmae  warning: not shown: "nmae" is not a key this tool reads; did you mean "name"?',
    );
    writeFileSync(
      file,
      '# yaml-language-server: $schema=./schema/resume.schema.json\nbasics:\n  name: Ada\n  nmae: typo\n',
    );
    const bad = await invalid(file);
    expect(bad.code).toBe(1);
    expect(bad.lines.join('\n')).toContain(
      'resume.yaml:4:3  basics.nmae  unknown key "nmae"; did you mean "name"?',
    );
  });
});

describe('a text or a list per language in a JSON Resume document', () => {
  it.each([
    [[], ['Built the billing service', 'Introduced feature toggles', 'Curiosity'], 'en', 'resume.txt'],
    [
      ['--locale', 'de'],
      ['Baute den Abrechnungsdienst', 'Führte Feature-Toggles ein', 'Neugier'],
      'de',
      'resume.de.txt',
    ],
  ])(
    'reads the lists of the language asked %j, as it reads the texts',
    async (flags, lines, language, file) => {
      const work = tempDir();
      copyFileSync(
        join(root, 'test', 'fixtures', 'languages', 'lists-per-language.json'),
        join(work, 'cv.json'),
      );
      const r = await runCli(['build', 'cv.json', '-f', 'txt', '-o', 'out', ...flags], { cwd: work });
      expect(r.code, r.stderr).toBe(0);
      const txt = readFileSync(join(work, 'out', file), 'utf8');
      for (const line of lines) expect(txt).toContain(line);
      expect(r.stderr).toContain(
        `cv.json:8:21  work[0].highlights  warning: a list per language: read in "${language}" (--locale or meta.locale picks another)`,
      );
      expect(r.stderr).not.toMatch(/must be a list/);
      // Its texts are in that language: no "no de text" warning.
      expect(r.stderr).not.toMatch(/no \w+ text/);
    },
  );
});
