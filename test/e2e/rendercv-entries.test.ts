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
    html: readFileSync(out('html'), 'utf8').replace(/<[^>]+>/g, ' '),
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
      // The posting puts Marrowind first: its bullet goes with it, Quillfish's stay under Quillfish.
      expect(
        inOrder(text, [
          'Marrowind',
          'Used in three national weather services',
          'Quillfish',
          '120 stars on GitHub',
          'Runs on Kubernetes clusters',
          'Ada Ferrow',
          '8 publications',
          'Bo Lindqvist',
          '4 publications',
        ]),
        `${format}: ${text}`,
      ).toBe(true);
    }
    // Markdown draws them as bullets under their entry, not as items of the section's list.
    expect(texts.md).toContain('### Marrowind 2018 A Julia library for wind fields. - Used in three');
  });

  it('imports them as the bullets of their item', async () => {
    const dir = tempDir();
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
