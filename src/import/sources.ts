// Where the values of an imported résumé were written in the source, for a build that reads the source directly
// (the importers' side of ImportResult.sources), so that a message about a value points at the key it came from.
// Each object is marked with its source as it is made; the paths are read off the finished résumé, after the
// schema fit has moved what it moves. The helpers serve the readers that rename keys, read a document in place
// (resumake, FRESH through the JSON Resume reader) or convert it to another shape first (Reactive Resume 3, 5).
import { type Aliases, type DataPath, sourcePathOf } from '../core/parse.js';
import { BASICS_LEGACY, ENTRY_LISTS, type EntryListKey, sectionSpec } from '../core/sections.js';
import { isRecord } from './values.js';

export interface Sources {
  /** `made` was read from the value at `from`; its field `key` (if given) from the value at `fields[key]`. */
  mark(made: object, from: DataPath, fields?: Record<string, DataPath>): void;
  /** Our path → the RenderCV path, for every marked value the résumé holds. */
  of(resume: object): Aliases;
}

export function newSources(): Sources {
  const marks = new WeakMap<object, { from: DataPath; fields: Record<string, DataPath> }>();
  return {
    mark(made, from, fields = {}) {
      const seen = marks.get(made);
      marks.set(made, { from: seen?.from ?? from, fields: { ...seen?.fields, ...fields } });
    },
    of(resume) {
      const aliases: Aliases = new Map();
      const walk = (node: unknown, path: DataPath) => {
        if (!node || typeof node !== 'object') return;
        const mark = marks.get(node);
        if (mark && path.length) aliases.set(path.join('/'), mark.from);
        for (const [key, from] of Object.entries(mark?.fields ?? {}))
          aliases.set([...path, key].join('/'), from);
        const children = Array.isArray(node) ? [...node.entries()] : Object.entries(node);
        for (const [key, child] of children) walk(child, [...path, key]);
      };
      walk(resume, []);
      return aliases;
    },
  };
}

/** Each new name of a key of `entry` (written at `from`) at the key it was written under; a key whose new name
 * the entry also has keeps its place, as the readers keep the one written under the new name. */
export function renamedFields(
  entry: unknown,
  from: DataPath,
  renames: Readonly<Record<string, string>>,
): Record<string, DataPath> {
  const fields: Record<string, DataPath> = {};
  if (!isRecord(entry)) return fields;
  for (const [old, current] of Object.entries(renames))
    if (old in entry && !(current in entry)) fields[current] = [...from, old];
  return fields;
}

/** Every object and list of a document read in place (its values keep their identity while blanks and refused
 * items are taken out of its lists) marked at its own path, its JSON Resume 0.x keys (company, website,
 * picture) at their old names. */
export function markInPlace(sources: Sources, document: Record<string, unknown>): void {
  const walk = (node: unknown, path: DataPath) => {
    if (!node || typeof node !== 'object') return;
    sources.mark(node, path);
    const children = Array.isArray(node) ? [...node.entries()] : Object.entries(node);
    for (const [key, child] of children) walk(child, [...path, key]);
  };
  for (const [key, value] of Object.entries(document)) walk(value, [key]);
  if (isRecord(document.basics))
    sources.mark(document.basics, ['basics'], renamedFields(document.basics, ['basics'], BASICS_LEGACY));
  for (const list of ENTRY_LISTS) {
    const entries = document[list];
    const legacy = sectionSpec(list as EntryListKey).legacy ?? {};
    for (const [i, entry] of (Array.isArray(entries) ? entries : []).entries())
      if (isRecord(entry)) sources.mark(entry, [list, i], renamedFields(entry, [list, i], legacy));
  }
}

/** Our paths into a document converted to another shape before it was read, taken on to the original's:
 * `read` maps ours to the converted document's, `converted` the converted document's to the original's. A key
 * renamed by the conversion under a value of ours is carried over too (an entry's institution, written as
 * school), each of ours said of itself winning. */
export function through(read: Aliases, converted: Aliases): Aliases {
  const out: Aliases = new Map();
  for (const [ours, at] of read) {
    const under = `${at.join('/')}/`;
    for (const [path, from] of converted)
      if (path.startsWith(under)) out.set(`${ours}/${path.slice(under.length)}`, from);
  }
  for (const [ours, at] of read) out.set(ours, sourcePathOf(converted, at));
  return out;
}
