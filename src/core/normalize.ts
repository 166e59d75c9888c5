// Reading résumés as people really write them, before validation: JSON Resume 0.x key names read as their
// current ones, dates as people write them ("August 2021", "Mar-2022", "2023-9-28", "Present"). Each guess is a
// warning at its place; the data is changed in place so validation and every later stage see the modern form.
import { MONTH_WORDS, PRESENT_WORDS } from './locales.js';
import { type Aliases, type DataPath, noteAlias } from './parse.js';
import { BASICS_LEGACY, CUSTOM_ITEM_DATES, ENTRY_LISTS, type EntryListKey, sectionSpec } from './sections.js';

export interface Notice {
  path: DataPath;
  message: string;
  at?: 'key';
}

export const STRICT_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A date in numbers that names no real month or day ("2025-13", "2025-02-30"): a mistake to fix, not a way of
 * writing. Not a span of years ("2018-2020"). */
export const WRONG_NUMERIC_DATE = /^(\d{4})[-/.]\d{1,2}(?:[-/.]\d{1,2})?$/;

const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** Each entry of each built-in list (as an object, with its path), in source order. */
function* eachEntry(
  root: Record<string, unknown>,
): Generator<[EntryListKey, Record<string, unknown>, DataPath]> {
  for (const list of ENTRY_LISTS) {
    const entries = root[list];
    if (!Array.isArray(entries)) continue;
    for (const [i, entry] of entries.entries()) {
      const e = record(entry);
      if (e) yield [list, e, [list, i]];
    }
  }
}

/** The roles of each job with several (work[].positions), with their paths. */
function* eachRole(root: Record<string, unknown>): Generator<[Record<string, unknown>, DataPath]> {
  for (const [, entry, path] of eachEntry(root)) {
    if (path[0] !== 'work' || !Array.isArray(entry.positions)) continue;
    for (const [j, role] of entry.positions.entries()) {
      const r = record(role);
      if (r) yield [r, [...path, 'positions', j]];
    }
  }
}

/** The items of each custom section (sections[].items[]), with their paths. */
function* eachCustomItem(root: Record<string, unknown>): Generator<[Record<string, unknown>, DataPath]> {
  for (const [i, section] of (Array.isArray(root.sections) ? root.sections : []).entries()) {
    const items = record(section)?.items;
    for (const [j, item] of (Array.isArray(items) ? items : []).entries()) {
      const it = record(item);
      if (it) yield [it, ['sections', i, 'items', j]];
    }
  }
}

/** Every dated thing (entries, roles and custom items), with its path and its date fields. */
export function datedEntries(
  root: Record<string, unknown>,
): [Record<string, unknown>, DataPath, readonly string[]][] {
  return [
    ...[...eachCustomItem(root)].map(
      ([item, path]): [Record<string, unknown>, DataPath, readonly string[]] => [
        item,
        path,
        CUSTOM_ITEM_DATES,
      ],
    ),
    ...[...eachEntry(root)].map(
      ([list, entry, path]): [Record<string, unknown>, DataPath, readonly string[]] => [
        entry,
        path,
        sectionSpec(list).dates,
      ],
    ),
    ...[...eachRole(root)].map(([role, path]): [Record<string, unknown>, DataPath, readonly string[]] => [
      role,
      path,
      ['startDate', 'endDate'],
    ]),
  ];
}

/** Renames 0.x keys to their current names (the section table's `legacy`); one notice per renamed key. */
export function modernizeKeys(data: unknown, aliases: Aliases = new Map(), omitted: string[] = []): Notice[] {
  const notices: Notice[] = [];
  const root = record(data);
  if (!root) return notices;
  const rename = (
    entry: Record<string, unknown>,
    renames: Readonly<Record<string, string>>,
    path: DataPath,
  ) => {
    for (const [old, current] of Object.entries(renames)) {
      if (!(old in entry)) continue;
      const value = entry[old];
      const both = current in entry;
      if (!both) {
        entry[current] = value;
        noteAlias(aliases, [...path, current], [...path, old]);
      }
      delete entry[old];
      // An empty legacy key ("picture": "") is not worth a word: it says nothing either way.
      if (value === '' || value === null || (both && sameText(value, entry[current]))) continue;
      if (both && typeof value === 'string') omitted.push(value);
      notices.push({
        path: [...path, old],
        at: 'key',
        message: both
          ? `not shown: "${old}" is the JSON Resume 0.x name of "${current}", which is given too and shown (keep one)`
          : `"${old}" is the JSON Resume 0.x name of "${current}": read as "${current}" (rename it to modernise)`,
      });
    }
  };
  const basics = record(root.basics);
  if (basics) rename(basics, BASICS_LEGACY, ['basics']);
  for (const [list, entry, path] of eachEntry(root)) rename(entry, sectionSpec(list).legacy ?? {}, path);
  return notices;
}

const sameText = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The paths of dates kept as written because they could not be read: validation lets them through, the view
 * prints them as they are. */
export type RawDates = Set<string>;

/** Reads loose dates into YYYY[-MM[-DD]]; "Present" on an end date means a current role (the key is removed).
 * `lenient` (a JSON Resume document): a numeric date that is wrong ("2018-13") is read as its year, with a
 * warning, rather than set aside, which would leave its entry dated by its end alone ("Feb 2021"). */
