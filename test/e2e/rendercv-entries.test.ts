// A RenderCV file's entries keep what RenderCV prints with them, read directly by build and through import.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';
import { pdfText } from '../pdf.js';

const fixture = (name: string) => join(root, 'test', 'fixtures', 'import', 'rendercv', name);

/** Every format's text, from `out/` in `dir`, with its whitespace made single spaces. */
async function outputs(dir: string, base: string): Promise<Record<string, string>> {
  const out = (ext: string) => join(dir, 'out', `${base}.${ext}`);
  const texts = {
    // Tags go without a trace: the page wraps parts of a word in spans (10.<span class="nobr">1000/…).
    html: readFileSync(out('html'), 'utf8').replace(/<[^>]+>/g, ''),
    md: readFileSync(out('md'), 'utf8'),
    txt: readFileSync(out('txt'), 'utf8'),
    pdf: await pdfText(out('pdf')),
    docx: (await mammoth.extractRawText({ path: out('docx') })).value,
  };
  return Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v.replace(/\s+/g, ' ')]));
}

/** Whether the texts appear in `text` in this order. */
function inOrder(text: string, parts: string[]): boolean {
  let at = 0;
  for (const part of parts) {
    at = text.indexOf(part, at);
    if (at < 0) return false;
  }
  return true;
}

describe('RenderCV entries in sections of their own', () => {
  it("keeps each entry's bullets under it in every format, and moves them with it when tailored to a posting", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'wind.md'),
      'Scientific software engineer: Julia, wind fields, national weather services.\n',
    );
    const r = await runCli(
      ['build', fixture('entry-bullets.yaml'), '--job', 'wind.md', '-f', 'html,pdf,docx,md,txt', '-o', 'out'],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const texts = await outputs(dir, 'resume-wind');
    for (const [format, text] of Object.entries(texts)) {
      // A dated list keeps its order under a posting (relevance only chooses what stays): each entry's bullets
      // are under it, Marrowind's under Marrowind, which the posting asks for, Quillfish's under Quillfish.
      expect(
        inOrder(text, [
          'Quillfish',
          '120 stars on GitHub',
          'Runs on Kubernetes clusters',
          'Marrowind',
          'Used in three national weather services',
          'Ada Ferrow',
          '8 publications',
          'Bo Lindqvist',
          '4 publications',
          // A list under a paper (its media coverage) is printed under it, not among the other papers.
          'Tide Gauges at Scale',
          'https://news.example.org/tide-gauges',
          'Wind Fields for Weather Services',
        ]),
        format,
      ).toBe(true);
    }
    // Markdown draws them as bullets under their entry, not as items of the section's list.
    expect(texts.md).toContain('### Marrowind 2018 A Julia library for wind fields. - Used in three');
    expect(texts.md).toContain(
      '### Quillfish 2020 A Python package for tide-gauge data. - 120 stars on GitHub',
    );
  });

  it('imports them as the bullets of their item, and validate counts them', async () => {
    const dir = tempDir();
    const validated = await runCli(['validate', fixture('entry-bullets.yaml')], { cwd: dir });
    expect(validated.stdout).toContain('Software (2 items), Students Advised (2 items); 6 bullets');
    const r = await runCli(['import', fixture('entry-bullets.yaml'), '-o', 'cv.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'cv.yaml'), 'utf8')).toContain(
      [
        '      - label: Quillfish',
        '        text: A Python package for tide-gauge data.',
        '        date: "2020"',
        '        highlights:',
        '          - 120 stars on GitHub',
        '          - Runs on Kubernetes clusters',
      ].join('\n'),
    );
  });
});

describe('RenderCV sections placed by what their entries are', () => {
  it('reads courses written with a title only as a section of their own, with their place and bullets, and the publications as publications', async () => {
    const dir = tempDir();
    const source = fixture('teaching-titles.yaml');
    const built = await runCli(['build', source, '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).not.toMatch(/releaseDate|not shown/);
    const txt = readFileSync(join(dir, 'out', 'resume.txt'), 'utf8');
    expect(txt).toContain(
      'TEACHING\n\nOcean Waves and Tides\nOCN 410/510\n\nNorthfield University\n\n- Taught every autumn since 2020\n',
    );
    expect(txt).toContain(
      'PUBLICATIONS\n\nTidal Forcing of Shallow Tremor · Journal of Coastal Signals\nApr 2023\n',
    );
    const validated = await runCli(['validate', source], { cwd: dir });
    expect(validated.stdout).toContain('2 publications, Teaching (2 items)');
    const imported = await runCli(['import', source, '-o', 'cv.yaml'], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    expect(yaml).toContain('publications:\n  - name: Tidal Forcing of Shallow Tremor\n');
    expect(yaml).toContain('  - id: teaching\n    title: Teaching\n');
    expect(yaml).not.toMatch(/# (location|highlights):|publications-2/);
  });

  it("prints an award's location as who gave it, a volunteer role's and a project's as where they were", async () => {
    const dir = tempDir();
    const source = fixture('entry-places.yaml');
    const built = await runCli(['build', source, '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).not.toContain('not shown');
    const txt = readFileSync(join(dir, 'out', 'resume.txt'), 'utf8');
    expect(txt).toContain('Early Career Award · Society of Coastal Science\n');
    expect(txt).toContain('Data Steward · River Watch\nLyon, France · Mar 2019 – Jun 2021\n');
    expect(txt).toContain('Tide Atlas\nBrest, France · 2020\n');
    const imported = await runCli(['import', source, '-o', 'cv.yaml'], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    expect(readFileSync(join(dir, 'cv.yaml'), 'utf8')).toContain('awarder: Society of Coastal Science');
  });
});

describe('RenderCV publications with a DOI', () => {
  it('print the DOI as text in every format, not only as the link on the title', async () => {
    const dir = tempDir();
    const r = await runCli(
      ['build', fixture('publication-doi.yaml'), '-f', 'html,pdf,docx,md,txt', '-o', 'out'],
      {
        cwd: dir,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    for (const [format, text] of Object.entries(await outputs(dir, 'resume'))) {
      // What a reader sees, link targets aside.
      const seen = text.replace(/https:\/\/doi\.org\/\S*/g, '');
      expect(seen, format).toContain('10.1000/ice.2024.017');
      expect(seen, format).toContain('10.1000/pre.2025.003');
    }
  });
});
