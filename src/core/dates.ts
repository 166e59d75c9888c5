// Dates are written YYYY, YYYY-MM or YYYY-MM-DD; readers see "May 2025", "2016", "May 2025 – Present" (or the
// date format the design chooses).

import { localeRecord } from './locales.js';
import { STRICT_DATE } from './normalize.js';

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How a date prints (meta.design.dateFormat, or the theme's): short or long month and year, numeric, or year. */
export type DateFormat = 'MMM YYYY' | 'MMMM YYYY' | 'MM/YYYY' | 'YYYY-MM' | 'YYYY';

export function formatDate(date: string, locale = 'en', format: DateFormat = 'MMM YYYY'): string {
  // A date that could not be read ("Summer 2019") is printed as written.
  if (!STRICT_DATE.test(date)) return date;
  const [year = date, month] = date.split('-');
  if (!month || format === 'YYYY') return year;
  if (format === 'MM/YYYY') return `${month}/${year}`;
  if (format === 'YYYY-MM') return `${year}-${month}`;
  const index = Number(month) - 1;
  // Intl's English short months include "Sept" in en-GB; a fixed table keeps every English résumé consistent.
  if (format === 'MMM YYYY' && locale.startsWith('en')) return `${ENGLISH_MONTHS[index]} ${year}`;
  const width = format === 'MMMM YYYY' ? 'long' : 'short';
  const day = new Date(Date.UTC(Number(year), index, 1));
  // The dates are the Gregorian calendar's, whatever the locale's own: Persian's would name the month of the
  // Solar Hijri calendar the 1st falls in ("دی" for January), beside the Gregorian year.
  const calendar = 'gregory';
  // Chinese, Japanese and Korean write the year first, with its counter: 2020年3月, 2020년 3월.
  if (/^(ja|ko|zh)\b/.test(locale))
    return new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: width,
      timeZone: 'UTC',
      calendar,
    }).format(day);
  const name = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC', calendar }).format(day);
  return `${name} ${year}`;
}

/** A day in the locale's long form, in the Gregorian calendar as every date here: "14 March 2025", "14. März 2025",
 * "1er décembre 2026" (the first of the month as the language writes it). */
export function longDate(day: Date, locale: string): string {
  const { firstDay } = localeRecord(locale);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    calendar: 'gregory',
  })
    .formatToParts(day)
    .map((part) => (part.type === 'day' && part.value === '1' && firstDay ? firstDay : part.value))
    .join('');
}

/** "May 2025 – Nov 2025"; no end means a current role; a single date stands alone. */
export function formatDateRange(
  start: string | undefined,
  end: string | undefined,
  locale = 'en',
  format: DateFormat = 'MMM YYYY',
): string {
  if (!start) return end ? formatDate(end, locale, format) : '';
  const present = localeRecord(locale).present;
  const to = end ? formatDate(end, locale, format) : present;
  const from = formatDate(start, locale, format);
  return from === to ? from : `${from} – ${to}`;
}

/** The year a date written in words names ("Summer 2019" → "2019"), if it names one. */
export function yearIn(text: string): string | undefined {
  return /\b(1[89]|20)\d\d\b/.exec(text)?.[0];
}
