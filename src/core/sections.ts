// Every built-in section described once: what its entries are called, whether they are dated and have bullets,
// how one is named in --explain, and how the list is viewed. Validation, tailoring, --explain, the build summary
// and the view model all read this table, and every format draws the view's four kinds (summary, entries,
// groups, items), so a new section is an entry here, its title in locales.ts and its shape in the schema.
import type { LocaleRecord } from './locales.js';
import { parseInline, plainText } from './markdown.js';
import type { CustomSection, Position, Resume, Work } from './resume-types.js';

type CustomItem = CustomSection['items'][number];

import type { SectionBody, ViewRole } from './view.js';
import {
  describe,
  doiLine,
  entries,
  groups,
  items,
  joined,
  labelBeforeText,
  labelledList,
  labelledScore,
  markdownLine,
  paragraphs,
  projectDetail,
} from './view-parts.js';

/** What a view prints besides the résumé's own text: dates as the résumé's language writes them, and the labels
 * of an entry's details. */
export interface ViewWords {
  range(start?: string, end?: string): string | undefined;
  single(date?: string): string | undefined;
  labels: LocaleRecord['labels'];
  /** What separates a list's items (see LocaleRecord.comma). */
  comma: string;
  /** The colon after a label, with the space its language puts before it (see LocaleRecord.spacedMarks). */
  colon: string;
}

type ListKey = Exclude<
  { [K in keyof Resume]-?: NonNullable<Resume[K]> extends readonly unknown[] ? K : never }[keyof Resume],
  'sections'
>;
type EntryOf<K extends ListKey> = NonNullable<Resume[K]>[number];
/** An entry of any built-in list. */
export type AnyEntry = EntryOf<ListKey>;

export interface SectionSpec<K extends ListKey> {
  /** One entry and many, as the build summary counts them. */
  noun: readonly [string, string];
  /** Its entries' date fields: read as people write them, printed in the design's format, kept in the JSON
   * export only when they are real dates. A startDate/endDate pair is a range whose order validation checks. */
  dates: readonly DateField[];
  /** A history a reader expects in date order (jobs, schooling): tailoring to a posting ranks its bullets, never
   * its entries. */
  chronological?: boolean;
  /** A list a long CV runs to dozens of (publications, awards): fitting a tailored résumé to its pages may keep
   * only its entries most relevant to the posting. */
  selective?: boolean;
  /** JSON Resume 0.x names of its fields and the names that replaced them (read with a warning). */
  legacy?: Readonly<Record<string, string>>;
  /** Names people and other tools give its fields, read as ours in a JSON Resume document (with a warning). */
  synonyms?: Readonly<Record<string, string>>;
  /** Its entries have highlights: bullets that may carry tags and texts per variant. */
  bullets: boolean;
  /** An entry's name in --explain: "Associate Tech Architect · Bounteous x Accolite". */
  name(entry: EntryOf<K>): string;
  /** The list as the view every format draws; undefined when there is nothing to show. */
  view(list: EntryOf<K>[] | undefined, words: ViewWords): SectionBody | undefined;
}

type DateField = 'startDate' | 'endDate' | 'date' | 'releaseDate';
const RANGE: readonly DateField[] = ['startDate', 'endDate'];

/** A custom section's item is dated as the built-in entries are: one `date` (as an award's), or a span
 * (`startDate`, and `endDate` unless it goes on, as a job's); never both. */
export const CUSTOM_ITEM_DATES: readonly DateField[] = ['date', ...RANGE];

/** A custom section as the view draws it: label and text on one line per item; when any item has bullets, as
 * entries (the label, else the text, as the title), so each item's bullets are drawn under it in every format. */
