// The CLI itself, run as a user would: what it prints, its exit codes, the files it writes, its flags, standard
// input and signals. What the outputs hold is tested through the library, in the test file of each feature.
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cliPath,
  expectedSampleText,
  firstOutOfOrder,
  htmlText,
  runCli,
  sampleYaml,
  tempDir,
  until,
} from '../helpers.js';
import { readPdf } from '../pdf.js';
import { seedCoverage } from '../seed.js';

describe('resume validate', () => {
  it('prints a one-line OK summary for resume.yaml', async () => {
    const r = await runCli(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(
      'resume.yaml: OK — 6 sections: 6 jobs, 11 projects, 4 education entries, 12 skill groups, Core Strengths (8 items); 122 bullets, 2 variants',
    );
  });

  it('on a name-only file, says so in words', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Only Name\n');
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.stdout.trim()).toBe(
      'resume.yaml: OK — no sections yet, only basics (add work, education, skills, …)',
    );
  });

  it('reports every problem of a broken copy with line:col, the source line, and exits 1', async () => {
    const dir = tempDir();
    const text = readFileSync(sampleYaml, 'utf8')
      .replace('startDate: "2025-05"', 'startDate: "2025-13"')
      .replace('  email: mailme', '  emial: mailme')
      .replace('url: http://ankitkhandelwal.net', 'url: ftp://ankitkhandelwal.net');
    writeFileSync(join(dir, 'resume.yaml'), text);
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => /^resume\.yaml:\d+:\d+/.test(l));
    expect(lines).toEqual([
      'resume.yaml:20:3  basics.emial  unknown key "emial"; did you mean "email"?',
      'resume.yaml:22:8  basics.url  "ftp://ankitkhandelwal.net" is not an allowed link: use an http(s)://, mailto: or tel: address',
      'resume.yaml:203:16  work[0].startDate  "2025-13" has no month 13: months go from 01 to 12',
    ]);
    expect(r.stderr).toContain('  203 |     startDate: "2025-13"\n                       ^');
    expect(r.stderr).toContain('error: 3 problems in resume.yaml');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reports a YAML syntax error without a stack trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: [Ada\n  label: x\n');
    const r = await runCli(['validate', 'resume.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^resume\.yaml:\d+:\d+ {2}\(document\) {2}YAML syntax: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['build', '--format', 'pdff'])).code).toBe(2);
    expect((await runCli(['build', '--format', 'pdff'])).stderr).toContain(
      'unknown format "pdff"; did you mean "pdf"?',
    );
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['validate', 'missing.yaml'])).stderr).toContain('missing.yaml: no such file');
  });
});

describe('resume build', () => {
  const out = tempDir();
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    run = await runCli(['build', '--format', 'html,pdf,docx', '-o', out]);
  });

  it('writes all three formats in one run', () => {
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual(
      ['html', 'pdf', 'docx'].map((e) => `wrote ${join(out, `resume.${e}`)}`),
    );
    expect(readdirSync(out).sort()).toEqual(['resume.docx', 'resume.html', 'resume.pdf']);
  });

  it('each output holds the whole seed CV, in order', async () => {
    for (const ext of ['html', 'pdf', 'docx']) {
      const coverage = await seedCoverage(join(out, `resume.${ext}`));
      expect(coverage.missing, ext).toEqual([]);
      expect(coverage.ordered, ext).toBe(coverage.total);
    }
  });

  it('the HTML holds every item of resume.yaml in order', () => {
    const text = htmlText(readFileSync(join(out, 'resume.html'), 'utf8'));
    expect(firstOutOfOrder(text, expectedSampleText())).toBeUndefined();
  });

  it('a failed build keeps the previous outputs and leaves no temp files', async () => {
    const before = readFileSync(join(out, 'resume.pdf'));
    const dir = tempDir();
    writeFileSync(
      join(dir, 'resume.yaml'),
      readFileSync(sampleYaml, 'utf8').replace('endDate: "2025-11"', 'endDate: "2024-11"'),
    );
    const r = await runCli(['build', 'resume.yaml', '--format', 'all', '-o', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('work[0].endDate  ends (2024-11) before it starts (2025-05)');
    expect(readFileSync(join(out, 'resume.pdf')).equals(before)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['resume.docx', 'resume.html', 'resume.pdf']);
  });

  it('a target that is a folder stops the build before anything is written: exit 3', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'resume.pdf'));
    writeFileSync(join(dir, 'resume.html'), 'previous');
    const r = await runCli(['build', sampleYaml, '-f', 'html,pdf', '-o', dir]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe(
      `error: cannot replace ${join(dir, 'resume.pdf')} (EISDIR); nothing was written`,
    );
    expect(readFileSync(join(dir, 'resume.html'), 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['resume.html', 'resume.pdf']);
  });

  it('-o /proc/x fails at once instead of spinning', async () => {
    const r = await runCli(['build', sampleYaml, '-f', 'html', '-o', '/proc/x'], { timeoutMs: 10_000 });
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe('error: cannot create the folder /proc/x (ENOENT); nothing was written');
  });

  it('writes into a folder that does not exist yet, and nothing else', async () => {
    const dir = join(tempDir(), 'nested', 'out');
    const r = await runCli(['build', '--format', 'html', '-o', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['resume.html']);
    expect(statSync(join(dir, 'resume.html')).size).toBeGreaterThan(50_000);
  });

  it('copies of the sample build from another folder', async () => {
    const dir = tempDir();
    copyFileSync(sampleYaml, join(dir, 'resume.yaml'));
    const r = await runCli(['build', '--format', 'html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out', 'resume.html'))).toBe(true);
  });
});

