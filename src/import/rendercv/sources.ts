// Where each value of the résumé a RenderCV file becomes was written in that file (see ../sources.ts): the RenderCV
// keys each of our fields is read from. A value made from several keys points at the entry they are in.
import type { DataPath } from '../../core/parse.js';
import type { Json } from '../values.js';

/** The RenderCV keys each of our entry fields is read from, the first one an entry has winning. Fields of the
 * same name (location, highlights, position) need none: they are found under the entry. */
const READ_FROM: Record<string, string[]> = {
  name: ['company', 'name', 'title', 'label'],
  organization: ['company', 'name'],
  title: ['name'],
  studyType: ['degree'],
  startDate: ['date', 'start_date'],
  endDate: ['date', 'end_date'],
  date: ['date', 'start_date'],
  releaseDate: ['date', 'start_date'],
  summary: ['summary', 'authors'],
  description: ['summary'],
  reference: ['summary', 'highlights'],
  publisher: ['journal'],
  awarder: ['location'],
  url: ['doi', 'url', 'website', 'link', 'href', 'homepage'],
  keywords: ['details', 'stack', 'technologies', 'keywords', 'tech'],
  language: ['label'],
  fluency: ['details'],
};

/** Our fields of an entry read from the RenderCV entry `e` at `from`, each at the key it was read from. */
export function entryFields(e: Json, from: DataPath): Record<string, DataPath> {
  const fields: Record<string, DataPath> = {};
  for (const [field, keys] of Object.entries(READ_FROM)) {
    const key = keys.find((k) => e[k] !== undefined && e[k] !== null && e[k] !== '');
    if (key) fields[field] = [...from, key];
  }
  return fields;
}

/** Where the header's values were written: `cv` and the key each was read from (the first of a list). */
export function headerFields(cv: Json): Record<string, DataPath> {
  const at = (key: string): DataPath => (Array.isArray(cv[key]) ? ['cv', key, 0] : ['cv', key]);
  const label = cv.headline !== undefined && cv.headline !== null ? 'headline' : 'label';
  return { label: at(label), email: at('email'), phone: at('phone'), url: at('website'), image: at('photo') };
}

/** A value of a list at `from`: its item `index` if the source is a list, else the one value there. */
export const itemOf = (raw: unknown, from: DataPath, index: number): DataPath =>
  Array.isArray(raw) ? [...from, index] : from;
