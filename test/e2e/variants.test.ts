// Tailoring: every variant in every format in one run, read back; tags, caps and selections, and what --explain
// says of them. Through the library's render() in process; the commands' own output (tags, --explain) through
// the CLI.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatExplain, formatTags } from '../../src/cli/report.js';
import { build, explain, load } from '../../src/index.js';
import { flat, htmlText, runCli, sampleYaml, tempDir } from '../helpers.js';
import { failure, invalid, type Rendered, rendered, sharedBrowser } from '../library.js';
import { parsePdf } from '../pdf.js';

const railsOnly =
  'Identified and resolved performance bottlenecks, improving system throughput, latency, and overall stability';
const architectOnly =
  'Mentored engineers on system design, performance tuning, and scalable coding practices';
const common = 'Designed and implemented high-performance, scalable systems';

const browser = sharedBrowser();

async function textOf(r: Rendered, name: string): Promise<string> {
  if (name.endsWith('.pdf')) return flat((await parsePdf(r.bytes(name))).text);
  if (name.endsWith('.docx'))
    return flat((await mammoth.extractRawText({ buffer: Buffer.from(r.bytes(name)) })).value);
  return flat(htmlText(r.text(name)));
}

/** A résumé file with this text. */
function resumeFile(yaml: string): string {
  const file = join(tempDir(), 'resume.yaml');
  writeFileSync(file, yaml);
  return file;
}