export function customSectionView(section: CustomSection, d: ViewWords): SectionBody | undefined {
  const dateOf = (i: CustomItem) => d.single(i.date) ?? d.range(i.startDate, i.endDate);
  if (!section.items.some((i) => i.highlights?.length))
    return items(section.items, (i) => ({
      label: labelBeforeText(i.label, Boolean(i.text)),
      text: parseInline(i.text),
      href: i.url,
      date: dateOf(i),
    }));
  return entries(section.items, (i) => ({
    title: i.label ?? plainText(parseInline(i.text)),
    href: i.url,
    date: dateOf(i),
    ...describe([i.label ? i.text : undefined], i.highlights),
  }));
}

const section = <K extends ListKey>(spec: SectionSpec<K>) => spec;

/** Date fields as other vocabularies name them. */
const DATE_SYNONYMS = { start_date: 'startDate', end_date: 'endDate', start: 'startDate', end: 'endDate' };

/** What people call an entry's bullets. */
const BULLET_SYNONYMS = {
  responsibilities: 'highlights',
  achievements: 'highlights',
  accomplishments: 'highlights',
  bullets: 'highlights',
  bulletpoints: 'highlights',
  tasks: 'highlights',
};

/** What people call a role's fields (a job, or one of several roles under one employer). */
export const ROLE_SYNONYMS: Readonly<Record<string, string>> = {
  ...DATE_SYNONYMS,
  ...BULLET_SYNONYMS,
  title: 'position',
  role: 'position',
  technologies: 'keywords',
  tech: 'keywords',
  stack: 'keywords',
};

/** " · "-joined, each part once: "Engineer · Acme". */
const named = (...parts: (string | undefined)[]) =>
  [...new Set(parts.filter((p): p is string => Boolean(p)))].join(' · ');

/** An employer's dates: its own, else the span of its roles (a role without an end runs to the present). */
function spanOf(w: Work): [string | undefined, string | undefined] {
  const roles = w.positions ?? [];
  if (w.startDate || roles.length === 0) return [w.startDate, w.endDate];
  const starts = roles.map((r) => r.startDate).filter((s): s is string => Boolean(s));
  if (starts.length === 0) return [undefined, w.endDate];
  const current = roles.some((r) => r.startDate && !r.endDate);
  const ends = roles.map((r) => r.endDate).filter((e): e is string => Boolean(e));
  return [starts.sort()[0], current ? undefined : (w.endDate ?? ends.sort().at(-1))];
}

function roles(positions: Position[], d: ViewWords): ViewRole[] {
  return positions.map((p) => ({
    title: p.position ?? '',
    date: d.range(p.startDate, p.endDate),
    location: p.location,
    ...describe([p.summary], p.highlights),
    keywords: joined(markdownLine(p.keywords), d.comma),
  }));
}