describe('flags', () => {
  it.each([
    [['--tag', 'nosuch'], 'unknown tag "nosuch"'],
    [['--variant', 'nosuch'], 'unknown variant "nosuch"'],
  ])('%j is bad input: exit 1', async (args, message) => {
    const r = await runCli(['build', sampleYaml, ...args, '-f', 'html', '-o', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
  });

  it('--paper and --format take any letter case', async () => {
    const out = tempDir();
    const r = await runCli(['build', sampleYaml, '--paper', 'letter', '--format', 'PDF', '-o', out]);
    expect(r.code).toBe(0);
    expect((await readPdf(join(out, 'resume.pdf'))).pageSize).toEqual([612, 792]);
  });

  it('--locale takes a language as meta.locale may write it (fr_FR, FR-fr, Deutsch)', async () => {
    const out = tempDir();
    const r = await runCli(['build', sampleYaml, '--locale', 'fr_fr', '-f', 'txt', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['resume.fr-FR.txt']);
    // A language by its name, as meta.locale takes it.
    expect((await runCli(['build', sampleYaml, '--locale', 'Deutsch', '-f', 'txt', '-o', out])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['resume.de.txt', 'resume.fr-FR.txt']);
    const bad = await runCli(['build', sampleYaml, '--locale', 'xx_YY', '-f', 'txt', '-o', out]);
    expect(bad.code).toBe(2);
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
});

describe('a reader that stops early', () => {
  // `resume --help | head -3`: the pipe is closed before the output is written (here by a reader that reads
  // nothing).
  it.each([
    ['--help', []],
    ['tags', ['tags', sampleYaml]],
  ])('%s into a closed pipe ends quietly, exit 0', async (_, args) => {
    const script = `"$0" "$1" ${args.length ? '"$2" "$3"' : '--help'} | true; echo "status \${PIPESTATUS[0]}" >&2`;
    const shell = spawn('bash', ['-c', script, process.execPath, cliPath, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    shell.stderr.on('data', (d) => {
      stderr += d;
    });
    await new Promise((r) => shell.on('exit', r));
    expect(stderr).toBe('status 0\n');
  });
});

describe('signals', () => {
  // A build stops at once by the signal's own action (a handler would wait behind seconds of work), so a shell
  // sees 143, as it sees 130 after Ctrl-C; run under bash, the status is read as a shell reads it.
  it('SIGTERM stops a build: status 143 as a shell sees it, nothing written', async () => {
    const out = tempDir();
    const script = `"$0" "$1" build "$2" -f pdf -o "$3" & echo "pid $!" >&2; wait $!; echo "status $?" >&2`;
    const shell = spawn('bash', ['-c', script, process.execPath, cliPath, sampleYaml, out], {
      env: { ...process.env, RESUME_TIMINGS: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    shell.stderr.on('data', (d) => {
      stderr += d;
    });
    const done = new Promise((r) => shell.on('exit', r));
    // The first timing mark: the program has started, and is at work.
    await until(() => stderr.includes('timing '), 'the first timing mark');
    process.kill(Number(/pid (\d+)/.exec(stderr)?.[1]), 'SIGTERM');
    await done;
    expect(stderr).toMatch(/status 143\n$/);
    expect(readdirSync(out)).toEqual([]);
  });
});
