// The CSV tables of a LinkedIn export, found by file name wherever they are in the ZIP or folder, decoded and
// parsed once. Names changed over the years (Phone Numbers.csv → PhoneNumbers.csv, Volunteer → Volunteering).
import type { Report } from '../report.js';
import { decodeCsv, parseCsv, type Row } from './csv.js';

export type TableName =
  | 'profile'
  | 'summary'
  | 'positions'
  | 'education'
  | 'skills'
  | 'languages'
  | 'certifications'
  | 'projects'
  | 'honors'
  | 'volunteering'
  | 'publications'
  | 'courses'
  | 'organizations'
  | 'emails'
  | 'phones';

const FILES: Record<TableName, RegExp> = {
  profile: /^profile\.csv$/i,
  summary: /^profile summary\.csv$/i,
  positions: /^positions\.csv$/i,
  education: /^education\.csv$/i,
  skills: /^skills\.csv$/i,
  languages: /^languages\.csv$/i,
  certifications: /^certifications\.csv$/i,
  projects: /^projects\.csv$/i,
  honors: /^honors\.csv$/i,
  volunteering: /^volunteer(ing| experiences)?\.csv$/i,
  publications: /^publications\.csv$/i,
  courses: /^courses\.csv$/i,
  organizations: /^organizations\.csv$/i,
  emails: /^email addresses\.csv$/i,
  phones: /^phone ?numbers\.csv$/i,
};

export type Tables = Partial<Record<TableName, Row[]>>;

const base = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Whether a set of files looks like a LinkedIn export: a profile or positions table among them. */
export function isExport(files: ReadonlyMap<string, Uint8Array>): boolean {
  return [...files.keys()].some((p) => FILES.profile.test(base(p)) || FILES.positions.test(base(p)));
}

export function readTables(files: ReadonlyMap<string, Uint8Array>, report: Report): Tables {
  const tables: Tables = {};
  const unread: string[] = [];
  // The shallowest copy first, when a folder holds the export twice.
  const paths = [...files].sort(([a], [b]) => a.split(/[\\/]/).length - b.split(/[\\/]/).length);
  for (const [path, bytes] of paths) {
    const name = (Object.keys(FILES) as TableName[]).find((t) => FILES[t].test(base(path)));
    if (!name) {
      if (/\.csv$/i.test(path)) unread.push(base(path));
      continue;
    }
    if (tables[name]) {
      report.note('second copies of a table in the export, not read', path);
      continue;
    }
    const { text, latin1 } = decodeCsv(bytes);
    if (latin1) report.note('files saved again as Latin-1 (Windows-1252), read as such', base(path));
    tables[name] = parseCsv(text);
  }
  for (const name of unread) report.note('files of the export that hold no résumé content, not read', name);
  return tables;
}

/** A column by any of its names (they changed between exports), trimmed of spaces (a leading tab is a
 * bullet mark); undefined when blank. */
export function column(row: Row, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = row[n]?.replace(/^[ \r\n]+|[ \r\n]+$/g, '');
    if (v) return v;
  }
  return undefined;
}
