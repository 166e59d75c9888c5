// Tailoring to a posting, once tags and the variant have chosen what stays: entries, bullets, skill groups and custom
// items in order of relevance (the most relevant first; a dated list and --keep-order keep the source's order), and
// what to drop first when the pages are full: bullets, then the least relevant entries of long lists. It orders and
// removes the person's own text; it never writes any.
import type { Resume } from '../core/resume-types.js';
import { ENTRY_LISTS, type EntryListKey, sectionSpec } from '../core/sections.js';
import type { Decision, Tailored } from '../core/tailor.js';
import type { Job, TailoringPlan } from './job.js';

export interface Relevance {
  job: Job;
  /** Scores, orders and the drop order, on the tailored résumé (its own paths). */
  plan: TailoringPlan;
  /** Keep the source's order; relevance then only chooses what to drop. */
  keepOrder: boolean;
  /** Bold the posting's terms in the bullets kept. */
  emphasize: boolean;
  /** A path of the tailored résumé → the same item's path in the source, as --explain and the manifest say it. */
  sourcePath(path: string): string;
}

export function relevanceOf(
  tailored: Tailored,
  job: Job,
  options: { keepOrder?: boolean; emphasize?: boolean } = {},
): Relevance {
  return {
    job,
    plan: job.plan(tailored.resume),
    keepOrder: Boolean(options.keepOrder),
    emphasize: Boolean(options.emphasize),
    sourcePath: sourcePaths(tailored.decisions),
  };
}

type Path = (string | number)[];

/** "work[2].highlights" → ["work", 2, "highlights"] */
function segments(path: string): Path {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] as string) : Number(m[2]),
  );
}

function listAt(resume: Resume, path: Path): unknown[] | undefined {
  let value: unknown = resume;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return Array.isArray(value) ? value : undefined;
}

/** The tailored résumé in order of relevance, without the bullets `dropped` names (in its own paths). */
export function arrange(
  resume: Resume,
  relevance: Relevance,
  dropped: ReadonlySet<string> = new Set(),
): Resume {
  const out = structuredClone(resume);
  // Lists inside entries first: an entry then moves with its bullets already in place.
  const orders = relevance.plan.orders
    .map((o) => ({ ...o, at: segments(o.path) }))
    .sort((a, b) => b.at.length - a.at.length);
  for (const { path, order, at } of orders) {
    const list = listAt(out, at);
    if (!list) continue;
    const listed = new Set(order);
    const rest = [...list.keys()].filter((i) => !listed.has(i));
    const indices = relevance.keepOrder ? [...list.keys()] : [...order, ...rest];
    const kept = indices.filter((i) => !dropped.has(`${path}[${i}]`)).map((i) => list[i]);
    list.splice(0, list.length, ...kept);
  }
  return out;
}

/** The name of the list an entry's path is in: "publications" for publications[3], a custom section's title for
 * sections[1].items[4]; none for any other path (a bullet). */
export function listOf(resume: Resume, path: string): string | undefined {
  const custom = /^sections\[(\d+)\]\.items\[\d+\]$/.exec(path);
  if (custom) return resume.sections?.[Number(custom[1])]?.title ?? 'sections';
  return /^(\w+)\[\d+\]$/.exec(path)?.[1];
}

/** The sections a variant's order could leave out first: long lists (see planTailoring) none of whose entries has
 * a term of the posting, by the ids an order names ("publications", a custom section's id). */
export function unmatchedSections(resume: Resume, relevance: Relevance): string[] {
  const best = new Map<string, number>();
  const isLong = (key: string) =>
    (ENTRY_LISTS as string[]).includes(key) && sectionSpec(key as EntryListKey).selective;
  for (const { path, score } of relevance.plan.scores) {
    const custom = /^sections\[(\d+)\]/.exec(path);
    const key = /^(\w+)\[/.exec(path)?.[1] ?? '';
    const id = custom ? resume.sections?.[Number(custom[1])]?.id : isLong(key) ? key : undefined;
    if (id) best.set(id, Math.max(best.get(id) ?? 0, score));
  }
  return [...best].filter(([, score]) => score === 0).map(([id]) => id);
}

/** A path of a tailored résumé → the same item's path in its source. Tailoring filters lists but never reorders
 * them: the n-th item kept in a list is its n-th kept decision. */
export function sourcePaths(decisions: Decision[]): (path: string) => string {
  const kept = new Map<string, number[]>();
  for (const d of decisions) {
    const m = /^(.*)\[(\d+)\]$/.exec(d.path);
    if (!m) continue;
    const list = kept.get(m[1] as string) ?? [];
    if (d.kept) list.push(Number(m[2]));
    kept.set(m[1] as string, list);
  }
  return (path) => {
    let out = '';
    for (const key of segments(path)) {
      if (typeof key === 'string') out += out ? `.${key}` : key;
      else out += `[${kept.get(out)?.[key] ?? key}]`;
    }
    return out;
  };
}

/** --explain: each decision with its item's relevance, and the bullets the page budget dropped (tailored paths)
 * said dropped, with why. */
export function scoredDecisions(
  decisions: Decision[],
  relevance: Relevance,
  cut: { paths: readonly string[]; reason: string } = { paths: [], reason: '' },
): Decision[] {
  const scores = new Map(relevance.plan.scores.map((s) => [relevance.sourcePath(s.path), s]));
  const cutPaths = new Set(cut.paths.map(relevance.sourcePath));
  // What is inside an entry that goes (a project's bullets) goes with it.
  const inCut = (path: string) =>
    cutPaths.has(path) || [...path.matchAll(/[.[]/g)].some((m) => cutPaths.has(path.slice(0, m.index)));
  return decisions.map((d) => {
    const s = scores.get(d.path);
    const scored: Decision = s ? { ...d, score: s.score, terms: s.terms } : d;
    return d.kept && inCut(d.path) ? { ...scored, kept: false, reason: cut.reason } : scored;
  });
}
