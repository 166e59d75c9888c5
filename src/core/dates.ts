// Dates are written YYYY, YYYY-MM or YYYY-MM-DD; readers see "May 2025", "2016", "May 2025 – Present".

import { wordsFor } from './locales.js';
import { STRICT_DATE } from './normalize.js';

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(date: string, locale = 'en'): string {
  // A date that could not be read ("Summer 2019") is printed as written.
  if (!STRICT_DATE.test(date)) return date;
  const [year, month] = date.split('-');
  if (!month) return year ?? date;
  const index = Number(month) - 1;
  // Intl's English short months include "Sept" in en-GB; a fixed table keeps every English résumé consistent.
  if (locale.startsWith('en')) return `${ENGLISH_MONTHS[index]} ${year}`;
  const name = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), index, 1)),
  );
  return `${name} ${year}`;
}

/** "May 2025 – Nov 2025"; no end means a current role; a single date stands alone. */
export function formatDateRange(start: string | undefined, end: string | undefined, locale = 'en'): string {
  if (!start) return end ? formatDate(end, locale) : '';
  const present = wordsFor(locale).present;
  const to = end ? formatDate(end, locale) : present;
  const from = formatDate(start, locale);
  return from === to ? from : `${from} – ${to}`;
}
