// A job with several roles under one employer (work[].positions, the shape `resume import` writes from a LinkedIn
// export) through the real CLI: match, validate, build --job with --explain, --emphasize and --max-pages read the
// roles' titles and bullets like any entry's (a trial found them all blind to the current job's bullets).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const fixtures = join(root, 'test', 'fixtures', 'positions');

/** A folder with the résumé with roles (cv.yaml) and the posting (job.md). */
function folder(): string {
  const dir = tempDir();
  copyFileSync(join(fixtures, 'roles.yaml'), join(dir, 'cv.yaml'));
  copyFileSync(join(fixtures, 'posting.md'), join(dir, 'job.md'));
  return dir;
}

describe('roles under one employer (work[].positions)', () => {
  it('match finds the terms of a role’s title and bullets and says where', async () => {
    const r = await runCli(['match', 'cv.yaml', '--job', 'job.md'], { cwd: folder() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^✓ +3 {2}Kafka +work\[0\]\.positions\[0\]\.highlights\[1\]$/m);
    expect(r.stdout).toMatch(/^✓ +3 {2}dbt +work\[0\]\.positions\[1\]\.highlights\[1\]$/m);
    expect(r.stdout).toMatch(/^✓ +3 {2}Streaming +work\[0\]\.positions\[0\]\.position$/m);
    expect(r.stdout).toMatch(/^match score 100\/100/m);
  });

  it('match leaves out a role a tag excludes, and names the tag that would bring its terms in', async () => {
    const r = await runCli(['match', 'cv.yaml', '--job', 'job.md', '--exclude-tag', 'analytics'], {
      cwd: folder(),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^✗ +3 {2}dbt +missing$/m);
    expect(r.stdout).toMatch(/^ {2}dbt +tag analytics$/m);
  });

  it('validate counts the roles’ bullets', async () => {
    const r = await runCli(['validate', 'cv.yaml'], { cwd: folder() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('cv.yaml: OK — 2 sections: 2 jobs; 5 bullets');
  });

  it('build --job ranks a role’s bullets, scores them for --explain and bolds their terms', async () => {
    const dir = folder();
    const explain = await runCli(['build', 'cv.yaml', '--job', 'job.md', '--explain'], { cwd: dir });
    expect(explain.code, explain.stderr).toBe(0);
    expect(explain.stdout).toMatch(
      /work\[0\]\.positions\[0\]\.highlights\[1\] {2}Built real-time .*; relevance \d+\.\d+: Kafka, Flink\)/,
    );
    const args = ['build', 'cv.yaml', '--job', 'job.md', '--emphasize', '-f', 'md', '-o', 'out'];
    const build = await runCli(args, { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    const md = readFileSync(join(dir, 'out', 'resume-job.md'), 'utf8');
    expect(md).toContain(
      '- Built real-time ingestion with **Kafka** and **Flink.**\n- Organised the quarterly offsite.',
    );
    expect(md).toContain('- Modelled the warehouse in **dbt.**\n- Wrote weekly reports.');
  });

  it('build --job --max-pages drops a role’s least relevant bullets first, each role keeping one', async () => {
    const dir = folder();
    const filler = Array.from(
      { length: 40 },
      (_, k) => `          - Kept meeting notes for the team, week ${k + 1}, in the shared folder.\n`,
    ).join('');
    const yaml = readFileSync(join(dir, 'cv.yaml'), 'utf8').replace(
      '          - Wrote weekly reports.\n',
      `          - Wrote weekly reports.\n${filler}`,
    );
    writeFileSync(join(dir, 'long.yaml'), yaml);
    const args = ['build', 'long.yaml', '--job', 'job.md', '--max-pages', '1', '-o', 'out'];
    const r = await runCli([...args, '-f', 'pdf,md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^resume-job: dropped the \d+ least relevant bullets to fit 1 page/m);
    expect((await readPdf(join(dir, 'out', 'resume-job.pdf'))).pageCount).toBe(1);
    const md = readFileSync(join(dir, 'out', 'resume-job.md'), 'utf8');
    for (const kept of ['Kafka and Flink', 'warehouse in dbt', 'Answered tickets'])
      expect(md).toContain(kept);
    expect(md).not.toContain('week 40');
  });
});