/** The sections made of a list of entries, in their default order (the summary comes first, from basics). */
const SECTIONS = {
  work: section<'work'>({
    noun: ['job', 'jobs'],
    dates: RANGE,
    chronological: true,
    legacy: { company: 'name', website: 'url' },
    synonyms: {
      ...ROLE_SYNONYMS,
      employer: 'name',
      organization: 'name',
      organisation: 'name',
      link: 'url',
      city: 'location',
      address: 'location',
      country: 'location',
      roles: 'positions',
      skills: 'keywords',
      text: 'summary',
    },
    bullets: true,
    name: (w) => named(w.position, w.name),
    view: (list, d) =>
      entries(list, (w) => ({
        title: w.position,
        org: w.name,
        orgHref: w.url,
        date: d.range(...spanOf(w)),
        location: w.location,
        ...describe([w.description, w.summary], w.highlights),
        keywords: joined(markdownLine(w.keywords), d.comma),
        ...(w.positions?.length && { roles: roles(w.positions, d) }),
      })),
  }),
  projects: section<'projects'>({
    noun: ['project', 'projects'],
    selective: true,
    dates: RANGE,
    legacy: { website: 'url' },
    synonyms: {
      ...DATE_SYNONYMS,
      title: 'name',
      link: 'url',
      homepage: 'url',
      technologies: 'keywords',
      tech: 'keywords',
      stack: 'keywords',
      role: 'roles',
      summary: 'description',
      year: 'startDate',
      ...BULLET_SYNONYMS,
    },
    bullets: true,
    name: (p) => named(p.name),
    view: (list, d) =>
      entries(list, (p) => ({
        title: p.name,
        org: p.entity,
        href: p.url,
        date: d.range(p.startDate, p.endDate),
        location: p.location,
        detail: projectDetail(p.type, p.roles, d),
        ...describe([p.description], p.highlights),
        keywords: joined(p.keywords, d.comma),
      })),
  }),
  education: section<'education'>({
    noun: ['education entry', 'education entries'],
    dates: RANGE,
    chronological: true,
    legacy: { gpa: 'score' },
    synonyms: {
      ...DATE_SYNONYMS,
      name: 'institution',
      school: 'institution',
      university: 'institution',
      college: 'institution',
      degree: 'studyType',
      field: 'area',
      major: 'area',
      fieldOfStudy: 'area',
      grade: 'score',
      link: 'url',
      website: 'url',
      description: 'summary',
      thesis: 'summary',
      ...BULLET_SYNONYMS,
      honors: 'highlights',
      honours: 'highlights',
      studyProgram: 'area',
      program: 'area',
      graduation: 'endDate',
      year: 'endDate',
    },
    bullets: true,
    name: (e) => named(e.studyType, e.institution),
    view: (list, d) =>
      entries(list, (e) => ({
        title: joined([e.studyType, e.area], d.comma),
        org: e.institution,
        orgHref: e.url,
        location: e.location,
        date: d.range(e.startDate, e.endDate),
        detail: labelledScore(e.score, d.labels),
        ...describe([e.summary], e.highlights),
        keywords: labelledList(d.labels.courses, markdownLine(e.courses), d),
      })),
  }),
  skills: section<'skills'>({
    noun: ['skill group', 'skill groups'],
    dates: [],
    synonyms: {
      category: 'name',
      group: 'name',
      title: 'name',
      skills: 'keywords',
      items: 'keywords',
      names: 'keywords',
      list: 'keywords',
    },
    bullets: false,
    name: (s) => named(s.name),
    view: (list) =>
      groups(list, (s) => ({
        name: s.name ?? '',
        detail: s.level,
        keywords: (s.keywords ?? []).map(parseInline),
      })),
  }),
  volunteer: section<'volunteer'>({
    noun: ['volunteer role', 'volunteer roles'],
    selective: true,
    dates: RANGE,
    chronological: true,
    legacy: { website: 'url' },
    synonyms: {
      ...DATE_SYNONYMS,
      name: 'organization',
      company: 'organization',
      organisation: 'organization',
      title: 'position',
      role: 'position',
      description: 'summary',
      ...BULLET_SYNONYMS,
    },
    bullets: true,
    name: (v) => named(v.position, v.organization),
    view: (list, d) =>
      entries(list, (v) => ({
        title: v.position,
        org: v.organization,
        orgHref: v.url,
        date: d.range(v.startDate, v.endDate),
        location: v.location,
        ...describe([v.summary], v.highlights),
      })),
  }),
  awards: section<'awards'>({
    noun: ['award', 'awards'],
    selective: true,
    dates: ['date'],
    synonyms: { name: 'title', issuer: 'awarder', description: 'summary', year: 'date' },
    bullets: false,
    name: (a) => named(a.title),
    view: (list, d) =>
      entries(list, (a) => ({
        title: a.title,
        org: a.awarder,
        date: d.single(a.date),
        description: paragraphs(a.summary),
        highlights: [],
      })),
  }),
  certificates: section<'certificates'>({
    noun: ['certificate', 'certificates'],
    selective: true,
    dates: ['date'],
    synonyms: { title: 'name', authority: 'issuer', awarder: 'issuer', organization: 'issuer', year: 'date' },
    bullets: false,
    name: (c) => named(c.name),
    view: (list, d) =>
      entries(list, (c) => ({
        title: c.name,
        org: c.issuer,
        href: c.url,
        date: d.single(c.date),
        description: [],
        highlights: [],
      })),
  }),
  publications: section<'publications'>({
    noun: ['publication', 'publications'],
    selective: true,
    dates: ['releaseDate'],
    legacy: { website: 'url' },
    synonyms: {
      title: 'name',
      journal: 'publisher',
      date: 'releaseDate',
      description: 'summary',
      link: 'url',
    },
    bullets: false,
    name: (p) => named(p.name),
    view: (list, d) =>
      entries(list, (p) => ({
        title: p.name,
        org: p.publisher,
        href: p.url,
        date: d.single(p.releaseDate),
        description: [...paragraphs(p.summary), ...doiLine(p.url, p.summary)],
        highlights: [],
      })),
  }),
  languages: section<'languages'>({
    noun: ['language', 'languages'],
    dates: [],
    legacy: { name: 'language', level: 'fluency' },
    synonyms: { lang: 'language', proficiency: 'fluency' },
    bullets: false,
    name: (l) => named(l.language),
    view: (list) =>
      items(list, (l) => ({ label: l.language, text: l.fluency ? parseInline(l.fluency) : [] })),
  }),
  interests: section<'interests'>({
    noun: ['interest', 'interests'],
    dates: [],
    synonyms: { title: 'name', items: 'keywords' },
    bullets: false,
    name: (i) => named(i.name),
    view: (list) =>
      groups(list, (i) => ({ name: i.name ?? '', keywords: (i.keywords ?? []).map(parseInline) })),
  }),
  references: section<'references'>({
    noun: ['reference', 'references'],
    dates: [],
    synonyms: { text: 'reference', quote: 'reference', author: 'name' },
    bullets: false,
    name: (r) => named(r.name),
    view: (list) =>
      entries(list, (r) => ({ title: r.name, description: paragraphs(r.reference), highlights: [] })),
  }),
};

