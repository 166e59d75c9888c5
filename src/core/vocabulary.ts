// A JSON Resume document in the words people use: `experience` for work, `title` for a job's position, `contact`
// for the basics, `roles` for several roles under one employer. Where a key plainly maps to one of ours it is
// read as ours, each with a warning that names the key to write; anything else is left for the reader to name as
// not shown. Only for JSON Resume documents: in our own format such a key is a typo, answered with did-you-mean.
import type { Notice } from './normalize.js';
import type { DataPath } from './parse.js';
import { ENTRY_LISTS, ROLE_SYNONYMS, sectionSpec } from './sections.js';

/** Top-level keys of other vocabularies, and the section they are. */
const SECTION_SYNONYMS: Readonly<Record<string, string>> = {
  experience: 'work',
  experiences: 'work',
  employment: 'work',
  jobs: 'work',
  workExperience: 'work',
  work_experience: 'work',
  schools: 'education',
  studies: 'education',
  certifications: 'certificates',
  honors: 'awards',
  personal: 'basics',
};

const BASICS_SYNONYMS: Readonly<Record<string, string>> = {
  headline: 'label',
  title: 'label',
  avatar: 'image',
  photo: 'image',
  mobile: 'phone',
  telephone: 'phone',
  mail: 'email',
  about: 'summary',
  bio: 'summary',
  socials: 'profiles',
  social: 'profiles',
};

const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** Reads the keys of other vocabularies as ours, in place; one warning per key read. */
export function readVocabulary(data: unknown): Notice[] {
  const root = record(data);
  if (!root) return [];
  const notices: Notice[] = [];
  renameKeys(root, SECTION_SYNONYMS, [], notices);
  const basics = record(root.basics) ?? {};
  readContact(root, basics, ['contact'], notices);
  readContact(basics, basics, ['basics', 'contact'], notices);
  const top = Object.keys(root).find((k) => BASIC_FIELDS.has(BASICS_SYNONYMS[k] ?? k));
  if (top) moveIntoBasics(root, basics, [top], notices);
  if (root.basics === undefined && Object.keys(basics).length) root.basics = basics;
  renameKeys(basics, BASICS_SYNONYMS, ['basics'], notices);
  for (const list of ENTRY_LISTS) {
    const synonyms = sectionSpec(list).synonyms;
    const entries = root[list];
    if (!synonyms || !Array.isArray(entries)) continue;
    for (const [i, entry] of entries.entries()) {
      const e = record(entry);
      if (!e) continue;
      renameKeys(e, synonyms, [list, i], notices);
      if (list !== 'work') continue;
      readHighlightGroups(e, [list, i], notices);
      for (const [j, role] of (Array.isArray(e.positions) ? e.positions : []).entries()) {
        const r = record(role);
        if (!r) continue;
        renameKeys(r, ROLE_SYNONYMS, [list, i, 'positions', j], notices);
        readHighlightGroups(r, [list, i, 'positions', j], notices);
      }
    }
  }
  return notices;
}

/** Moves keys to the names they stand for. A key whose target is taken stays (and is named as not shown), but
 * bullets under two names are one list. */
function renameKeys(
  entry: Record<string, unknown>,
  synonyms: Readonly<Record<string, string>>,
  path: DataPath,
  notices: Notice[],
): void {
  for (const [from, to] of Object.entries(synonyms)) {
    if (!(from in entry) || from === to) continue;
    const [value, taken] = [entry[from], entry[to]];
    if (taken === undefined || taken === null || taken === '') entry[to] = value;
    else if (Array.isArray(taken) && Array.isArray(value) && to === 'highlights')
      entry[to] = [...taken, ...value];
    else continue;
    delete entry[from];
    notices.push({
      path: [...path, from],
      at: 'key',
      message: `"${from}" read as "${to}" (write "${to}" to be sure)`,
    });
  }
}

/** Bullets in named groups (`highlightGroups: [{ section, items }]`) as the job's bullets, each group's name
 * before its first bullet. */
function readHighlightGroups(entry: Record<string, unknown>, path: DataPath, notices: Notice[]): void {
  if (!Array.isArray(entry.highlightGroups)) return;
  const bullets = entry.highlightGroups.flatMap((group) => {
    const g = record(group) ?? {};
    const name = [g.section, g.title, g.name].find((n): n is string => typeof n === 'string');
    const items = (Array.isArray(g.items) ? g.items : []).filter((t): t is string => typeof t === 'string');
    return items.map((item, i) => (i === 0 && name ? `**${name}:** ${item}` : item));
  });
  entry.highlights = [...(Array.isArray(entry.highlights) ? entry.highlights : []), ...bullets];
  delete entry.highlightGroups;
  notices.push({
    path: [...path, 'highlightGroups'],
    at: 'key',
    message:
      '"highlightGroups" read as bullets, each group\'s name before its first (write highlights: a list)',
  });
}

const BASIC_FIELDS = new Set([
  'name',
  'label',
  'email',
  'phone',
  'url',
  'location',
  'profiles',
  'summary',
  'image',
]);

/** Contact details kept elsewhere (a `contact:` mapping, or name and e-mail at the top) read as the basics' own
 * fields, where those are not set. */
function moveIntoBasics(
  from: Record<string, unknown>,
  basics: Record<string, unknown>,
  path: DataPath,
  notices: Notice[],
): string[] {
  const moved: string[] = [];
  for (const [key, value] of Object.entries(from)) {
    const field = BASICS_SYNONYMS[key] ?? (key === 'website' ? 'url' : key);
    if (!BASIC_FIELDS.has(field) || basics[field] !== undefined || from === basics) continue;
    basics[field] = value;
    delete from[key];
    moved.push(key);
  }
  if (moved.length)
    notices.push({
      path,
      at: 'key',
      message: `${moved.map((k) => `"${k}"`).join(', ')} read as basics fields: write ${moved.length === 1 ? 'it' : 'them'} under basics`,
    });
  return moved;
}

/** A `contact:` mapping, at the top or in basics, read as basics fields; what it held besides is left in it. */
function readContact(
  holder: Record<string, unknown>,
  basics: Record<string, unknown>,
  path: DataPath,
  notices: Notice[],
) {
  const contact = record(holder.contact);
  if (!contact) return;
  moveIntoBasics(contact, basics, path, notices);
  if (Object.keys(contact).length === 0) delete holder.contact;
}
