import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '../../src/core/dates.js';
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
    expect(formatDate('2024-03-15', 'de-DE')).toBe('Mär 2024');
  });

  it("names the Gregorian month in a locale whose own calendar is another (Persian's is the Solar Hijri)", () => {
    expect(formatDate('2020-01', 'fa', 'MMMM YYYY')).toBe('ژانویه 2020');
    expect(formatDateRange('2020-01', undefined, 'fa', 'MMMM YYYY')).toBe('ژانویه 2020 – تاکنون');
  });
});
