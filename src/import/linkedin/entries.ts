// The tables of a LinkedIn export as our sections, one row to one entry. Dates are "Jun 2018" or "2006"; an empty
// Finished On is a current role. Descriptions become bullets where they are lists (see description.ts). A column
// this reader does not know (a hand-made or future file) is kept as a comment under its entry.
import { colonOf, localeRecord } from '../../core/locales.js';
import type { CustomSection, Resume } from '../../core/resume-types.js';
import { itemDates, readDate } from '../dates.js';
import { isEmpty, type Report } from '../report.js';
import { link } from '../values.js';
import type { Row } from './csv.js';
import { readDescription } from './description.js';
import { addRole, sameEmployer } from './employers.js';
import { column, type TableName, type Tables } from './tables.js';

const date = (value: string | undefined): string | undefined => {
  const d = readDate(value);
  return d && 'date' in d ? d.date : d && 'raw' in d ? d.raw : undefined;
};
const dates = (r: Row, start: string[], end: string[]) => ({
  startDate: date(column(r, ...start)),
  endDate: date(column(r, ...end)),
});
const STARTED = ['Started On', 'Start Date'];
const FINISHED = ['Finished On', 'End Date'];

/** Summary and bullets of a description, as the entry's fields of those names. */
function described(text: string | undefined, summaryKey: 'summary' | 'description' = 'summary') {
  const { summary, bullets } = readDescription(text);
  return { [summaryKey]: summary, ...(bullets.length ? { highlights: bullets } : {}) };
}

/** A description where the entry has no bullets of its own: its bullets as "- " lines of the text. */
function asText(text: string | undefined): string | undefined {
  const { summary, bullets } = readDescription(text);
  return [summary, ...bullets.map((b) => `- ${b}`)].filter(Boolean).join('\n') || undefined;
}

interface List {
  table: TableName;
  key: keyof Resume;
  columns: string[];
  /** `locale`: the language of the export, for the words written besides its own. */
  map: (r: Row, locale: string) => Record<string, unknown>;
}

const LISTS: List[] = [
  {
    table: 'positions',
    key: 'work',
    columns: ['Company Name', 'Title', 'Description', 'Location', ...STARTED, ...FINISHED],
    map: (r) => ({
      name: column(r, 'Company Name'),
      position: column(r, 'Title'),
      location: column(r, 'Location'),
      ...dates(r, STARTED, FINISHED),
      ...described(column(r, 'Description')),
    }),
  },
  {
    table: 'education',
    key: 'education',
    columns: ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities'],
    map: (r, locale) => {
      // The notes as a job's description (a summary, and its list as bullets); activities as the last bullet, as
      // LinkedIn shows them under the degree, labelled in the résumé's language.
      const notes = readDescription(column(r, 'Notes'));
      const activities = column(r, 'Activities');
      const label = `${localeRecord(locale).labels.activities}${colonOf(locale).replace(/\s/g, ' ')}`;
      const highlights = [...notes.bullets, ...(activities ? [`${label} ${activities}`] : [])];
      return {
        institution: column(r, 'School Name'),
        studyType: column(r, 'Degree Name'),
        ...dates(r, ['Start Date', 'Started On'], ['End Date', 'Finished On']),
        ...(notes.summary ? { summary: notes.summary } : {}),
        ...(highlights.length ? { highlights } : {}),
      };
    },
  },
  {
    table: 'languages',
    key: 'languages',
    columns: ['Name', 'Proficiency'],
    map: (r) => ({ language: column(r, 'Name'), fluency: column(r, 'Proficiency') }),
  },
  {
    table: 'certifications',
    key: 'certificates',
    // An expiry date and a licence number have no place: they stay comments (see EXTRA below).
    columns: ['Name', 'Url', 'Authority', 'Started On'],
    map: (r) => ({
      name: column(r, 'Name'),
      issuer: column(r, 'Authority'),
      date: date(column(r, 'Started On')),
      url: link(column(r, 'Url'))?.url,
    }),
  },
  {
    table: 'projects',
    key: 'projects',
    columns: ['Title', 'Description', 'Url', ...STARTED, ...FINISHED],
    map: (r) => ({
      name: column(r, 'Title'),
      url: link(column(r, 'Url'))?.url,
      ...dates(r, STARTED, FINISHED),
      ...described(column(r, 'Description'), 'description'),
    }),
  },
  {
    table: 'honors',
    key: 'awards',
    columns: ['Title', 'Description', 'Issuer', 'Issued On', 'Issue Date'],
    map: (r) => ({
      title: column(r, 'Title'),
      awarder: column(r, 'Issuer'),
      date: date(column(r, 'Issued On', 'Issue Date')),
      summary: asText(column(r, 'Description')),
    }),
  },
  {
    table: 'volunteering',
    key: 'volunteer',
    columns: ['Company Name', 'Organization', 'Role', 'Description', ...STARTED, ...FINISHED],
    map: (r) => ({
      organization: column(r, 'Company Name', 'Organization'),
      position: column(r, 'Role'),
      ...dates(r, STARTED, FINISHED),
      ...described(column(r, 'Description')),
    }),
  },
  {
    table: 'publications',
    key: 'publications',
    columns: ['Name', 'Published On', 'Description', 'Publisher', 'Url'],
    map: (r) => ({
      name: column(r, 'Name'),
      publisher: column(r, 'Publisher'),
      releaseDate: date(column(r, 'Published On')),
      url: link(column(r, 'Url'))?.url,
      summary: asText(column(r, 'Description')),
    }),
  },
];

