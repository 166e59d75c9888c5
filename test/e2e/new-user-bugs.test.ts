// The bugs new users met (issue 9), each through the real CLI on résumés of their shapes.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliPath, hasCommand, root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

/** A folder holding `resume.yaml` with this text. */
/** A folder with a résumé in our own format: it declares our schema (at its end, so line numbers stay). */
function resumeDir(yaml: string): string {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'resume.yaml'),
    `${yaml}\n# yaml-language-server: $schema=${join(root, 'schema', 'resume.schema.json')}\n`,
  );
  return dir;
}

const taggedBullet = `basics:
  name: Dana Data
work:
  - name: Warehouse Co
    position: Data Engineer
    tags: [data]
    highlights:
      - Built the nightly pipelines
      - text: Led a team of four analysts
        tags: [lead]
  - name: Plain Co
    position: Analyst
    highlights:
      - Wrote reports
variants:
  lead:
    tags: [lead]
`;

describe('1. a bullet tag selects its entry', () => {
  it('tags, validate, build and --explain agree', async () => {
    const dir = resumeDir(taggedBullet);
    const tags = await runCli(['tags'], { cwd: dir });
    expect(tags.stdout).toMatch(/^lead\s+0\s+1\s+lead$/m);
    expect((await runCli(['validate'], { cwd: dir })).code).toBe(0);
    const build = await runCli(['build', '--tag', 'lead', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const html = readFileSync(join(dir, 'out', 'resume-lead.html'), 'utf8');
    expect(html).toContain('Led a team of four analysts');
    expect(html).toContain('Warehouse Co');
    expect(html).toContain('Plain Co'); // untagged: common to every version
    const variant = await runCli(['build', '--variant', 'lead', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(variant.code).toBe(0);
    const explain = await runCli(['build', '--variant', 'lead', '--explain'], { cwd: dir });
    expect(explain.stdout).toContain(
      'work[0]  Data Engineer · Warehouse Co  (tag data not selected, but some of its bullets are selected)',
    );
    expect(explain.stdout).toContain(
      'work[0].highlights[1]  Led a team of four analysts  (selected tag lead)',
    );
  });
});

describe('2. maxHighlights', () => {
  const capped = (cap: number) => `basics:
  name: Cap Test
work:
  - name: Co
    highlights:
      - Untagged first bullet
      - text: Tagged second bullet
        tags: [pick]
        alt: { short: Worded for the short variant }
variants:
  short:
    tags: [pick]
    maxHighlights: ${cap}
`;

  it('keeps the bullets chosen for the variant first', async () => {
    const dir = resumeDir(capped(1));
    const r = await runCli(['build', '--variant', 'short', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'out', 'resume-short.html'), 'utf8');
    expect(html).toContain('Worded for the short variant');
    expect(html).not.toContain('Untagged first bullet');
    const explain = await runCli(['build', '--variant', 'short', '--explain'], { cwd: dir });
    expect(explain.stdout).toContain("(over the variant's cap of 1 bullet)");
    expect(explain.stdout).toContain('(selected tag pick; worded for "short")');
  });

  it('refuses 0 at validation', async () => {
    const r = await runCli(['validate'], { cwd: resumeDir(capped(0)) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('resume.yaml:13:20  variants.short.maxHighlights  must be at least 1');
  });
});

describe('3. the README', () => {
  it('every complete YAML example in it validates', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const complete = blocks.filter((b) => (parse(b) as { basics?: { name?: string } })?.basics?.name);
    expect(complete.length).toBeGreaterThanOrEqual(1);
    for (const block of complete) {
      const dir = resumeDir(block);
      // The photo it names: a 1×1 PNG.
      const png =
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082';
      writeFileSync(join(dir, 'photo.jpg'), Buffer.from(png, 'hex'));
      const r = await runCli(['validate'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
  });
});

describe('4. exit codes', () => {
  it.each([
    [['--tag', 'nosuch'], 'unknown tag "nosuch"'],
    [['--variant', 'nosuch'], 'unknown variant "nosuch"'],
  ])('%j is bad input: exit 1', async (args, message) => {
    const r = await runCli(['build', sampleYaml, ...args, '-f', 'html', '-o', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
  });
});

describe('5. all-or-nothing writes', () => {
  it('a target that is a folder stops the build before anything is written', async () => {
    const out = tempDir();
    mkdirSync(join(out, 'resume.pdf'));
    writeFileSync(join(out, 'resume.html'), 'previous');
    const r = await runCli(['build', sampleYaml, '-f', 'html,pdf', '-o', out]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe(
      `error: cannot replace ${join(out, 'resume.pdf')} (EISDIR); nothing was written`,
    );
    expect(readFileSync(join(out, 'resume.html'), 'utf8')).toBe('previous');
    expect(readdirSync(out).sort()).toEqual(['resume.html', 'resume.pdf']);
  });
});

describe('6. every problem at once', () => {
  it('schema, link and photo problems together, with the count', async () => {
    const dir = resumeDir(`basics:
  name: Ada
  email: not-an-email
  image: missing.png
  summary: "[click](javascript:alert(1))"
work:
  - name: X
    startDate: "2020-05"
    endDate: "2019-01"
`);
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('resume.yaml:'));
    expect(lines).toEqual([
      'resume.yaml:3:10  basics.email  "not-an-email" is not a valid e-mail address',
      'resume.yaml:4:10  basics.image  warning: "missing.png": no such file (paths are relative to the résumé): built without a photo',
      'resume.yaml:5:21  basics.summary  link "javascript:alert(1)" is not allowed: use an http(s)://, mailto: or tel: address',
      'resume.yaml:9:14  work[0].endDate  ends (2019-01) before it starts (2020-05)',
    ]);
    expect(r.stderr.trim().split('\n').at(-1)).toBe('error: 3 problems in resume.yaml');
  });

  it('a photo problem alone still ends with the count line', async () => {
    const r = await runCli(['validate'], { cwd: resumeDir('basics:\n  name: Ada\n  image: /etc/passwd\n') });
    expect(r.stderr.trim().split('\n').at(-1)).toBe('error: 1 problem in resume.yaml');
  });
});

describe('7. output names', () => {
  it('are named after the whole selection, never over the full résumé', async () => {
    const out = tempDir();
    const a = await runCli(['build', sampleYaml, '--exclude-tag', 'rails', '-f', 'html', '-o', out]);
    const b = await runCli([
      'build',
      sampleYaml,
      '--variant',
      'architect',
      '--tag',
      'rails',
      '-f',
      'html',
      '-o',
      out,
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(readdirSync(out).sort()).toEqual([
      'ankit-khandelwal-tech-architect-rails.html',
      'resume-without-rails.html',
    ]);
  });

  it('say plainly when a selection cancels itself', async () => {
    const r = await runCli([
      'build',
      sampleYaml,
      '--tag',
      'rails',
      '--exclude-tag',
      'rails',
      '-o',
      tempDir(),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('error: the selection cancels itself: rails is both selected and excluded');
  });
});

describe('8. --explain', () => {
  it('lists only sections the résumé has, names substitutions, and counts in words', async () => {
    const r = await runCli(['build', sampleYaml, '--variant', 'architect', '--explain']);
    expect(r.code).toBe(0);
    for (const absent of ['volunteer', 'awards', 'certificates', 'publications', 'languages', 'interests'])
      expect(r.stdout).not.toMatch(new RegExp(`^\\s+- dropped\\s+${absent}\\b`, 'm'));
    expect(r.stdout).toMatch(
      /basics\.label {2}headline: Associate Tech Architect {2}\(written for "architect" in /,
    );
    expect(r.stdout).toMatch(/basics\.summary {2}summary: .*\(written for "architect" in /);
    expect(r.stdout).not.toMatch(/\btags rails not selected|cap of 1 bullets/);
  });
});

describe('9. error messages', () => {
  const firstProblem = async (yaml: string, name = 'resume.yaml') => {
    const dir = tempDir();
    // YAML in our own format: it declares our schema (at its end, so line numbers stay).
    const ours = name.endsWith('.yaml')
      ? `${yaml}\n# yaml-language-server: $schema=./schema/resume.schema.json\n`
      : yaml;
    writeFileSync(join(dir, name), ours);
    const r = await runCli(['validate', name], { cwd: dir });
    expect(r.code).toBe(1);
    return r.stderr;
  };

  it('a de-indented line and a tab each give one cause, no cascade', async () => {
    const lines = readFileSync(sampleYaml, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('      - label: System Thinking'));
    const dedented = lines.map((l, i) => (i === at ? l.slice(2) : l)).join('\n');
    const tabbed = lines.map((l, i) => (i === at ? `\t${l.trimStart()}` : l)).join('\n');
    const a = await firstProblem(dedented);
    expect(a.split('\n').filter((l) => l.startsWith('resume.yaml:'))).toEqual([
      `resume.yaml:${at + 1}:1  (document)  YAML syntax: this line is not indented like the lines around it`,
    ]);
    const b = await firstProblem(tabbed);
    expect(b.split('\n').filter((l) => l.startsWith('resume.yaml:'))).toEqual([
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
      'work[0].endDate  "2020-13-01" is not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    ['basics:\n  name: Ada\nexperience: []\n', 'experience  unknown key "experience"; did you mean "work"?'],
    [
      'basics:\n  name: Ada\nmeta:\n  order: [experience]\n',
      'meta.order[0]  unknown section "experience"; did you mean "work"? (sections: summary, work, projects',
    ],
  ])('%j says what to do', async (yaml, message) => {
    expect(await firstProblem(yaml)).toContain(message);
  });

  it('endDate: present says to leave it out (a warning: it is read as a current role)', async () => {
    const r = await runCli(['validate'], {
      cwd: resumeDir(
        'basics:\n  name: Ada\nwork:\n  - name: X\n    startDate: "2020-01"\n    endDate: present\n',
      ),
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'resume.yaml:6:14  work[0].endDate  warning: "present" read as a current role: leave endDate out to say so',
    );
  });

  it('a link error in a multi-line summary points at the link', async () => {
    const out = await firstProblem(
      'basics:\n  name: Ada\n  summary: |\n    First line.\n    See [me](javascript:x) here.\n',
    );
    expect(out).toContain('resume.yaml:5:14  basics.summary  link "javascript:x" is not allowed');
    expect(out).toContain('  5 |     See [me](javascript:x) here.\n                   ^');
  });

  it('the caret stays under the column in a one-line JSON file', async () => {
    const json = JSON.stringify({
      $schema: './schema/resume.schema.json',
      basics: { name: 'Ada', summary: 'x'.repeat(300), email: 'nope' },
    });
    const out = await firstProblem(json, 'resume.json');
    const [head, snippet, caret] = out.split('\n');
    const col = Number(/^resume\.json:1:(\d+)/.exec(head ?? '')?.[1]);
    expect(col).toBe(json.indexOf('"nope"') + 1);
    expect(snippet?.length).toBeLessThan(140);
    expect(snippet?.[caret?.indexOf('^') ?? 0]).toBe('"');
  });

  it('a Latin-1 file is read as Windows-1252, said at its first such byte (an error under --strict)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), Buffer.from('basics:\n  name: Ren\xe9 Dupont\n', 'latin1'));
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'resume.yaml:2:12  (document)  warning: the file is not UTF-8: read as Windows-1252 (Latin-1); save it as UTF-8 to be sure',
    );
    const out = tempDir();
    expect((await runCli(['build', '-f', 'txt', '-o', out], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(out, 'resume.txt'), 'utf8')).toContain('RENÉ DUPONT');
    const strict = await runCli(['validate', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('resume.yaml:2:12  (document)  the file is not UTF-8');
  });
});

describe('10. validate and build agree', () => {
  it('an unknown theme and an unknown locale are errors at their line', async () => {
    const dir = resumeDir('basics:\n  name: Ada\nmeta:\n  theme: modern\n  locale: xx-YY\n');
    for (const command of ['validate', 'build']) {
      const r = await runCli([command, '-f', 'html', '-o', 'out'].slice(0, command === 'build' ? 5 : 1), {
        cwd: dir,
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('resume.yaml:4:10  meta.theme  unknown theme "modern"; themes: classic');
      expect(r.stderr).toContain('resume.yaml:5:11  meta.locale  unknown locale "xx-YY"');
    }
    expect(readdirSync(dir)).toEqual(['resume.yaml']);
  });
});

describe('11. small ones', () => {
  it('--paper and --format take any letter case', async () => {
    const out = tempDir();
    const r = await runCli(['build', sampleYaml, '--paper', 'letter', '--format', 'PDF', '-o', out]);
    expect(r.code).toBe(0);
    expect((await readPdf(join(out, 'resume.pdf'))).pageSize).toEqual([612, 792]);
  });

  it('--name allows Unicode letters; -o "" is an error', async () => {
    const out = tempDir();
    const a = await runCli(['build', sampleYaml, '-f', 'html', '--name', 'Zielińska-CV', '-o', out]);
    expect(a.code).toBe(0);
    expect(readdirSync(out)).toEqual(['Zielińska-CV.html']);
    const b = await runCli(['build', sampleYaml, '-f', 'html', '-o', '']);
    expect(b.code).toBe(2);
    expect(b.stderr.trim()).toBe('error: --out needs a folder name');
  });

  it('- reads the résumé from standard input', () => {
    const dir = tempDir();
    const yaml = 'basics:\n  name: Piped Person\n';
    const out = execFileSync(process.execPath, [cliPath, 'build', '-', '-f', 'html', '-o', 'out'], {
      cwd: dir,
      input: yaml,
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('wrote out/resume.html');
    expect(readFileSync(join(dir, 'out', 'resume.html'), 'utf8')).toContain('Piped Person');
    const json = execFileSync(process.execPath, [cliPath, 'validate', '-'], {
      input: JSON.stringify({ basics: { name: 'Jay Son', label: '' } }),
      encoding: 'utf8',
    });
    expect(json.trim()).toBe('<stdin>: OK — no sections yet, only basics (add work, education, skills, …)');
  });

  it('validate on a name-only file says so in words', async () => {
    const r = await runCli(['validate'], { cwd: resumeDir('basics:\n  name: Only Name\n') });
    expect(r.stdout.trim()).toBe(
      'resume.yaml: OK — no sections yet, only basics (add work, education, skills, …)',
    );
  });

  it('SIGTERM exits 143', async () => {
    const child = spawn(process.execPath, [cliPath, 'build', sampleYaml, '-f', 'pdf', '-o', tempDir()], {
      stdio: 'ignore',
    });
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(143);
  });

  it('-o /proc/x fails at once instead of spinning', async () => {
    const r = await runCli(['build', sampleYaml, '-f', 'html', '-o', '/proc/x'], { timeoutMs: 10_000 });
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe('error: cannot create the folder /proc/x (ENOENT); nothing was written');
  });
});

describe('12. visual', () => {
  const long = `basics:
  name: Maximiliana Alexandra Konstantinopoulou-Wojciechowska
  email: max.konstantinopoulou@example.com
  phone: "+48 600 100 200"
  url: https://konstantinopoulou-wojciechowska.example.com
  location: { city: Kraków, region: Małopolska, countryCode: PL }
  profiles:
    - { network: GitHub, url: https://github.com/maximiliana-konstantinopoulou }
    - { network: LinkedIn, url: https://www.linkedin.com/in/maximiliana-konstantinopoulou-wojciechowska }
work:
  - name: Intergalactic Federated Logistics and Interplanetary Shipping Consortium
    position: Principal Engineer for Distributed Consensus and Storage Infrastructure
    startDate: "2019-03"
    highlights: [Led the redesign of the storage layer.]
`;

  it('a contact line that wraps never starts a line with "·" (HTML and PDF)', async () => {
    const dir = resumeDir(long);
    const r = await runCli(['build', '-f', 'pdf,html', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const { pages } = await readPdf(join(dir, 'out', 'resume.pdf'));
    const lines = (pages[0] ?? '').split('\n');
    expect(lines.filter((l) => l.includes('example.com')).length).toBeGreaterThanOrEqual(1);
    expect(lines.filter((l) => /^\s*·/.test(l))).toEqual([]);
  });

  const hasLibreOffice = hasCommand('soffice');

  it.skipIf(!hasLibreOffice)(
    'in the DOCX a two-line name does not overlap and a wrapped title keeps its date (needs soffice)',
    async () => {
      const dir = resumeDir(long);
      expect((await runCli(['build', '-f', 'docx', '-o', 'out'], { cwd: dir })).code).toBe(0);
      execFileSync(
        'soffice',
        ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'out', 'resume.docx')],
        {
          stdio: 'ignore',
          env: { ...process.env, HOME: dir },
          timeout: 120_000,
        },
      );
      const { words } = await readPdf(join(dir, 'resume.pdf'));
      const y = (text: string) => words.find((w) => w.text.startsWith(text))?.y ?? Number.NaN;
      // Name lines at least a 24 pt line apart; the date on the title's first line.
      expect(y('Maximiliana') - y('Konstantinopoulou-Wojciechowska')).toBeGreaterThanOrEqual(24);
      expect(Math.abs(y('Mar') - y('Principal'))).toBeLessThan(3);
    },
  );
});
