// Text cannot take hours or gigabytes (issue 19): long words and long runs of markup cost time in proportion to
// their length (measured as the CLI's own CPU time, which a busy machine does not inflate much), aliases cannot
// expand a résumé beyond a cap, and SIGINT or SIGTERM stops any build at once with nothing written.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { cli, run } from '../hostile-harness.js';

const KB80 = 80 * 1024;
const long = (unit: string) => unit.repeat(Math.ceil(KB80 / unit.length)).slice(0, KB80);

describe('text in linear time', () => {
  it.each([
    ['an 80 KB word', 'summary', 'txt', long('a')],
    ['an 80 KB word', 'summary', 'html', long('a')],
    ['80 KB of "*a "', 'summary', 'txt', long('*a ')],
    ['80 KB of "*a "', 'summary', 'html', long('*a ')],
    ['80 KB of "**a "', 'summary', 'md', long('**a ')],
    ['80 KB of "["', 'summary', 'txt', long('[')],
    ['80 KB of "[a]("', 'summary', 'html', long('[a](')],
    ['80 KB of "(" before emphasis', 'summary', 'md', `**a** ${long('(')} **b**`],
    ['an 80 KB hyphenated word', 'summary', 'html', long('ab-')],
    ['80 KB of "(" in a skill keyword', 'keyword', 'html', long('(')],
    ['80 KB of spaces in a skill keyword', 'keyword', 'html', `a${long(' ')}b`],
    ['an 80 KB link address', 'summary', 'txt', `[a](https://x.org/${long('a')} b)`],
  ])('%s (%s) takes well under a second in -f %s', async (_, where, format, text) => {
    const dir = tempDir();
    const value = JSON.stringify(text);
    writeFileSync(
      join(dir, 'resume.yaml'),
      where === 'keyword'
        ? `basics:\n  name: Ada\nskills:\n  - name: Tools\n    keywords: [${value}]\n`
        : `basics:\n  name: Ada\n  summary: ${value}\n`,
    );
    const r = await run(['build', '-f', format, '-o', 'out'], { cwd: dir, measure: true, timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    // The whole run, start-up included, is about 0.2 s of CPU; the text's share is a few milliseconds.
    expect(r.cpuMs).toBeLessThan(1000);
  });
});

describe('YAML aliases', () => {
  it('a file whose aliases expand it past 4 MB is refused at the alias, in bounded memory', async () => {
    const dir = tempDir();
    const bullets = Array.from(
      { length: 9000 },
      (_, i) => `  - "bullet ${i} with words to take some room here"`,
    );
    const jobs = Array.from({ length: 99 }, (_, i) => `  - name: E${i}\n    highlights: *big`);
    writeFileSync(
      join(dir, 'resume.yaml'),
      `basics:\n  name: Ada\nx-bullets: &big\n${bullets.join('\n')}\nwork:\n${jobs.join('\n')}\n`,
    );
    const r = await run(['build', '-f', 'txt', '-o', 'out'], { cwd: dir, measure: true });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(
      /^resume\.yaml:9006:17 {2}\(document\) {2}YAML aliases expand the résumé to over 4 MB of text \(from \d+ KB\): is this a "billion laughs" file\?$/,
    );
    expect(r.peakMb).toBeLessThan(400);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

/** A résumé near the 2 MB cap: 1000 jobs of 20 bullets, seconds of work for every format. */
function maxResume(): string {
  const jobs = Array.from(
    { length: 1000 },
    (_, i) =>
      `  - name: Employer ${i}\n    position: Engineer\n    highlights:\n${Array.from({ length: 20 }, (_, j) => `      - "Job ${i} bullet ${j} delivered measurable results for the team and more"`).join('\n')}`,
  );
  return `basics:\n  name: Big\nwork:\n${jobs.join('\n')}\n`;
}

describe('signals', () => {
  it.each([
    ['SIGINT', 'docx'],
    ['SIGTERM', 'docx'],
    ['SIGINT', 'txt,html,md'],
    ['SIGTERM', 'txt,html,md'],
  ] as const)('%s stops a long -f %s build at once, with nothing written', async (signal, format) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), maxResume());
    const child = spawn(process.execPath, [cli, 'build', '-f', format, '-o', 'out'], {
      cwd: dir,
      stdio: 'ignore',
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((r) =>
      child.on('exit', (code, s) => r({ code, signal: s, at: performance.now() })),
    );
    // Into the work: started, reading and parsing (a build of this résumé takes a second or more).
    await new Promise((r) => setTimeout(r, 350));
    const sent = performance.now();
    child.kill(signal);
    const end = await exited;
    // Ended by the signal (a shell reports 130 or 143), or by a handler exiting with that status.
    expect(end.signal ?? end.code).toBe(end.signal ? signal : signal === 'SIGINT' ? 130 : 143);
    expect(end.at - sent).toBeLessThan(1000);
    expect(readdirSync(dir)).toEqual(['resume.yaml']);
  });
});
