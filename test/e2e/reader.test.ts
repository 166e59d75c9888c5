// Issue 20: résumés as people really keep them. Each class of real files has a synthetic fixture in
// test/fixtures/reader/, run through the CLI: our format is strict, a JSON Resume document (JSON or YAML alike) is
// read leniently with a warning that says the fix, nothing is lost silently, and check raises no false alarm.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';

const dir = join(root, 'test', 'fixtures', 'reader');

/** Builds a fixture into a fresh folder: the exit code, its diagnostics (file:line:col lines), its text output. */
async function build(file: string, formats = 'txt', extra: string[] = []) {
  const out = tempDir();
  const r = await runCli(['build', file, '-f', formats, '-o', out, ...extra], { cwd: dir });
  const lines = r.stderr.split('\n').filter((l) => l.startsWith(`${file}:`));
  const read = (name: string) => readFileSync(join(out, name), 'utf8');
  let txt = '';
  try {
    txt = read('resume.txt');
  } catch {
    // No text output: the build failed, or was asked for other formats.
  }
  return { ...r, out, lines, txt, read };
}

describe('the policy: our format is strict, any other document is read leniently', () => {
  it('a file that declares our schema is our format: an unknown key is an error with did-you-mean', async () => {
    const r = await build('ours-typo.yaml');
    expect(r.code).toBe(1);
    expect(r.lines).toEqual(['ours-typo.yaml:4:3  basics.emial  unknown key "emial"; did you mean "email"?']);
  });

  it('YAML in JSON Resume keys is read like JSON: unknown keys, schemaVersion, meta.theme and tag names warn', async () => {
    const r = await build('jsonresume-keys.yaml');
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([
      'jsonresume-keys.yaml:4:1  disposition  warning: not shown: "disposition" is not a key this tool reads',
      'jsonresume-keys.yaml:6:10  meta.theme  warning: theme "ludoo" is not available here: using the default theme (or give --theme)',
      'jsonresume-keys.yaml:7:3  meta.schemaVersion  warning: not shown: "schemaVersion" is not a key this tool reads',
      'jsonresume-keys.yaml:12:11  work[0].tags  warning: "clinical_research" read as the tag "clinical-research" (tag names are lower-case words joined by dashes)',
      'jsonresume-keys.yaml:15:15  work[0].highlights[0].tags  warning: "Data Science" read as the tag "data-science" (tag names are lower-case words joined by dashes)',
    ]);
    expect(r.txt).toContain('Designed the trial analysis plan');
  });

  it('--theme given wins over an unknown meta.theme, without a word about it; the tag works as written', async () => {
    const r = await build('jsonresume-keys.yaml', 'txt', [
      '--theme',
      'compact',
      '--tag',
      'clinical_research',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('meta.theme');
  });

  it('--strict turns every warning into an error; validate shows the warnings', async () => {
    const strict = await runCli(['validate', 'jsonresume-keys.yaml', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      'disposition  not shown: "disposition" is not a key this tool reads (an error under --strict)',
    );
    const plain = await runCli(['validate', 'jsonresume-keys.yaml'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('warning: not shown: "disposition"');
    expect(plain.stdout).toContain('jsonresume-keys.yaml: OK');
  });

  it('a comma after the last item is read, with a warning at it; an error under --strict', async () => {
    const r = await build('trailing-comma.json');
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([
      'trailing-comma.json:4:25  (document)  warning: JSON syntax: a comma after the last item: read as if it were not there (remove it: JSON allows no comma before } or ])',
    ]);
    expect(r.txt).toContain('TOM TRAILING');
    const strict = await build('trailing-comma.json', 'txt', ['--strict']);
    expect(strict.code).toBe(1);
    expect(strict.lines[0]).toContain('trailing-comma.json:4:25  (document)  JSON syntax: a comma after');
    expect(strict.lines[0]).toContain('(an error under --strict)');
    expect(existsSync(join(strict.out, 'resume.txt'))).toBe(false);
  });

  it('a JSON Resume theme\'s own meta.languages ("en,fr") leaves the document a JSON Resume one, read leniently', async () => {
    const file = join(tempDir(), 'theme-languages.json');
    writeFileSync(file, JSON.stringify({ basics: { name: 'Ann' }, meta: { languages: 'en,fr' } }));
    const r = await runCli(['build', file, '-f', 'txt', '-o', tempDir()]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("meta.languages  warning: not shown: a theme's setting here");
  });

  it('a résumé with no name builds in every format, the PDF titled by the word alone, with a warning', async () => {
    const out = tempDir();
    const file = join(tempDir(), 'nameless.json');
    writeFileSync(file, JSON.stringify({ work: [{ name: 'Acme', position: 'Dev' }] }));
    const r = await runCli(['build', file, '-f', 'pdf,txt', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('no basics.name: the résumé has no name at the top');
    const check = await runCli(['check', '--resume', file, join(out, 'resume.pdf'), join(out, 'resume.txt')]);
    expect(check.code, check.stdout).toBe(0);
  });

  it('a language with no level is its name alone, no colon after it, in every format', async () => {
    const out = tempDir();
    const file = join(tempDir(), 'levels.json');
    const languages = [{ language: 'English' }, { language: 'French', fluency: 'Fluent' }];
    writeFileSync(file, JSON.stringify({ basics: { name: 'Ann' }, languages }));
    expect((await runCli(['build', file, '-f', 'txt,md,html,docx', '-o', out])).code).toBe(0);
    const read = (name: string) => readFileSync(join(out, name), 'utf8');
    expect(read('resume.txt')).toContain('- English\n- French: Fluent');
    expect(read('resume.md')).toContain('- **English**\n- **French:** Fluent');
    expect(read('resume.html')).toContain('<strong class="item-label">English</strong>');
  });

  it('a 0.x key beside its current name: the current one shown, the other named as not shown', async () => {
    const file = join(tempDir(), 'both.json');
    const work = [{ company: 'Example Research Institute', name: 'ERI', position: 'Engineer' }];
    writeFileSync(file, JSON.stringify({ basics: { name: 'Ann' }, work }));
    const out = tempDir();
    const r = await runCli(['build', file, '-f', 'txt', '-o', out]);
    expect(r.stderr).toContain(
      'work[0].company  warning: not shown: "company" is the JSON Resume 0.x name of "name", which is given too and shown (keep one)',
    );
    const check = await runCli(['check', '--resume', file, join(out, 'resume.txt')]);
    expect(check.code, check.stdout).toBe(0);
  });

  it('an entry with nothing this tool reads is skipped, and its section with it: no empty heading', async () => {
    const file = join(tempDir(), 'unread.json');
    const work = [{ item: [{ name: 'Project X', description: ['Built the server'] }] }];
    writeFileSync(file, JSON.stringify({ basics: { name: 'Ann' }, work }));
    const out = tempDir();
    const r = await runCli(['build', file, '-f', 'txt', '-o', out]);
    expect(r.stderr).toContain('work[0].item  warning: not shown: "item" is not a key this tool reads');
    expect(readFileSync(join(out, 'resume.txt'), 'utf8')).not.toContain('EXPERIENCE');
  });

  it('a YAML file of several documents builds from the one résumé among them, the others named', async () => {
    const file = join(tempDir(), 'site.yaml');
    writeFileSync(file, '---\npermalink: /resume/\n---\nbasics:\n  name: Ann\nwork:\n  - name: Acme\n');
    const out = tempDir();
    const r = await runCli(['build', file, '-f', 'txt', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'site.yaml:1:1  (document)  warning: the file holds 2 YAML documents: the résumé is the one with basics; the other is not read',
    );
    expect(readFileSync(join(out, 'resume.txt'), 'utf8')).toContain('ANN');
    const strict = await runCli(['build', file, '-f', 'txt', '-o', tempDir(), '--strict']);
    expect(strict.code).toBe(1);
  });

  it("a template's empty profile is skipped with a warning, not printed as a bare network; a network alone stays", async () => {
    const file = join(tempDir(), 'profiles.json');
    const profiles = [
      { network: 'LinkedIn', username: '', url: '' },
      { network: 'GitHub', username: 'ann' },
      { network: 'Mastodon' },
    ];
    writeFileSync(file, JSON.stringify({ basics: { name: 'Ann', profiles } }));
    const out = tempDir();
    const r = await runCli(['build', file, '-f', 'txt', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'basics.profiles[0]  warning: this profile has no address or user name: skipped',
    );
    const txt = readFileSync(join(out, 'resume.txt'), 'utf8');
    expect(txt).not.toContain('LinkedIn');
    expect(txt).toContain('GitHub: ann');
    expect(txt).toContain('Mastodon');
  });

  it('other invalid JSON is an error at its line and column, in JSON words', async () => {
    const file = join(tempDir(), 'missing-comma.json');
    writeFileSync(file, '{\n  "basics": { "name": "Ann" "label": "Dev" }\n}\n');
    const r = await runCli(['build', file, '-f', 'txt', '-o', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'missing-comma.json:2:29  (document)  JSON syntax: a comma is missing before this item',
    );
  });

  it('a file in which nothing is a résumé gets one message, not a page of keys', async () => {
    const r = await build('not-a-resume.json');
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toContain('nothing here is a résumé this tool can read');
  });
});

describe('every class of the issue, each read with a warning that says the fix', () => {
  it('links without a scheme get https://; relative links and other schemes stay text, not linked', async () => {
    const r = await build('links.json', 'txt,html');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'basics.url  warning: "lena.example.dev" has no scheme: read as https://lena.example.dev (add https://)',
    );
    expect(r.stderr).toContain(
      'basics.profiles[1].url  warning: "pdf/resume-fr.pdf" is not linked: a relative link cannot work on paper',
    );
    expect(r.stderr).toContain('basics.profiles[2].url  warning: "skype:lena.links" is not linked');
    expect(r.txt).toContain('CV (French): pdf/resume-fr.pdf');
    expect(r.txt).toContain('Tool (https://github.com/lena/tool)');
    expect(r.txt).toContain('A paper on graphs.');
    const html = r.read('resume.html');
    expect(html).toContain('href="https://www.linkedin.com/in/lena-links"');
    expect(html).not.toMatch(/href="(pdf|pub)\//);
  });

  it('null is not set, "" in a list is dropped, both without a word; an end of null is a current role', async () => {
    const r = await build('empty-values.json');
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([]);
    expect(r.txt).toContain('Mar 2021 – Present');
    expect(r.txt).toContain('- Shipped the billing service');
    expect(r.txt).not.toMatch(/REFERENCES|AWARDS|null/);
  });

  it("a custom section's items written as plain text are read as their text; what has no place is named", async () => {
    expect((await build('custom-plain-items.yaml', 'txt', ['--strict'])).code).toBe(1);
    const lenient = await build('custom-plain-items.yaml');
    expect(lenient.code).toBe(0);
    expect(lenient.lines).toEqual([
      'custom-plain-items.yaml:7:9  sections[0].items[0]  warning: plain text where an entry is expected: read as its text (write text: …)',
      'custom-plain-items.yaml:9:5  sections[1]  warning: not shown: must be a mapping (key: value lines), not text "Patents"',
    ]);
    expect(lenient.txt).toContain('Scaling queues at PyCon Lisboa');
    expect(lenient.txt).toContain('Designing for failure');
  });

  it('a numeric date with no such month is read as its year, and a span of years as a span: no false dates', async () => {
    const r = await build('wrong-month.json');
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([
      'wrong-month.json:4:61  work[0].startDate  warning: "2018-13" is not a date (check the month): read as 2018',
      'wrong-month.json:5:58  work[1].startDate  warning: "2016-2018" read as a span: 2016 to 2018 (write startDate and endDate)',
    ]);
    expect(r.txt).toContain('2018 – Feb 2021');
    expect(r.txt).toContain('2016 – 2018');
    expect(r.txt).not.toContain('Present');
  });

  it('keywords grouped under keys are read with their keys, never as texts per language ("ml" is a language code)', async () => {
    const r = await build('keyword-groups.json');
    expect(r.code).toBe(0);
    expect(r.txt).toContain('- Stack: web: React, Vue, ops: Terraform, ml: PyTorch');
    expect(r.txt).toContain('- Levels: Python (expert), Go (good)');
    expect(r.stderr).not.toContain('per language');
  });

  it('0.x languages[].name and level are read as language and fluency', async () => {
    const r = await build('legacy-languages.json');
    expect(r.stderr).toContain(
      'languages[0].level  warning: "level" is the JSON Resume 0.x name of "fluency"',
    );
    expect(r.txt).toContain('- German: Native');
  });

  it('other shapes of known keys: summary as a list, location as a mapping, keywords as objects, tags as a text, plain interests, references: 0', async () => {
    const r = await build('shapes.json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'basics.summary  warning: a list where one text is expected: read as paragraphs',
    );
    expect(r.stderr).toContain(
      'work[0].location  warning: a mapping where text is expected: read as "Lyon, France"',
    );
    expect(r.stderr).toContain(
      'skills[0].keywords[0]  warning: a mapping where text is expected: read as its name and level; not shown: notes',
    );
    expect(r.stderr).toContain('skills[0].tags  warning: one text where a list of tags is expected');
    expect(r.stderr).toContain(
      'interests[0]  warning: plain text where an entry is expected: read as its name',
    );
    expect(r.stderr).toContain(
      'basics.email  warning: "sasha {at} example.com" is not an e-mail address: shown as text, not linked',
    );
    expect(r.txt).toContain('I build data platforms.\n\nI like small teams.');
    expect(r.txt).toContain('- Languages: Go (Advanced), Rust');
    expect(r.txt).toContain('- Climbing\n- Chess');
    expect(r.txt).toContain('Lyon, France · sasha {at} example.com');
  });

  it('a section or a link as a mapping is read as its entries or its address', async () => {
    const r = await build('skills-mapping.json');
    expect(r.stderr).toContain(
      'skills  warning: a mapping where a list is expected: read as 2 entries, one per key',
    );
    expect(r.txt).toContain('- Frontend: Vue, CSS\n- Backend: Go');
    expect(r.txt).toContain('milo.example.com');
  });

  it('a private vocabulary is read where its keys plainly map, each said at its own line', async () => {
    const r = await build('private-vocabulary.json');
    expect(r.code).toBe(0);
    expect(r.lines).toContain(
      'private-vocabulary.json:3:3  experience  warning: "experience" read as "work" (write "work" to be sure)',
    );
    expect(r.lines).toContain(
      'private-vocabulary.json:4:27  work[0].title  warning: "title" read as "position" (write "position" to be sure)',
    );
    expect(r.lines).toContain(
      'private-vocabulary.json:2:3  contact  warning: "name", "email", "phone" read as basics fields: write them under basics',
    );
    expect(r.txt).toContain('VERA VOCAB');
    expect(r.txt).toContain('Analyst · Acme\nJan 2020 – Present');
    // A 0.x name inside a section of another vocabulary's name: `experience` is work, so `company` its employer.
    expect(r.lines).toContain(
      'private-vocabulary.json:5:7  work[1].company  warning: "company" is the JSON Resume 0.x name of "name": read as "name" (rename it to modernise)',
    );
    expect(r.txt).toContain('Intern · Beta Corp (https://beta.example.com)\nJun 2018 – Dec 2019');
    expect(r.txt).toContain('- Built the weekly report');
    expect(r.txt).toContain('BSc, Economics · City College');
  });

  it('a name in two keys, profiles as keys of basics, educations and a skill group are read, each said with the key to write', async () => {
    const r = await build('split-name-vocabulary.json');
    expect(r.code, r.stderr).toBe(0);
    const file = 'split-name-vocabulary.json';
    expect(r.lines).toContain(
      `${file}:3:5  basics.firstname  warning: "firstname", "lastname" read as the name "Noé Exemple" (write name: Noé Exemple)`,
    );
    expect(r.lines).toContain(
      `${file}:6:5  basics.linkedin  warning: "linkedin" read as a profile (write profiles: [{ network: LinkedIn, url: https://www.linkedin.com/in/noe-exemple }])`,
    );
    expect(r.lines).toContain(
      `${file}:7:5  basics.github  warning: "github" read as a profile (write profiles: [{ network: GitHub, username: noe-exemple }])`,
    );
    expect(r.lines).toContain(
      `${file}:13:3  educations  warning: "educations" read as "education" (write "education" to be sure)`,
    );
    expect(r.lines).toContain(
      `${file}:17:7  skills[0].group  warning: "group" read as "name" (write "name" to be sure)`,
    );
    expect(r.stderr).not.toMatch(/not shown|did you mean/);
    expect(r.txt).toContain('NOÉ EXEMPLE');
    expect(r.txt).toContain('linkedin.com/in/noe-exemple · GitHub: noe-exemple');
    expect(r.txt).toContain('GitHub: noe-exemple');
    expect(r.txt).toContain('Twitter: noe_exemple');
    expect(r.txt).toContain('Licence, Informatique · Université de Lyon');
    expect(r.txt).toContain('Frontend: React, TypeScript');
  });

  it('inline HTML becomes emphasis, links, breaks and lists; other tags are dropped, their text kept', async () => {
    const r = await build('inline-html.json', 'txt,md');
    expect(r.stderr).toContain(
      'basics.summary  warning: HTML in text: read as emphasis, links, line breaks and lists',
    );
    expect(r.stderr).toContain('<span> dropped, their text kept');
    expect(r.read('resume.md')).toContain('I build **fast** web sites.');
    expect(r.read('resume.md')).toContain(
      'See [my work](https://hanna.example.com) & talks.  \nBerlin based.',
    );
    expect(r.txt).toContain('- Shipped v2 of the API');
    expect(r.txt).toContain('- Kept a < b and <Company> as written');
  });

  it('a flood of one mistake is said once, with how many more', async () => {
    const lenient = await build('flood.json');
    expect(lenient.lines).toEqual([
      'flood.json:10:7  work[*].technologies  warning: "technologies" read as "keywords" (write "keywords" to be sure) (and 17 more like it)',
    ]);
    const strict = await build('flood.yaml');
    expect(strict.code).toBe(1);
    expect(strict.lines).toEqual([
      'flood.yaml:8:16  work[*].highlights[*].tags[*]  "Big_Tag" is not a valid name: use lower-case letters, digits and dashes (and 11 more like it)',
    ]);
  });

  it('a warning repeated three times is said once; errors stay one a place until five', async () => {
    const legacy = await build('legacy-three-jobs.json');
    expect(legacy.code).toBe(0);
    expect(legacy.lines).toEqual([
      'legacy-three-jobs.json:4:7  work[*].company  warning: "company" is the JSON Resume 0.x name of "name": read as "name" (rename it to modernise) (and 2 more like it)',
      'legacy-three-jobs.json:4:55  work[*].website  warning: "website" is the JSON Resume 0.x name of "url": read as "url" (rename it to modernise) (and 2 more like it)',
    ]);
    const tags = await build('three-bad-tags.yaml');
    expect(tags.code).toBe(1);
    expect(tags.lines.map((l) => l.split('  ')[0])).toEqual([
      'three-bad-tags.yaml:8:16',
      'three-bad-tags.yaml:10:16',
      'three-bad-tags.yaml:12:16',
    ]);
  });

  it('a key written twice in JSON: the last one is read, as JSON readers do, with a warning', async () => {
    const r = await build('duplicate-key.json');
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([
      'duplicate-key.json:5:3  (document)  warning: duplicate key "languages": this last one is read, the one before it is not shown (keep one)',
    ]);
    expect(r.txt).toContain('- French: Native');
  });

  it('a day the month does not have is read as the month; a bullet YAML read as a key is read as text', async () => {
    const day = await build('impossible-day.json');
    expect(day.lines).toEqual([
      'impossible-day.json:3:79  education[0].endDate  warning: "2015-09-31" has no such day: read as 2015-09 (check the date)',
    ]);
    const colon = await build('colon-bullet.yaml');
    expect(colon.txt).toContain('- Lead SRE: grew the team from 2 to 6');
    expect(colon.lines[0]).toContain('this bullet has ": " in it, so YAML read it as a key: read as text');
  });
});

describe('several roles under one employer', () => {
  it('positions (and roles) as people write them: one employer, its dated roles, in every format', async () => {
    const r = await build('positions.json', 'html,pdf,docx,md,txt');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('work[1].roles  warning: "roles" read as "positions"');
    expect(r.txt).toContain(
      'Acme Corp (https://acme.example.com)\nJan 2019 – Present\n\nEngineering Manager\nJun 2022 – Present\n\nLeads two platform teams.\n\nHired nine engineers.\n\n- Halved the deploy time\n\nKubernetes, Go\n\nSenior Engineer\nJan 2019 – May 2022\n\n- Built the event pipeline',
    );
    expect(r.read('resume.md')).toContain(
      '### [Acme Corp](https://acme.example.com)\nJan 2019 – Present\n\n#### Engineering Manager',
    );
    expect(r.read('resume.html')).toMatch(
      /<ol class="roles">\s*<li class="role">[\s\S]*Engineering Manager[\s\S]*Senior Engineer/,
    );
    // Every format read back whole, each role's lines included, and the source's text all there.
    const check = await runCli(
      [
        'check',
        '--resume',
        'positions.json',
        ...['html', 'pdf', 'docx', 'md', 'txt'].map((e) => join(r.out, `resume.${e}`)),
      ],
      { cwd: dir },
    );
    expect(check.stdout).toContain("ok    the source's text shown");
    expect(check.stdout.trim().split('\n').at(-1)).toBe('all 5 outputs read back whole');
  });

  it('our YAML has positions too, and tailoring keeps one role of a job and leaves another', async () => {
    const r = await build('positions.yaml', 'txt', ['--tag', 'lead']);
    expect(r.code).toBe(0);
    const txt = r.read('resume-lead.txt');
    expect(txt).toContain('Acme Corp\nJun 2022 – Present\n\nEngineering Manager');
    expect(txt).not.toContain('Senior Engineer');
    const explain = await runCli(['build', 'positions.yaml', '--tag', 'backend', '--explain'], { cwd: dir });
    expect(explain.stdout).toContain(
      '- dropped  work[0].positions[0]  Engineering Manager  (tag lead not selected)',
    );
    expect(explain.stdout).toContain(
      '+ kept     work[0].positions[1]  Senior Engineer  (selected tag backend)',
    );
  });
});

describe('the language of the document', () => {
  it('a language key picks headings and months, said at its line', async () => {
    const r = await build('language-key.json');
    expect(r.lines).toEqual([
      'language-key.json:2:3  language  warning: "language" read as meta.locale: headings and dates in ru (write meta: { locale: ru })',
    ]);
    expect(r.txt).toContain('ОПЫТ РАБОТЫ');
    expect(r.txt).toContain('март 2019 – н. в.');
  });

  it('the text itself picks them when nothing says so, in one line; --locale overrides', async () => {
    const r = await build('french-text.json');
    expect(r.stderr).toContain(
      'language: fr, read from its text, for headings and dates (--locale or meta.locale sets another)',
    );
    expect(r.txt).toContain('EXPÉRIENCE PROFESSIONNELLE');
    expect(r.txt).toContain('sept. 2020 – aujourd’hui');
    // English is not the language it is written in: its own outputs stay, and the build says whose words these are.
    const en = await build('french-text.json', 'txt', ['--locale', 'en']);
    expect(en.stderr).not.toContain('language:');
    expect(en.stderr).toContain('warning: no en text: the résumé is written in fr only');
    expect(en.read('resume.en.txt')).toContain('EXPERIENCE\n');
  });

  it('Korean text gets Korean headings and year-first dates', async () => {
    const r = await build('cjk-wrap.json');
    expect(r.stderr).toContain('language: ko, read from its text');
    expect(r.txt).toContain('경력');
    expect(r.txt).toContain('2019년 3월 – 현재');
  });
});

describe('check without false alarms', () => {
  it('resume init && resume check passes (a phone with spaces, in every format)', async () => {
    const work = tempDir();
    expect((await runCli(['init'], { cwd: work })).code).toBe(0);
    const r = await runCli(['check'], { cwd: work });
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all 5 outputs read back whole');
    expect(r.code).toBe(0);
  });

  it('a phone with spaces, a link with accents (percent-encoded in the PDF), Korean lines and }{ wrapped', async () => {
    for (const file of ['links-check.yaml', 'cjk-wrap.json']) {
      const r = await runCli(['check', '--resume', file], { cwd: dir });
      expect(r.stdout.trim().split('\n').at(-1), file).toBe('all 5 outputs read back whole');
    }
  });

  it('knows how a file was built: a tagged PDF, DOCX and text checked with no flags', async () => {
    const r = await build('positions.yaml', 'pdf,docx,txt', ['--tag', 'lead']);
    const files = ['pdf', 'docx', 'txt'].map((e) => join(r.out, `resume-lead.${e}`));
    const check = await runCli(['check', '--resume', 'positions.yaml', ...files], { cwd: dir });
    expect(check.stdout.trim().split('\n').at(-1)).toBe('all 3 outputs read back whole');
    // Flags still win: checked as the whole résumé, the tailored PDF lacks the other role.
    const asWhole = await runCli(
      ['check', '--resume', 'positions.yaml', '--tag', 'backend', files[0] as string],
      { cwd: dir },
    );
    expect(asWhole.code).toBe(1);
  });

  it('a résumé named where outputs go is pointed at --resume', async () => {
    const r = await runCli(['check', 'positions.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'positions.yaml is a résumé, not an output: resume check --resume positions.yaml builds every format',
    );
    const work = tempDir();
    writeFileSync(join(work, 'resume.json'), readFileSync(join(dir, 'empty-values.json')));
    const json = await runCli(['check', 'resume.json'], { cwd: work });
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('resume.json is the résumé itself: check --resume resume.json');
  });

  it('a loss fails it: text of the source that no output shows and no warning named', async () => {
    const work = tempDir();
    const source = join(work, 'resume.json');
    writeFileSync(source, readFileSync(join(dir, 'empty-values.json')));
    await runCli(['build', source, '-f', 'txt', '-o', work]);
    // The source says more than the output shows (as when a reader drops text without a word).
    const doc = JSON.parse(readFileSync(source, 'utf8'));
    doc.work[0].highlights.push('Led the migration to Postgres');
    writeFileSync(source, JSON.stringify(doc));
    const r = await runCli(['check', '--resume', source, join(work, 'resume.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("FAIL  the source's text shown");
    expect(r.stdout).toContain(
      'not shown, and no warning said so: work[0].highlights[3]: Led the migration to Postgres',
    );
  });
});
