// The country a résumé is written for, and what follows from it that no setting says: its paper, where a postal
// code goes in its address.
import type { Resume } from './resume-types.js';

/** Its location's country code, else its locale's region (en-US, es-MX), upper-cased; undefined if neither. */
export function countryOf(resume: Resume, locale: string): string | undefined {
  return countryFor(resume.basics?.location?.countryCode, locale);
}

/** A country code as written, else the locale's region, upper-cased (see countryOf). */
export function countryFor(countryCode: string | undefined, locale: string): string | undefined {
  const code = countryCode ?? regionOf(locale);
  return code?.trim().toUpperCase() || undefined;
}

/** Whether two countries print a résumé alike: the same paper, the postal code in the same place. */
export function printedAlike(a: string | undefined, b: string | undefined): boolean {
  return usesLetter(a) === usesLetter(b) && postalCodePlace(a) === postalCodePlace(b);
}

/** A locale's region (de-AT → AT), or undefined. */
export function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).region;
  } catch {
    return undefined;
  }
}

/** Where Letter is the paper in use: North America and the countries that follow it. */
const LETTER_COUNTRIES = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'CR',
  'DO',
  'GT',
  'PA',
  'PR',
  'SV',
  'VE',
]);

export function usesLetter(country: string | undefined): boolean {
  return country !== undefined && LETTER_COUNTRIES.has(country);
}

/** Where a postal code is written in a one-line address: after the state in North America and Australia
 * ("Somerville, MA 02143"), after the city in Britain and Ireland ("London SW1A 1AA"), before the city elsewhere
 * ("10115 Berlin", "75001 Paris"). */
export function postalCodePlace(country: string | undefined): 'after-region' | 'after-city' | 'before-city' {
  if (country === 'US' || country === 'CA' || country === 'AU') return 'after-region';
  if (country === 'GB' || country === 'IE') return 'after-city';
  return 'before-city';
}
