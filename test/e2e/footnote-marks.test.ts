// A CV's legend marks, "(*) student advisee", "(**) postdoc", are printed as written in every format, not read as
// emphasis from one mark to the next (found by a trial: the text output said "Note: () Resulted in…").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const RESUME = `basics:
  name: Ana Example
  summary: "Advisees are marked (*), postdocs (**)."
publications:
  - name: Seismic detection
    publisher: Nature
    summary: "Kim (*), Lee (**) and A. Example"
`;

describe('legend marks in brackets', () => {
  const dir = tempDir();
  beforeAll(async () => {
    writeFileSync(join(dir, 'r.yaml'), RESUME);
    const r = await runCli(['build', 'r.yaml', '-f', 'pdf,md,txt,html', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
  });

  it('are printed as written', async () => {
    const pdf = (await readPdf(join(dir, 'out', 'resume.pdf'))).text.replace(/\s+/g, ' ');
    for (const text of [readFileSync(join(dir, 'out', 'resume.txt'), 'utf8'), pdf]) {
      expect(text).toContain('Advisees are marked (*), postdocs (**).');
      expect(text).toContain('Kim (*), Lee (**) and A. Example');
    }
    expect(readFileSync(join(dir, 'out', 'resume.html'), 'utf8')).not.toMatch(/<em>|<strong>/);
    expect(readFileSync(join(dir, 'out', 'resume.md'), 'utf8')).toContain(
      'Kim (\\*), Lee (\\*\\*) and A. Example',
    );
  });
});
