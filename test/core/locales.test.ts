import { describe, expect, it } from 'vitest';
import { printedWords } from '../../src/core/locales.js';

describe('printedWords', () => {
  it("is the locale's words where the résumé sets none, its own where it does", () => {
    expect(printedWords('de')).toMatchObject({ present: 'heute', to: '–', months: undefined });
    expect(printedWords('de').shortMonths?.[2]).toBe('März');
    expect(printedWords('de-AT', { present: 'laufend', to: 'bis', score: 'Abschlussnote' })).toMatchObject({
      present: 'laufend',
      to: 'bis',
      labels: { score: 'Abschlussnote', courses: 'Kurse' },
    });
  });

  it("never lends English abbreviations to a language without words of its own (Intl has that language's)", () => {
    expect(printedWords('hu').shortMonths).toBeUndefined();
    expect(printedWords('hu').present).toBe('Present');
  });
});
