// Dates as other tools write them, read into ours (YYYY, YYYY-MM, YYYY-MM-DD): what is read is normalised, a
// current role is said as such, and anything else is kept as written (our loader prints it as it is).
import { PRESENT_WORDS } from '../core/locales.js';
import { readLooseDate, STRICT_DATE } from '../core/normalize.js';

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
  if (parts.length === 2) {
    const [from, to] = parts.map(readDate);
    if (from && 'date' in from && to && !('raw' in to))
      return { start: from.date, ...('date' in to ? { end: to.date } : {}) };
  }
  return { raw: whole.raw };
}
