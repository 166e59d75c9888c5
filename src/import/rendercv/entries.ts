// RenderCV's entries: their type, found as RenderCV finds it (the first entry with a key only that type has), and
// the fields every type shares (dates, location, summary, highlights) read once.
import type { DataPath } from '../../core/parse.js';
import { datesOf, itemDates, readDate } from '../dates.js';
import type { Report } from '../report.js';
import { isRecord, type Json, texts } from '../values.js';

export type EntryType =
  | 'OneLine'
  | 'Normal'
  | 'Experience'
  | 'Education'
  | 'Publication'
  | 'Bullet'
  | 'Numbered'
  | 'ReversedNumbered'
  | 'Text';

/** Keys only one type has, in the order RenderCV tries them (src/rendercv/schema/models/cv/section.py). */
const CHARACTERISTIC: [EntryType, string[]][] = [
  ['OneLine', ['label', 'details']],
  ['Normal', ['name']],
  ['Experience', ['company', 'position']],
  ['Education', ['institution', 'area', 'degree']],
  ['Publication', ['title', 'authors', 'doi', 'url', 'journal']],
  ['Bullet', ['bullet']],
  ['Numbered', ['number']],
  ['ReversedNumbered', ['reversed_number']],
];

/** The keys each type reads; anything else on an entry is an extra key. */
export const FIELDS: Record<EntryType, string[]> = {
  OneLine: ['label', 'details'],
  Normal: ['name', 'date', 'start_date', 'end_date', 'location', 'summary', 'highlights'],
  Experience: ['company', 'position', 'date', 'start_date', 'end_date', 'location', 'summary', 'highlights'],
  Education: [
    'institution',
    'area',
    'degree',
    'date',
    'start_date',
    'end_date',
    'location',
    'summary',
    'highlights',
  ],
  Publication: ['title', 'authors', 'doi', 'url', 'journal', 'date', 'summary'],
  Bullet: ['bullet'],
  Numbered: ['number'],
  ReversedNumbered: ['reversed_number'],
  Text: [],
};

export function entryTypeOf(entry: unknown): EntryType | undefined {
  if (typeof entry === 'string') return 'Text';
  if (!isRecord(entry)) return undefined;
  return CHARACTERISTIC.find(([, keys]) => keys.some((k) => k in entry))?.[0];
}

/** A section's type: that of its first entry whose type can be told. */
export function sectionType(entries: readonly unknown[]): EntryType | undefined {
  for (const entry of entries) {
    const type = entryTypeOf(entry);
    if (type) return type;
  }
  return undefined;
}

/** When: `date` (free text) wins over start_date/end_date, as in RenderCV; a start alone is a current role. */
export function when(e: Json): { startDate?: string; endDate?: string; ignored?: Json } {
  if (e.date !== undefined && e.date !== null && e.date !== '') {
    const ignored =
      e.start_date || e.end_date ? { start_date: e.start_date, end_date: e.end_date } : undefined;
    return { ...datesOf(e.date), ...(ignored ? { ignored } : {}) };
  }
  const start = readDate(e.start_date);
  const end = readDate(e.end_date);
  const startDate = start && ('date' in start ? start.date : 'raw' in start ? start.raw : undefined);
  const endDate = end && ('date' in end ? end.date : 'raw' in end ? end.raw : undefined);
  return definedOnly({ startDate, endDate });
}

/** An entry's dates as our entries' (see `when`); start and end dates beside a `date` go to the left-overs. */
export function dated(e: Json, at: DataPath, report: Report): { startDate?: string; endDate?: string } {
  const { ignored, ...dates } = when(e);
  if (ignored)
    report.keep(
      at,
      'start_date/end_date',
      ignored,
      'start and end dates beside a `date` (RenderCV prints the date), kept as comments',
    );
  return dates;
}

/** An entry's dates as a custom item's: one date where they name one time, else a span. */
export const datesOfItem = (e: Json, at: DataPath, report: Report) => itemDates(dated(e, at, report));

export const highlightsOf = (e: Json): string[] => texts(e.highlights);

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
