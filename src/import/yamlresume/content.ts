// YAMLResume's `content` as our résumé: JSON Resume's vocabulary with its own words (headline, degree), a
// Markdown summary where we have a summary and bullets, location and profiles beside basics, countries as names.
// Keys without a place here stay on the entries: the schema fit moves them to the left-overs.
import type { DataPath } from '../../core/parse.js';
import type { Basics, Resume } from '../../core/resume-types.js';
import { countryCode } from '../countries.js';
import { readDate } from '../dates.js';
import { splitMarkdown } from '../markdown-blocks.js';
import type { Report } from '../report.js';
import { renamedFields, type Sources } from '../sources.js';
import { isRecord, type Json, text } from '../values.js';

type Entry = Record<string, unknown>;
type Map = (e: Json, at: DataPath, report: Report) => Entry;

const DATE_KEYS = ['startDate', 'endDate', 'date', 'releaseDate'];

/** Dates read ("Jul 2025", "Sep 1, 2016"), blanks dropped; the rest as it came. */
function plain(e: Json): Entry {
  const out: Entry = {};
  for (const [k, v] of Object.entries(e)) {
    if (v === null || v === undefined || v === '') continue;
    const date = DATE_KEYS.includes(k) ? readDate(v) : undefined;
    if (date && 'date' in date) out[k] = date.date;
    else if (date && 'raw' in date) out[k] = date.raw;
    else if (!date) out[k] = v;
  }
  return out;
}

/** A Markdown summary split into our summary and bullets. */
function summaryAndBullets(e: Entry, at: DataPath, report: Report): Entry {
  const { summary, ...rest } = e;
  const split = splitMarkdown(text(summary));
  if (split.nested) report.note('nested list items kept as bullets of their own', at.join('.'));
  return { ...rest, summary: split.summary, ...(split.bullets.length ? { highlights: split.bullets } : {}) };
}

/** YAMLResume prints a volunteer role's keywords as a "Keywords:" line; ours has none (a job's keywords are ours
 * too), so they become its last bullet. */
function keywordsLine(e: Entry, at: DataPath, report: Report): Entry {
  const { keywords, ...rest } = e;
  const words = Array.isArray(keywords) ? keywords.map(text).filter(Boolean) : [];
  if (words.length === 0) return rest;
  report.note('keywords of volunteer roles kept as a last "Keywords:" bullet', at.join('.'));
  const highlights = Array.isArray(rest.highlights) ? rest.highlights : [];
  return { ...rest, highlights: [...highlights, `**Keywords:** ${words.join(', ')}`] };
}

const MAPS: Record<string, Map> = {
  work: (e, at, report) => summaryAndBullets(plain(e), at, report),
  volunteer: (e, at, report) => keywordsLine(summaryAndBullets(plain(e), at, report), at, report),
  projects: (e, at, report) => {
    const { description, summary, ...rest } = summaryAndBullets(plain(e), at, report);
    return {
      ...rest,
      description: [text(description), text(summary)].filter(Boolean).join('\n\n') || undefined,
    };
  },
  education: (e, at, report) => {
    const { degree, ...rest } = summaryAndBullets(plain(e), at, report);
    return { ...rest, studyType: degree };
  },
  references: (e) => {
    const { summary, ...rest } = plain(e);
    return { ...rest, reference: summary };
  },
  awards: (e) => plain(e),
  certificates: (e) => plain(e),
  publications: (e) => plain(e),
  skills: (e) => plain(e),
  languages: (e) => plain(e),
  interests: (e) => plain(e),
};

/** Our fields read from a key of another name: a Markdown summary's bullets are our highlights. */
const READ_FROM: Record<string, Record<string, string>> = {
  work: { summary: 'highlights' },
  volunteer: { summary: 'highlights' },
  projects: { summary: 'highlights' },
  education: { summary: 'highlights', degree: 'studyType' },
  references: { summary: 'reference' },
};

export function readContent(content: Json, report: Report, sources: Sources): Resume {
  const resume: Resume = { basics: readBasics(content, report, sources) };
  for (const [key, value] of Object.entries(content)) {
    const map = MAPS[key];
    if (!map) {
      if (!['basics', 'location', 'profiles'].includes(key)) report.keep([], key, value);
      continue;
    }
    // Counted as written: an entry that is no mapping does not move the next one's place.
    const written = (Array.isArray(value) ? value : []).flatMap((e, i) => (isRecord(e) ? [{ e, i }] : []));
    const list = written.map(({ e, i }, n) => {
      const entry = map(e, [key, n], report);
      sources.mark(entry, ['content', key, i], entryFields(key, e, entry, ['content', key, i]));
      return entry;
    });
    sources.mark(list, ['content', key]);
    (resume as unknown as Record<string, Entry[]>)[key] = list;
  }
  return resume;
}

/** Where an entry's renamed fields were written: a project's description in its description or else its
 * summary, a volunteer role's "Keywords:" bullet in its keywords. */
function entryFields(list: string, e: Json, entry: Entry, from: DataPath): Record<string, DataPath> {
  const fields = renamedFields(e, from, READ_FROM[list] ?? {});
  if (list === 'projects' && text(e.description) === undefined && text(e.summary))
    fields.description = [...from, 'summary'];
  const highlights = Array.isArray(entry.highlights) ? entry.highlights : [];
  const keywords = Array.isArray(e.keywords) && e.keywords.some((k) => text(k));
  if (list === 'volunteer' && keywords && highlights.length)
    fields[`highlights/${highlights.length - 1}`] = [...from, 'keywords'];
  return fields;
}

function readBasics(content: Json, report: Report, sources: Sources): Basics {
  const b = plain(isRecord(content.basics) ? content.basics : {});
  // `headline` since YAMLResume 0.2; older files (and JSON Resume habits) say `label`.
  const { headline, label, ...rest } = b;
  const basics = { ...rest, name: text(b.name) ?? '', label: text(headline) ?? text(label) } as Basics;
  if (text(headline) && text(label)) report.keep(['basics'], 'label', label);
  const location = isRecord(content.location) ? plain(content.location) : undefined;
  if (location) {
    const { country, ...place } = location;
    const code = text(country) && countryCode(text(country) as string);
    if (text(country) && !code)
      report.keep(
        ['basics'],
        'location.country',
        country,
        'countries with no code we know, kept as comments',
      );
    basics.location = { ...place, ...(code ? { countryCode: code } : {}) };
    sources.mark(basics.location, ['content', 'location'], {
      countryCode: ['content', 'location', 'country'],
    });
  }
  const profiles = (Array.isArray(content.profiles) ? content.profiles : []).flatMap((p, i) => {
    if (!isRecord(p)) return [];
    const profile = plain(p);
    sources.mark(profile, ['content', 'profiles', i]);
    return [profile];
  });
  if (profiles.length) basics.profiles = profiles as Basics['profiles'];
  if (basics.profiles) sources.mark(basics.profiles, ['content', 'profiles']);
  const labelKey = text(headline) ? 'headline' : 'label';
  sources.mark(basics, ['content', 'basics'], { label: ['content', 'basics', labelKey] });
  return basics;
}
