// FRESH (FluentCV / HackMyResume's format, `meta.format: "FRESH@…"`): JSON Resume's sections under other names
// and shapes: `employment.history`, `education.history`, `service.history`, `skills.sets`/`skills.list`, a top-level
// `name`, `info` and `contact`. Each is read into its JSON Resume counterpart, which the JSON Resume reader then
// takes; sections JSON Resume has no place for (speaking, reading, samples, …) are kept as comments.
import type { DataPath } from '../core/parse.js';
import { fitToSchema } from './fit.js';
import { readJsonResume } from './jsonresume.js';
import { newReport, type Report } from './report.js';
import { newSources, renamedFields, type Sources } from './sources.js';
import type { Importer } from './types.js';
import { isRecord, type Json, text } from './values.js';

/** A FRESH list of entries, where it lives, the JSON Resume list it becomes and the keys renamed on the way. */
interface ListRule {
  from: (data: Json) => DataPath;
  to: string;
  keys: Readonly<Record<string, string>>;
}

const DATES = { start: 'startDate', end: 'endDate' };
const history = (key: string) => (data: Json) => (isRecord(data[key]) ? [key, 'history'] : [key]);

const LISTS: readonly ListRule[] = [
  { from: history('employment'), to: 'work', keys: { employer: 'name', ...DATES } },
  { from: history('service'), to: 'volunteer', keys: { ...DATES } },
  {
    from: history('education'),
    to: 'education',
    // FRESH's title of a stint at school is, as its schema says, usually the degree.
    keys: { title: 'studyType', grade: 'score', curriculum: 'courses', ...DATES },
  },
  { from: () => ['recognition'], to: 'awards', keys: { from: 'awarder' } },
  { from: () => ['writing'], to: 'publications', keys: { title: 'name', date: 'releaseDate' } },
  {
    from: () => ['projects'],
    to: 'projects',
    keys: { title: 'name', category: 'type', summary: 'description', role: 'roles', ...DATES },
  },
  { from: () => ['skills', 'sets'], to: 'skills', keys: { skills: 'keywords' } },
  { from: () => ['skills', 'list'], to: 'skills', keys: {} },
  { from: () => ['languages'], to: 'languages', keys: { level: 'fluency' } },
  { from: () => ['interests'], to: 'interests', keys: {} },
  { from: () => ['references'], to: 'references', keys: { summary: 'reference' } },
  { from: () => ['testimonials'], to: 'references', keys: { quote: 'reference' } },
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
    const sources = newSources();
    const converted: Json = { basics: basicsOf(data, report, sources) };
    const listsAt = new Map<string, DataPath>();
    for (const rule of LISTS) {
      const from = rule.from(data);
      const entries = listOf(valueAt(data, from)).map((entry, i) => {
        const out = renamed(entry, rule.keys);
        if (isRecord(out)) sources.mark(out, [...from, i], renamedFields(entry, [...from, i], rule.keys));
        return out;
      });
      if (entries.length === 0) continue;
      // A list read from two (skill sets and a skill list) is at the first.
      if (!listsAt.has(rule.to)) listsAt.set(rule.to, from);
      const list = [...listOf(converted[rule.to]), ...entries];
      sources.mark(list, listsAt.get(rule.to) ?? from);
      converted[rule.to] = list;
    }
    for (const [key, value] of Object.entries(data))
      if (!READ.has(key))
        report.keep([], key, value, 'FRESH sections JSON Resume has no place for, kept as comments');
    // A section's own words beside its history (a summary, a level of education): no place for them here.
    for (const key of ['employment', 'service', 'education'])
      for (const [own, value] of Object.entries(isRecord(data[key]) ? data[key] : {}))
        if (own !== 'history') report.keep([], `${key}.${own}`, value);
    const fitted = fitToSchema(readJsonResume(converted, report), report);
    return { ...report.finish(fitted), sources: sources.of(fitted) };
  },
};

/** The value at `path` in `data`, if every step is a mapping. */
const valueAt = (data: Json, path: DataPath): unknown =>
  path.reduce<unknown>((v, k) => (isRecord(v) ? v[k] : undefined), data);

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

/** Where each field of basics is read from. */
const BASICS_FROM: Record<string, DataPath> = {
  name: ['name'],
  label: ['info', 'label'],
  image: ['info', 'image'],
  summary: ['info', 'brief'],
  email: ['contact', 'email'],
  phone: ['contact', 'phone'],
  url: ['contact', 'website'],
  location: ['location'],
  profiles: ['social'],
};
const PLACE = { code: 'postalCode', country: 'countryCode' };

function basicsOf(data: Json, report: Report, sources: Sources): Json {
  const info = isRecord(data.info) ? data.info : {};
  const contact = isRecord(data.contact) ? data.contact : {};
  const place = isRecord(data.location) ? data.location : undefined;
  for (const key of ['characterClass', 'quote'])
    if (info[key] !== undefined) report.keep(['basics'], key, info[key]);
  if (contact.other !== undefined) report.keep(['basics'], 'other', contact.other);
  const location = place && (renamed(place, PLACE) as Json);
  if (location) sources.mark(location, ['location'], renamedFields(place, ['location'], PLACE));
  const profiles = listOf(data.social).map((p, i) => {
    const profile = renamed(p, { user: 'username' });
    if (isRecord(profile))
      sources.mark(profile, ['social', i], renamedFields(p, ['social', i], { user: 'username' }));
    return profile;
  });
  const basics = {
    name: data.name,
    label: info.label,
    image: info.image,
    summary: info.brief,
    email: contact.email,
    phone: contact.phone,
    url: contact.website,
    ...(location && { location }),
    profiles,
  };
  sources.mark(basics, isRecord(data.info) ? ['info'] : [], BASICS_FROM);
  return basics;
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
