import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, printedMonths } from '../../src/core/dates.js';
import { type OwnWords, printedWords } from '../../src/core/locales.js';
import { isSafeHref, parseInline, plainText } from '../../src/core/markdown.js';

describe('inline markdown', () => {
  it('parses bold, italic and links', () => {
    expect(parseInline('Led **architecture reviews** and *code* [site](https://x.org)')).toEqual([
      { type: 'text', text: 'Led ' },
      { type: 'strong', children: [{ type: 'text', text: 'architecture reviews' }] },
      { type: 'text', text: ' and ' },
      { type: 'em', children: [{ type: 'text', text: 'code' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://x.org', children: [{ type: 'text', text: 'site' }] },
    ]);
  });

  it('leaves unclosed markers, snake_case and escaped stars as text', () => {
    expect(plainText(parseInline('a ** b'))).toBe('a ** b');
    expect(parseInline('snake_case_name')).toEqual([{ type: 'text', text: 'snake_case_name' }]);
    expect(parseInline('5 \\* 3')).toEqual([{ type: 'text', text: '5 * 3' }]);
  });

  it('nests italic inside bold', () => {
    expect(parseInline('**a *b* c**')).toEqual([
      {
        type: 'strong',
        children: [
          { type: 'text', text: 'a ' },
          { type: 'em', children: [{ type: 'text', text: 'b' }] },
          { type: 'text', text: ' c' },
        ],
      },
    ]);
  });

  it('turns links with unsafe schemes into plain text', () => {
    expect(parseInline('[x](javascript:alert(1))')).toEqual([{ type: 'text', text: 'x' }]);
    expect(isSafeHref('mailto:a@b.c')).toBe(true);
    expect(isSafeHref('tel:+91-975')).toBe(true);
    expect(isSafeHref('file:///etc/passwd')).toBe(false);
    expect(isSafeHref('data:text/html,x')).toBe(false);
  });
});

describe('dates', () => {
  it('formats months, years and ranges', () => {
    expect(formatDate('2025-05')).toBe('May 2025');
    expect(formatDate('2025-09', 'en-GB')).toBe('Sep 2025');
    expect(formatDate('2016')).toBe('2016');
    expect(formatDateRange('2025-05', '2025-11')).toBe('May 2025 – Nov 2025');
    expect(formatDateRange('2025-05', undefined)).toBe('May 2025 – Present');
    expect(formatDateRange(undefined, '2016')).toBe('2016');
    expect(formatDateRange('2016', '2016')).toBe('2016');
    expect(formatDate('2024-03-15', 'de-DE')).toBe('März 2024');
  });

  it("abbreviates months as the language does where Intl does not: Duden's German, ABNT's maio, a stop in es and it", () => {
    expect(printedMonths('de', 'short')).toEqual([
      'Jan.',
      'Feb.',
      'März',
      'Apr.',
      'Mai',
      'Juni',
      'Juli',
      'Aug.',
      'Sept.',
      'Okt.',
      'Nov.',
      'Dez.',
    ]);
    expect(formatDateRange('2019-10', '2021-06', 'de-AT')).toBe('Okt. 2019 – Juni 2021');
    expect(formatDate('2020-05', 'pt-BR')).toBe('maio 2020');
    expect(formatDate('2020-01', 'es')).toBe('ene. 2020');
    expect(formatDate('2020-01', 'it')).toBe('gen. 2020');
    // Where the language's usage is Intl's, Intl's: French, and every language without a record of its own.
    expect(formatDate('2020-02', 'fr')).toBe('févr. 2020');
    expect(formatDate('2020-03', 'hu')).toBe(
      `${new Intl.DateTimeFormat('hu', { month: 'short' }).format(new Date(2020, 2, 2))} 2020`,
    );
    // The long names stay Intl's.
    expect(formatDate('2020-03', 'de', 'MMMM YYYY')).toBe('März 2020');
  });

  it("prints the résumé's own words over the locale's: present, the span's to, month names", () => {
    const words = printedWords('fr', {
      present: 'actuellement',
      to: 'à',
      shortMonths: ['jan', 'fév', 'mar', 'avr', 'mai', 'jun', 'jul', 'aoû', 'sep', 'oct', 'nov', 'déc'],
    });
    expect(formatDateRange('2021-02', undefined, 'fr', 'MMM YYYY', words)).toBe('fév 2021 à actuellement');
    expect(formatDateRange('2021-02', '2022-08', 'fr', 'MMMM YYYY', words)).toBe('février 2021 à août 2022');
    // A language that writes the year first keeps its year and counter before the résumé's month.
    const months = printedMonths('ko', 'long').map((m) => `${m}달`);
    const korean = printedWords('ko', { months: months as OwnWords['months'] });
    expect(formatDate('2020-03', 'ko', 'MMMM YYYY', korean)).toBe('2020년 3월달');
    const japanese = printedWords('ja', { months: printedMonths('ja', 'long') as OwnWords['months'] });
    expect(formatDate('2020-03', 'ja', 'MMMM YYYY', japanese)).toBe(formatDate('2020-03', 'ja', 'MMMM YYYY'));
    expect(printedWords('de', { courses: 'Schwerpunkte' }).labels).toMatchObject({
      score: 'Note',
      role: 'Rolle',
      roles: 'Rollen',
      courses: 'Schwerpunkte',
    });
  });

  it("names the Gregorian month in a locale whose own calendar is another (Persian's is the Solar Hijri)", () => {
    expect(formatDate('2020-01', 'fa', 'MMMM YYYY')).toBe('ژانویه 2020');
    expect(formatDateRange('2020-01', undefined, 'fa', 'MMMM YYYY')).toBe('ژانویه 2020 – تاکنون');
  });
});
