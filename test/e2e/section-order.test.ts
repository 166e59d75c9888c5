// meta.order lists the sections first and the others follow; a summary it leaves out (written after `import`
// wrote the order of an older file) still opens the résumé (found by a trial: it printed on page 12).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

const RESUME = `basics:
  name: Ana Example
  summary: Seismologist turned machine-learning engineer.
meta:
  order: [education, work]
work:
  - { name: Acme, position: Engineer, startDate: 2020-01 }
education:
  - { institution: MIT, area: Geophysics, studyType: PhD, endDate: '2015' }
skills:
  - { name: ML, keywords: [PyTorch] }
`;

describe('a summary meta.order leaves out', () => {
  it('opens the résumé; the listed sections follow in their order, then the others', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.yaml'), RESUME);
    const r = await runCli(['build', 'r.yaml', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const txt = readFileSync(join(dir, 'out', 'resume.txt'), 'utf8');
    const at = (words: string) => txt.indexOf(words);
    expect(at('Seismologist')).toBeGreaterThan(0);
    expect(at('Seismologist')).toBeLessThan(at('EDUCATION'));
    expect(at('EDUCATION')).toBeLessThan(at('EXPERIENCE'));
    expect(at('EXPERIENCE')).toBeLessThan(at('SKILLS'));
  });
});
