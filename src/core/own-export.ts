// Our own JSON Resume export read back: what only our format has (settings, custom sections, dates as written, a
// degree's bullets) is kept under meta.resume, which JSON Resume leaves open (render/json). Read back, each is put
// where our format has it; what the file no longer agrees with (a date edited since, a setting meta has too) is not,
// and is said at its place with why, so that nothing under meta.resume is lost without a word.
import { isDeepStrictEqual } from 'node:util';
import { yearIn } from './dates.js';
import type { Notice } from './normalize.js';
import { type Aliases, type DataPath, noteAlias } from './parse.js';
import { DATE_FIELDS } from './sections.js';

/** Where the export keeps what only our format has: under meta, which JSON Resume leaves open. */
export const OWN_META = 'resume';

const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

const at = (...path: string[]): DataPath => ['meta', OWN_META, ...path];
const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const counted = (count: unknown) =>
  typeof count === 'number' ? plural(count, 'bullet') : `${shown(count)} bullets`;

/** Our own export read back as it was written, without a word: meta.resume's settings as meta's, its custom
 * sections as ours, each date it could only give as a year ("2019") as written ("Summer 2019"), a degree's
 * bullets as bullets. What it cannot put back is said, at its key, with why; meta.resume is then read. */
export function readOwnExport(root: Record<string, unknown>, aliases: Aliases): Notice[] {
  const meta = record(root.meta);
  const own = record(meta?.[OWN_META]);
  if (!meta || !own) return [];
  const { sections, datesAsWritten, bulletsInCourses, ...settings } = own;
  const notices: Notice[] = [];
  if (sections !== undefined && root.sections === undefined) {
    root.sections = sections;
    noteAlias(aliases, ['sections'], at('sections'));
  } else if (sections !== undefined)
    notices.push(notApplied('sections', 'the file has sections: of its own, which are read instead'));
  for (const [key, value] of Object.entries(settings)) {
    if (meta[key] === undefined) {
      meta[key] = value;
      noteAlias(aliases, ['meta', key], at(key));
    } else if (!isDeepStrictEqual(meta[key], value))
      notices.push(
        notApplied(key, `meta.${key} is set too (${shown(meta[key])}), and it is the one read (remove one)`),
      );
  }
  notices.push(...datesBack(root, record(datesAsWritten)), ...bulletsBack(root, record(bulletsInCourses)));
  delete meta[OWN_META];
  return notices;
}

function notApplied(key: string | DataPath, why: string): Notice {
  return { path: typeof key === 'string' ? at(key) : key, at: 'key', message: `not applied: ${why}` };
}

/** Each date the export gave as its year put back as written, where the file still has that year there. */
function datesBack(root: Record<string, unknown>, dates: Record<string, unknown> | undefined): Notice[] {
  return Object.entries(dates ?? {}).flatMap(([path, text]) => {
    const why = typeof text === 'string' ? setDate(root, path, text) : 'a date as written is a text';
    return why ? [notApplied(at('datesAsWritten', path), why)] : [];
  });
}

/** Sets the date at a written path (work[0].startDate) where the entry is; why not, where it cannot. */
function setDate(root: Record<string, unknown>, path: string, text: string): string | undefined {
  const steps = path.split(/[.[\]]+/).filter(Boolean);
  const field = steps.pop();
  let node: unknown = root;
  // Own keys only: a path is the file's text, and "__proto__" in it must not reach the prototype.
  for (const step of steps)
    node = Object.hasOwn(Object(node), step) ? (node as Record<string, unknown>)[step] : undefined;
  const entry = record(node);
  if (!entry || !field || !DATE_FIELDS.has(field))
    return `the file has no ${path} to give "${text}" back to (edited since the export?)`;
  // A date edited since the export (not the year it was given as) is the one to keep.
  const given = entry[field];
  const exported = yearIn(text);
  if (given !== undefined && String(given) !== exported)
    return `${path} is ${shown(String(given))} now, not ${exported ? `"${exported}"` : 'empty'} as exported, so "${text}" is not put back: the date edited since is kept`;
  entry[field] = text;
  return undefined;
}

/** A degree's bullets, which the export wrote as its last courses (where JSON Resume themes draw them), as
 * bullets again; none moved, and said why, where the file no longer agrees with a count (edited since). */
function bulletsBack(root: Record<string, unknown>, counts: Record<string, unknown> | undefined): Notice[] {
  if (!counts) return [];
  const education = Array.isArray(root.education) ? root.education : [];
  const moves = Object.entries(counts).map(([path, count]) => {
    const entry = record(education[Number(/^education\[(\d+)\]$/.exec(path)?.[1] ?? Number.NaN)]);
    const courses = Array.isArray(entry?.courses) ? entry.courses : [];
    const fits = typeof count === 'number' && Number.isInteger(count) && courses.length >= count;
    return { path, entry, courses, kept: courses.length - Number(count), fits: Boolean(entry && fits) };
  });
  const misfits = moves.filter((m) => !m.fits);
  if (misfits.length) {
    const said = misfits.map((m) =>
      m.entry
        ? `${m.path} has ${plural(m.courses.length, 'course')}, fewer than the ${counted(counts[m.path])} the export wrote among them`
        : `the file has no ${m.path}`,
    );
    const why = `${said.join('; ')}: edited since, so every degree's courses are read as courses`;
    return [notApplied('bulletsInCourses', why)];
  }
  for (const { entry, courses, kept } of moves) {
    if (!entry) continue;
    entry.highlights = courses.slice(kept);
    if (kept === 0) delete entry.courses;
    else entry.courses = courses.slice(0, kept);
  }
  return [];
}
