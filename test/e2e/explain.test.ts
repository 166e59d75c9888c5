// `build --explain` says what the build does (issue 22's first bug): a bullet of a dropped entry, an item of a
// section a variant leaves out, a bullet over a cap inside a dropped entry are all "dropped", and what is said
// kept is in the output.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

const yaml = `basics:
  name: Pat Manager
  summary: Engineering manager.
work:
  - name: Acme
    position: Engineering Manager
    highlights:
      - Managed a team of eight
      - text: Tuned Postgres queries
        tags: [backend]
projects:
  - name: pgsnap
    tags: [backend]
    highlights:
      - Snapshot tool for Postgres
      - Written in Go
  - name: teamkit
    highlights:
      - Onboarding checklists
      - text: Hiring rubric
        tags: [manager]
sections:
  - id: strengths
    title: Strengths
    items:
      - { label: People, text: Grows engineers }
variants:
  manager:
    tags: [manager]
    order: [summary, work, projects]
    maxHighlights: 1
`;

describe('--explain on a variant', () => {
  it('says dropped for everything the output leaves out, and kept only for what it shows', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), yaml);
    const explain = await runCli(['build', '--variant', 'manager', '--explain'], { cwd: dir });
    expect(explain.code).toBe(0);
    const lines = explain.stdout.split('\n');
    const line = (path: string) => lines.find((l) => l.includes(`  ${path}  `)) ?? '';
    expect(line('projects[0]')).toMatch(/- dropped .*\(tag backend not selected\)/);
    expect(line('projects[0].highlights[0]')).toMatch(/- dropped .*\(its entry projects\[0\] was dropped\)/);
    expect(line('projects[0].highlights[1]')).toMatch(/- dropped .*\(its entry projects\[0\] was dropped\)/);
    expect(line('sections[0].items[0]')).toMatch(
      /- dropped .*its section strengths is not in the variant's order/,
    );

    const build = await runCli(['build', '--variant', 'manager', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(build.code).toBe(0);
    const txt = readFileSync(join(dir, 'out', 'resume-manager.txt'), 'utf8');
    const said = lines
      .map((l) => /^\s+([+-]) (?:kept|dropped)\s+(\S+)\s{2}(.+?)\s{2}\(/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null && /highlights|items/.test(m[2] ?? ''));
    expect(said.length).toBe(7);
    for (const [, sign, path, text] of said) {
      const what = text === 'People' ? 'Grows engineers' : (text as string);
      expect(txt.includes(what), `${path} "${what}" is said ${sign === '+' ? 'kept' : 'dropped'}`).toBe(
        sign === '+',
      );
    }
  });
});
