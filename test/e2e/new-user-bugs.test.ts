// The bugs new users met (issue 9), each through the real CLI on résumés of their shapes.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliPath, hasCommand, root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

/** A folder holding `resume.yaml` with this text. */
function resumeDir(yaml: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'resume.yaml'), yaml);
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
