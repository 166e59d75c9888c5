// The last step of every import: whatever a reader built, the résumé handed to the YAML writer passes our schema
// and the rules beyond it. A value the schema refuses (an unknown key, a malformed link, an empty text) moves to
// the left-overs under its entry instead of breaking the file; nothing is thrown away.

import { isSafeHref, linkTargets } from '../core/markdown.js';
import { STRICT_DATE, WRONG_NUMERIC_DATE } from '../core/normalize.js';
import type { DataPath } from '../core/parse.js';
import type { Resume } from '../core/resume-types.js';
import { validateSchema } from '../core/schema-validator.js';
import { DATED_LISTS } from '../core/sections.js';
import type { Report } from './report.js';
import { isRecord } from './values.js';

const REFUSED = 'values our schema refuses, kept as comments under their entries';

export function fitToSchema(resume: Resume, report: Report): Resume {
  pruneUndefined(resume);
  if (!resume.basics.name) {
    resume.basics.name = 'Your Name';
    report.note('no name in the source: basics.name says "Your Name", write yours');
  }
  unlinkUnsafe(resume, [], report);
  for (const [entry, path] of datedEntries(resume)) {
    const { startDate: s, endDate: e, date } = entry;
    for (const written of [s, e, date])
      if (typeof written === 'string' && !STRICT_DATE.test(written))
        report.note(
          WRONG_NUMERIC_DATE.test(written)
            ? 'dates in numbers that name no such month or day, kept as written: correct them in the YAML (a build stops at them)'
            : 'dates kept as written, printed as they are (write YYYY-MM to have them formatted)',
          `"${written}"`,
        );
    if (s && e && STRICT_DATE.test(s) && STRICT_DATE.test(e) && e < s) {
      report.keep(path, 'endDate', e, 'end dates before their start dates, kept as comments');
      delete entry.endDate;
    }
  }
  // Each pass moves what the schema refuses: keys first, then whole list items (an entry without its id, a
  // profile without its network), taken out from the last so the others keep their places. A refused key can
  // hide errors below it, so the schema is asked again until it is content.
  for (let pass = 0; pass < 20 && !validateSchema(resume); pass++) {
    const errors = (validateSchema.errors ?? []).map((e) => ({ e, path: pathOf(e) }));
    const items = errors.filter(({ e, path }) => typeof path.at(-1) === 'number' && e.keyword !== 'anyOf');
    const inItem = (path: DataPath) => items.some((i) => i.path.every((s, n) => path[n] === s));
    const keys = errors.filter(({ path }) => typeof path.at(-1) === 'string' && !inItem(path));
    const moved = keys.filter(({ e, path }) => moveRefused(resume, e, path, report)).length;
    if (moved + removeItems(resume, items, report) === 0) break;
  }
  return resume;
}

type Dated = { startDate?: string; endDate?: string; date?: string };

/** The entries of the lists dated with a range, and the custom sections' items, with their paths (the schema has
 * not been asked yet: any of them may be of any shape). */
function datedEntries(resume: Resume): [Dated, DataPath][] {
  const list = (value: unknown) => (Array.isArray(value) ? [...value.entries()] : []);
  const dated = (value: unknown, path: DataPath): [Dated, DataPath][] =>
    list(value).flatMap(([i, e]): [Dated, DataPath][] => (isRecord(e) ? [[e, [...path, i]]] : []));
  return [
    ...DATED_LISTS.flatMap((key) => dated(resume[key], [key])),
    ...list(resume.sections).flatMap(([i, s]) =>
      isRecord(s) ? dated(s.items, ['sections', i, 'items']) : [],
    ),
  ];
}

interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
}

