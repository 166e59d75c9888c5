import type { Resume } from './resume-types.js';

/** Built-in sections, in their default order (their headings, per language, are in locales.ts). */
export const BUILTIN_SECTIONS = [
  'summary',
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
] as const;

export type BuiltinSectionId = (typeof BUILTIN_SECTIONS)[number];

/** The keys of Resume that hold a list of entries, each of which may carry tags: every section but the summary. */
export const ENTRY_LISTS = BUILTIN_SECTIONS.filter(
  (id): id is Exclude<BuiltinSectionId, 'summary'> => id !== 'summary',
) satisfies readonly (keyof Resume)[];

export type EntryListKey = (typeof ENTRY_LISTS)[number];

export function isBuiltinSection(id: string): id is BuiltinSectionId {
  return (BUILTIN_SECTIONS as readonly string[]).includes(id);
}

/** Every section id this résumé can show: built-ins, then its custom sections. */
export function sectionIds(resume: Resume): string[] {
  return [...BUILTIN_SECTIONS, ...(resume.sections ?? []).map((s) => s.id)];
}
