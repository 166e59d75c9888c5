// resume check (issue 13): outputs read back as an applicant-tracking system would.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sampleYaml, tempDir } from '../helpers.js';

describe('resume check', () => {
  it('builds every format of the résumé and finds nothing lost', async () => {
    const r = await runCli(['check', '--resume', sampleYaml]);
    expect(r.code).toBe(0);
    for (const file of ['resume.html', 'resume.pdf', 'resume.docx', 'resume.md', 'resume.txt'])
      expect(r.stdout).toContain(`${file}: ok`);
    expect(r.stdout).toContain('  ok    section headings read as whole words');
    expect(r.stdout).toContain('  ok    fonts embedded, none Type 3');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all 5 outputs read back whole');
  });

  it.each(['compact', 'sidebar'])('passes on every output of the %s theme', async (theme) => {
    const r = await runCli(['check', '--resume', sampleYaml, '--theme', theme]);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all 5 outputs read back whole');
    expect(r.code).toBe(0);
  });

  it('reads a sidebar page sidebar first (the PDF says its theme): checked as one column, it is out of order', async () => {
    const out = tempDir();
    await runCli(['build', sampleYaml, '--theme', 'sidebar', '-f', 'pdf', '-o', out]);
    const pdf = join(out, 'resume.pdf');
    expect((await runCli(['check', pdf, '--resume', sampleYaml])).code).toBe(0);
    const r = await runCli(['check', pdf, '--resume', sampleYaml, '--theme', 'classic']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /FAIL {2}items in reading order\n {8}out of order: .*Master of Computer Applications.*… and \d+ more/,
    );
  });

  it('passes on the outputs of a variant, checked as that variant', async () => {
    const out = tempDir();
    await runCli(['build', sampleYaml, '--variant', 'architect', '-f', 'pdf,docx', '-o', out]);
    const files = ['pdf', 'docx'].map((e) => join(out, `ankit-khandelwal-tech-architect.${e}`));
    const r = await runCli(['check', ...files, '--resume', sampleYaml, '--variant', 'architect']);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all 2 outputs read back whole');
    expect(r.code).toBe(0);
  });

  it('fails on a PDF missing an item, naming it', async () => {
    const dir = tempDir();
    const full = readFileSync(sampleYaml, 'utf8');
    // The bullet and its tags line go.
    const short = full.replace(
      /\n\s+- text: Mentored engineers on \*\*system design[^\n]*\n\s+tags: \[leadership\]/,
      '',
    );
    expect(short.length).toBeLessThan(full.length);
    writeFileSync(join(dir, 'short.yaml'), short);
    await runCli(['build', 'short.yaml', '-f', 'pdf', '-o', 'out'], { cwd: dir });
    const r = await runCli(['check', join(dir, 'out', 'resume.pdf'), '--resume', sampleYaml]);
    expect(r.code).toBe(1);
    // Missing from what the build would show, and from the source's own text.
    expect(r.stdout).toContain('resume.pdf: 2 problems');
    expect(r.stdout).toMatch(
      /FAIL {2}every item present \(\d+\/\d+\)\n {8}missing: Mentored engineers on system design/,
    );
    expect(r.stdout).toContain(
      'not shown, and no warning said so: work[0].highlights[5].text: Mentored engineers',
    );
  });

  it('fails on a glyph no font draws, naming the character', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Glyph Test\n  label: "Private \uE000 use"\n');
    await runCli(['build', '-f', 'pdf,html', '-o', 'out'], { cwd: dir });
    const r = await runCli(['check', 'out/resume.pdf', 'out/resume.html'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  no character lost\n        lost: \uE000 (U+E000)');
    expect(r.stdout).toContain('resume.html: ok'); // the HTML holds the character: the reader's font may draw it
  });

  // check runs the build's own stages: a theme's date format and the résumé's design reach what it expects.
  it('passes on every format of a user theme with dateFormat YYYY, built and checked with the same flags', async () => {
    const dir = tempDir();
    expect((await runCli(['create-theme', 'yearly'], { cwd: dir })).code).toBe(0);
    const manifest = join(dir, 'yearly', 'theme.json');
    const json = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify({ ...json, tokens: { ...json.tokens, dateFormat: 'YYYY' } }));
    const built = await runCli(['build', sampleYaml, '--theme', './yearly', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const txt = readFileSync(join(dir, 'out', 'resume.txt'), 'utf8');
    expect(txt).toContain('\n2023 – 2025\n');
    expect(txt).not.toContain('May 2025');
    const outputs = ['html', 'pdf', 'docx', 'md', 'txt'].map((e) => `out/resume.${e}`);
    const r = await runCli(['check', ...outputs, '--resume', sampleYaml, '--theme', './yearly'], {
      cwd: dir,
    });
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all 5 outputs read back whole');
    expect(r.code).toBe(0);
  });

  it('passes on every format of a résumé whose meta.design sets the date format and the bullet', async () => {
    const dir = tempDir();
    const designed = readFileSync(sampleYaml, 'utf8').replace(
      /^meta:\n/m,
      'meta:\n  design:\n    dateFormat: MMMM YYYY\n    bullet: dash\n',
    );
    writeFileSync(join(dir, 'resume.yaml'), designed);
    expect((await runCli(['build', '-o', 'out'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'resume.txt'), 'utf8')).toContain('May 2025 – November 2025');
    const outputs = ['html', 'pdf', 'docx', 'md', 'txt'].map((e) => `out/resume.${e}`);
    const r = await runCli(['check', ...outputs], { cwd: dir });
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all 5 outputs read back whole');
    expect(r.code).toBe(0);
  });
});
