import { describe, expect, it } from 'vitest';
import { bulletLists, entryParts } from '../../src/core/entry-parts.js';

describe('entryParts and bulletLists', () => {
  const job = {
    name: 'Acme',
    highlights: ['Own bullet'],
    positions: [{ position: 'Lead', highlights: ['Led'] }, 'not a role', { position: 'Analyst' }],
  };

  it('gives the entry, then each role with its path, skipping what is not a role', () => {
    expect(entryParts(job, ['work', 0]).map((p) => [p.path, p.role])).toEqual([
      [['work', 0], undefined],
      [['work', 0, 'positions', 0], 0],
      [['work', 0, 'positions', 2], 2],
    ]);
    expect(entryParts('text', ['work', 1])).toEqual([]);
  });

  it("gives the entry's bullets and its roles', each list at its path", () => {
    expect(bulletLists(job, ['work', 0]).map((l) => [l.path, l.bullets])).toEqual([
      [['work', 0, 'highlights'], ['Own bullet']],
      [['work', 0, 'positions', 0, 'highlights'], ['Led']],
    ]);
  });
});