/** Takes out the list items the schema refuses, the last first, keeping each under its list's name. */
function removeItems(
  resume: Resume,
  items: { e: SchemaError; path: (string | number)[] }[],
  report: Report,
): number {
  const unique = [...new Map(items.map((i) => [JSON.stringify(i.path), i])).values()];
  // Deeper items first, then the last of a list first: no removal moves an item still to be removed.
  unique.sort(
    (a, b) => b.path.length - a.path.length || (b.path.at(-1) as number) - (a.path.at(-1) as number),
  );
  let removed = 0;
  for (const { e, path } of unique) {
    if (!moveRefused(resume, e, path, report)) continue;
    report.relocate(path.slice(0, -1), path.at(-1) as number);
    removed++;
  }
  return removed;
}

/** The path of the value an error is about: the unknown key itself for additionalProperties; the object that
 * misses a key for required (an entry without its id, a profile without its network: moved whole). */
function pathOf(e: SchemaError): (string | number)[] {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
  if (e.keyword === 'additionalProperties') path.push(String(e.params.additionalProperty));
  return path;
}

function moveRefused(resume: Resume, e: SchemaError, path: (string | number)[], report: Report): boolean {
  // basics.name is filled in above; an anyOf is explained by its branches' errors.
  if (e.keyword === 'anyOf' || path.length === 0 || (e.keyword === 'required' && path.length < 2))
    return false;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, s) => (node as Record<string, unknown>)?.[s], resume);
  const last = path.at(-1) as string | number;
  if (!parent || typeof parent !== 'object' || !(last in parent)) return false;
  const value = (parent as Record<string | number, unknown>)[last];
  // A date is our loader's to read: as written where it cannot ("Summer 2019"), and a numeric one that names no
  // month ("2025-13") as its year with a warning at its key (an error in the YAML import writes). Left out here,
  // the entry lost its end and printed as a current role.
  if (e.schemaPath.includes('/date/') && typeof value === 'string') return false;
  // A whole entry goes under its list; a key of the document's top under the document, named by itself;
  // anything else under its entry, named by its key (a list's name for an item of a list: "profiles", "items").
  const top = path.length === 1;
  const whole = !top && entryPath(path).length >= path.length;
  const at = top ? [] : whole ? path.slice(0, -1) : entryPath(path);
  const named = path.slice(at.length);
  while (named.length > 1 && typeof named.at(-1) === 'number') named.pop();
  const key = whole ? String(path.at(-2)) : named.join('.');
  report.keep(at, key, value, e.keyword === 'additionalProperties' ? undefined : REFUSED);
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete (parent as Record<string, unknown>)[last as string];
  return true;
}

/** The entry a value belongs to: work[2], sections[0], basics, meta. */
function entryPath(path: DataPath): DataPath {
  return typeof path[1] === 'number' ? path.slice(0, 2) : path.slice(0, 1);
}

/** Links our renderers refuse (relative, javascript:, a bare domain): their text stays, the target is kept. */
function unlinkUnsafe(node: unknown, path: DataPath, report: Report): void {
  const children = Array.isArray(node) ? node.entries() : isRecord(node) ? Object.entries(node) : [];
  for (const [key, value] of children) {
    if (typeof value !== 'string') {
      unlinkUnsafe(value, [...path, key], report);
      continue;
    }
    const unsafe = linkTargets(value).filter((href) => !isSafeHref(href));
    if (unsafe.length === 0) continue;
    let kept = value;
    for (const href of unsafe) {
      const escaped = href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      kept = kept.replace(new RegExp(`\\[([^\\]]*)\\]\\(${escaped}\\)`), '$1');
      report.keep(
        entryPath([...path, key]),
        'link',
        href,
        'links our format cannot hold (not http(s), mailto or tel), text kept',
      );
    }
    (node as Record<string | number, unknown>)[key as string] = kept;
  }
}

/** Keys a reader set to undefined (a field the source left blank). */
function pruneUndefined(node: unknown): void {
  if (Array.isArray(node)) for (const item of node) pruneUndefined(item);
  else if (isRecord(node))
    for (const [key, value] of Object.entries(node)) {
      if (value === undefined) delete node[key];
      else pruneUndefined(value);
    }
}
