// Many résumés in one run (issue 26): each into out/<stem>/, one browser, a failing file reported while the
// others are built.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sampleYaml, tempDir } from '../helpers.js';

describe('resume build with several résumés', () => {
  it('builds a folder and named files, each into its own folder; a bad one fails the run at the end', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'cvs'));
    copyFileSync(sampleYaml, join(dir, 'cvs', 'ankit.yaml'));
    writeFileSync(join(dir, 'cvs', 'ada.json'), JSON.stringify({ basics: { name: 'Ada Lovelace' } }));
    writeFileSync(join(dir, 'cvs', 'notes.txt'), 'not a résumé');
    // Our own format (it declares our schema): an unknown key is an error.
    writeFileSync(
      join(dir, 'broken.yaml'),
      'basics:\n  name: X\n  emial: x@example.com\n# yaml-language-server: $schema=./schema/resume.schema.json\n',
    );
    const r = await runCli(['build', 'cvs', 'broken.yaml', '-f', 'pdf,txt', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    for (const stem of ['ada', 'ankit'])
      for (const ext of ['pdf', 'txt'])
        expect(existsSync(join(dir, 'out', stem, `resume.${ext}`))).toBe(true);
    expect(existsSync(join(dir, 'out', 'broken'))).toBe(false);
    expect(r.stderr).toContain('broken.yaml:3:3  basics.emial  unknown key "emial"; did you mean "email"?');
    expect(r.stderr).toContain('1 of 3 résumés failed: broken.yaml');
  });

  it("check reads a résumé's outputs in out/<stem>/ against <stem>'s file, not the résumé of the folder, and says so", async () => {
    const dir = tempDir();
    copyFileSync(sampleYaml, join(dir, 'resume.yaml'));
    writeFileSync(
      join(dir, 'ada.json'),
      JSON.stringify({ basics: { name: 'Ada Lovelace', email: 'ada@example.com' } }),
    );
    const built = await runCli(['build', 'ada.json', 'resume.yaml', '-f', 'txt,html', '-o', 'out'], {
      cwd: dir,
    });
    expect(built.code, built.stderr).toBe(0);
    const r = await runCli(['check', join('out', 'ada', 'resume.txt'), join('out', 'ada', 'resume.html')], {
      cwd: dir,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stderr.trim()).toBe('read against ada.json, the résumé found here (--resume names another)');
  });

  it('check reads outputs of two batch folders named at once each against its own résumé', async () => {
    const dir = tempDir();
    copyFileSync(sampleYaml, join(dir, 'ankit.yaml'));
    writeFileSync(
      join(dir, 'ada.json'),
      JSON.stringify({ basics: { name: 'Ada Lovelace', email: 'ada@example.com' } }),
    );
    const built = await runCli(['build', 'ada.json', 'ankit.yaml', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const r = await runCli(['check', join('out', 'ankit', 'resume.txt'), join('out', 'ada', 'resume.txt')], {
      cwd: dir,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('all 2 outputs read back whole');
    expect(r.stderr).toContain('read against ankit.yaml, the résumé found here');
    expect(r.stderr).toContain('read against ada.json, the résumé found here');
  });

  it('names the résumé before a note about one of its outputs (each résumé has a resume.pdf)', async () => {
    const dir = tempDir();
    for (const name of ['a.yaml', 'b.yaml']) copyFileSync(sampleYaml, join(dir, name));
    // The architect variant of the sample ends on a page it hardly fills: the build says so.
    const r = await runCli(['build', 'a.yaml', 'b.yaml', '--variant', 'architect', '-f', 'pdf'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const notes = r.stderr.split('\n').filter((l) => /page \d+, the last, is only \d+% full/.test(l));
    expect(notes.length).toBe(2);
    expect(notes[0]).toMatch(/^a\.yaml: ankit-khandelwal-tech-architect\.pdf: page/);
    expect(notes[1]).toMatch(/^b\.yaml: ankit-khandelwal-tech-architect\.pdf: page/);
  });

  it('refuses two files that would share a folder, and --explain or --name with several files', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    for (const f of ['a/cv.yaml', 'b/cv.yaml']) writeFileSync(join(dir, f), 'basics:\n  name: X\n');
    const clash = await runCli(['build', 'a/cv.yaml', 'b/cv.yaml', '-f', 'txt'], { cwd: dir });
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('two résumés would be written to out/cv');
    const explain = await runCli(['build', 'a/cv.yaml', 'b/cv.yaml', '--explain'], { cwd: dir });
    expect(explain.code).toBe(2);
    expect(explain.stderr).toContain('--explain takes one résumé, not several');
  });
});
