// Tailoring: a pure function of (résumé, selection). Untagged content is common to every variant and always
// kept; tagged content is kept when it shares a tag with the selection; excluded tags always drop.
import { UserError } from '../errors.js';
import { type DataPath, displayPath } from './parse.js';
import type { Highlight, Resume, Variant } from './resume-types.js';
import { type AnyEntry, ENTRY_LISTS, sectionIds, sectionSpec } from './sections.js';
import { didYouMean } from './suggest.js';
import { contentTags, isPrivate, tagsOf } from './tagged.js';
import { highlightText } from './view-parts.js';

export interface Selection {
  tags?: readonly string[];
  excludeTags?: readonly string[];
  variant?: string;
  /** Leave out private entries and bullets and basics.privateFields (also a variant's `public: true`). */
  public?: boolean;
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

/** Checks names in a selection against the résumé, with suggestions; throws a UserError listing what exists. */
export function checkSelection(resume: Resume, selection: Selection): void {
  const variants = Object.keys(resume.variants ?? {});
  if (selection.variant !== undefined && !variants.includes(selection.variant)) {
    const list = variants.length ? `variants: ${variants.join(', ')}` : 'this résumé defines no variants';
    throw new UserError(
      `unknown variant "${selection.variant}"${didYouMean(selection.variant, variants)}; ${list}`,
    );
  }
  const tags = contentTags(resume);
  for (const tag of [...(selection.tags ?? []), ...(selection.excludeTags ?? [])]) {
    if (!tags.includes(tag)) {
      const list = tags.length ? `tags: ${tags.join(', ')}` : 'this résumé has no tags';
      throw new UserError(`unknown tag "${tag}"${didYouMean(tag, tags)}; ${list}`);
    }
  }
}

interface Verdict {
  kept: boolean;
  selected: boolean;
  excluded?: boolean;
  reason: string;
}

export function tailorResume(input: Resume, selection: Selection = {}): Tailored {
  checkSelection(input, selection);
  const resume = structuredClone(input);
  const variant = selection.variant ? resume.variants?.[selection.variant] : undefined;
  const include = new Set([...(selection.tags ?? []), ...(variant?.tags ?? [])]);
  const exclude = new Set([...(selection.excludeTags ?? []), ...(variant?.excludeTags ?? [])]);
  const cancelled = [...include].filter((t) => exclude.has(t));
  if (cancelled.length) {
    throw new UserError(
      `the selection cancels itself: ${cancelled.join(', ')} ${cancelled.length === 1 ? 'is' : 'are'} both selected and excluded`,
    );
  }
  const decisions: Decision[] = [];
  let matched = 0;

  const publicBuild = Boolean(selection.public || variant?.public);

  /** Whether a piece of content (by its tags, and whether it is private) stays, and why. */
  const judge = (content: unknown): Verdict => {
    if (publicBuild && isPrivate(content))
      return {
        kept: false,
        selected: false,
        excluded: true,
        reason: 'private: withheld from a public build',
      };
    const tags = tagsOf(content);
    const excluded = tags.filter((t) => exclude.has(t));
    if (excluded.length)
      return {
        kept: false,
        selected: false,
        excluded: true,
        reason: `excluded ${plural('tag', excluded)} ${excluded.join(', ')}`,
      };
    if (tags.length === 0)
      return { kept: true, selected: false, reason: 'untagged: common to every variant' };
    if (include.size === 0) return { kept: true, selected: false, reason: 'no tag selection' };
    const shared = tags.filter((t) => include.has(t));
    if (shared.length) {
      matched++;
      return { kept: true, selected: true, reason: `selected ${plural('tag', shared)} ${shared.join(', ')}` };
    }
    return { kept: false, selected: false, reason: `${plural('tag', tags)} ${tags.join(', ')} not selected` };
  };
  const note = (path: DataPath, what: string, kept: boolean, reason: string) =>
    decisions.push({ path: displayPath(path), what, kept, reason });

  /** Bullets that stay: selected ones first under a variant's cap, then the others; source order kept. */
  const keepHighlights = (list: Highlight[], base: DataPath, entrySelected: boolean) => {
    const verdicts = list.map((h) => judge(h));
    const cap = variant?.maxHighlights;
    // Under a cap, bullets chosen for this selection (by tag or by text written for the variant) come first.
    const preferred = list.map(
      (h, i) =>
        verdicts[i]?.selected ||
        (typeof h !== 'string' &&
          selection.variant !== undefined &&
          h.alt?.[selection.variant] !== undefined),
    );
    const candidates = [...list.keys()].filter((i) => verdicts[i]?.kept);
    const ranked = [...candidates.filter((i) => preferred[i]), ...candidates.filter((i) => !preferred[i])];
    const within = new Set(cap === undefined ? ranked : ranked.slice(0, cap));
    const kept: Highlight[] = [];
    let selected = false;
    for (const [j, h] of list.entries()) {
      const verdict = verdicts[j] as Verdict;
      let { kept: keep, reason } = verdict;
      if (keep && !within.has(j)) {
        keep = false;
        reason = `over the variant's cap of ${cap} ${cap === 1 ? 'bullet' : 'bullets'}`;
      }
      selected ||= keep && verdict.selected;
      const alt = typeof h === 'string' || !selection.variant ? undefined : h.alt?.[selection.variant];
      const worded = keep && alt ? `; worded for "${selection.variant}"` : '';
      note([...base, j], truncate(highlightText(h)), keep, `${reason}${worded}`);
      if (!keep) continue;
      kept.push(alt && typeof h !== 'string' ? { ...h, text: alt } : h);
    }
    return { kept, selected: selected || entrySelected };
  };

  /**
   * The rule for an entry with parts (a job's bullets, a custom section's items): excluded → gone with its parts;
   * otherwise its parts are judged one by one, and the entry stays when it is untagged or selected itself, or when
   * one of its parts is selected. An untagged entry whose parts were all dropped goes too.
   */
  const judgeEntry = <T>(
    path: DataPath,
    what: string,
    entry: unknown,
    parts: T[] | undefined,
    keepParts: (parts: T[], entrySelected: boolean) => { kept: T[]; selected: boolean },
    partNoun: string,
  ): T[] | false => {
    const v = judge(entry);
    if (v.excluded || (!v.kept && !parts?.length)) {
      note(path, what, false, v.reason);
      return false;
    }
    // The entry's line comes before its parts' in --explain, though it is decided after them.
    const at = decisions.push({ path: displayPath(path), what, kept: true, reason: v.reason }) - 1;
    const { kept, selected } = keepParts(parts ?? [], v.selected);
    const decision = decisions[at] as Decision;
    if (!v.kept) {
      if (selected) decision.reason = `${v.reason}, but some of its ${partNoun} are selected`;
      else Object.assign(decision, { kept: false });
      return selected ? kept : false;
    }
    if ((parts?.length ?? 0) > 0 && kept.length === 0 && !v.selected) {
      Object.assign(decision, { kept: false, reason: `all its ${partNoun} were dropped` });
      return false;
    }
    return kept;
  };

  const profiles = resume.basics.profiles;
  if (profiles) {
    resume.basics.profiles = profiles.filter((p, i) => {
      const v = judge(p);
      note(['basics', 'profiles', i], p.network, v.kept, v.reason);
      return v.kept;
    });
  }

  for (const key of ENTRY_LISTS) {
    const list = resume[key] as { tags?: string[]; highlights?: Highlight[] }[] | undefined;
    if (!list) continue;
    const kept = list.filter((entry, i) => {
      const highlights = judgeEntry(
        [key, i],
        sectionSpec(key).name(entry as AnyEntry),
        entry,
        entry.highlights,
        (parts, sel) => keepHighlights(parts, [key, i, 'highlights'], sel),
        'bullets',
      );
      if (highlights === false) return false;
      if (entry.highlights) entry.highlights = highlights;
      return true;
    });
    Object.assign(resume, { [key]: kept });
  }

  if (resume.sections) {
    resume.sections = resume.sections.filter((section, i) => {
      const items = judgeEntry(
        ['sections', i],
        section.title,
        section,
        section.items,
        (parts) => {
          let selected = false;
          const kept = parts.filter((item, j) => {
            const iv = judge(item);
            selected ||= iv.selected;
            note(['sections', i, 'items', j], item.label ?? truncate(item.text), iv.kept, iv.reason);
            return iv.kept;
          });
          return { kept, selected };
        },
        'items',
      );
      if (items === false) return false;
      section.items = items;
      return true;
    });
  }

  if (publicBuild) {
    // Contact details kept for private copies: gone from a public one.
    for (const field of resume.basics.privateFields ?? []) {
      const [head, sub] = field.split('.') as [keyof typeof resume.basics, string | undefined];
      const holder = (sub ? resume.basics[head] : resume.basics) as Record<string, unknown> | undefined;
      const key = sub ?? head;
      if (holder?.[key] === undefined) continue;
      delete holder[key];
      note(['basics', ...field.split('.')], field, false, 'private: withheld from a public build');
    }
    delete resume.basics.privateFields;
  }

  if (include.size > 0 && matched === 0) {
    const what = selection.variant
      ? `variant "${selection.variant}"`
      : `the tag selection ${[...include].join(', ')}`;
    throw new UserError(`${what} selects nothing: no content carries ${[...include].join(' or ')}`);
  }

  if (variant && selection.variant) {
    // Text for this variant: written next to the default text (basics.alt) or in the variant itself.
    const alt = resume.basics.alt?.[selection.variant];
    const name = selection.variant;
    const label = variant.label ?? alt?.label;
    const summary = variant.summary ?? alt?.summary;
    const from = (field: string) =>
      `written for "${name}" in ${variant[field as 'label'] ? `variants.${name}.${field}` : `basics.alt.${name}.${field}`}`;
    if (label) {
      resume.basics.label = label;
      note(['basics', 'label'], `headline: ${truncate(label)}`, true, from('label'));
    }
    if (summary) {
      resume.basics.summary = summary;
      note(['basics', 'summary'], `summary: ${truncate(summary)}`, true, from('summary'));
    }
    if (variant.order) {
      // A variant's order also chooses: sections it does not list are left out.
      const order = variant.order;
      resume.meta = { ...resume.meta, order: [...order] };
      if (!order.includes('summary')) delete resume.basics.summary;
      for (const key of ENTRY_LISTS) if (!order.includes(key)) delete resume[key];
      if (resume.sections) resume.sections = resume.sections.filter((s) => order.includes(s.id));
      for (const id of presentSections(input)) {
        if (!order.includes(id)) note([id], id, false, "section not in the variant's order");
      }
    }
  }
  return { resume, variant, decisions };
}

/** The sections this résumé has content for (what --explain may say a variant leaves out). */
function presentSections(resume: Resume): string[] {
  return sectionIds(resume).filter((id) => {
    if (id === 'summary') return Boolean(resume.basics.summary);
    const list = (resume as unknown as Record<string, unknown>)[id];
    return Array.isArray(list) ? list.length > 0 : resume.sections?.some((s) => s.id === id);
  });
}

function plural(word: string, list: readonly unknown[]): string {
  return list.length === 1 ? word : `${word}s`;
}

function truncate(text: string, n = 70): string {
  const plain = text.replace(/\*\*|\*/g, '');
  return plain.length > n ? `${plain.slice(0, n - 1)}…` : plain;
}
