// JSON Resume (and our own files, which are JSON Resume with a few extensions): 0.x names modernised and loose
// dates read as our loader reads them; keys JSON Resume allows but we do not use go to the left-overs (the schema
// fit moves them) instead of being dropped.
import { coerceShapes } from '../core/coerce.js';
import { readInlineHtml } from '../core/inline-html.js';
import { modernizeKeys, normalizeDates } from '../core/normalize.js';
import { OWN_META } from '../core/own-export.js';
import { type DataPath, displayPath } from '../core/parse.js';
import type { Resume } from '../core/resume-types.js';
import { readVocabulary } from '../core/vocabulary.js';
import { countryCode } from './countries.js';
import { datesInOneLanguage } from './dates.js';
import { fitToSchema } from './fit.js';
import { networkOf } from './networks.js';
import { writePerLanguage } from './per-language.js';
import { isEmpty, newReport, type Report } from './report.js';
import type { Importer } from './types.js';
import { isRecord, type Json, link, text } from './values.js';

const LISTS = [
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
];

export const jsonResume: Importer = {
  format: 'jsonresume',
  describe: 'a JSON Resume document',
  reads: 'document',
  // What a build reads as a JSON Resume document: its keys, or another vocabulary's that plainly map to them.
  detect: (input) =>
    input.kind === 'document' &&
    isRecord(input.data) &&
    !['cv', 'content', 'selectedTemplate'].some((k) => k in (input.data as object)) &&
    readsAsResume(input.data),
  read(input) {
    const report = newReport();
    const data = structuredClone(input.kind === 'document' && isRecord(input.data) ? input.data : {});
    // HTML in text (a document made for a web theme) as our markdown, as a build of the document reads it: the
    // YAML written is our format, where markup is text and would be printed as written.
    for (const n of readInlineHtml(data))
      report.note('HTML in text written as markdown (**bold**, *italic*, links, lines)', displayPath(n.path));
    inOurWords(data, report);
    // Values in the shapes people give them (a name as a mapping, a summary as a list), read as a build reads
    // them; what is given per language stays so, for every language to be written.
    const yaml = /\.ya?ml$/i.test(input.name);
    for (const n of coerceShapes(data, { yaml, keepLanguages: true }).notices)
      report.note('values read into the shapes our format takes', displayPath(n.path));
    return report.finish(fitToSchema(readJsonResume(data, report), report));
  },
};

/** Whether a build reads a résumé in the document: basics or a section, in its keys or another vocabulary's
 * (a name or an e-mail at the top is the basics'; a title alone is a blog post's as much as a résumé's). */
function readsAsResume(data: Json): boolean {
  if ('basics' in data) return true;
  const read = inOurWords(structuredClone(data), newReport());
  const basics = isRecord(read.basics) ? read.basics : {};
  return LISTS.some((k) => k in read) || basics.name !== undefined || basics.email !== undefined;
}

/** The document with another vocabulary's keys read as ours (experience, contact, firstname…), in place, as a
 * build reads them. What our own export kept under meta.resume and the file no longer agrees with is said as a
 * build says it, and kept as a comment. */
function inOurWords(data: Json, report: Report): Json {
  const own = isRecord(data.meta) ? structuredClone(data.meta[OWN_META]) : undefined;
  const unapplied: DataPath[] = [];
  for (const n of readVocabulary(data)) {
    const ours = n.path[0] === 'meta' && n.path[1] === OWN_META;
    if (ours) unapplied.push(n.path.slice(2));
    report.note(ours ? n.message : "other vocabularies' names read as ours", displayPath(n.path));
  }
  if (unapplied.length) report.keep(['meta'], OWN_META, picked(own, unapplied), UNAPPLIED);
  return data;
}

const UNAPPLIED = "our export's values this file no longer agrees with, kept as comments";

/** Only the values at these paths of a mapping, in their places. */
function picked(value: unknown, paths: DataPath[]): Json {
  const out: Json = {};
  for (const path of paths) {
    let from = value;
    let to = out;
    for (const [i, step] of path.entries()) {
      from = isRecord(from) ? from[step] : undefined;
      if (i === path.length - 1) to[step] = from;
      else {
        if (!isRecord(to[step])) to[step] = {};
        to = to[step] as Json;
      }
    }
  }
  return out;
}

/** A JSON Resume document (changed in place) as our résumé, before the schema fit. */
export function readJsonResume(data: Record<string, unknown>, report: Report): Resume {
  dropBlanks(data);
  for (const n of modernizeKeys(data))
    report.note('JSON Resume 0.x names read as their current ones', displayPath(n.path));
  datesInOneLanguage(data, report);
  for (const n of normalizeDates(data, true).notices)
    report.note('dates read from how they were written', displayPath(n.path));
  writePerLanguage(data, report);
  if (!isRecord(data.basics)) data.basics = {};
  schemeless(data, report);
  namedNetworks(data.basics as Record<string, unknown>, report);
  const basics = data.basics as Record<string, unknown>;
  const location = isRecord(basics.location) ? basics.location : undefined;
  const country = text(location?.countryCode);
  if (location && country && !/^[A-Z]{2}$/.test(country)) {
    const code = countryCode(country);
    if (code) location.countryCode = code;
    report.note('country names read as their codes', `${country} → ${code ?? '?'}`);
  }
  const meta = isRecord(data.meta) ? data.meta : undefined;
  if (meta?.theme !== undefined) {
    report.keep(
      ['meta'],
      'theme',
      meta.theme,
      'JSON Resume theme names, kept as a comment (choose a theme with meta.theme)',
    );
    delete meta.theme;
  }
  return data as unknown as Resume;
}

/** A profile given by its address alone named by the network the address is on (github.com/me: GitHub). */
function namedNetworks(basics: Record<string, unknown>, report: Report): void {
  const profiles = Array.isArray(basics.profiles) ? basics.profiles : [];
  for (const [i, profile] of profiles.entries()) {
    const url = isRecord(profile) && !text(profile.network) ? text(profile.url) : undefined;
    const network = url && networkOf(url)?.network;
    if (!network || !isRecord(profile)) continue;
    profile.network = network;
    report.note('networks read from their profile addresses', `basics.profiles[${i}]: ${network}`);
  }
}

const URL_KEYS = new Set(['url', 'website']);

/** Links written without http(s):// ("github.com/me") read as https, said once. */
function schemeless(node: unknown, report: Report, path = ''): void {
  const entries = Array.isArray(node) ? [...node.entries()] : isRecord(node) ? Object.entries(node) : [];
  for (const [key, value] of entries) {
    const here = typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const read = typeof value === 'string' && URL_KEYS.has(String(key)) ? link(value) : undefined;
    if (read?.guessed) {
      (node as Record<string | number, unknown>)[key] = read.url;
      report.note('links written without http(s):// read as https', here);
    } else schemeless(value, report, here);
  }
}

/** "" and null, which JSON Resume exports write for every field left blank; spaces around texts. */
function dropBlanks(node: unknown): void {
  if (Array.isArray(node)) {
    for (let i = node.length - 1; i >= 0; i--) {
      if (typeof node[i] === 'string') node[i] = (node[i] as string).trim();
      dropBlanks(node[i]);
      // A blank entry (a form's empty row) goes too.
      if (isEmpty(node[i])) node.splice(i, 1);
    }
  } else if (isRecord(node)) {
    for (const [k, v] of Object.entries(node)) {
      if (v === null || (typeof v === 'string' && v.trim() === '')) delete node[k];
      else if (typeof v === 'string') node[k] = v.trim();
      else dropBlanks(v);
    }
  }
}
