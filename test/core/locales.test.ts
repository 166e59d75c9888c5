import { describe, expect, it } from 'vitest';
import { holdSpacedMarks, printedWords } from '../../src/core/locales.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('holdSpacedMarks', () => {
  it('holds a number to its percent sign with a no-break space in every language', () => {
    expect(holdSpacedMarks('Kosten um 60 % gesenkt', 'de')).toBe(`Kosten um 60${NBSP}% gesenkt`);
    expect(holdSpacedMarks('grew 12  ‰ a year', 'en-GB')).toBe(`grew 12${NBSP}‰ a year`);
    expect(holdSpacedMarks('Wzrost o 5 %', 'pl')).toBe(`Wzrost o 5${NBSP}%`);
    // Written together, or a sign that follows no number: as written.
    expect(holdSpacedMarks('60% faster, the % sign', 'en')).toBe('60% faster, the % sign');
  });

  it('holds it in French with the narrow no-break space French sets before ; ! ? and %', () => {
    expect(holdSpacedMarks('réduit de 60 % ; pourquoi ?', 'fr')).toBe(
      `réduit de 60${NNBSP}%${NNBSP}; pourquoi${NNBSP}?`,
    );
    expect(holdSpacedMarks('Rôle : « mot »', 'fr-CA')).toBe(`Rôle${NBSP}: «${NBSP}mot${NBSP}»`);
  });
});

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
