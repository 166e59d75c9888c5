// Tailoring: a pure function of (résumé, selection). Untagged content is common to every variant and always
// kept; tagged content is kept when it shares a tag with the selection; excluded tags always drop.
import { UsageError, UserError } from '../errors.js';
import { type DataPath, displayPath } from './parse.js';
import { highlightText } from './prepare.js';
import type { Highlight, Resume, Variant } from './resume-types.js';
import { ENTRY_LISTS, sectionIds } from './sections.js';
import { didYouMean } from './suggest.js';
import { contentTags, highlightTags } from './tagged.js';

export interface Selection {
  tags?: readonly string[];
  excludeTags?: readonly string[];
  variant?: string;
}

export interface Decision {
  path: string;
  what: string;
  kept: boolean;
  reason: string;
}

export interface Tailored {
  resume: Resume;
  variant?: Variant;
  decisions: Decision[];
}

/** Checks names in a selection against the résumé, with suggestions; throws a UsageError listing what exists. */
export function checkSelection(resume: Resume, selection: Selection): void {
  const variants = Object.keys(resume.variants ?? {});
  if (selection.variant !== undefined && !variants.includes(selection.variant)) {
    const list = variants.length ? `variants: ${variants.join(', ')}` : 'this résumé defines no variants';
    throw new UsageError(
      `unknown variant "${selection.variant}"${didYouMean(selection.variant, variants)}; ${list}`,
    );
  }
  const tags = contentTags(resume);
  for (const tag of [...(selection.tags ?? []), ...(selection.excludeTags ?? [])]) {
    if (!tags.includes(tag)) {
      const list = tags.length ? `tags: ${tags.join(', ')}` : 'this résumé has no tags';
      throw new UsageError(`unknown tag "${tag}"${didYouMean(tag, tags)}; ${list}`);
    }
  }
}

