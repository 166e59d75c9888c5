// Reading résumés as people really write them, before validation: JSON Resume 0.x key names read as their
// current ones, dates as people write them ("August 2021", "Mar-2022", "2023-9-28", "Present"). Each guess is a
// warning at its place; the data is changed in place so validation and every later stage see the modern form.
import type { DataPath } from './parse.js';

export interface Notice {
  path: DataPath;
  message: string;
  at?: 'key';
}

/** JSON Resume 0.x names and the ones that replaced them, per list (or basics). */
const LEGACY_KEYS: Record<string, Record<string, string>> = {
  basics: { picture: 'image', website: 'url' },
  work: { company: 'name', website: 'url' },
  volunteer: { website: 'url' },
  education: { gpa: 'score' },
  publications: { website: 'url' },
  projects: { website: 'url' },
};

const DATE_FIELDS: Record<string, string[]> = {
  work: ['startDate', 'endDate'],
  volunteer: ['startDate', 'endDate'],
  education: ['startDate', 'endDate'],
  projects: ['startDate', 'endDate'],
  awards: ['date'],
  certificates: ['date'],
  publications: ['releaseDate'],
};

export const STRICT_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** Renames 0.x keys to their current names; one notice per renamed key. */
export function modernizeKeys(data: unknown): Notice[] {
  const notices: Notice[] = [];
  const root = record(data);
  if (!root) return notices;
  const rename = (entry: Record<string, unknown>, renames: Record<string, string>, path: DataPath) => {
    for (const [old, current] of Object.entries(renames)) {
      if (!(old in entry)) continue;
      if (!(current in entry)) entry[current] = entry[old];
      delete entry[old];
      notices.push({
        path: [...path, old],
        at: 'key',
        message: `"${old}" is the JSON Resume 0.x name of "${current}": read as "${current}" (rename it to modernise)`,
      });
    }
  };
  for (const [list, renames] of Object.entries(LEGACY_KEYS)) {
    if (list === 'basics') {
      const basics = record(root.basics);
      if (basics) rename(basics, renames, ['basics']);
      continue;
    }
    const entries = root[list];
    if (!Array.isArray(entries)) continue;
    for (const [i, entry] of entries.entries()) {
      const e = record(entry);
      if (e) rename(e, renames, [list, i]);
    }
  }
  return notices;
}

/** The paths of dates kept as written because they could not be read: validation lets them through, the view
 * prints them as they are. */
export type RawDates = Set<string>;

/** Reads loose dates into YYYY[-MM[-DD]]; "Present" on an end date means a current role (the key is removed). */
export function normalizeDates(data: unknown, json: boolean): { notices: Notice[]; raw: RawDates } {
  const notices: Notice[] = [];
  const raw: RawDates = new Set();
  const root = record(data);
  if (!root) return { notices, raw };
  for (const [list, fields] of Object.entries(DATE_FIELDS)) {
    const entries = root[list];
    if (!Array.isArray(entries)) continue;
    for (const [i, entry] of entries.entries()) {
      const e = record(entry);
      if (!e) continue;
      for (const field of fields) {
        const value = e[field];
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2200) {
          e[field] = String(value);
          // A bare year is simply a year in JSON; YAML authors are told the safe way to write it.
          if (!json)
            notices.push({ path: [list, i, field], message: `write the year in quotes: "${value}"` });
          continue;
        }
        if (typeof value !== 'string' || STRICT_DATE.test(value)) continue;
        const path = [list, i, field];
        if (PRESENT_WORDS.test(value.trim())) {
          if (field === 'endDate') {
            delete e[field];
            notices.push({
              path,
              message: `"${value}" read as a current role: leave ${field} out to say so`,
            });
          } else {
            raw.add(key(path));
            notices.push({ path, message: `"${value}" is not a date: printed as written` });
          }
          continue;
        }
        const read = readLooseDate(value);
        // A numeric date that is wrong ("2025-13") is a mistake to fix, not a way of writing: the schema says so.
        if (!read && /^\d{4}[-/.]\d{1,2}/.test(value.trim())) continue;
        if (read) {
          e[field] = read;
          notices.push({ path, message: `"${value}" read as ${read} (write YYYY-MM to be sure)` });
        } else {
          raw.add(key(path));
          notices.push({ path, message: `"${value}" is not a date this tool can read: printed as written` });
        }
      }
    }
  }
  return { notices, raw };
}

