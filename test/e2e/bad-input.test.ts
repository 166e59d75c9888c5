// Broken and hostile inputs: each yields its exact messages at file:line:col, never a crash. What the messages
// say is read from the library's load() in process (what `resume validate` runs and prints); the CLI's own part,
// exit codes and writing nothing, is run for real.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, load } from '../../src/index.js';
import { root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { failure, invalid, lines, validated } from '../library.js';

const badDir = join(root, 'test', 'fixtures', 'bad');
const expected = JSON.parse(readFileSync(join(badDir, 'expected.json'), 'utf8')) as Record<
  string,
  { exit: number; errors: string[] }
>;

/** A résumé in our own format: it declares our schema (at its end, so line numbers stay those of the text). */
const ours = (yaml: string) => `${yaml}\n# yaml-language-server: $schema=./schema/resume.schema.json\n`;

/** A folder holding `name` with this content. */
function fileIn(content: string | Uint8Array, name = 'resume.yaml'): string {
  const dir = tempDir();
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

/** The lines of the CLI's report on this file (and its exit code): what `resume validate` prints on stderr. */
async function report(file: string): Promise<{ code: number; lines: string[] }> {
  const run = load({ file });
  const loaded = await run.catch(() => undefined);
  return loaded ? { code: 0, lines: lines(loaded.warnings) } : failure(run);
}

describe('corpus of bad résumés', () => {
  it('has an expectation for every fixture and at least 40 of them', () => {
    const files = readdirSync(badDir).filter((f) => f.endsWith('.yaml'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: ${want.errors[0]?.split('  ').slice(2).join('  ') ?? ''}`, async () => {
      // A warning alone (a guess made on a loose date) still validates; an error fails as a user error.
      const r = await report(join(badDir, file));
      expect(r.code).toBe(want.exit);
      expect(r.lines.filter((l) => l.startsWith(`${file}:`))).toEqual(want.errors);
    });
  }

  it('validate and build refuse them through the CLI: exit 1, the messages, nothing written', async () => {
    const file = 'date-month-13.yaml';
    const v = await runCli(['validate', file], { cwd: badDir });
    expect(v.code).toBe(1);
    expect(v.stdout).toBe('');
    expect(v.stderr.split('\n').filter((l) => l.startsWith(`${file}:`))).toEqual(expected[file]?.errors);
    expect(v.stderr).not.toMatch(/\n\s+at |internal error/);
    const out = tempDir();
    const r = await runCli(['build', file, '--format', 'all', '-o', out], { cwd: badDir });
    expect(r.code).toBe(1);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('generated bad files', () => {
  const cases: [string, Uint8Array | string, string][] = [
    [
      'binary.yaml',
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
      'binary.yaml:1:1  (document)  not a text file (it is not valid UTF-8 or UTF-16)',
    ],
    [
      'cv.pdf',
      '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n',
      'cv.pdf:1:1  (document)  a PDF: this tool reads text: a résumé in YAML or JSON (resume init writes one to start from), a letter or a posting as text or Markdown',
    ],
    [
      'cv.docx',
      Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0, 6, 0]),
      "cv.docx:1:1  (document)  a word processor's document: this tool reads text: a résumé in YAML or JSON (resume init writes one to start from), a letter or a posting as text or Markdown",
    ],
    [
      'export.zip',
      Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0]),
      'export.zip:1:1  (document)  a ZIP archive: a LinkedIn data export is read by: resume import export.zip',
    ],
    [
      'nul.yaml',
      'basics:\n  name: Ada\u0000\n',
      'nul.yaml:2:12  (document)  contains binary data (a control character): is this really a résumé file?',
    ],
    [
      'huge.yaml',
      `basics:\n  name: Ada\n  summary: ${'x'.repeat(20 * 1024 * 1024)}\n`,
      'huge.yaml:1:1  (document)  file is 20.0 MB; a résumé must be under 2 MB',
    ],
    [
      'deep.yaml',
      `basics: {name: Ada}\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
      'deep.yaml:2:68  (document)  the document is nested too deeply to be a résumé',
    ],
    [
      'indented.yaml',
      `basics:\n  name: Ada\n${Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:\n`).join('')}`,
      'indented.yaml:131:257  (document)  the document is nested too deeply to be a résumé',
    ],
  ];
  for (const [name, content, line] of cases) {
    it(name, async () => {
      const r = await invalid(fileIn(content, name));
      expect(r.code).toBe(1);
      expect(r.lines[0]).toBe(line);
    });
  }
});

describe('valid files in unusual encodings', () => {
  const sample = readFileSync(sampleYaml, 'utf8');
  const encodings: [string, Buffer][] = [
    ['bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)])],
    ['utf16le.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])],
    ['utf16be.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(sample, 'utf16le').swap16()])],
  ];
  for (const [name, bytes] of encodings) {
    it(`${name} validates like the UTF-8 original`, async () => {
      const r = await validated(fileIn(bytes, name));
      expect(r.warnings).toEqual([]);
      expect(r.name).toBe(name);
      expect(r.summary).toMatch(/^6 sections/);
    });
  }
});

describe('every problem at once', () => {
  it('an unquoted comma in a text per language is named as such in every field that takes one, not "not a mapping"', async () => {
    const file = fileIn(
      ours(
        [
          'meta:',
          '  languages: [es, en]',
          'basics:',
          '  name: Ana',
          '  location: { city: { es: Sevilla, España, en: Seville, Spain } }',
          'work:',
          '  - name: Banco',
          '    location: { es: Madrid, España, en: Madrid, Spain }',
          '    summary: { es: Pagos, tarjetas, en: Payments }',
        ].join('\n'),
      ),
    );
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(1);
    const hint = 'reads as a key with no value: a comma inside { … } starts a new key';
    expect(r.stderr).toContain(`basics.location.city  "España" ${hint}`);
    expect(r.stderr).toContain(`work[0].location  "España" ${hint}`);
    expect(r.stderr).toContain(`work[0].summary  "tarjetas" ${hint}`);
    expect(r.stderr).not.toMatch(/not a mapping/);
  });

  it('schema, link and photo problems together, with the count', async () => {
    const r = await invalid(
      fileIn(
        ours(`basics:
  name: Ada
  email: not-an-email
  image: missing.png
  summary: "[click](javascript:alert(1))"
work:
  - name: X
    startDate: "2020-05"
    endDate: "2019-01"
`),
      ),
    );
    expect(r.code).toBe(1);
    expect(r.lines.filter((l) => l.startsWith('resume.yaml:'))).toEqual([
      'resume.yaml:3:10  basics.email  "not-an-email" is not a valid e-mail address',
      'resume.yaml:4:10  basics.image  warning: "missing.png": no such file (paths are relative to the résumé): built without a photo',
      'resume.yaml:5:21  basics.summary  link "javascript:alert(1)" is not allowed: use an http(s)://, mailto: or tel: address',
      'resume.yaml:9:14  work[0].endDate  ends (2019-01) before it starts (2020-05)',
    ]);
    expect(r.message).toBe('3 problems in resume.yaml');
  });

  it('a photo problem alone still ends with the count line', async () => {
    const r = await invalid(fileIn('basics:\n  name: Ada\n  image: /etc/passwd\n'));
    expect(r.message).toBe('1 problem in resume.yaml');
  });
});

describe('error messages that say what to do', () => {
  /** The report on a file that must not load. */
  const problems = async (yaml: string | Uint8Array, name = 'resume.yaml') => {
    const r = await invalid(
      fileIn(typeof yaml === 'string' && name.endsWith('.yaml') ? ours(yaml) : yaml, name),
    );
    expect(r.code).toBe(1);
    return r.lines;
  };

  it('a de-indented line and a tab each give one cause, no cascade', async () => {
    const lines = readFileSync(sampleYaml, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('      - label: System Thinking'));
    const dedented = lines.map((l, i) => (i === at ? l.slice(2) : l)).join('\n');
    const tabbed = lines.map((l, i) => (i === at ? `\t${l.trimStart()}` : l)).join('\n');
    expect((await problems(dedented)).filter((l) => l.startsWith('resume.yaml:'))).toEqual([
      `resume.yaml:${at + 1}:1  (document)  YAML syntax: this line is not indented like the lines around it`,
    ]);
    expect((await problems(tabbed)).filter((l) => l.startsWith('resume.yaml:'))).toEqual([
      `resume.yaml:${at + 1}:1  (document)  YAML syntax: tab used for indentation: YAML indents with spaces only`,
    ]);
  });

  it.each([
    [
      'basics:\n  name: Ada\n  phone: +48600100200\n',
      'basics.phone  YAML read this as a number: write it in quotes: "+48600100200"',
    ],
    [
      'basics:\n  name: Ada\nwork:\n  - name: X\n    highlights:\n      - Result: Migrated the data\n',
      'work[0].highlights[0]  this bullet has ": " in it, so YAML reads it as a key: put the whole bullet in quotes, - "Result: Migrated the data"',
    ],
    [
      'basics:\n  name: Ada\nwork:\n  - name: X\n    startDate: "2020-01"\n    endDate: 2020-13-01\n',
      'work[0].endDate  "2020-13-01" has no month 13: months go from 01 to 12',
    ],
    ['basics:\n  name: Ada\nexperience: []\n', 'experience  unknown key "experience"; did you mean "work"?'],
    [
      'basics:\n  name: Ada\nmeta:\n  order: [experience]\n',
      'meta.order[0]  unknown section "experience"; did you mean "work"? (sections: summary, work, projects',
    ],
  ])('%j says what to do', async (yaml, message) => {
    expect((await problems(yaml)).join('\n')).toContain(message);
  });

  it('endDate: present says to leave it out (a warning: it is read as a current role)', async () => {
    const r = await validated(
      fileIn('basics:\n  name: Ada\nwork:\n  - name: X\n    startDate: "2020-01"\n    endDate: present\n'),
    );
    expect(r.warnings).toContain(
      'resume.yaml:6:14  work[0].endDate  warning: "present" read as a current role: leave endDate out to say so',
    );
  });

  it('a link error in a multi-line summary points at the link', async () => {
    const out = (
      await problems(
        'basics:\n  name: Ada\n  summary: |\n    First line.\n    See [me](javascript:x) here.\n',
      )
    ).join('\n');
    expect(out).toContain('resume.yaml:5:14  basics.summary  link "javascript:x" is not allowed');
    expect(out).toContain('  5 |     See [me](javascript:x) here.\n                   ^');
  });

  it('the caret stays under the column in a one-line JSON file', async () => {
    const json = JSON.stringify({
      $schema: './schema/resume.schema.json',
      basics: { name: 'Ada', summary: 'x'.repeat(300), email: 'nope' },
    });
    const [head, snippet, caret] = await problems(json, 'resume.json');
    const col = Number(/^resume\.json:1:(\d+)/.exec(head ?? '')?.[1]);
    expect(col).toBe(json.indexOf('"nope"') + 1);
    expect(snippet?.length).toBeLessThan(140);
    expect(snippet?.[caret?.indexOf('^') ?? 0]).toBe('"');
  });

  it('a Latin-1 file is read as Windows-1252, said at its first such byte (an error under --strict)', async () => {
    const file = fileIn(Buffer.from('basics:\n  name: Ren\xe9 Dupont\n', 'latin1'));
    const r = await validated(file);
    expect(r.warnings).toContain(
      'resume.yaml:2:12  (document)  warning: the file is not UTF-8: read as Windows-1252 (Latin-1); save it as UTF-8 to be sure',
    );
    const strict = await invalid(file, true);
    expect(strict.lines.join('\n')).toContain('resume.yaml:2:12  (document)  the file is not UTF-8');
  });
});

describe('validate and build agree', () => {
  it('an unknown theme and an unknown locale are errors at their line, and nothing is written', async () => {
    const file = fileIn(ours('basics:\n  name: Ada\nmeta:\n  theme: modern\n  locale: xx-YY\n'));
    const dir = join(file, '..');
    const runs = [load({ file }), build({ file, formats: ['html'], outDir: join(dir, 'out') })];
    for (const run of runs) {
      const r = await failure(run);
      expect(r.code).toBe(1);
      expect(r.lines.join('\n')).toContain(
        'resume.yaml:4:10  meta.theme  unknown theme "modern"; themes: classic',
      );
      expect(r.lines.join('\n')).toContain('resume.yaml:5:11  meta.locale  unknown locale "xx-YY"');
    }
    expect(readdirSync(dir)).toEqual(['resume.yaml']);
  });
});

describe('a folder given to build', () => {
  it('of CSV files is named as a LinkedIn export, with the command that reads it; nothing is written', async () => {
    const dir = tempDir();
    const dump = join(dir, 'export');
    mkdirSync(dump);
    writeFileSync(join(dump, 'Profile.csv'), 'First Name,Last Name\nAda,Lovelace\n');
    const r = await runCli(['build', 'export', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'export: a folder with no .yaml, .yml or .json file in it (a LinkedIn data export? it is read by: resume import export)',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('a setting in another case', () => {
  it('a locale that names no language is said once, by the schema, through the CLI', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), ours('basics:\n  name: Ada\nmeta:\n  locale: klingon'));
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('meta.locale'))).toEqual([
      'resume.yaml:4:11  meta.locale  "klingon" is not a locale: use a language code such as en or en-GB',
    ]);
    writeFileSync(join(dir, 'resume.yaml'), ours('basics:\n  name: Ada\nmeta:\n  locale: English'));
    const named = await runCli(['validate'], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stderr).toContain(
      'resume.yaml:4:11  meta.locale  warning: "English" read as "en" (write en)',
    );
  });

  it("is read as the schema's value with a warning at its line, in our format; --strict refuses it", async () => {
    const source = ours('basics:\n  name: Case Person\nmeta:\n  paper: letter\n  design: { bullet: Dash }');
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), source);
    const r = await runCli(['build', '-f', 'pdf', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'resume.yaml:4:10  meta.paper  warning: "letter" read as "Letter" (write Letter)',
    );
    expect(r.stderr).toContain(
      'resume.yaml:5:21  meta.design.bullet  warning: "Dash" read as "dash" (write dash)',
    );
    // US Letter: 612 × 792 points.
    expect(readFileSync(join(dir, 'out', 'resume.pdf'), 'latin1')).toMatch(/MediaBox\s*\[0 0 612 792\]/);
    const strict = await runCli(['build', '--strict', '-f', 'pdf', '-o', 'strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(existsSync(join(dir, 'strict'))).toBe(false);
  });
});