export function tailorResume(input: Resume, selection: Selection = {}): Tailored {
  checkSelection(input, selection);
  const resume = structuredClone(input);
  const variant = selection.variant ? resume.variants?.[selection.variant] : undefined;
  const include = new Set([...(selection.tags ?? []), ...(variant?.tags ?? [])]);
  const exclude = new Set([...(selection.excludeTags ?? []), ...(variant?.excludeTags ?? [])]);
  const decisions: Decision[] = [];
  let matched = 0;

  /** Whether content with these tags stays, and why. */
  const judge = (tags: readonly string[] = []): { kept: boolean; selected: boolean; reason: string } => {
    const excluded = tags.filter((t) => exclude.has(t));
    if (excluded.length)
      return { kept: false, selected: false, reason: `excluded tag ${excluded.join(', ')}` };
    if (tags.length === 0)
      return { kept: true, selected: false, reason: 'untagged: common to every variant' };
    if (include.size === 0) return { kept: true, selected: false, reason: 'no tag selection' };
    const shared = tags.filter((t) => include.has(t));
    if (shared.length) {
      matched++;
      return { kept: true, selected: true, reason: `selected tag ${shared.join(', ')}` };
    }
    return { kept: false, selected: false, reason: `tags ${tags.join(', ')} not selected` };
  };
  const note = (path: DataPath, what: string, kept: boolean, reason: string) =>
    decisions.push({ path: displayPath(path), what, kept, reason });
  /** An entry first noted as kept, dropped once its bullets or items are known. */
  const overrule = (at: number, reason: string) =>
    Object.assign(decisions[at] ?? {}, { kept: false, reason });

  const keepHighlights = (list: Highlight[] | undefined, base: DataPath): Highlight[] | undefined => {
    if (!list) return undefined;
    const kept: Highlight[] = [];
    for (const [j, h] of list.entries()) {
      const verdict = judge(highlightTags(h));
      let reason = verdict.reason;
      let keep = verdict.kept;
      if (keep && variant?.maxHighlights !== undefined && kept.length >= variant.maxHighlights) {
        keep = false;
        reason = `over the variant's cap of ${variant.maxHighlights} bullets`;
      }
      note([...base, j], truncate(highlightText(h)), keep, reason);
      if (!keep) continue;
      const alt = typeof h === 'string' || !selection.variant ? undefined : h.alt?.[selection.variant];
      kept.push(alt && typeof h !== 'string' ? { ...h, text: alt } : h);
    }
    return kept;
  };

  const profiles = resume.basics.profiles;
  if (profiles) {
    resume.basics.profiles = profiles.filter((p, i) => {
      const v = judge(p.tags);
      note(['basics', 'profiles', i], p.network, v.kept, v.reason);
      return v.kept;
    });
  }

  for (const key of ENTRY_LISTS) {
    const list = resume[key] as { tags?: string[]; highlights?: Highlight[] }[] | undefined;
    if (!list) continue;
    const kept = list.filter((entry, i) => {
      const v = judge(entry.tags);
      const what = entryName(entry);
      if (!v.kept) {
        note([key, i], what, false, v.reason);
        return false;
      }
      // The entry's line comes before its bullets' in --explain, though it is decided after them.
      const at = note([key, i], what, true, v.reason) - 1;
      const had = entry.highlights?.length ?? 0;
      entry.highlights = keepHighlights(entry.highlights, [key, i, 'highlights']);
      if (had > 0 && entry.highlights?.length === 0 && !v.selected) {
        overrule(at, 'all its bullets were dropped');
        return false;
      }
      return true;
    });
    Object.assign(resume, { [key]: kept });
  }

  if (resume.sections) {
    resume.sections = resume.sections.filter((section, i) => {
      const v = judge(section.tags);
      if (!v.kept) {
        note(['sections', i], section.title, false, v.reason);
        return false;
      }
      const at = note(['sections', i], section.title, true, v.reason) - 1;
      section.items = section.items.filter((item, j) => {
        const iv = judge(item.tags);
        note(['sections', i, 'items', j], item.label ?? truncate(item.text), iv.kept, iv.reason);
        return iv.kept;
      });
      if (section.items.length === 0 && !v.selected) {
        overrule(at, 'all its items were dropped');
        return false;
      }
      return true;
    });
  }

  if (include.size > 0 && matched === 0) {
    const what = selection.variant ? `variant "${selection.variant}"` : `--tag ${[...include].join(',')}`;
    throw new UserError(`${what} selects nothing: no content carries ${[...include].join(' or ')}`);
  }

  if (variant && selection.variant) {
    // Text for this variant: written next to the default text (basics.alt) or in the variant itself.
    const alt = resume.basics.alt?.[selection.variant];
    const label = variant.label ?? alt?.label;
    const summary = variant.summary ?? alt?.summary;
    if (label) resume.basics.label = label;
    if (summary) resume.basics.summary = summary;
    if (variant.order) {
      // A variant's order also chooses: sections it does not list are left out.
      const order = variant.order;
      resume.meta = { ...resume.meta, order: [...order] };
      if (!order.includes('summary')) delete resume.basics.summary;
      for (const key of ENTRY_LISTS) if (!order.includes(key)) delete resume[key];
      if (resume.sections) resume.sections = resume.sections.filter((s) => order.includes(s.id));
      for (const id of sectionIds(input)) {
        if (!order.includes(id)) note([id], id, false, "section not in the variant's order");
      }
    }
  }
  return { resume, variant, decisions };
}

function entryName(entry: object): string {
  const e = entry as Record<string, unknown>;
  const parts = [
    e.position ?? e.studyType ?? e.title ?? e.language,
    e.name ?? e.institution ?? e.organization,
  ].filter((p): p is string => typeof p === 'string');
  return [...new Set(parts)].join(' · ');
}

function truncate(text: string, n = 70): string {
  const plain = text.replace(/\*\*|\*/g, '');
  return plain.length > n ? `${plain.slice(0, n - 1)}…` : plain;
}
