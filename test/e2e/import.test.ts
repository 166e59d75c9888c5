// resume import and reading other tools' files directly (issue 23), through the CLI.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';
import { linkedInZip } from '../import/helpers.js';
import { pdfText } from '../pdf.js';

const fixture = (...parts: string[]) => join(root, 'test', 'fixtures', 'import', ...parts);

describe('resume import', () => {
  it.each([
    ['RenderCV 1', fixture('rendercv', 'v1.yaml'), 'a RenderCV file'],
    ['RenderCV 2.0', fixture('rendercv', 'v2-0.yaml'), 'a RenderCV file'],
    ['RenderCV 2.4', fixture('rendercv', 'v2-4.yaml'), 'a RenderCV file'],
    ['YAMLResume before 0.8', fixture('yamlresume', 'before-0-8.yaml'), 'a YAMLResume file'],
    ['YAMLResume after 0.8', fixture('yamlresume', 'after-0-8.yaml'), 'a YAMLResume file'],
    ['a resumake export', fixture('resumake', 'export.json'), 'resumake'],
    ['a FRESH résumé', fixture('fresh', 'fresh.json'), 'a FRESH résumé'],
    ['a Reactive Resume 3 export', fixture('reactiveresume', 'v3.json'), 'a Reactive Resume export'],
    ['a Reactive Resume 4 export', fixture('reactiveresume', 'v4.json'), 'a Reactive Resume export'],
    ['a Reactive Resume 5 export', fixture('reactiveresume', 'v5.json'), 'a Reactive Resume export'],
    [
      'a Reactive Resume 4 record in a list',
      fixture('reactiveresume', 'v4-record-list.json'),
      'a Reactive Resume export',
    ],
    ['a LinkedIn export folder (current)', fixture('linkedin', 'current'), 'LinkedIn'],
    ['a LinkedIn export folder (2018)', fixture('linkedin', '2018'), 'LinkedIn'],
  ])('recognises %s, writes YAML that builds as it is', async (_, source, what) => {
    const dir = tempDir();
    const r = await runCli(['import', source, '-o', 'cv.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(what);
    const yaml = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=/);
    const built = await runCli(['build', 'cv.yaml', '-f', 'html,txt', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).not.toMatch(/unknown key/);
  });

  it('reads the ZIP LinkedIn sends', async () => {
    const dir = tempDir();
    const zip = await linkedInZip('current');
    const r = await runCli(['import', zip, '-o', 'cv.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect((await runCli(['validate', 'cv.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('keeps what has no place as comments under its entry, refuses to overwrite, and --from forces a reader', async () => {
    const dir = tempDir();
    const first = await runCli(['import', fixture('rendercv', 'extra-keys.yaml'), '-o', 'cv.yaml'], {
      cwd: dir,
    });
    expect(first.code, first.stderr).toBe(0);
    expect(readFileSync(join(dir, 'cv.yaml'), 'utf8')).toMatch(/# not imported from a RenderCV file/);
    const again = await runCli(['import', fixture('rendercv', 'extra-keys.yaml'), '-o', 'cv.yaml'], {
      cwd: dir,
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('cv.yaml exists: use --force to overwrite it');
    const forced = await runCli(
      ['import', fixture('resumake', 'export.json'), '--from', 'jsonresume', '-o', 'j.yaml'],
      {
        cwd: dir,
      },
    );
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('JSON Resume');
    const unknown = await runCli(['import', fixture('resumake', 'export.json'), '--from', 'europass'], {
      cwd: dir,
    });
    expect(unknown.code).toBe(2);
  });

  it('refuses a forced reader on a file of another format, naming what it looks like, and writes nothing', async () => {
    const dir = tempDir();
    const jr = { basics: { name: 'Kim Doe', email: 'kim@example.org' }, work: [{ name: 'Acme' }] };
    writeFileSync(join(dir, 'jr.json'), JSON.stringify(jr));
    for (const from of ['rendercv', 'yamlresume', 'resumake', 'reactiveresume', 'fresh', 'linkedin']) {
      const r = await runCli(['import', 'jr.json', '--from', from, '-o', 'cv.yaml'], { cwd: dir });
      expect(r.code, `${from}: ${r.stderr}`).toBe(1);
      expect(existsSync(join(dir, 'cv.yaml'))).toBe(false);
      expect(r.stderr).toContain(
        from === 'linkedin'
          ? 'jr.json: a LinkedIn data export is read from its ZIP or its unzipped folder'
          : `(--from ${from}): it looks like a JSON Resume document; use --from jsonresume, or leave --from out`,
      );
    }
    const rendercv = await runCli(
      ['import', fixture('rendercv', 'v2-4.yaml'), '--from', 'jsonresume', '-o', 'cv.yaml'],
      { cwd: dir },
    );
    expect(rendercv.code).toBe(1);
    expect(rendercv.stderr).toContain('it looks like a RenderCV file; use --from rendercv');
    expect(existsSync(join(dir, 'cv.yaml'))).toBe(false);
  });

  it('names a top-level key it leaves out by its own name, in the report, the comments and a build', async () => {
    const dir = tempDir();
    // A résumé site's data file: profiles and translations beside JSON Resume's sections, as real ones have.
    const document = {
      headings: { work: 'Experience' },
      sections: ['profile', 'work'],
      basics: { name: 'Ada Example' },
      profiles: [{ name: 'Code', url: 'https://code.example.org/ada' }],
      translations: { WORK: { de: 'Erfahrung', en: 'Experience' } },
      work: [{ company: 'Acme', position: 'Engineer', startDate: '2020-01' }],
    };
    writeFileSync(join(dir, 'site.json'), JSON.stringify(document));
    const r = await runCli(['import', 'site.json', '-o', 'cv.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const said = r.stdout + r.stderr;
    expect(said).toMatch(/left out, kept as comments under their entries.*profiles, translations/);
    expect(said).not.toContain('undefined');
    const yaml = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    expect(yaml).toMatch(/^# profiles:\n# {3}- name: Code/m);
    expect(yaml).toMatch(/^# translations:\n# {3}WORK:/m);
    const built = await runCli(['validate', 'site.json'], { cwd: dir });
    expect(built.stderr).toMatch(/2 values it has no place for, not shown \(profiles, translations:/);
  });

  it('reads a date written per language (endDate: { de: Heute, en: Now }): the report names it, never "[object Object]"', async () => {
    const dir = tempDir();
    const document = {
      basics: { name: 'Ada Example' },
      work: [
        {
          name: 'Acme',
          position: 'Engineer',
          startDate: { de: 'Mai 2018', en: 'May 2018' },
          endDate: { de: 'Heute', en: 'Now' },
        },
        {
          name: 'Beta',
          position: 'Intern',
          startDate: '2016-01',
          endDate: { de: 'März 2017', en: 'June 2017' },
        },
      ],
    };
    writeFileSync(join(dir, 'dated.json'), JSON.stringify(document));
    const r = await runCli(['import', 'dated.json', '-o', 'cv.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const said = r.stdout + r.stderr;
    expect(said).not.toContain('[object Object]');
    expect(said).toMatch(/dates written per language, read in the first: work\[0\]\.startDate/);
    const yaml = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    expect(yaml).toMatch(/startDate: 2018-05\n(?! *endDate)/);
    expect(yaml).toMatch(/endDate: 2017-03/);
    expect(yaml).toMatch(/# endDate:\n *# {3}en: June 2017/);
    const built = await runCli(['build', 'dated.json', '--locale', 'en', '-f', 'txt', '-o', 'out'], {
      cwd: dir,
    });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/work\[1\]\.endDate {2}warning: a date per language: read in "en"/);
    const txt = readFileSync(join(dir, 'out', 'resume.txt'), 'utf8');
    expect(txt).toContain('May 2018 – Present');
    expect(txt).toContain('Jan 2016 – Jun 2017');
  });

  it('imports what a build reads from a loosely written document: the same text built from either', async () => {
    const dir = tempDir();
    const source = join(root, 'test', 'fixtures', 'reader', 'site-data-lenient.json');
    const r = await runCli(['import', source, '-o', 'cv.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    expect(yaml).toMatch(/^# job_history:/m);
    const direct = await runCli(['build', source, '-f', 'txt', '-o', 'direct'], { cwd: dir });
    const imported = await runCli(['build', 'cv.yaml', '-f', 'txt', '-o', 'imported'], { cwd: dir });
    expect(direct.code, direct.stderr).toBe(0);
    expect(imported.code, imported.stderr).toBe(0);
    const txt = (folder: string) => readFileSync(join(dir, folder, 'resume.txt'), 'utf8');
    expect(txt('direct')).toContain('フロントエンドエンジニア · 例示株式会社');
    expect(txt('imported')).toBe(txt('direct'));
  });

  it('writes the HTML of a JSON Resume document as markdown: the YAML builds as the document does, no tag printed', async () => {
    const dir = tempDir();
    const document = {
      basics: {
        name: 'Ana <b>Test</b>',
        summary:
          'Learnt the <strong>Front-End</strong> first.<br>Now <em>Back-End</em> at <a href="https://utn.example">UTN</a>.',
      },
      projects: [
        {
          name: 'Site',
          description: 'A <strong>responsive</strong> site',
          highlights: ['<i>SEO</i> friendly'],
        },
      ],
    };
    writeFileSync(join(dir, 'resume.json'), JSON.stringify(document));
    const r = await runCli(['import', 'resume.json', '-o', 'cv.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/HTML in text written as markdown .*: basics.name, basics.summary/);
    const yaml = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    expect(yaml).not.toMatch(/<\/?(b|strong|em|i|br|a)\b/);
    expect(yaml).toContain('**Front-End**');
    const direct = await runCli(['build', 'resume.json', '-f', 'md,txt', '-o', 'direct'], { cwd: dir });
    const imported = await runCli(['build', 'cv.yaml', '-f', 'md,txt', '-o', 'imported'], { cwd: dir });
    expect(direct.code, direct.stderr).toBe(0);
    expect(imported.code, imported.stderr).toBe(0);
    for (const file of ['resume.md', 'resume.txt']) {
      const built = readFileSync(join(dir, 'imported', file), 'utf8');
      expect(built).not.toMatch(/<\/?(b|strong|em|i|br|a)\b|\\</);
      expect(built).toBe(readFileSync(join(dir, 'direct', file), 'utf8'));
    }
  });

  it('a Spanish LinkedIn export: its language written as meta.locale, its labels in Spanish, its place and networks read', async () => {
    const dir = tempDir();
    const zip = await linkedInZip('es');
    const r = await runCli(['import', zip, '-o', 'cv.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/language: es, read from its text, written as meta\.locale/);
    const yaml = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    expect(yaml).toMatch(/^meta:\n {2}locale: es$/m);
    expect(yaml).toContain('Actividades y asociaciones: Delegada de curso; club de robótica');
    expect(yaml).toMatch(/title: Cursos/);
    expect(yaml).toMatch(/city: Valencia\n/);
    expect(yaml).toMatch(/region: Comunidad Valenciana/);
    expect(yaml).toMatch(/countryCode: ES/);
    expect(yaml).toMatch(/network: GitHub\n\s+username: luciaferrer/);
    expect(yaml).toMatch(/network: GitLab\n\s+username: lferrer/);
    expect(yaml).toMatch(/network: StackOverflow\n/);
    expect(yaml).toMatch(/network: Portfolio\n/);
    expect(yaml).not.toMatch(/Activities|Courses|network: Other/);
    const built = await runCli(['build', 'cv.yaml', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'resume.txt'), 'utf8')).not.toMatch(/Activities/);
    // Named with --locale, and merged in as a translation with --into: the label is the file's language's.
    const named = await runCli(['import', zip, '--locale', 'es', '-o', 'named.yaml'], { cwd: dir });
    expect(named.code, named.stderr).toBe(0);
    expect(readFileSync(join(dir, 'named.yaml'), 'utf8')).toContain('Actividades y asociaciones:');
    const english = await runCli(['import', zip, '--locale', 'en', '-o', 'en.yaml'], { cwd: dir });
    expect(english.code, english.stderr).toBe(0);
    expect(readFileSync(join(dir, 'en.yaml'), 'utf8')).toContain('Activities and societies:');
    const merged = await runCli(['import', zip, '--locale', 'es', '--into', 'en.yaml'], { cwd: dir });
    expect(merged.code, merged.stderr).toBe(0);
    expect(readFileSync(join(dir, 'en.yaml'), 'utf8')).toMatch(/es: "?Actividades y asociaciones: Delegada/);
  });

  it('reads texts per language keyed en_US, de-de, de-DE as a build does: every language kept, none commented out', async () => {
    const dir = tempDir();
    const source = join(root, 'test', 'fixtures', 'languages', 'region-keys.json');
    const r = await runCli(['import', source, '-o', 'cv.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('meta.languages names them: en-US, de-DE');
    const yaml = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    expect(yaml).not.toContain('not imported');
    expect(yaml).toMatch(/languages:\n\s+- en-US\n\s+- de-DE/);
    expect(yaml).toMatch(/position:\n\s+en-US: Lead Engineer\n\s+de-DE: Leitende Ingenieurin/);
    // The same text in each language as the build of the document itself reads in it.
    const imported = await runCli(['build', 'cv.yaml', '--all-locales', '-f', 'txt', '-o', 'imported'], {
      cwd: dir,
    });
    expect(imported.code, imported.stderr).toBe(0);
    for (const [flags, file] of [
      [['--locale', 'en'], 'resume.txt'],
      [['--locale', 'de'], 'resume.de.txt'],
    ] as const) {
      const direct = await runCli(['build', source, ...flags, '-f', 'txt', '-o', 'direct'], { cwd: dir });
      expect(direct.code, direct.stderr).toBe(0);
      const built = readFileSync(join(dir, 'imported', file.replace('.de.', '.de-DE.')), 'utf8');
      expect(built).toBe(readFileSync(join(dir, 'direct', file), 'utf8'));
    }
    const german = readFileSync(join(dir, 'imported', 'resume.de-DE.txt'), 'utf8');
    for (const line of [
      'Leitende Ingenieurin · Analytical Engines',
      '- Entwarf die API der Differenzmaschine',
      'Lochkarten',
    ])
      expect(german).toContain(line);
  });

  it('says plainly when a file is none of the formats', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.yaml'), 'groceries:\n  - milk\n');
    const r = await runCli(['import', 'notes.yaml', '-o', 'cv.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a format this tool reads/);
    expect(existsSync(join(dir, 'cv.yaml'))).toBe(false);
  });
});

describe('other tools’ files read directly', () => {
  it.each([
    ['build', ['-f', 'txt', '-o', 'out']],
    ['validate', []],
  ])(
    '%s reads a RenderCV file, saying in one line what it is and that import converts it',
    async (command, flags) => {
      const dir = tempDir();
      const r = await runCli([command, fixture('rendercv', 'v2-4.yaml'), ...flags], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/v2-4\.yaml is a RenderCV file: read as such.*resume import .* converts it/);
      expect(r.stderr).not.toMatch(/unknown key "cv"/);
    },
  );

  it("points a RenderCV file's warnings at the RenderCV keys they came from, not at its first line", async () => {
    const dir = tempDir();
    const r = await runCli(['build', fixture('rendercv', 'positions.yaml'), '-f', 'txt', '-o', 'out'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('positions.yaml:7:10  basics.image  warning: "ada.jpg": no such file');
    expect(r.stderr).toContain('7 |   photo: ada.jpg');
    expect(r.stderr).toContain('positions.yaml:24:15  work[1].startDate  warning: "Summer 2015"');
    // One date written as both ends is said once.
    expect(r.stderr).not.toContain('work[1].endDate');
    expect(r.stderr).toContain('24 |         date: Summer 2015');
    expect(r.stderr).toContain('positions.yaml:32:19  education[0].endDate  warning: "Spring term 2015"');
    // Only the one line about the file as a whole is at its start.
    expect(r.stderr.match(/positions\.yaml:1:1 /g)).toHaveLength(1);
  });

  // Each line the build prints (file:LINE:COL  path  message), at the key of the other tool's file it came from.
  it.each([
    [
      'YAMLResume',
      fixture('yamlresume', 'positions.yaml'),
      [
        'positions.yaml:23:18  work[1].startDate  warning: "Summer 2015" is not a date',
        'positions.yaml:34:16  education[0].endDate  warning: "Spring term 2015" is not a date',
        'positions.yaml:38:13  awards[0].date  warning: "Autumn 2019" is not a date',
      ],
    ],
    [
      'resumake',
      fixture('resumake', 'positions.json'),
      [
        'positions.json:7:16  basics.image  warning: "lena.jpg": no such file',
        // A blank entry before it is not built: the first job built is the second written.
        'positions.json:16:20  work[0].startDate  warning: "Summer 2015" is not a date',
        'positions.json:22:83  education[0].endDate  warning: "Spring term 2015" is not a date',
      ],
    ],
    [
      'FRESH',
      fixture('fresh', 'positions.json'),
      [
        'positions.json:4:60  basics.image  warning: "noor.png": no such file',
        'positions.json:12:18  work[1].startDate  warning: "Summer 2015" is not a date',
        'positions.json:18:101  education[0].endDate  warning: "Spring term 2015" is not a date',
      ],
    ],
    [
      'Reactive Resume',
      fixture('reactiveresume', 'positions.json'),
      [
        // A hidden item before it is not built: the first job built is the second written.
        'positions.json:10:99  work[0].startDate  warning: "Summer 2015 - Present" is not a date',
        'positions.json:16:100  awards[0].date  warning: "Autumn 2019" is not a date',
      ],
    ],
  ])("points a %s file's warnings at the keys they came from", async (_, file, lines) => {
    const r = await runCli(['build', file, '-f', 'txt', '-o', 'out'], { cwd: tempDir() });
    expect(r.code, r.stderr).toBe(0);
    for (const line of lines) expect(r.stderr).toContain(line);
    // Only the one line about the file as a whole is at its start.
    expect(r.stderr.match(/:1:1 /g)).toHaveLength(1);
  });

  it("reads a French RenderCV file's 'Résumé' as its summary and 'Centres d'intérêt' as its interests", async () => {
    const dir = tempDir();
    const source = fixture('rendercv', 'french-titles.yaml');
    const r = await runCli(['import', source, '-o', 'cv.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    expect(yaml).toMatch(/^ {2}summary: Ingénieure logiciel/m);
    expect(yaml).toMatch(/^interests:\n {2}- name: Sport\n {4}keywords:/m);
    expect(yaml).not.toMatch(/^sections:/m);
    const built = await runCli(['build', source, '-f', 'md', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const md = readFileSync(join(dir, 'out', 'resume.md'), 'utf8');
    // A summary is a paragraph under the name, not one bullet of a section of its own.
    expect(md).not.toContain('- Ingénieure logiciel');
    expect(md).toContain('Ingénieure logiciel, dix ans');
  });

  it('a RenderCV date with no such month is said at its key, read as its year: a finished job never prints as current', async () => {
    const dir = tempDir();
    copyFileSync(fixture('rendercv', 'wrong-month.yaml'), join(dir, 'cv.yaml'));
    const built = await runCli(['build', 'cv.yaml', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain(
      'cv.yaml:8:19  work[0].endDate  warning: "2023-13" is not a date (check the month): read as 2023',
    );
    expect(readFileSync(join(dir, 'out', 'resume.txt'), 'utf8')).toContain('Jan 2018 – 2023');
    expect(
      (await runCli(['build', 'cv.yaml', '-f', 'txt', '-o', 'out', '--strict'], { cwd: dir })).code,
    ).toBe(1);
    // Imported, it is kept as written and said to be corrected: our own format stops at it, at its line.
    const imported = await runCli(['import', 'cv.yaml', '-o', 'ours.yaml'], { cwd: dir });
    expect(imported.stderr + imported.stdout).toContain(
      'name no such month or day, kept as written: correct them',
    );
    const ours = await runCli(['build', 'ours.yaml', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(ours.code).toBe(1);
    expect(ours.stderr).toContain('"2023-13" has no month 13: months go from 01 to 12');
  });

  it("titles a RenderCV section key as RenderCV did: welcome_to_RenderCV! is 'Welcome to RenderCV!'", async () => {
    const dir = tempDir();
    const built = await runCli(['build', fixture('rendercv', 'positions.yaml'), '-f', 'html', '-o', 'out'], {
      cwd: dir,
    });
    expect(built.code, built.stderr).toBe(0);
    const html = readFileSync(join(dir, 'out', 'resume.html'), 'utf8');
    expect(html).toMatch(/<h2 class="section-title"[^>]*>Welcome to RenderCV!</);
    const imported = await runCli(['import', fixture('rendercv', 'positions.yaml'), '-o', 'cv.yaml'], {
      cwd: dir,
    });
    expect(imported.code, imported.stderr).toBe(0);
    expect(readFileSync(join(dir, 'cv.yaml'), 'utf8')).toContain('title: Welcome to RenderCV!');
  });

  it("a RenderCV custom section's bullets print once, and each entry's unprinted key is named at that entry", async () => {
    const dir = tempDir();
    const r = await runCli(['build', fixture('rendercv', 'custom-entries.yaml'), '-f', 'txt', '-o', 'out'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const txt = readFileSync(join(dir, 'out', 'resume.txt'), 'utf8');
    expect(txt.split('Filed by Fjordline Robotics')).toHaveLength(2);
    expect(txt.split('Granted after one review round')).toHaveLength(2);
    expect(r.stderr).toContain('sections[0].items[0].number, sections[0].items[1].number');
  });

  it("a RenderCV custom section's dates print as the other sections' do, in the résumé's language, in every format", async () => {
    const dir = tempDir();
    const source = fixture('rendercv', 'patentes-es.yaml');
    const built = await runCli(['build', source, '-f', 'html,pdf,docx,md,txt', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    // A date that cannot be read is said at the RenderCV key it was written at, and printed as written.
    expect(built.stderr).toContain(
      'patentes-es.yaml:32:15  sections[1].items[1].date  warning: "otoño 2021" is not a date this tool can read',
    );
    const out = (name: string) => join(dir, 'out', name);
    const docx = (await mammoth.extractRawText({ path: out('resume.docx') })).value;
    const texts = {
      txt: readFileSync(out('resume.txt'), 'utf8'),
      md: readFileSync(out('resume.md'), 'utf8'),
      html: readFileSync(out('resume.html'), 'utf8'),
      pdf: await pdfText(out('resume.pdf')),
      docx,
    };
    for (const [format, text] of Object.entries(texts)) {
      // The job's dates, as every section prints them, and the custom sections' the same way.
      for (const date of [
        'mar. 2021 – feb. 2023',
        'mar. 2023 – dic. 2024',
        'jun. 2024 – actualidad',
        'oct. 2022',
      ])
        expect(text, format).toContain(date);
      expect(text, format).toContain('otoño 2021');
      expect(text, format).not.toMatch(/present|2023-03|2024-12/);
    }
    // A section whose entries have bullets is drawn as entries, each entry's dates on its line.
    expect(texts.txt).toContain(
      'Pinza con muñeca flexible pasiva\nmar. 2023 – dic. 2024\n\nSolicitud ES 2023-0001, concedida\n',
    );
    expect(texts.txt).toContain('- Control de pinzas blandas: PyConES, Granada · oct. 2022\n');
    const files = ['pdf', 'docx', 'html', 'md', 'txt'].map((e) => `out/resume.${e}`);
    const checked = await runCli(['check', ...files, '--resume', source], { cwd: dir });
    expect(checked.code, checked.stdout).toBe(0);
    expect(checked.stdout.trim().split('\n').at(-1)).toBe('all 5 outputs read back whole');
    // Imported, the dates are the items' own.
    const imported = await runCli(['import', source, '-o', 'cv.yaml'], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    expect(yaml).toContain(
      'text: Solicitud ES 2023-0001, concedida\n        startDate: 2023-03\n        endDate: 2024-12\n',
    );
    expect(yaml).toContain('text: Valencia\n        startDate: 2024-06\n');
    expect(yaml).not.toContain('present');
  });

  it('a quoted text whose next lines are indented less (as PyYAML reads it) builds, with a warning to place', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'cv.yaml'),
      'cv:\n  name: Sam Doe\n  photo: me.jpg\n  sections:\n    projects:\n      - name: Demo\n        summary: "First line.\nSecond line.\n      Third line."\n',
    );
    const r = await runCli(['build', 'cv.yaml', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('"me.jpg": no such file');
    expect(readFileSync(join(dir, 'out', 'resume.txt'), 'utf8')).toContain(
      'First line. Second line. Third line.',
    );
  });

  it('a FRESH file builds as it is, names what it does not show, and its outputs read back whole', async () => {
    const dir = tempDir();
    const source = fixture('fresh', 'fresh.json');
    const built = await runCli(['build', source, '-f', 'pdf,txt', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain(
      '3 values it has no place for, not shown (speaking, employment.summary, education.level',
    );
    const txt = readFileSync(join(dir, 'out', 'resume.txt'), 'utf8');
    expect(txt).toContain('Engineer · Acme');
    expect(txt).toContain('Lead · Beta');
    expect(txt).toContain('Backend (expert): Go, SQL');
    const r = await runCli(['check', 'out/resume.pdf', 'out/resume.txt', '--resume', source], { cwd: dir });
    expect(r.code, r.stdout).toBe(0);
  });

  it('a Reactive Resume export builds as it is (what it hid is counted, not shown) and its PDF reads back whole', async () => {
    const dir = tempDir();
    const source = fixture('reactiveresume', 'v4.json');
    const built = await runCli(['build', source, '-f', 'pdf,txt', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(
      /v4\.json is a Reactive Resume export: read as such; \d+ values it has no place for/,
    );
    const txt = readFileSync(join(dir, 'out', 'resume.txt'), 'utf8');
    expect(txt).toContain('WORK HISTORY');
    expect(txt).toContain('- Cut build times from 20 to 6 minutes');
    expect(txt).toContain('Boring Releases: DevOpsDays Stockholm');
    expect(txt).not.toContain('Kafe Sjöstjärnan');
    const r = await runCli(['check', 'out/resume.pdf', 'out/resume.txt', '--resume', source], { cwd: dir });
    expect(r.code, r.stdout).toBe(0);
  });

  it('a Reactive Resume 4 record in a list (as its app lists them) builds, its text shown; several are refused, named', async () => {
    const dir = tempDir();
    const source = fixture('reactiveresume', 'v4-record-list.json');
    const built = await runCli(['build', source, '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const txt = readFileSync(join(dir, 'out', 'resume.txt'), 'utf8');
    expect(txt).toContain('林伟');
    expect(txt).toContain('搭建每日指标看板，覆盖十二项核心业务指标');
    const [record] = JSON.parse(readFileSync(source, 'utf8'));
    const second = { ...record, title: 'Lin Wei — SQL developer' };
    writeFileSync(join(dir, 'two.json'), JSON.stringify([record, second]));
    for (const command of [
      ['import', 'two.json', '-o', 'cv.yaml'],
      ['build', 'two.json', '-o', 'out2'],
    ]) {
      const r = await runCli(command, { cwd: dir });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('2 Reactive Resume records');
      expect(r.stderr).toContain('"Lin Wei — SQL developer"');
      expect(r.stderr).toMatch(/save the one you want on its own/);
    }
    expect(existsSync(join(dir, 'cv.yaml'))).toBe(false);
  });

  it('a resumake export with lists per language: a build reads the asked language, import writes every one', async () => {
    const dir = tempDir();
    const source = fixture('resumake', 'lists-per-language.json');
    const en = await runCli(['build', source, '-f', 'txt', '-o', 'en'], { cwd: dir });
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toContain(
      'its texts written per language (en, de) read in "en" (--locale picks another)',
    );
    const de = await runCli(['build', source, '--locale', 'de', '-f', 'txt', '-o', 'de'], { cwd: dir });
    expect(de.code, de.stderr).toBe(0);
    const txt = (folder: string, name = 'resume.txt') => readFileSync(join(dir, folder, name), 'utf8');
    expect(txt('en')).toContain('- Rebuilt the checkout');
    expect(txt('en')).toContain('Curiosity, Care');
    expect(txt('en')).toContain('Mar 2019 – Present');
    expect(txt('de', 'resume.de.txt')).toContain('- Bezahlvorgang neu gebaut');
    expect(txt('de', 'resume.de.txt')).toContain('Neugier, Sorgfalt');
    const r = await runCli(['import', source, '-o', 'cv.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    expect(yaml).toMatch(/languages:\n\s+- en\n\s+- de/);
    expect(yaml).toMatch(/- de: Bezahlvorgang neu gebaut\n\s+en: Rebuilt the checkout/);
    const built = await runCli(['build', 'cv.yaml', '--all-locales', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'resume.de.txt'), 'utf8')).toContain('- Testabdeckung verdoppelt');
    expect(readFileSync(join(dir, 'out', 'resume.txt'), 'utf8')).toContain('- Doubled the test coverage');
  });

  it('check reads a YAMLResume file’s outputs back against it', async () => {
    const dir = tempDir();
    const source = fixture('yamlresume', 'after-0-8.yaml');
    expect((await runCli(['build', source, '-f', 'html,docx,md,txt', '-o', 'out'], { cwd: dir })).code).toBe(
      0,
    );
    const files = ['html', 'docx', 'md', 'txt'].map((e) => `out/resume.${e}`);
    const r = await runCli(['check', ...files, '--resume', source], { cwd: dir });
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all 4 outputs read back whole');
  });
});
