// resume check and the records a build leaves beside its outputs (manifests, names that say the language), with a
// résumé in French and English whose `fun` variant is tailored to a posting and fitted to one page (so its manifest
// lists the bullets the fit dropped, which check must not expect), and a letter with its English text beside it.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';

const fixture = join(root, 'test', 'fixtures', 'check-records');
const manifest = join('out', 'camille-fun.manifest.json');

describe('check and the records a build leaves', () => {
  const dir = tempDir();
  const cli = (...args: string[]) => runCli(args, { cwd: dir });

  beforeAll(async () => {
    cpSync(fixture, dir, { recursive: true });
    // In French, the résumé's own language (its posting is English, which the variant would otherwise choose).
    const built = await cli('build', '--variant', 'fun', '--locale', 'fr', '-f', 'pdf,txt', '-q');
    expect(built.code, built.stderr).toBe(0);
    // The fit dropped bullets: an output checked without its manifest would miss them.
    expect(JSON.parse(readFileSync(join(dir, manifest), 'utf8')).dropped).not.toEqual([]);
  });

  it('skips a manifest among the outputs named (a shell glob), with a note, and refuses one named alone', async () => {
    const r = await cli(
      'check',
      ...['pdf', 'manifest.json', 'txt'].map((e) => join('out', `camille-fun.${e}`)),
    );
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).not.toContain('camille-fun.manifest.json');
    expect(r.stderr.trim()).toBe(
      `${manifest}: the build's manifest (a record of it), not an output: skipped`,
    );
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all 2 outputs read back whole');
    const alone = await cli('check', manifest);
    expect(alone.code).toBe(2);
    expect(alone.stdout).toBe('');
    expect(alone.stderr).toContain(
      `${manifest} is the build's manifest, not an output: check the outputs it lists`,
    );
  });

  it("a letter's packet leaves the résumé's manifest as the build wrote it, and records itself under its own name", async () => {
    const before = readFileSync(join(dir, manifest), 'utf8');
    const letter = await cli('letter', 'lettre.md', '--packet', '--variant', 'fun', '-f', 'pdf', '-q');
    expect(letter.code, letter.stderr).toBe(0);
    expect(readFileSync(join(dir, manifest), 'utf8')).toBe(before);
    const packet = JSON.parse(readFileSync(join(dir, 'out', 'application-lettre-fun.manifest.json'), 'utf8'));
    expect(packet.outputs.map((o: { file: string }) => o.file)).toEqual(['application-lettre-fun.pdf']);
    expect(packet.posting.file).toBe('django.md');
    const r = await cli('check', join('out', 'camille-fun.pdf'));
    expect(r.code, r.stdout).toBe(0);
  });

  it("reads a letter's outputs in the language their name says (letter-lettre.en.*), beside the default's", async () => {
    for (const locale of [[], ['--locale', 'en']]) {
      const built = await cli('letter', 'lettre.md', ...locale, '-f', 'pdf,txt', '-q');
      expect(built.code, built.stderr).toBe(0);
    }
    const outputs = ['letter-lettre.pdf', 'letter-lettre.en.pdf', 'letter-lettre.en.txt'];
    const r = await cli('check', '--letter', 'lettre.md', ...outputs.map((f) => join('out', f)));
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all 3 outputs read back whole');
  });

  it('says the résumé changed since the output was built, rather than only that text is missing (exit 1)', async () => {
    const resume = join(dir, 'resume.yaml');
    writeFileSync(resume, readFileSync(resume, 'utf8').replace('aime les outils', 'adore les outils'));
    const r = await cli('check', join('out', 'camille-fun.pdf'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `FAIL  resume.yaml changed since ${join('out', 'camille-fun.pdf')} was built: build again, then check`,
    );
  });
});
