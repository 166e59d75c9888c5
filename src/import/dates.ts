// Dates as other tools write them, read into ours (YYYY, YYYY-MM, YYYY-MM-DD): what is read is normalised, a
// current role is said as such, and anything else is kept as written (our loader prints it as it is).
import { isDeepStrictEqual } from 'node:util';
import { isLanguageKey, PRESENT_WORDS } from '../core/locales.js';
import { datedEntries, readLooseDate, STRICT_DATE } from '../core/normalize.js';
import { displayPath } from '../core/parse.js';
import type { Report } from './report.js';

export type DateRead = { date: string } | { present: true } | { raw: string };

export function readDate(value: unknown): DateRead | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2200)
    return { date: String(value) };
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return { date: value.toISOString().slice(0, 10) };
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const t = value.trim();
  if (STRICT_DATE.test(t)) return { date: t };
  if (/^\d{4}-\d{2}-\d{2}T/.test(t) && STRICT_DATE.test(t.slice(0, 10))) return { date: t.slice(0, 10) };
  if (PRESENT_WORDS.has(t.toLowerCase())) return { present: true };
  const read = readLooseDate(t);
  return read ? { date: read } : { raw: t };
}

/** A free-text date ("2019 – 2021", "Sep 2020 - present", "Summer 2019") as a start and an end. */
export function readDateRange(value: unknown): { start?: string; end?: string; raw?: string } {
  const whole = readDate(value);
  if (!whole) return {};
  if ('date' in whole) return { start: whole.date, end: whole.date };
  if ('present' in whole) return {};
  const parts = whole.raw.split(/\s+(?:-|–|—|to|bis|à|au|a|al|hasta|até|tot)\s+|\s*[–—]\s*/i);
  const range = parts.length === 2 ? rangeOf(parts[0], parts[1]) : hyphenated(whole.raw);
  return range ?? { raw: whole.raw };
}

function rangeOf(
  from: string | undefined,
  to: string | undefined,
): { start: string; end?: string } | undefined {
  const [start, end] = [readDate(from), readDate(to)];
  if (!start || !('date' in start) || !end || 'raw' in end) return undefined;
  return { start: start.date, ...('date' in end ? { end: end.date } : {}) };
}

/** "2014-2020", "Jan 2020-Present": a hyphen with no spaces, where both sides read as dates. */
function hyphenated(raw: string): { start: string; end?: string } | undefined {
  for (let at = raw.indexOf('-'); at > 0; at = raw.indexOf('-', at + 1)) {
    const range = rangeOf(raw.slice(0, at), raw.slice(at + 1));
    if (range) return range;
  }
  return undefined;
}

/** A free-text date as an entry's start and end: a range read into both ("Sep 2020 - present" has no end: a
 * current role), one date as both, and text that cannot be read as both, as written (printed once). */
export function datesOf(value: unknown): { startDate?: string; endDate?: string } {
  const range = readDateRange(value);
  if (range.raw) return { startDate: range.raw, endDate: range.raw };
  return {
    ...(range.start ? { startDate: range.start } : {}),
    ...(range.end ? { endDate: range.end } : {}),
  };
}

/** An entry's start and end as a custom item's dates: one `date` where they name one time ("2024", "Fall 2023",
 * an end alone), else a span. */
export function itemDates({ startDate, endDate }: { startDate?: string; endDate?: string }): {
  date?: string;
  startDate?: string;
  endDate?: string;
} {
  if (!startDate || startDate === endDate) return endDate ? { date: endDate } : {};
  return endDate ? { startDate, endDate } : { startDate };
}

/** Dates written per language ({ de: "Mai 2018", en: "May 2018" }), in place: a date is one in every language
 * (each prints it in its own words), so the first language's is read; another's that reads as another date is
 * kept as a comment under its entry. */
export function datesInOneLanguage(data: Record<string, unknown>, report: Report): void {
  for (const [entry, path, fields] of datedEntries(data))
    for (const field of fields) {
      const value = entry[field];
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      const written = Object.entries(value);
      if (!written.every(([k, v]) => isLanguageKey(k) && typeof v === 'string')) continue;
      const [first, ...others] = written;
      if (!first) continue;
      entry[field] = first[1];
      report.note('dates written per language, read in the first', displayPath([...path, field]));
      const differ = others.filter(([, v]) => !isDeepStrictEqual(readDate(v), readDate(first[1])));
      if (differ.length)
        report.keep(
          path,
          field,
          Object.fromEntries(differ),
          'dates that read otherwise in another language, kept as comments',
        );
    }
}
