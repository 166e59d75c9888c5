// FRESH (FluentCV / HackMyResume's format, `meta.format: "FRESH@…"`): JSON Resume's sections under other names
// and shapes: `employment.history`, `education.history`, `service.history`, `skills.sets`/`skills.list`, a top-level
// `name`, `info` and `contact`. Each is read into its JSON Resume counterpart, which the JSON Resume reader then
// takes; sections JSON Resume has no place for (speaking, reading, samples, …) are kept as comments.
import { fitToSchema } from './fit.js';
import { readJsonResume } from './jsonresume.js';
import { newReport, type Report } from './report.js';
import type { Importer } from './types.js';
import { isRecord, type Json, text } from './values.js';

/** A FRESH list of entries, where it lives, the JSON Resume list it becomes and the keys renamed on the way. */
interface ListRule {
  from: (data: Json) => unknown;
  to: string;
  keys: Readonly<Record<string, string>>;
}

const DATES = { start: 'startDate', end: 'endDate' };
const history = (key: string) => (data: Json) => (isRecord(data[key]) ? data[key].history : data[key]);

const LISTS: readonly ListRule[] = [
  { from: history('employment'), to: 'work', keys: { employer: 'name', ...DATES } },
  { from: history('service'), to: 'volunteer', keys: { ...DATES } },
  {
    from: history('education'),
    to: 'education',
    // FRESH's title of a stint at school is, as its schema says, usually the degree.
    keys: { title: 'studyType', grade: 'score', curriculum: 'courses', ...DATES },
  },
  { from: (d) => d.recognition, to: 'awards', keys: { from: 'awarder' } },
  { from: (d) => d.writing, to: 'publications', keys: { title: 'name', date: 'releaseDate' } },
  {
    from: (d) => d.projects,
    to: 'projects',
    keys: { title: 'name', category: 'type', summary: 'description', role: 'roles', ...DATES },
  },
  {
    from: (d) => (isRecord(d.skills) ? d.skills.sets : undefined),
    to: 'skills',
    keys: { skills: 'keywords' },
  },
  { from: (d) => (isRecord(d.skills) ? d.skills.list : undefined), to: 'skills', keys: {} },
  { from: (d) => d.languages, to: 'languages', keys: { level: 'fluency' } },
  { from: (d) => d.interests, to: 'interests', keys: {} },
  { from: (d) => d.references, to: 'references', keys: { summary: 'reference' } },
  { from: (d) => d.testimonials, to: 'references', keys: { quote: 'reference' } },
];

/** The keys read above (into basics and the lists); any other key is a section with no place here, kept as a comment. */
const READ = new Set([
  'name',
  'meta',
  'info',
  'contact',
  'location',
  'social',
  'employment',
  'service',
  'education',
  'recognition',
  'writing',
  'projects',
  'skills',
  'languages',
  'interests',
  'references',
  'testimonials',
]);

export const fresh: Importer = {
  format: 'fresh',
  describe: 'a FRESH résumé (HackMyResume)',
  reads: 'document',
  detect: (input) => input.kind === 'document' && isRecord(input.data) && isFresh(input.data),
  read(input) {
    const data = input.kind === 'document' && isRecord(input.data) ? input.data : {};
    const report = newReport();
    const converted: Json = { basics: basicsOf(data, report) };
    for (const rule of LISTS) {
      const entries = listOf(rule.from(data)).map((entry) => renamed(entry, rule.keys));
      if (entries.length) converted[rule.to] = [...listOf(converted[rule.to]), ...entries];
    }
    for (const [key, value] of Object.entries(data))
      if (!READ.has(key))
        report.keep([], key, value, 'FRESH sections JSON Resume has no place for, kept as comments');
    // A section's own words beside its history (a summary, a level of education): no place for them here.
    for (const key of ['employment', 'service', 'education'])
      for (const [own, value] of Object.entries(isRecord(data[key]) ? data[key] : {}))
        if (own !== 'history') report.keep([], `${key}.${own}`, value);
    return report.finish(fitToSchema(readJsonResume(converted, report), report));
  },
};

/** FRESH says so in meta.format, or is known by its shapes: jobs under employment.history, skill sets. */
function isFresh(data: Json): boolean {
  const format = isRecord(data.meta) ? text(data.meta.format) : undefined;
  if (format?.toUpperCase().startsWith('FRESH')) return true;
  return (
    !('basics' in data) &&
    ((isRecord(data.employment) && Array.isArray(data.employment.history)) ||
      (isRecord(data.skills) && (Array.isArray(data.skills.sets) || Array.isArray(data.skills.list))))
  );
}

function basicsOf(data: Json, report: Report): Json {
  const info = isRecord(data.info) ? data.info : {};
  const contact = isRecord(data.contact) ? data.contact : {};
  const place = isRecord(data.location) ? data.location : undefined;
  for (const key of ['characterClass', 'quote'])
    if (info[key] !== undefined) report.keep(['basics'], key, info[key]);
  if (contact.other !== undefined) report.keep(['basics'], 'other', contact.other);
  return {
    name: data.name,
    label: info.label,
    image: info.image,
    summary: info.brief,
    email: contact.email,
    phone: contact.phone,
    url: contact.website,
    ...(place && { location: renamed(place, { code: 'postalCode', country: 'countryCode' }) }),
    profiles: listOf(data.social).map((p) => renamed(p, { user: 'username' })),
  };
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** An entry with its FRESH keys under their JSON Resume names (where the entry does not also have that name);
 * the others as they are, for the schema fit to place or keep. A FRESH publisher is a mapping (name, url); a
 * project's role one text, where JSON Resume lists roles. */
function renamed(entry: unknown, keys: Readonly<Record<string, string>>): unknown {
  if (!isRecord(entry)) return entry;
  const out: Json = {};
  for (const [key, value] of Object.entries(entry)) {
    const wanted = keys[key];
    const target = wanted && !(wanted in entry) ? wanted : key;
    if (key === 'publisher' && isRecord(value)) out[target] = value.name ?? value.url;
    else if (target === 'roles' && typeof value === 'string') out[target] = [value];
    else out[target] = value;
  }
  return out;
}