const EXTRA = 'columns with no place here (a licence number, an expiry date, a cause …), kept as comments';

export function readSections(tables: Tables, report: Report, locale: string): Omit<Resume, 'basics'> {
  const out: Record<string, unknown[]> = {};
  for (const { table, key, columns, map } of LISTS) {
    const entries: Record<string, unknown>[] = [];
    for (const row of tables[table] ?? []) {
      const entry = map(row, locale);
      const last = entries.at(-1);
      const role = key === 'work' && !isEmpty(entry) && sameEmployer(last, entry);
      if (role && last) addRole(last, entry);
      const at = isEmpty(entry) ? [key] : [key, role ? entries.length - 1 : entries.length];
      for (const [name, value] of Object.entries(row))
        if (!columns.includes(name) && value.trim()) report.keep(at, name, value.trim(), EXTRA);
      if (!isEmpty(entry) && !role) entries.push(entry);
    }
    if (entries.length) out[key] = entries;
  }
  const skills = (tables.skills ?? []).map((r) => column(r, 'Name')).filter((s): s is string => !!s);
  if (skills.length) out.skills = [{ keywords: skills }];
  for (const row of tables.skills ?? [])
    for (const [name, value] of Object.entries(row))
      if (name !== 'Name' && value.trim()) report.keep(['skills', 0], name, value.trim(), EXTRA);
  const sections = customSections(tables, locale);
  if (sections.length) out.sections = sections;
  return out as Omit<Resume, 'basics'>;
}

/** Courses and organisations have no section of ours: they become custom sections. */
function customSections(tables: Tables, locale: string): CustomSection[] {
  const sections: CustomSection[] = [];
  const courses = (tables.courses ?? []).flatMap((r) => {
    const name = column(r, 'Name');
    return name ? [{ text: column(r, 'Number') ? `${name} (${column(r, 'Number')})` : name }] : [];
  });
  if (courses.length)
    sections.push({ id: 'courses', title: localeRecord(locale).labels.courses, items: courses });
  const organizations = (tables.organizations ?? []).flatMap((r) => {
    const name = column(r, 'Name');
    const text = [column(r, 'Position'), asText(column(r, 'Description'))].filter(Boolean).join(' — ');
    if (!name) return [];
    // Its dates are the item's, printed as the other sections' are (a start alone: a membership that goes on).
    return [
      { ...(text ? { label: name, text } : { text: name }), ...itemDates(dates(r, STARTED, FINISHED)) },
    ];
  });
  if (organizations.length)
    sections.push({ id: 'organizations', title: 'Organizations', items: organizations });
  return sections;
}
