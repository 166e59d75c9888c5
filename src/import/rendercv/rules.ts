// How a block of RenderCV settings (design, locale, settings) is read: each rule takes the value at one of its
// paths into meta; the values no rule took are returned, with their paths, for the reader to name.
import type { Meta } from '../../core/resume-types.js';
import { isEmpty } from '../report.js';
import { isRecord } from '../values.js';

export type Design = NonNullable<Meta['design']>;
/** A setting's paths in the block (dotted), and what reads its value into meta: false where it cannot. */
export type Rule = [paths: string[], apply: (value: unknown, meta: Meta) => boolean];
/** A value of the block and its path (a mapping's keys; a list is one value). */
export type Leaf = [path: string[], value: unknown];

export const design = (meta: Meta): Design => (meta.design ??= {});

/** A rule that sets meta.design[key] to the value read, unless it is set already. */
export const set =
  <K extends keyof Design>(key: K, read: (v: unknown) => Design[K] | undefined) =>
  (value: unknown, meta: Meta) => {
    const v = read(value);
    if (v === undefined || design(meta)[key] !== undefined) return v !== undefined;
    design(meta)[key] = v;
    return true;
  };

function leaves(node: unknown, prefix: string[] = []): Leaf[] {
  return isRecord(node)
    ? Object.entries(node).flatMap(([k, v]) =>
        isRecord(v) ? leaves(v, [...prefix, k]) : [[[...prefix, k], v]],
      )
    : [];
}

/** The block's values read into meta by the rules; returned: those no rule took, blank ones left out (a blank
 * setting asks for nothing). */
export function applyRules(block: unknown, rules: Rule[], meta: Meta): Leaf[] {
  const all = leaves(block);
  const used = new Set<string>();
  for (const [paths, rule] of rules) {
    for (const path of paths) {
      // A family given per part ({body, name}) is read at its body; the object itself is not a value.
      const value = all.find(([p]) => p.join('.') === path)?.[1];
      if (value !== undefined && rule(value, meta)) used.add(path);
    }
  }
  return all.filter(([path, value]) => !used.has(path.join('.')) && !isEmpty(value));
}
