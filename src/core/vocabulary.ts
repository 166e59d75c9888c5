// A JSON Resume document in the words people use: `experience` for work, `title` for a job's position, `contact`
// for the basics, `roles` for several roles under one employer, `language: fr` for meta.locale. Where a key
// plainly maps to one of ours it is read as ours, each with a warning that names the key to write; anything else
// is left for the reader to name as not shown. Only for JSON Resume documents: in our own format such a key is a
// typo, answered with did-you-mean.
import type { Notice } from './normalize.js';
import { readOwnExport } from './own-export.js';
import { type Aliases, type DataPath, noteAlias } from './parse.js';
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
  educations: 'education',
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

/** What people call a place's fields (basics.location). */
const LOCATION_SYNONYMS: Readonly<Record<string, string>> = {
  country: 'countryCode',
  countryName: 'countryCode',
  state: 'region',
  province: 'region',
  street: 'address',
  zip: 'postalCode',
  zipCode: 'postalCode',
  postcode: 'postalCode',
};

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

/** Keys that name the document's language, at the top or in meta. */
const LANGUAGE_KEYS: readonly DataPath[] = [
  ['language'],
  ['lang'],
  ['locale'],
  ['meta', 'language'],
  ['meta', 'lang'],
  ['meta', 'x-lang'],
];

const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** What reading gathers: its warnings, and where moved values were written. */
interface Reading {
  notices: Notice[];
  aliases: Aliases;
}

/** Reads the keys of other vocabularies as ours, in place; one warning per key read. */
export function readVocabulary(data: unknown, aliases: Aliases = new Map()): Notice[] {
  const root = record(data);
  if (!root) return [];
  const reading: Reading = { notices: [], aliases };
  renameKeys(root, SECTION_SYNONYMS, [], reading);
  const basics = record(root.basics) ?? {};
  readContact(root, basics, ['contact'], reading);
  readContact(basics, basics, ['basics', 'contact'], reading);
  moveIntoBasics(root, basics, [], reading);
  if (root.basics === undefined && Object.keys(basics).length) root.basics = basics;
  renameKeys(basics, BASICS_SYNONYMS, ['basics'], reading);
  readSplitName(basics, reading);
  readProfileKeys(basics, reading);
  const location = record(basics.location);
  if (location) renameKeys(location, LOCATION_SYNONYMS, ['basics', 'location'], reading);
  readLanguageKey(root, reading);
  reading.notices.push(...readOwnExport(root, reading.aliases));
  for (const list of ENTRY_LISTS) {
    const synonyms = sectionSpec(list).synonyms;
    const entries = root[list];
    if (!synonyms || !Array.isArray(entries)) continue;
    for (const [i, entry] of entries.entries()) {
      const e = record(entry);
      if (!e) continue;
      renameKeys(e, synonyms, [list, i], reading);
      if (list === 'work') readRoles(e, [list, i], reading);
      if (SUMMARY_BULLETS.has(list)) bulletsIntoSummary(e, [list, i], reading.notices);
    }
  }
  return reading.notices;
}

/** A job's bullets in named groups, and the fields of its several roles. */
function readRoles(job: Record<string, unknown>, path: DataPath, reading: Reading): void {
  readHighlightGroups(job, path, reading.notices);
  for (const [j, role] of (Array.isArray(job.positions) ? job.positions : []).entries()) {
    const r = record(role);
    if (!r) continue;
    renameKeys(r, ROLE_SYNONYMS, [...path, 'positions', j], reading);
    readHighlightGroups(r, [...path, 'positions', j], reading.notices);
  }
}

/** Moves keys to the names they stand for. A key whose target is taken stays (and is named as not shown), but
 * two lists (bullets, keywords) under two names are one. */
function renameKeys(
  entry: Record<string, unknown>,
  synonyms: Readonly<Record<string, string>>,
  path: DataPath,
  reading: Reading,
): void {
  for (const [from, to] of Object.entries(synonyms)) {
    if (!(from in entry) || from === to) continue;
    const [value, taken] = [entry[from], entry[to]];
    if (taken === undefined || taken === null || taken === '') {
      entry[to] = value;
      noteAlias(reading.aliases, [...path, to], [...path, from]);
    } else if (Array.isArray(taken) && Array.isArray(value)) entry[to] = [...taken, ...value];
    else continue;
    delete entry[from];
    reading.notices.push({
      path: [...path, from],
      at: 'key',
      message: `"${from}" read as "${to}" (write "${to}" to be sure)`,
    });
  }
}

/** The keys a name is written in two parts under, given name first. */
const NAME_PARTS: readonly (readonly string[])[] = [
  ['firstname', 'lastname'],
  ['firstName', 'lastName'],
  ['first_name', 'last_name'],
  ['givenName', 'familyName'],
];

/** A name in two keys (firstname, lastname) read as the name, where there is none; the parts are left where a
 * name is written. */
function readSplitName(basics: Record<string, unknown>, reading: Reading): void {
  const keys = NAME_PARTS.find((pair) => pair.some((k) => typeof basics[k] === 'string'));
  if (!keys || (typeof basics.name === 'string' && basics.name.trim())) return;
  const written = keys.filter((k) => typeof basics[k] === 'string' && (basics[k] as string).trim());
  const name = written.map((k) => (basics[k] as string).trim()).join(' ');
  for (const k of keys) delete basics[k];
  if (!name) return;
  basics.name = name;
  noteAlias(reading.aliases, ['basics', 'name'], ['basics', written[0] as string]);
  reading.notices.push({
    path: ['basics', written[0] as string],
    at: 'key',
    message: `${written.map((k) => `"${k}"`).join(', ')} read as the name "${name}" (write name: ${name})`,
  });
}

