// The tables of a LinkedIn export as our sections. Dates are "Jun 2018" or "2006"; an empty Finished On is a
// current role. Descriptions become bullets where they are lists (see description.ts).
import type { CustomSection, Resume } from '../../core/resume-types.js';
import { readDate } from '../dates.js';
import type { Report } from '../report.js';
import { link } from '../values.js';
import type { Row } from './csv.js';
import { readDescription } from './description.js';
import { column, type Tables } from './tables.js';

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

type Read = (tables: Tables, report: Report) => unknown[] | undefined;

const READERS: Partial<Record<keyof Resume, Read>> = {
  work: (t) =>
    t.positions?.map((r) => ({
      name: column(r, 'Company Name'),
      position: column(r, 'Title'),
      location: column(r, 'Location'),
      ...dates(r, STARTED, FINISHED),
      ...described(column(r, 'Description')),
    })),
  education: (t) => t.education?.map(education),
  skills: (t) => {
    const skills = (t.skills ?? []).map((r) => column(r, 'Name')).filter((s): s is string => !!s);
    return skills.length ? [{ keywords: skills }] : undefined;
  },
  languages: (t) =>
    t.languages?.map((r) => ({ language: column(r, 'Name'), fluency: column(r, 'Proficiency') })),
  certificates: (t, report) =>
    t.certifications?.map((r, i) => {
      for (const key of ['Finished On', 'License Number'])
        if (column(r, key))
          report.keep(
            ['certificates', i],
            key,
            column(r, key),
            'certificate numbers and expiry dates, kept as comments',
          );
      return {
        name: column(r, 'Name'),
        issuer: column(r, 'Authority'),
        date: date(column(r, 'Started On')),
        url: link(column(r, 'Url'))?.url,
      };
    }),
  projects: (t) =>
    t.projects?.map((r) => ({
      name: column(r, 'Title'),
      url: link(column(r, 'Url'))?.url,
      ...dates(r, STARTED, FINISHED),
      ...described(column(r, 'Description'), 'description'),
    })),
  awards: (t) =>
    t.honors?.map((r) => ({
      title: column(r, 'Title'),
      awarder: column(r, 'Issuer'),
      date: date(column(r, 'Issued On', 'Issue Date')),
      summary: column(r, 'Description'),
    })),
  volunteer: (t, report) =>
    t.volunteering?.map((r, i) => {
      if (column(r, 'Cause')) report.keep(['volunteer', i], 'Cause', column(r, 'Cause'));
      return {
        organization: column(r, 'Company Name', 'Organization'),
        position: column(r, 'Role'),
        ...dates(r, STARTED, FINISHED),
        ...described(column(r, 'Description')),
      };
    }),
  publications: (t) =>
    t.publications?.map((r) => ({
      name: column(r, 'Name'),
      publisher: column(r, 'Publisher'),
      releaseDate: date(column(r, 'Published On')),
      url: link(column(r, 'Url'))?.url,
      summary: column(r, 'Description'),
    })),
  sections: (t) => customSections(t),
};

export function readSections(tables: Tables, report: Report): Omit<Resume, 'basics'> {
  const out: Record<string, unknown[]> = {};
  for (const [key, read] of Object.entries(READERS)) {
    const list = read(tables, report);
    if (list?.length) out[key] = list;
  }
  return out as Omit<Resume, 'basics'>;
}

/** Notes and activities have no field of ours: they print as the entry's lines, as LinkedIn shows them. */
function education(r: Row) {
  const notes = readDescription(column(r, 'Notes'));
  const activities = column(r, 'Activities');
  const courses = [notes.summary, ...notes.bullets, activities && `Activities and societies: ${activities}`];
  const kept = courses.filter((c): c is string => !!c);
  return {
    institution: column(r, 'School Name'),
    studyType: column(r, 'Degree Name'),
    ...dates(r, ['Start Date', 'Started On'], ['End Date', 'Finished On']),
    ...(kept.length ? { courses: kept } : {}),
  };
}

/** Courses and organisations have no section of ours: they become custom sections. */
function customSections(tables: Tables): CustomSection[] {
  const sections: CustomSection[] = [];
  const courses = (tables.courses ?? []).flatMap((r) => {
    const name = column(r, 'Name');
    return name ? [{ text: column(r, 'Number') ? `${name} (${column(r, 'Number')})` : name }] : [];
  });
  if (courses.length) sections.push({ id: 'courses', title: 'Courses', items: courses });
  const organizations = (tables.organizations ?? []).flatMap((r) => {
    const name = column(r, 'Name');
    const when = [column(r, 'Started On'), column(r, 'Finished On')].filter(Boolean).join(' – ');
    const facts = [column(r, 'Position'), when].filter(Boolean).join(' · ');
    const text = [facts, column(r, 'Description')].filter(Boolean).join(' — ');
    if (!name) return [];
    return [text ? { label: name, text } : { text: name }];
  });
  if (organizations.length)
    sections.push({ id: 'organizations', title: 'Organizations', items: organizations });
  return sections;
}
