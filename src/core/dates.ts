// Dates are written YYYY, YYYY-MM or YYYY-MM-DD; readers see "May 2025", "2016", "May 2025 – Present" (or the
// date format the design chooses).

import { localeRecord, type PrintedWords, printedWords } from './locales.js';
import { STRICT_DATE } from './normalize.js';

/** How a date prints (meta.design.dateFormat, or the theme's): short or long month and year, numeric, or year. */
export const DATE_FORMATS = ['MMM YYYY', 'MMMM YYYY', 'MM/YYYY', 'YYYY-MM', 'YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** The words a date prints: the locale's, with the résumé's own over them (see printedWords). */
export type DateWords = Pick<PrintedWords, 'present' | 'to' | 'months' | 'shortMonths'>;

export function formatDate(
  date: string,
  locale = 'en',
  format: DateFormat = 'MMM YYYY',
  words: DateWords = printedWords(locale),
): string {
  // A date that could not be read ("Summer 2019") is printed as written.
  if (!STRICT_DATE.test(date)) return date;
  const [year = date, month] = date.split('-');
  if (!month || format === 'YYYY') return year;
  if (format === 'MM/YYYY') return `${month}/${year}`;
  if (format === 'YYYY-MM') return `${year}-${month}`;
  const index = Number(month) - 1;
  const width = format === 'MMMM YYYY' ? 'long' : 'short';
  const own = (width === 'long' ? words.months : words.shortMonths)?.[index];
  const day = new Date(Date.UTC(Number(year), index, 1));
  // Chinese, Japanese and Korean write the year first, with its counter: 2020年3月, 2020년 3월.
  if (/^(ja|ko|zh)\b/.test(locale)) return yearFirst(day, locale, width, own);
  return `${own ?? monthName(day, locale, width)} ${year}`;
}

/** The twelve month names a locale prints, January first: long (MMMM YYYY) or short (MMM YYYY), the résumé's own
 * where it names them. */
export function printedMonths(
  locale: string,
  width: 'long' | 'short',
  words: DateWords = printedWords(locale),
): string[] {
  const own = width === 'long' ? words.months : words.shortMonths;
  return Array.from(
    { length: 12 },
    (_, i) => own?.[i] ?? monthName(new Date(Date.UTC(2000, i, 1)), locale, width),
  );
}

// The dates are the Gregorian calendar's, whatever the locale's own: Persian's would name the month of the Solar
// Hijri calendar the 1st falls in ("دی" for January), beside the Gregorian year.
const CALENDAR = 'gregory';

function monthName(day: Date, locale: string, width: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC', calendar: CALENDAR }).format(day);
}

/** A year and its month as the language writes them; a month the résumé names (its whole word, counter and all,
 * as printedMonths gives it: 3月) after the year and its counter (2020年). */
function yearFirst(day: Date, locale: string, width: 'long' | 'short', own: string | undefined): string {
  const parts = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: width,
    timeZone: 'UTC',
    calendar: CALENDAR,
  }).formatToParts(day);
  const month = parts.findIndex((p) => p.type === 'month');
  const shown = own === undefined ? parts : [...parts.slice(0, month), { value: own }];
  return shown.map((p) => p.value).join('');
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
    calendar: CALENDAR,
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
  words: DateWords = printedWords(locale),
): string {
  if (!start) return end ? formatDate(end, locale, format, words) : '';
  const until = end ? formatDate(end, locale, format, words) : words.present;
  const from = formatDate(start, locale, format, words);
  return from === until ? from : `${from} ${words.to} ${until}`;
}

/** The year a date written in words names ("Summer 2019" → "2019"), if it names one. */
export function yearIn(text: string): string | undefined {
  return /\b(1[89]|20)\d\d\b/.exec(text)?.[0];
}
