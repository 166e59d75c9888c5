// The tailored résumé as a JSON Resume document (https://jsonresume.org/schema), for the tools and themes of
// that ecosystem. Our extensions have no place there: tags, variant texts and variants are dropped; settings,
// custom sections and dates printed as written are kept under meta.resume, which JSON Resume leaves open and this
// tool reads back (core/own-export.ts); several roles under one employer are one work entry per role, as JSON
// Resume writes them.
import { yearIn } from '../../core/dates.js';
import { STRICT_DATE } from '../../core/normalize.js';
import { OWN_META } from '../../core/own-export.js';
import { type DataPath, displayPath } from '../../core/parse.js';
import type { Education, Highlight, Resume, Work } from '../../core/resume-types.js';
import { DATE_FIELDS } from '../../core/sections.js';
import { highlightText } from '../../core/view-parts.js';
import type { Renderer } from '../types.js';

export const JSON_RESUME_SCHEMA =
  'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/** A deep copy without tags, alt texts and variants; highlights as plain strings. A résumé written in several
 * languages comes in one (`locale`, its texts resolved by load): it is exported as a plain one-language
 * document, its locale kept and its list of languages not. */
export function toJsonResume(resume: Resume, locale?: string): Record<string, unknown> {
  const { meta, sections, variants: _variants, $schema: _schema, ...rest } = structuredClone(resume);
  if (rest.work) rest.work = rest.work.flatMap(oneEntryPerRole);
  // How many of each degree's courses are its bullets, for this tool to read them back as bullets.
  const bulletsInCourses = Object.fromEntries(
    (rest.education ?? []).flatMap((e, i) =>
      e.highlights?.length ? [[`education[${i}]`, e.highlights.length]] : [],
    ),
  );
  if (rest.education) rest.education = rest.education.map(coursesAfter);
  const out: Record<string, unknown> = { $schema: JSON_RESUME_SCHEMA };
  const datesAsWritten: Record<string, string> = {};
  for (const [key, value] of Object.entries(rest)) out[key] = strip(value, [key], datesAsWritten);
  const basics = out.basics as Record<string, unknown>;
  delete basics.alt;
  const { canonical, version, lastModified, languages, ...settings } = meta ?? {};
  if (languages && locale) settings.locale = locale;
  const standard = Object.fromEntries(
    Object.entries({ canonical, version, lastModified }).filter(([, v]) => v !== undefined),
  );
  // Custom sections are ours, under meta, which JSON Resume leaves open: their dates stay as written.
  const extensions = {
    ...settings,
    ...(sections?.length ? { sections: strip(sections, ['sections']) } : {}),
    ...(Object.keys(datesAsWritten).length ? { datesAsWritten } : {}),
    ...(Object.keys(bulletsInCourses).length ? { bulletsInCourses } : {}),
  };
  const merged = { ...standard, ...(Object.keys(extensions).length ? { [OWN_META]: extensions } : {}) };
  if (Object.keys(merged).length) out.meta = merged;
  return out;
}

/** A job with several roles as one entry per role, under the same employer; the job's own text goes with the
 * first. */
function oneEntryPerRole(work: Work): Work[] {
  const { positions, ...job } = work;
  if (!positions?.length) return [job];
  return positions.map((role, i) => {
    const highlights = [...(i === 0 ? (job.highlights ?? []) : []), ...(role.highlights ?? [])];
    const summary = [i === 0 ? job.summary : undefined, role.summary].filter(Boolean).join('\n\n');
    return {
      ...(i === 0 ? job : { name: job.name, url: job.url, location: job.location }),
      ...role,
      ...(highlights.length ? { highlights } : {}),
      ...(summary ? { summary } : {}),
    };
  });
}

/** An education entry's highlights, which JSON Resume has no place for, as lines after its courses: what its
 * themes draw under a degree. */
function coursesAfter(entry: Education): Education {
  const { highlights, ...rest } = entry;
  if (!highlights?.length) return entry;
  return { ...rest, courses: [...(rest.courses ?? []), ...highlights.map(highlightText)] };
}

/** Drops `tags` and `alt` at every level. In JSON Resume's sections, a bullet object is its text, and a date
 * printed as written ("Summer 2019"), which JSON Resume's date format cannot hold, is given as its year where it
 * names one and kept whole in `asWritten` by its path (meta.resume.datesAsWritten, which this tool reads back).
 * Without `asWritten` (custom sections, ours) items and dates stay in our shape. */
function strip(value: unknown, path: DataPath, asWritten?: Record<string, string>): unknown {
  if (Array.isArray(value))
    return value.map((v, i) => (asWritten && isBullet(v) ? v.text : strip(v, [...path, i], asWritten)));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'tags' || k === 'alt') continue;
    if (asWritten && DATE_FIELDS.has(k) && !STRICT_DATE.test(String(v))) {
      asWritten[displayPath([...path, k])] = String(v);
      const year = yearIn(String(v));
      if (year) out[k] = year;
    } else out[k] = strip(v, [...path, k], asWritten);
  }
  return out;
}

/** Keys a bullet object may have besides its text; anything else (a custom item's label) is an entry. */
const BULLET_KEYS = new Set(['text', 'tags', 'alt', 'private']);

function isBullet(value: unknown): value is Exclude<Highlight, string> {
  return (
    !!value &&
    typeof value === 'object' &&
    'text' in value &&
    typeof value.text === 'string' &&
    Object.keys(value).every((k) => BULLET_KEYS.has(k))
  );
}

export const jsonRenderer: Renderer = {
  format: 'json',
  extension: 'json',
  reading: 'data',
  async render(view) {
    return `${JSON.stringify(toJsonResume(view.resume, view.document.locale), null, 2)}\n`;
  },
  /** Every text value, in the document's order; the links among them. */
  async read(bytes) {
    const values: string[] = [];
    JSON.parse(new TextDecoder().decode(bytes), (_, value) => {
      if (typeof value === 'string') values.push(value);
      return value;
    });
    return { text: values.join('\n'), links: values.filter((v) => /^(https?:|mailto:|tel:)/.test(v)) };
  },
};
