// What the tailoring stage does with a posting: the order of entries, bullets, skill groups and custom items by
// relevance (ties keep the source order), and the bullets to drop first when the pages are full (least relevant
// first, the oldest roles first at equal relevance; never the last bullet of an entry or of one of its roles
// (work[].positions), never the summary). It selects and orders the person's own text; it never writes any.
import { type BulletList, bulletLists } from '../core/entry-parts.js';
import { displayPath } from '../core/parse.js';
import type { Resume } from '../core/resume-types.js';
import { ENTRY_LISTS, sectionSpec } from '../core/sections.js';
import { type MatchOptions, scoreUnits, type UnitScore } from './score.js';
import type { PostingAnalysis } from './terms.js';

/** A list's indices, most relevant first: "work", "work[0].highlights", "skills", "sections[0].items". */
export interface ListOrder {
  path: string;
  order: number[];
}

export interface TailoringPlan {
  orders: ListOrder[];
  /** Bullet paths, the first to drop first. */
  dropOrder: string[];
  /** Every unit's relevance (see scoreUnits). */
  scores: UnitScore[];
}

interface Bullet {
  path: string;
  score: number;
  index: number;
  entryAge: string;
  entryIndex: number;
}

export function planTailoring(
  resume: Resume,
  analysis: PostingAnalysis,
  options: MatchOptions = {},
): TailoringPlan {
  const scores = scoreUnits(resume, analysis, options);
  const scoreOf = new Map(scores.map((s) => [s.path, s.score]));
  const included = options.isIncluded ?? (() => true);
  const orders: ListOrder[] = [];
  const droppable: Bullet[] = [];
  const data = resume as unknown as Record<string, unknown>;
  for (const key of ENTRY_LISTS) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    const entries = list.map((_, i) => i).filter((i) => included(`${key}[${i}]`));
    // A history stays in date order: only what is inside its entries is ranked.
    if (!sectionSpec(key).chronological)
      orders.push({ path: key, order: byRelevance(entries, (i) => scoreOf.get(`${key}[${i}]`) ?? 0) });
    for (const i of entries)
      for (const bullets of bulletLists(list[i], [key, i])) {
        const order = rankBullets(bullets, scoreOf);
        if (!order) continue;
        orders.push(order);
        // A role's bullets are as old as the role.
        droppable.push(...droppableBullets(order, scoreOf, ageOf(bullets.part.value), i));
      }
  }
  (resume.sections ?? []).forEach((section, i) => {
    const items = (section?.items ?? [])
      .map((_, j) => j)
      .filter((j) => scoreOf.has(`sections[${i}].items[${j}]`));
    if (items.length)
      orders.push({
        path: `sections[${i}].items`,
        order: byRelevance(items, (j) => scoreOf.get(`sections[${i}].items[${j}]`) ?? 0),
      });
  });
  return { orders, dropOrder: dropOrder(droppable), scores };
}

/** A list of bullets (an entry's, or one of its roles') most relevant first; none when none of them is scored
 * (a role left out of the build). */
function rankBullets(list: BulletList, scoreOf: Map<string, number>): ListOrder | undefined {
  const path = displayPath(list.path);
  const bullets = list.bullets.map((_, j) => j).filter((j) => scoreOf.has(`${path}[${j}]`));
  if (!bullets.length) return undefined;
  return { path, order: byRelevance(bullets, (j) => scoreOf.get(`${path}[${j}]`) ?? 0) };
}

/** The bullets of a ranked list that may go: all but its most relevant, so an entry, and each of its roles,
 * never loses its last one. */
function droppableBullets(
  { path, order }: ListOrder,
  scoreOf: Map<string, number>,
  entryAge: string,
  entryIndex: number,
): Bullet[] {
  return order.slice(1).map((index) => {
    const bulletPath = `${path}[${index}]`;
    return { path: bulletPath, score: scoreOf.get(bulletPath) ?? 0, index, entryAge, entryIndex };
  });
}

/** Indices, highest score first; equal scores keep their order. */
function byRelevance(indices: number[], score: (i: number) => number): number[] {
  return [...indices].sort((a, b) => score(b) - score(a) || a - b);
}

/** When an entry ended ("9999" while it goes on, "" when undated): comparing these puts older entries first. */
function ageOf(entry: unknown): string {
  const { startDate, endDate } = (entry ?? {}) as { startDate?: unknown; endDate?: unknown };
  if (typeof endDate === 'string' && endDate) return endDate;
  return typeof startDate === 'string' && startDate ? '9999' : '';
}

/** Least relevant first; at equal relevance the older entry's (lists run newest first, so a later entry is
 * older at equal dates), then an entry's later bullet. */
function dropOrder(bullets: Bullet[]): string[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...bullets]
    .sort(
      (a, b) =>
        a.score - b.score ||
        cmp(a.entryAge, b.entryAge) ||
        b.entryIndex - a.entryIndex ||
        b.index - a.index ||
        cmp(a.path, b.path),
    )
    .map((b) => b.path);
}