describe('--all-variants', () => {
  let all: Rendered;
  beforeAll(async () => {
    all = await rendered({ file: sampleYaml, allVariants: true, formats: ['pdf', 'docx', 'html'], browser });
    expect(all.warnings).toEqual([]);
  });

  it('renders the full résumé and every variant in every format', () => {
    expect([...all.names].sort()).toEqual(
      ['ankit-khandelwal-rails-engineer', 'ankit-khandelwal-tech-architect', 'resume']
        .flatMap((s) => ['docx', 'html', 'pdf'].map((e) => `${s}.${e}`))
        .sort(),
    );
  });

  for (const ext of ['pdf', 'docx', 'html']) {
    it(`each ${ext} has its own bullets and not the other variant's`, async () => {
      const rails = await textOf(all, `ankit-khandelwal-rails-engineer.${ext}`);
      const architect = await textOf(all, `ankit-khandelwal-tech-architect.${ext}`);
      const full = await textOf(all, `resume.${ext}`);
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
    const lines = (await parsePdf(all.bytes('ankit-khandelwal-rails-engineer.pdf'))).text.split('\n');
    const at = (heading: string) => lines.findIndex((l) => l.trim().toUpperCase() === heading);
    expect(at('EXPERIENCE')).toBeGreaterThan(0);
    expect(at('TECHNICAL SKILLS')).toBeLessThan(at('EXPERIENCE'));
    expect(at('PROJECT HIGHLIGHTS')).toBeLessThan(at('CORE STRENGTHS'));
  });
});

describe('selections', () => {
  it('tags and excluded tags tailor one résumé, named after the whole selection', async () => {
    const r = await rendered({
      file: sampleYaml,
      tags: ['rails'],
      excludeTags: ['leadership'],
      formats: ['html'],
    });
    expect(r.names).toEqual(['resume-rails-without-leadership.html']);
    const text = await textOf(r, 'resume-rails-without-leadership.html');
    expect(text).toContain(railsOnly);
    expect(text).not.toContain(architectOnly);
    expect(text).not.toContain('Collaboration & Mentorship');
  });

  it('outputs are named after the whole selection, never over the full résumé', async () => {
    const a = await rendered({ file: sampleYaml, excludeTags: ['rails'], formats: ['html'] });
    const b = await rendered({ file: sampleYaml, variant: 'architect', tags: ['rails'], formats: ['html'] });
    expect([...a.names, ...b.names]).toEqual([
      'resume-without-rails.html',
      'ankit-khandelwal-tech-architect-rails.html',
    ]);
  });

  it.each([
    [{ tags: ['archtecture'] }, 'unknown tag "archtecture"; did you mean "architecture"?'],
    [
      { variant: 'architekt' },
      'unknown variant "architekt"; did you mean "architect"?; variants: rails, architect',
    ],
    [
      { tags: ['rails'], excludeTags: ['rails'] },
      'the selection cancels itself: rails is both selected and excluded',
    ],
  ])('%j is a clear error and writes nothing', async (selection, message) => {
    const out = tempDir();
    const r = await failure(build({ file: sampleYaml, ...selection, formats: ['html'], outDir: out }));
    expect(r.code).toBe(1); // a selection problem is bad input, as the README says
    expect([...r.lines, r.message].join('\n')).toContain(message);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a selection that cancels itself says so plainly, in one line', async () => {
    const r = await failure(
      build({ file: sampleYaml, tags: ['rails'], excludeTags: ['rails'], outDir: tempDir() }),
    );
    expect(r).toEqual({
      code: 1,
      message: 'the selection cancels itself: rails is both selected and excluded',
      lines: [],
    });
  });
});

describe('a bullet tag selects its entry', () => {
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

  it('tags, validate, build and explain agree', async () => {
    const file = resumeFile(taggedBullet);
    const loaded = await load({ file });
    expect(formatTags(loaded.resume)).toMatch(/^lead\s+0\s+1\s+lead$/m);
    const byTag = await rendered({ file, tags: ['lead'], formats: ['html'] });
    expect(byTag.warnings).toEqual([]);
    const html = byTag.text('resume-lead.html');
    expect(html).toContain('Led a team of four analysts');
    expect(html).toContain('Warehouse Co');
    expect(html).toContain('Plain Co'); // untagged: common to every version
    expect((await rendered({ file, variant: 'lead', formats: ['html'] })).names).toEqual([
      'resume-lead.html',
    ]);
    const explained = formatExplain(await explain({ file, variant: 'lead' }));
    expect(explained).toContain(
      'work[0]  Data Engineer · Warehouse Co  (tag data not selected, but some of its bullets are selected)',
    );
    expect(explained).toContain('work[0].highlights[1]  Led a team of four analysts  (selected tag lead)');
  });
});

describe('maxHighlights', () => {
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
    const file = resumeFile(capped(1));
    const html = (await rendered({ file, variant: 'short', formats: ['html'] })).text('resume-short.html');
    expect(html).toContain('Worded for the short variant');
    expect(html).not.toContain('Untagged first bullet');
    const explained = formatExplain(await explain({ file, variant: 'short' }));
    expect(explained).toContain("(over the variant's cap of 1 bullet)");
    expect(explained).toContain('(selected tag pick; worded for "short")');
  });

  it('refuses 0 at validation', async () => {
    // Our own format (it declares our schema): what the schema refuses is an error.
    const r = await invalid(
      resumeFile(`${capped(0)}\n# yaml-language-server: $schema=./schema/resume.schema.json\n`),
    );
    expect(r.code).toBe(1);
    expect(r.lines).toContain('resume.yaml:13:20  variants.short.maxHighlights  must be at least 1');
  });
});

describe('explain', () => {
  it('lists only sections the résumé has, names substitutions, and counts in words', async () => {
    const explained = formatExplain(await explain({ file: sampleYaml, variant: 'architect' }));
    for (const absent of ['volunteer', 'awards', 'certificates', 'publications', 'languages', 'interests'])
      expect(explained).not.toMatch(new RegExp(`^\\s+- dropped\\s+${absent}\\b`, 'm'));
    expect(explained).toMatch(
      /basics\.label {2}headline: Associate Tech Architect {2}\(written for "architect" in /,
    );
    expect(explained).toMatch(/basics\.summary {2}summary: .*\(written for "architect" in /);
    expect(explained).not.toMatch(/\btags rails not selected|cap of 1 bullets/);
  });
});

describe('the commands', () => {
  it('build --explain prints decisions and writes nothing', async () => {
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
});
