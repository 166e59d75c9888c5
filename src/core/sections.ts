import type { Resume } from './resume-types.js';

/** Built-in sections, in their default order, with their default headings. */
export const BUILTIN_SECTIONS = {
  summary: 'Summary',
  work: 'Experience',
  projects: 'Projects',
  education: 'Education',
  skills: 'Skills',
  volunteer: 'Volunteering',
  awards: 'Awards',
  certificates: 'Certificates',
  publications: 'Publications',
  languages: 'Languages',
  interests: 'Interests',
  references: 'References',
} as const;

export type BuiltinSectionId = keyof typeof BUILTIN_SECTIONS;

/** The keys of Resume that hold a list of entries, each of which may carry tags. */
export const ENTRY_LISTS = [
  'work',
  'projects',
  'education',
  'skills',
  'volunteer',
  'awards',
  'certificates',
  'publications',
  'languages',
  'interests',
  'references',
] as const satisfies readonly (keyof Resume & BuiltinSectionId)[];

export type EntryListKey = (typeof ENTRY_LISTS)[number];

export function isBuiltinSection(id: string): id is BuiltinSectionId {
  return Object.hasOwn(BUILTIN_SECTIONS, id);
}

/** Every section id this résumé can show: built-ins, then its custom sections. */
export function sectionIds(resume: Resume): string[] {
  return [...Object.keys(BUILTIN_SECTIONS), ...(resume.sections ?? []).map((s) => s.id)];
}