/** A network's profile written as a key of basics (linkedin: its address or a user name), by the network's
 * name and where a user's page is. */
const PROFILE_KEYS: Readonly<Record<string, string>> = {
  linkedin: 'LinkedIn',
  github: 'GitHub',
  gitlab: 'GitLab',
  twitter: 'Twitter',
  xing: 'XING',
  mastodon: 'Mastodon',
};

/** basics.linkedin, github, twitter…: an address or a user name, read as a profile after those written as such. */
function readProfileKeys(basics: Record<string, unknown>, reading: Reading): void {
  for (const [key, network] of Object.entries(PROFILE_KEYS)) {
    const value = basics[key];
    // Profiles written some other way (a mapping of networks) are the coercion's to read: left as they are.
    if (typeof value !== 'string' || (basics.profiles !== undefined && !Array.isArray(basics.profiles)))
      continue;
    delete basics[key];
    const written = value.trim();
    if (!written) continue;
    const address = /^(https?:\/\/|www\.)|\.[a-z]{2,}\//i.test(written);
    const profile = address ? { network, url: written } : { network, username: written.replace(/^@/, '') };
    const profiles = Array.isArray(basics.profiles) ? basics.profiles : [];
    basics.profiles = [...profiles, profile];
    noteAlias(reading.aliases, ['basics', 'profiles', profiles.length], ['basics', key]);
    const field = address ? `url: ${profile.url}` : `username: ${profile.username}`;
    reading.notices.push({
      path: ['basics', key],
      at: 'key',
      message: `"${key}" read as a profile (write profiles: [{ network: ${network}, ${field} }])`,
    });
  }
}

/** Contact details kept elsewhere (a `contact:` mapping, or name and e-mail at the top) read as the basics' own
 * fields, where those are not set. */
function moveIntoBasics(
  from: Record<string, unknown>,
  basics: Record<string, unknown>,
  path: DataPath,
  reading: Reading,
): void {
  const moved: string[] = [];
  for (const [key, value] of Object.entries(from)) {
    const field = BASICS_SYNONYMS[key] ?? (key === 'website' ? 'url' : key);
    if (!BASIC_FIELDS.has(field) || basics[field] !== undefined || from === basics) continue;
    basics[field] = value;
    delete from[key];
    noteAlias(reading.aliases, ['basics', field], [...path, key]);
    moved.push(key);
  }
  if (moved.length)
    reading.notices.push({
      path: path.length ? path : [moved[0] as string],
      at: 'key',
      message: `${moved.map((k) => `"${k}"`).join(', ')} read as basics fields: write ${moved.length === 1 ? 'it' : 'them'} under basics`,
    });
}

/** A `contact:` mapping, at the top or in basics, read as basics fields; what it held besides is left in it. */
function readContact(
  holder: Record<string, unknown>,
  basics: Record<string, unknown>,
  path: DataPath,
  reading: Reading,
): void {
  const contact = record(holder.contact);
  if (!contact) return;
  moveIntoBasics(contact, basics, path, reading);
  if (Object.keys(contact).length === 0) delete holder.contact;
}

/** A key that names the document's language (`language: fr`, `meta.lang: de-AT`) read as meta.locale. */
function readLanguageKey(root: Record<string, unknown>, reading: Reading): void {
  const meta = record(root.meta) ?? {};
  for (const path of LANGUAGE_KEYS) {
    const holder = path.length === 1 ? root : meta;
    const key = path.at(-1) as string;
    const value = holder[key];
    if (typeof value !== 'string' || !/^[a-z]{2,3}([-_][a-z]{2})?$/i.test(value.trim())) continue;
    delete holder[key];
    if (meta.locale !== undefined) continue;
    const [language = '', region] = value.trim().split(/[-_]/);
    meta.locale = region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
    root.meta = meta;
    noteAlias(reading.aliases, ['meta', 'locale'], path);
    reading.notices.push({
      path,
      at: 'key',
      message: `"${path.join('.')}" read as meta.locale: headings and dates in ${meta.locale} (write meta: { locale: ${meta.locale} })`,
    });
  }
}

/** Sections whose entries have a summary but no bullets of their own. */
const SUMMARY_BULLETS = new Set(['awards', 'publications', 'references']);

/** Bullets given to an entry that has none (an award's highlights): lines of its summary, drawn as bullets. */
function bulletsIntoSummary(entry: Record<string, unknown>, path: DataPath, notices: Notice[]): void {
  const bullets = Array.isArray(entry.highlights)
    ? entry.highlights.filter((h) => typeof h === 'string')
    : [];
  if (bullets.length === 0) return;
  const summary = typeof entry.summary === 'string' ? entry.summary : '';
  entry.summary = [summary, ...bullets.map((b) => `- ${b}`)].filter(Boolean).join('\n');
  delete entry.highlights;
  notices.push({
    path: [...path, 'highlights'],
    at: 'key',
    message:
      'bullets where this entry has none: read as lines of its summary (write them in summary, "- " before each)',
  });
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