export function normalizeDates(
  data: unknown,
  json: boolean,
  lenient = false,
): { notices: Notice[]; raw: RawDates } {
  const notices: Notice[] = [];
  const raw: RawDates = new Set();
  const root = record(data);
  if (!root) return { notices, raw };
  for (const [entry, path, fields] of datedEntries(root))
    for (const field of fields) {
      const result = readDateField(entry, field, [...path, field], { json, lenient });
      if (!result) continue;
      // One time written as both ends ("Sommer 2017" as a start and an end, printed once) is said once.
      const again = result.raw && field === 'endDate' && entry.endDate === entry.startDate;
      if (!again) notices.push(result.notice);
      if (result.raw) raw.add(key([...path, field]));
    }
  return { notices, raw };
}

/** One date field as people write it, read in place: what was guessed, and whether it stays as written. */
function readDateField(
  entry: Record<string, unknown>,
  field: string,
  path: DataPath,
  { json, lenient }: { json: boolean; lenient: boolean },
): { notice: Notice; raw?: boolean } | undefined {
  const value = entry[field];
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2200) {
    entry[field] = String(value);
    // A bare year is simply a year in JSON; YAML authors are told the safe way to write it.
    return json ? undefined : { notice: { path, message: `write the year in quotes: "${value}"` } };
  }
  if (typeof value === 'string' && STRICT_DATE.test(value)) return impossibleDay(entry, field, path);
  if (typeof value !== 'string') return undefined;
  if (PRESENT_WORDS.has(value.trim().toLowerCase())) {
    if (field !== 'endDate')
      return { notice: { path, message: `"${value}" is not a date: printed as written` }, raw: true };
    delete entry[field];
    // A custom section's item (a membership, a patent pending) goes on; it is not a role.
    const what = path[0] === 'sections' ? 'still going on' : 'a current role';
    return { notice: { path, message: `"${value}" read as ${what}: leave ${field} out to say so` } };
  }
  const span = field === 'startDate' && entry.endDate === undefined ? spanOfYears(value) : undefined;
  if (span) {
    [entry.startDate, entry.endDate] = span;
    // Printed as written, it would read "2018-2020 – Present": an end that is not there is a current role.
    return {
      notice: {
        path,
        message: `"${value}" read as a span: ${span[0]} to ${span[1]} (write startDate and endDate)`,
      },
    };
  }
  const read = readLooseDate(value);
  // A numeric date that is wrong ("2025-13") is a mistake to fix, not a way of writing: the schema says so, in
  // our format; read leniently, its year is what is certain.
  const year = WRONG_NUMERIC_DATE.exec(value.trim())?.[1];
  if (!read && year && !lenient) return undefined;
  if (!read && year) {
    entry[field] = year;
    return { notice: { path, message: `"${value}" is not a date (check the month): read as ${year}` } };
  }
  if (!read)
    return {
      notice: { path, message: `"${value}" is not a date this tool can read: printed as written` },
      raw: true,
    };
  entry[field] = read;
  return { notice: { path, message: `"${value}" read as ${read} (write YYYY-MM to be sure)` } };
}

/** "2018-2020", "2018 – 2020": two years, the second not before the first. */
function spanOfYears(text: string): [string, string] | undefined {
  const m = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(text.trim());
  return m && (m[1] as string) <= (m[2] as string) ? [m[1] as string, m[2] as string] : undefined;
}

/** 2012-09-31 is a typo for a day in September: read as the month, which is certain. */
function impossibleDay(entry: Record<string, unknown>, field: string, path: DataPath) {
  const value = String(entry[field]);
  const [year, month, day] = value.split('-').map(Number);
  if (day === undefined || year === undefined || month === undefined) return undefined;
  if (day <= new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  entry[field] = value.slice(0, 7);
  return {
    notice: { path, message: `"${value}" has no such day: read as ${value.slice(0, 7)} (check the date)` },
  };
}

export const key = (path: DataPath): string => path.join('/');

const pad = (n: number) => String(n).padStart(2, '0');

/** "August 2021", "Aug. 2021", "Oktober 2022", "Mar-2022", "2023-9-28", "2021/08", "08/2021", "2021.08": the
 * unambiguous forms. Day-month orders that could be either (03/04/2021) are not guessed. */
export function readLooseDate(text: string): string | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\.(?=\s|-|$)/g, '');
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  // Chinese, Japanese and Korean: 2020年3月, 2020년 3월, 2020年.
  m = /^(\d{4})\s*[年년.]?\s*(\d{1,2})\s*[月월]$/u.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]));
  if (/^\d{4}\s*[年년]$/u.test(t)) return t.slice(0, 4);
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return ymd(Number(m[2]), Number(m[1]));
  m = /^(\p{L}+)[\s,-]+(\d{4})$/u.exec(t);
  if (m && MONTH_WORDS.has(m[1] ?? '')) return ymd(Number(m[2]), MONTH_WORDS.get(m[1] ?? '') as number);
  m = /^(\d{4})[\s,-]+(\p{L}+)$/u.exec(t);
  if (m && MONTH_WORDS.has(m[2] ?? '')) return ymd(Number(m[1]), MONTH_WORDS.get(m[2] ?? '') as number);
  m = /^(\d{1,2})\.?\s+(\p{L}+)\s+(\d{4})$/u.exec(t);
  if (m && MONTH_WORDS.has(m[2] ?? ''))
    return ymd(Number(m[3]), MONTH_WORDS.get(m[2] ?? '') as number, Number(m[1]));
  m = /^(\p{L}+)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(t);
  if (m && MONTH_WORDS.has(m[1] ?? ''))
    return ymd(Number(m[3]), MONTH_WORDS.get(m[1] ?? '') as number, Number(m[2]));
  return undefined;
}

function ymd(year: number, month: number, day?: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}
