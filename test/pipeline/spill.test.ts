// A résumé that spills a line or two onto its last page gets a hint naming the --max-pages that would save it.
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';

/** Jobs of six long bullets: seven of them take a page and a few lines. */
function jobs(n: number): string {
  const bullet =
    'Built a thing that did a great many important things for a great many people in the company';
  const job = (i: number) =>
    `  - name: Company ${i}\n    position: Engineer\n    startDate: "2020-01"\n    highlights:\n${[1, 2, 3, 4, 5, 6].map((j) => `      - ${bullet} ${j}\n`).join('')}`;
  return `basics:\n  name: Spill Test\nwork:\n${Array.from({ length: n }, (_, i) => job(i + 1)).join('')}`;
}

describe('the spill hint', () => {
  it('names --max-pages when the last page holds a few lines, and that build fits', async () => {
    const spilled = await render({ source: jobs(7), formats: ['pdf'] });
    expect(spilled.notes).toEqual([
      expect.stringMatching(
        /^resume\.pdf: page 2, the last, is only \d+% full: --max-pages 1 would likely fit it on 1 page$/,
      ),
    ]);
    const fitted = await render({ source: jobs(7), formats: ['pdf'], maxPages: 1 });
    expect(fitted.notes).toEqual([expect.stringMatching(/^fitted resume to 1 page \(from 2\)/)]);
  });

  it('says nothing of a last page that is well used, or of formats without pages', async () => {
    expect((await render({ source: jobs(9), formats: ['pdf'] })).notes).toEqual([]);
    expect((await render({ source: jobs(7), formats: ['html', 'txt'] })).notes).toEqual([]);
  });
});