export const key = (path: DataPath): string => path.join('/');

const PRESENT_WORDS =
  /^(present|current|currently|now|today|ongoing|till date|to date|heute|aktuell|bis heute|présent|aujourd'hui|actuel|actualidad|presente|hoy|atual|attuale|oggi|obecnie|nu|heden)$/i;

/** Month names and abbreviations in the common European languages, to month numbers. */
const MONTHS: Record<string, number> = (() => {
  const names: Record<number, string[]> = {
    1: [
      'january',
      'jan',
      'januar',
      'janvier',
      'janv',
      'enero',
      'ene',
      'janeiro',
      'gennaio',
      'gen',
      'januari',
      'styczeń',
      'styczen',
      'sty',
      'jänner',
    ],
    2: [
      'february',
      'feb',
      'februar',
      'février',
      'fevrier',
      'févr',
      'fevr',
      'febrero',
      'fevereiro',
      'fev',
      'febbraio',
      'februari',
      'luty',
      'lut',
    ],
    3: ['march', 'mar', 'märz', 'maerz', 'mrz', 'mars', 'marzo', 'março', 'marco', 'maart', 'marzec'],
    4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwiecień', 'kwiecien', 'kwi'],
    5: ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei', 'maj'],
    6: ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'giu', 'czerwiec', 'cze'],
    7: ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho', 'luglio', 'lug', 'lipiec', 'lip'],
    8: ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpień', 'sierpien', 'sie'],
    9: [
      'september',
      'sep',
      'sept',
      'septembre',
      'septiembre',
      'setembro',
      'set',
      'settembre',
      'wrzesień',
      'wrzesien',
      'wrz',
    ],
    10: [
      'october',
      'oct',
      'oktober',
      'okt',
      'octobre',
      'octubre',
      'outubro',
      'out',
      'ottobre',
      'ott',
      'październik',
      'pazdziernik',
      'paź',
      'paz',
    ],
    11: ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'lis'],
    12: [
      'december',
      'dec',
      'dezember',
      'dez',
      'décembre',
      'decembre',
      'déc',
      'diciembre',
      'dic',
      'dezembro',
      'dicembre',
      'grudzień',
      'grudzien',
      'gru',
    ],
  };
  return Object.fromEntries(
    Object.entries(names).flatMap(([n, list]) => list.map((name) => [name, Number(n)])),
  );
})();

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
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return ymd(Number(m[2]), Number(m[1]));
  m = /^(\p{L}+)[\s,-]+(\d{4})$/u.exec(t);
  if (m && MONTHS[m[1] ?? ''] !== undefined) return ymd(Number(m[2]), MONTHS[m[1] ?? ''] as number);
  m = /^(\d{4})[\s,-]+(\p{L}+)$/u.exec(t);
  if (m && MONTHS[m[2] ?? ''] !== undefined) return ymd(Number(m[1]), MONTHS[m[2] ?? ''] as number);
  m = /^(\d{1,2})\.?\s+(\p{L}+)\s+(\d{4})$/u.exec(t);
  if (m && MONTHS[m[2] ?? ''] !== undefined)
    return ymd(Number(m[3]), MONTHS[m[2] ?? ''] as number, Number(m[1]));
  m = /^(\p{L}+)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(t);
  if (m && MONTHS[m[1] ?? ''] !== undefined)
    return ymd(Number(m[3]), MONTHS[m[1] ?? ''] as number, Number(m[2]));
  return undefined;
}

function ymd(year: number, month: number, day?: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}
