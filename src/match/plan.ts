// What the tailoring stage does with a posting: the order of entries, bullets, skill groups and custom items by
// relevance (ties keep the source order; a history and any dated list keep theirs), and what to drop first when
// the pages are full: the least relevant bullets (the oldest roles first at equal relevance; never the last bullet
// of an entry, of one of its roles (work[].positions) or of a custom item, never the summary), then the least
// relevant entries of long lists (publications, talks: never the few most relevant of a list, never a job or a
// degree). It selects and orders the person's own text; it never writes any.
import { type BulletList, bulletLists } from '../core/entry-parts.js';
import { type DataPath, displayPath } from '../core/parse.js';
import type { Resume } from '../core/resume-types.js';
import { CUSTOM_ITEM_DATES, ENTRY_LISTS, sectionSpec } from '../core/sections.js';
import { type MatchOptions, scoreUnits, type UnitScore } from './score.js';
import type { PostingAnalysis } from './terms.js';

/** A list's indices, most relevant first: "work", "work[0].highlights", "skills", "sections[0].items". */
export interface ListOrder {
  path: string;
  order: number[];
}

export interface TailoringPlan {
  orders: ListOrder[];
  /** Paths to drop, the first to drop first: every droppable bullet, then whole entries of long lists. */
  dropOrder: string[];
  /** Every unit's relevance (see scoreUnits). */
  scores: UnitScore[];
}

/** How many of a long list's most relevant entries stay, however full the pages. */
export const KEEP_PER_LIST = 3;

interface Droppable {
  path: string;
  score: number;
  /** Its position within its list (a bullet's among its entry's); 0 for an entry. */
  index: number;
  /** When it (or its entry, or role) ended, see ageOf. */
  age: string;
  entryIndex: number;
}

type Score = (path: string) => number;

export function planTailoring(
  resume: Resume,
  analysis: PostingAnalysis,
  options: MatchOptions = {},
): TailoringPlan {
  const scores = scoreUnits(resume, analysis, options);
  const scoreOf = new Map(scores.map((s) => [s.path, s.score]));
  const score: Score = (path) => scoreOf.get(path) ?? 0;
  const included = options.isIncluded ?? (() => true);
  const orders: ListOrder[] = [];
  const bullets: Droppable[] = [];
  const entries: Droppable[] = [];
  // An entry's bullets (its roles', a custom item's) ranked, and those that may go; a role's are as old as it is.
  const rankEntryBullets = (entry: unknown, at: DataPath, index: number) => {
    for (const bulletList of bulletLists(entry, at)) {
      const order = rankBullets(bulletList, score, scoreOf);
      if (!order) continue;
      orders.push(order);
      bullets.push(...droppableBullets(order, score, ageOf(bulletList.part.value), index));
    }
  };
  const data = resume as unknown as Record<string, unknown>;
  for (const key of ENTRY_LISTS) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    const spec = sectionSpec(key);
    const kept = list.map((_, i) => i).filter((i) => included(`${key}[${i}]`));
    const ranked = byRelevance(kept, (i) => score(`${key}[${i}]`));
    // A history, and any list with dates, stays in its order: relevance chooses what stays, not where.
    orders.push({ path: key, order: spec.chronological || isDated(list, spec.dates) ? kept : ranked });
    if (spec.selective) entries.push(...droppableEntries(key, list, ranked, score));
    for (const i of kept) rankEntryBullets(list[i], [key, i], i);
  }
  (resume.sections ?? []).forEach((section, i) => {
    const list = section?.items ?? [];
    const path = `sections[${i}].items`;
    const scored = list.map((_, j) => j).filter((j) => scoreOf.has(`${path}[${j}]`));
    if (!scored.length) return;
    const ranked = byRelevance(scored, (j) => score(`${path}[${j}]`));
    orders.push({ path, order: isDated(list, CUSTOM_ITEM_DATES) ? scored : ranked });
    entries.push(...droppableEntries(path, list, ranked, score));
    for (const j of scored) rankEntryBullets(list[j], ['sections', i, 'items', j], j);
  });
  return { orders, dropOrder: [...dropOrder(bullets), ...dropOrder(entries)], scores };
}

/** A list of bullets (an entry's, or one of its roles') most relevant first; none when none of them is scored
 * (a role left out of the build). */
function rankBullets(list: BulletList, score: Score, scoreOf: Map<string, number>): ListOrder | undefined {
  const path = displayPath(list.path);
  const bullets = list.bullets.map((_, j) => j).filter((j) => scoreOf.has(`${path}[${j}]`));
  if (!bullets.length) return undefined;
  return { path, order: byRelevance(bullets, (j) => score(`${path}[${j}]`)) };
}

/** The bullets of a ranked list that may go: all but its most relevant, so an entry, and each of its roles,
 * never loses its last one. */
function droppableBullets(
  { path, order }: ListOrder,
  score: Score,
  age: string,
  entryIndex: number,
): Droppable[] {
  return order.slice(1).map((index) => ({
    path: `${path}[${index}]`,
    score: score(`${path}[${index}]`),
    index,
    age,
    entryIndex,
  }));
}

/** Indices, highest score first; equal scores keep their order. */
function byRelevance(indices: number[], score: (i: number) => number): number[] {
  return [...indices].sort((a, b) => score(b) - score(a) || a - b);
}

/** Whether any entry of a list has a date: its order then is a time line the author chose. */
function isDated(list: readonly unknown[], fields: readonly string[]): boolean {
  return list.some((entry) => fields.some((f) => dateOf(entry, f) !== ''));
}

/** A list's entries beyond its KEEP_PER_LIST most relevant (`ranked`), which may go to fit the pages. */
function droppableEntries(
  path: string,
  list: readonly unknown[],
  ranked: number[],
  score: Score,
): Droppable[] {
  return ranked.slice(KEEP_PER_LIST).map((i) => ({
    path: `${path}[${i}]`,
    score: score(`${path}[${i}]`),
    index: 0,
    age: ageOf(list[i]),
    entryIndex: i,
  }));
}

function dateOf(entry: unknown, field: string): string {
  const value = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** When an entry ended ("9999" while it goes on, "" when undated): comparing these puts older entries first. */
function ageOf(entry: unknown): string {
  const ended = dateOf(entry, 'endDate') || dateOf(entry, 'date') || dateOf(entry, 'releaseDate');
  return ended || (dateOf(entry, 'startDate') ? '9999' : '');
}

/** Least relevant first; at equal relevance the older entry's (lists run newest first, so a later entry is
 * older at equal dates), then an entry's later bullet. */
function dropOrder(droppable: Droppable[]): string[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...droppable]
    .sort(
      (a, b) =>
        a.score - b.score ||
        cmp(a.age, b.age) ||
        b.entryIndex - a.entryIndex ||
        b.index - a.index ||
        cmp(a.path, b.path),
    )
    .map((d) => d.path);
}