/** The keys of Resume that hold a list of entries, each of which may carry tags: every section but the summary. */
export type EntryListKey = keyof typeof SECTIONS;
export const ENTRY_LISTS = Object.keys(SECTIONS) as EntryListKey[];

/** Built-in sections, in their default order (their headings, per language, are in locales.ts). */
export type BuiltinSectionId = 'summary' | EntryListKey;
export const BUILTIN_SECTIONS: readonly BuiltinSectionId[] = ['summary', ...ENTRY_LISTS];

/** One section's description. (The table's entries each know their own entry type; seen through a key that
 * may be any of them, an entry is only known to be one of the résumé's.) */
export function sectionSpec(key: EntryListKey): SectionSpec<ListKey> {
  return SECTIONS[key] as unknown as SectionSpec<ListKey>;
}

/** The sections whose entries have a date range, and those whose entries have bullets. */
export const DATED_LISTS = ENTRY_LISTS.filter((k) => SECTIONS[k].dates.includes('startDate'));
export const BULLET_LISTS = ENTRY_LISTS.filter((k) => SECTIONS[k].bullets);

export function isEntryList(id: string): id is EntryListKey {
  return (ENTRY_LISTS as readonly string[]).includes(id);
}

export function isBuiltinSection(id: string): id is BuiltinSectionId {
  return (BUILTIN_SECTIONS as readonly string[]).includes(id);
}

/** Every section id this résumé can show: built-ins, then its custom sections. */
export function sectionIds(resume: Resume): string[] {
  return [...BUILTIN_SECTIONS, ...(resume.sections ?? []).map((s) => s.id)];
}

/** JSON Resume 0.x names in basics and the names that replaced them. */
export const BASICS_LEGACY: Readonly<Record<string, string>> = { picture: 'image', website: 'url' };

/** Every field name that holds a date, in any section. */
export const DATE_FIELDS: ReadonlySet<string> = new Set(ENTRY_LISTS.flatMap((k) => SECTIONS[k].dates));
