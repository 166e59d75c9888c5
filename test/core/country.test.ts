import { describe, expect, it } from 'vitest';
import { countryOf, postalCodePlace, printedAlike, usesLetter } from '../../src/core/country.js';
import { defaultPaper, paperNamed } from '../../src/core/paper.js';
import type { Resume } from '../../src/core/resume-types.js';

const at = (countryCode?: string): Resume =>
  ({ basics: { name: 'A', ...(countryCode ? { location: { countryCode } } : {}) } }) as Resume;

describe('the country a résumé is written for', () => {
  it('is its country code, else its locale’s region', () => {
    expect(countryOf(at('us'), 'en-GB')).toBe('US');
    expect(countryOf(at(), 'es-MX')).toBe('MX');
    expect(countryOf(at(), 'en')).toBeUndefined();
    expect(countryOf(at(), 'not a locale')).toBeUndefined();
  });

  it('prints on Letter in North America, else on A4', () => {
    expect(usesLetter('US')).toBe(true);
    expect(usesLetter('CA')).toBe(true);
    expect(usesLetter('DE')).toBe(false);
    expect(defaultPaper(at('US'), 'en')).toBe('Letter');
    expect(defaultPaper(at(), 'en-US')).toBe('Letter');
    expect(defaultPaper(at('GB'), 'en-US')).toBe('A4');
    expect(defaultPaper(at(), 'en')).toBe('A4');
  });

  it('writes the postal code where its country does', () => {
    expect(postalCodePlace('US')).toBe('after-region');
    expect(postalCodePlace('GB')).toBe('after-city');
    expect(postalCodePlace('DE')).toBe('before-city');
    expect(postalCodePlace(undefined)).toBe('before-city');
  });

  it('prints alike where paper and address agree: Germany as a country unknown, not the US or Britain', () => {
    expect(printedAlike('DE', undefined)).toBe(true);
    expect(printedAlike('BR', 'PT')).toBe(true);
    expect(printedAlike('US', undefined)).toBe(false);
    expect(printedAlike('GB', undefined)).toBe(false);
    expect(printedAlike('US', 'CA')).toBe(true);
  });
});

describe('paper names', () => {
  it.each([
    ['A4', 'A4'],
    ['a4paper', 'A4'],
    ['Letter', 'Letter'],
    ['US-Letter', 'Letter'],
    ['letterpaper', 'Letter'],
  ])('%s is %s', (name, paper) => expect(paperNamed(name)).toBe(paper));
  it('knows no other', () => expect(paperNamed('A5')).toBeUndefined());
});
