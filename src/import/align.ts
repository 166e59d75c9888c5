// Which entry of one list is which entry of the same list in another language. A translation keeps the
// anchors (dates, links) and usually the order; names may be translated or not. So: by position when the lists
// agree there, else by anchors, else by a text both write alike; what stays ambiguous is left unpaired, never
// guessed.
import { DATE_FIELDS } from '../core/sections.js';
import { isRecord } from '../core/text-slots.js';

export interface Alignment {
  /** [index in the target list, index in the other list] */
  pairs: [number, number][];
  onlyTarget: number[];
  onlyOther: number[];
}

/** Values of these fields an entry keeps in every language: its dates. Links and addresses mostly too, but a
 * site's page in each language is common (fh-aachen.de/en, fh-aachen.de): the same link tells, another does not
 * tell apart. */
const DATES = [...DATE_FIELDS];
const LINKS = ['url', 'email'];

function shared(a: unknown, b: unknown, keys: string[]): [string, string][] {
  if (!isRecord(a) || !isRecord(b)) return [];
  return keys
    .filter((k) => typeof a[k] === 'string' && typeof b[k] === 'string')
    .map((k) => [a[k] as string, b[k] as string]);
}

/** Two dates name the same time at the precision both give: one file's 2021-04 is the other's 2021-04-30 (an
 * export that writes days, or a translation kept by hand with months only). */
function sameDate(x: string, y: string): boolean {
  const n = Math.min(x.trim().length, y.trim().length);
  return n > 0 && x.trim().slice(0, n) === y.trim().slice(0, n);
}

/** Two entries are the same one, or surely not, or cannot be told apart by their anchors. */
function verdict(a: unknown, b: unknown): 'same' | 'conflict' | 'unknown' {
  const dates = shared(a, b, DATES);
  if (dates.length) return dates.every(([x, y]) => sameDate(x, y)) ? 'same' : 'conflict';
  const links = shared(a, b, LINKS);
  return links.length && links.every(([x, y]) => x === y) ? 'same' : 'unknown';
}

/** Every text of a value, trimmed (a name kept the same in both languages is one). */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (isRecord(value)) return Object.values(value).flatMap(textsIn);
  return [];
}

export function align(target: readonly unknown[], other: readonly unknown[]): Alignment {
  const byPosition =
    target.length === other.length && target.every((t, i) => verdict(t, other[i]) !== 'conflict');
  if (byPosition) return { pairs: target.map((_, i) => [i, i]), onlyTarget: [], onlyOther: [] };
  const pairs: [number, number][] = [];
  const free = { target: new Set(target.keys()), other: new Set(other.keys()) };
  const take = (i: number, j: number) => {
    pairs.push([i, j]);
    free.target.delete(i);
    free.other.delete(j);
  };
  pairUniquely(free, (i, j) => verdict(target[i], other[j]) === 'same', take);
  const alike = (i: number, j: number) => {
    if (verdict(target[i], other[j]) === 'conflict') return false;
    const texts = new Set(textsIn(target[i]));
    return textsIn(other[j]).some((t) => t !== '' && texts.has(t));
  };
  pairUniquely(free, alike, take);
  pairs.sort((p, q) => p[0] - q[0]);
  return { pairs, onlyTarget: [...free.target], onlyOther: [...free.other] };
}

/** Pairs what matches exactly one free entry on each side; entries with the same anchors on both sides in equal
 * numbers (two roles of the same dates) are paired in their order. */
function pairUniquely(
  free: { target: Set<number>; other: Set<number> },
  matches: (i: number, j: number) => boolean,
  take: (i: number, j: number) => void,
): void {
  for (const j of [...free.other]) {
    if (!free.other.has(j)) continue;
    const candidates = [...free.target].filter((i) => matches(i, j));
    const rivals = [...free.other].filter((k) => candidates.some((i) => matches(i, k)));
    const group = candidates.every((i) => rivals.every((k) => matches(i, k)));
    if (candidates.length > 0 && candidates.length === rivals.length && group)
      for (const [n, k] of rivals.entries()) take(candidates[n] as number, k);
  }
}
