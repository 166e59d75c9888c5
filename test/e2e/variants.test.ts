// Tailoring through the CLI: every variant in every format in one run, read back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { flat, htmlText, runCli, tempDir } from '../helpers.js';
import { pdfText } from '../pdf.js';

const railsOnly =
  'Identified and resolved performance bottlenecks, improving system throughput, latency, and overall stability';
const architectOnly =
  'Mentored engineers on system design, performance tuning, and scalable coding practices';
const common = 'Designed and implemented high-performance, scalable systems';

async function textOf(file: string): Promise<string> {
  if (file.endsWith('.pdf')) return flat(await pdfText(file));
  if (file.endsWith('.docx')) return flat((await mammoth.extractRawText({ path: file })).value);
  return flat(htmlText(readFileSync(file, 'utf8')));
}

describe('--all-variants', () => {
  const out = tempDir();
  beforeAll(async () => {
    const r = await runCli(['build', '--all-variants', '--format', 'pdf,docx,html', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('writes the full résumé and every variant in every format', () => {
    expect(readdirSync(out).sort()).toEqual(
      ['ankit-khandelwal-rails-engineer', 'ankit-khandelwal-tech-architect', 'resume']
        .flatMap((s) => ['docx', 'html', 'pdf'].map((e) => `${s}.${e}`))
        .sort(),
    );
  });

  for (const ext of ['pdf', 'docx', 'html']) {
    it(`each ${ext} has its own bullets and not the other variant's`, async () => {
      const rails = await textOf(join(out, `ankit-khandelwal-rails-engineer.${ext}`));
      const architect = await textOf(join(out, `ankit-khandelwal-tech-architect.${ext}`));
      const full = await textOf(join(out, `resume.${ext}`));
      expect(rails).toContain(railsOnly);
      expect(rails).not.toContain(architectOnly);
      expect(architect).toContain(architectOnly);
      expect(architect).not.toContain(railsOnly);
      for (const t of [rails, architect, full]) expect(t).toContain(common);
      expect(full).toContain(railsOnly);
      expect(full).toContain(architectOnly);
      // Variant overrides: the architect headline and summary, and the section choice.
      expect(architect).toContain('Associate Tech Architect and Ruby on Rails engineer with 9+ years');
      expect(architect).not.toContain('Hospital Management System');
      expect(rails).toContain('Hospital Management System');
    });
  }

  it('orders sections as each variant says', async () => {
    const lines = (await pdfText(join(out, 'ankit-khandelwal-rails-engineer.pdf'))).split('\n');
    const at = (heading: string) => lines.findIndex((l) => l.trim().toUpperCase() === heading);
    expect(at('EXPERIENCE')).toBeGreaterThan(0);
    expect(at('TECHNICAL SKILLS')).toBeLessThan(at('EXPERIENCE'));
    expect(at('PROJECT HIGHLIGHTS')).toBeLessThan(at('CORE STRENGTHS'));
  });
});

describe('selections from the command line', () => {
  it('--tag and --exclude-tag tailor one résumé, named after the whole selection', async () => {
    const out = tempDir();
    const r = await runCli([
      'build',
      '--tag',
      'rails',
      '--exclude-tag',
      'leadership',
      '--format',
      'html',
      '-o',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['resume-rails-without-leadership.html']);
    const text = await textOf(join(out, 'resume-rails-without-leadership.html'));
    expect(text).toContain(railsOnly);
    expect(text).not.toContain(architectOnly);
    expect(text).not.toContain('Collaboration & Mentorship');
  });

  it('--explain prints decisions and writes nothing', async () => {
    const out = tempDir();
    const r = await runCli(['build', '--variant', 'rails', '--explain', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ankit-khandelwal-rails-engineer: \d+ kept, \d+ dropped\n/);
    expect(r.stdout).toContain('- dropped  work[0].highlights[5]  Mentored engineers on');
    expect(r.stdout).toContain('(tag leadership not selected)');
    expect(readdirSync(out)).toEqual([]);
  });

  it('resume tags lists tags with counts and variants', async () => {
    const r = await runCli(['tags']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^TAG\s+ENTRIES\s+BULLETS\s+VARIANTS$/);
    expect(r.stdout).toMatch(/^architecture\s+2\s+13\s+architect$/m);
    expect(r.stdout).toMatch(/^rails\s+7\s+26\s+rails$/m);
  });

  it.each([
    [['--tag', 'archtecture'], 'unknown tag "archtecture"; did you mean "architecture"?'],
    [
      ['--variant', 'architekt'],
      'unknown variant "architekt"; did you mean "architect"?; variants: rails, architect',
    ],
    [
      ['--tag', 'rails', '--exclude-tag', 'rails'],
      'the selection cancels itself: rails is both selected and excluded',
    ],
  ])('%j is a clear error and writes nothing', async (args, message) => {
    const out = tempDir();
    const r = await runCli(['build', ...args, '--format', 'html', '-o', out]);
    expect(r.code).toBe(1); // a selection problem is bad input, as the README says
    expect(r.stderr).toContain(message);
    expect(readdirSync(out)).toEqual([]);
  });
});
