// Tailoring: a pure function of (résumé, selection). Untagged content is common to every variant and always
// kept; tagged content is kept when it shares a tag with the selection; excluded tags always drop.
import { UserError } from '../errors.js';
import { type DataPath, displayPath } from './parse.js';
import type { Highlight, Position, Resume, Variant } from './resume-types.js';
import { type AnyEntry, ENTRY_LISTS, sectionIds, sectionSpec } from './sections.js';
import { didYouMean } from './suggest.js';
import { contentTags, isPrivate, tagName, tagsOf } from './tagged.js';
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
  /** Relevance to the job posting the build is tailored to, and the posting's terms the item has. */
  score?: number;
  terms?: string[];
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
    if (!tags.includes(tagName(tag))) {
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

/** The selection resolved against the résumé: what to keep and drop, and the record of every decision. */
class Tailoring {
  readonly decisions: Decision[] = [];
  /** How many pieces of content were kept for sharing a selected tag. */
  matched = 0;
  readonly include: Set<string>;
  readonly exclude: Set<string>;
  readonly publicBuild: boolean;

  constructor(
    readonly selection: Selection,
    readonly variant: Variant | undefined,
  ) {
    this.include = new Set([...(selection.tags ?? []).map(tagName), ...(variant?.tags ?? [])]);
    this.exclude = new Set([...(selection.excludeTags ?? []).map(tagName), ...(variant?.excludeTags ?? [])]);
    const cancelled = [...this.include].filter((t) => this.exclude.has(t));
    if (cancelled.length)
      throw new UserError(
        `the selection cancels itself: ${cancelled.join(', ')} ${cancelled.length === 1 ? 'is' : 'are'} both selected and excluded`,
      );
    this.publicBuild = Boolean(selection.public || variant?.public);
  }

  /** Whether a piece of content (by its tags, and whether it is private) stays, and why. */
  judge(content: unknown): Verdict {
    if (this.publicBuild && isPrivate(content))
      return {
        kept: false,
        selected: false,
        excluded: true,
        reason: 'private: withheld from a public build',
      };
    const tags = tagsOf(content);
    const excluded = tags.filter((t) => this.exclude.has(t));
    if (excluded.length)
      return {
        kept: false,
        selected: false,
        excluded: true,
        reason: `excluded ${plural('tag', excluded)} ${excluded.join(', ')}`,
      };
    if (tags.length === 0)
      return { kept: true, selected: false, reason: 'untagged: common to every variant' };
    if (this.include.size === 0) return { kept: true, selected: false, reason: 'no tag selection' };
    const shared = tags.filter((t) => this.include.has(t));
    if (!shared.length)
      return {
        kept: false,
        selected: false,
        reason: `${plural('tag', tags)} ${tags.join(', ')} not selected`,
      };
    this.matched++;
    return { kept: true, selected: true, reason: `selected ${plural('tag', shared)} ${shared.join(', ')}` };
  }

  note(path: DataPath, what: string, kept: boolean, reason: string): Decision {
    const decision = { path: displayPath(path), what, kept, reason };
    this.decisions.push(decision);
    return decision;
  }

  /** The text this variant gives a bullet, if any. */
  altOf(h: Highlight): string | undefined {
    const name = this.selection.variant;
    return typeof h === 'string' || name === undefined ? undefined : h.alt?.[name];
  }

  /** Bullets that stay: selected ones first under a variant's cap, then the others; source order kept. */
  keepHighlights(list: Highlight[], base: DataPath, entrySelected: boolean): Parts<Highlight> {
    const verdicts = list.map((h) => this.judge(h));
    const cap = this.variant?.maxHighlights;
    // Under a cap, bullets chosen for this selection (by tag or by text written for the variant) come first.
    const preferred = list.map((h, i) => verdicts[i]?.selected || this.altOf(h) !== undefined);
    const eligible = [...list.keys()].filter((i) => verdicts[i]?.kept);
    const ranked = [...eligible.filter((i) => preferred[i]), ...eligible.filter((i) => !preferred[i])];
    const within = new Set(cap === undefined ? ranked : ranked.slice(0, cap));
    const kept: Highlight[] = [];
    const candidates: Decision[] = [];
    let selected = entrySelected;
    for (const [j, h] of list.entries()) {
      const verdict = verdicts[j] as Verdict;
      const overCap = verdict.kept && !within.has(j);
      const keep = verdict.kept && !overCap;
      const alt = keep ? this.altOf(h) : undefined;
      const reason = overCap
        ? `over the variant's cap of ${cap} ${cap === 1 ? 'bullet' : 'bullets'}`
        : `${verdict.reason}${alt ? `; worded for "${this.selection.variant}"` : ''}`;
      const note = this.note([...base, j], truncate(highlightText(h)), keep, reason);
      if (verdict.kept) candidates.push(note);
      selected ||= keep && verdict.selected;
      if (keep) kept.push(alt && typeof h !== 'string' ? { ...h, text: alt } : h);
    }
    return { kept, selected, candidates };
  }

  /**
   * The rule for an entry with parts (a job's bullets, a custom section's items): excluded → gone with its parts;
   * otherwise its parts are judged one by one, and the entry stays when it is untagged or selected itself, or when
   * one of its parts is selected. An untagged entry whose parts were all dropped goes too. When the entry goes,
   * so do its parts, and --explain says so.
   */
  judgeEntry<T>(
    path: DataPath,
    what: string,
    entry: unknown,
    parts: T[] | undefined,
    keepParts: (parts: T[], entrySelected: boolean) => Parts<T>,
    partNoun: string,
  ): T[] | false {
    const v = this.judge(entry);
    if (v.excluded || (!v.kept && !parts?.length)) {
      this.note(path, what, false, v.reason);
      return false;
    }
    // The entry's line comes before its parts' in --explain, though it is decided after them.
    const decision = this.note(path, what, true, v.reason);
    const { kept, selected, candidates } = keepParts(parts ?? [], v.selected);
    const drop = (reason: string) => {
      Object.assign(decision, { kept: false, reason });
      // Parts that stayed on their own (or were only over a cap) go with their entry, and --explain says so.
      for (const n of candidates)
        Object.assign(n, { kept: false, reason: `its entry ${displayPath(path)} was dropped` });
      return false as const;
    };
    if (!v.kept) {
      if (!selected) return drop(v.reason);
      decision.reason = `${v.reason}, but some of its ${partNoun} are selected`;
      return kept;
    }
    if ((parts?.length ?? 0) > 0 && kept.length === 0 && !v.selected)
      return drop(`all its ${partNoun} were dropped`);
    return kept;
  }
}

/** The parts of an entry that stay, whether any was selected, and the decisions noted for the parts that would
 * stay on their own (a variant's cap aside). */
interface Parts<T> {
  kept: T[];
  selected: boolean;
  candidates: Decision[];
}

export function tailorResume(input: Resume, selection: Selection = {}): Tailored {
  checkSelection(input, selection);
  const resume = structuredClone(input);
  const variant = selection.variant ? resume.variants?.[selection.variant] : undefined;
  const t = new Tailoring(selection, variant);
  tailorProfiles(t, resume);
  tailorLists(t, resume);
  tailorCustomSections(t, resume);
  if (t.publicBuild) withholdPrivateFields(t, resume);
  if (t.include.size > 0 && t.matched === 0) {
    const tags = [...t.include];
    const what = selection.variant
      ? `variant "${selection.variant}"`
      : `the tag selection ${tags.join(', ')}`;
    throw new UserError(`${what} selects nothing: no content carries ${tags.join(' or ')}`);
  }
  if (variant && selection.variant) applyVariant(t, resume, input, selection.variant, variant);
  return { resume, variant, decisions: t.decisions };
}

function tailorProfiles(t: Tailoring, resume: Resume): void {
  const profiles = resume.basics.profiles;
  if (!profiles) return;
  resume.basics.profiles = profiles.filter((p, i) => {
    const v = t.judge(p);
    t.note(['basics', 'profiles', i], p.network, v.kept, v.reason);
    return v.kept;
  });
}

function tailorLists(t: Tailoring, resume: Resume): void {
  for (const key of ENTRY_LISTS) {
    const list = resume[key] as TailoredEntry[] | undefined;
    if (!list) continue;
    const kept = list.filter((entry, i) => {
      const what = sectionSpec(key).name(entry as AnyEntry);
      if (entry.positions?.length) return tailorRoles(t, entry, [key, i], what);
      const highlights = t.judgeEntry(
        [key, i],
        what,
        entry,
        entry.highlights,
        (parts, selected) => t.keepHighlights(parts, [key, i, 'highlights'], selected),
        'bullets',
      );
      if (highlights === false) return false;
      if (entry.highlights) entry.highlights = highlights;
      return true;
    });
    Object.assign(resume, { [key]: kept });
  }
}

type TailoredEntry = { tags?: string[]; highlights?: Highlight[]; positions?: Position[] };

/** A job with several roles: its roles are its parts, each judged like an entry (by its tags, with its bullets),
 * so a selection can keep one role of a job and leave another. */
function tailorRoles(t: Tailoring, entry: TailoredEntry, path: DataPath, what: string): boolean {
  const roles = t.judgeEntry(
    path,
    what,
    entry,
    entry.positions,
    (parts) => {
      const from = t.decisions.length;
      let selected = false;
      const kept = parts.filter((role, j) => {
        const matched = t.matched;
        const at = [...path, 'positions', j];
        const highlights = t.judgeEntry(
          at,
          role.position ?? what,
          role,
          role.highlights,
          (bullets, chosen) => t.keepHighlights(bullets, [...at, 'highlights'], chosen),
          'bullets',
        );
        if (highlights === false) return false;
        selected ||= t.matched > matched;
        if (role.highlights) role.highlights = highlights;
        return true;
      });
      // What stayed of its roles goes with the job if the job goes.
      return { kept, selected, candidates: t.decisions.slice(from).filter((d) => d.kept) };
    },
    'roles',
  );
  if (roles === false) return false;
  entry.positions = roles;
  if (entry.highlights)
    entry.highlights = t.keepHighlights(entry.highlights, [...path, 'highlights'], false).kept;
  return true;
}

function tailorCustomSections(t: Tailoring, resume: Resume): void {
  if (!resume.sections) return;
  resume.sections = resume.sections.filter((section, i) => {
    const items = t.judgeEntry(
      ['sections', i],
      section.title,
      section,
      section.items,
      (parts) => {
        let selected = false;
        const candidates: Decision[] = [];
        const kept = parts.filter((item, j) => {
          const iv = t.judge(item);
          selected ||= iv.selected;
          const at = ['sections', i, 'items', j];
          const note = t.note(at, item.label ?? truncate(item.text), iv.kept, iv.reason);
          if (iv.kept) candidates.push(note);
          // An item's bullets are judged as an entry's, and go with it.
          if (iv.kept && item.highlights)
            item.highlights = t.keepHighlights(item.highlights, [...at, 'highlights'], iv.selected).kept;
          return iv.kept;
        });
        return { kept, selected, candidates };
      },
      'items',
    );
    if (items === false) return false;
    section.items = items;
    return true;
  });
}

/** Contact details kept for private copies: gone from a public one. */
function withholdPrivateFields(t: Tailoring, resume: Resume): void {
  for (const field of resume.basics.privateFields ?? []) {
    const [head, sub] = field.split('.') as [keyof typeof resume.basics, string | undefined];
    const holder = (sub ? resume.basics[head] : resume.basics) as Record<string, unknown> | undefined;
    const key = sub ?? head;
    if (holder?.[key] === undefined) continue;
    delete holder[key];
    t.note(['basics', ...field.split('.')], field, false, 'private: withheld from a public build');
  }
  delete resume.basics.privateFields;
}

/** A variant's own headline and summary (written in the variant or in basics.alt), and its order of sections,
 * which also chooses them. */
function applyVariant(t: Tailoring, resume: Resume, input: Resume, name: string, variant: Variant): void {
  const alt = resume.basics.alt?.[name];
  const label = variant.label ?? alt?.label;
  const summary = variant.summary ?? alt?.summary;
  const from = (field: 'label' | 'summary') =>
    `written for "${name}" in ${variant[field] ? `variants.${name}.${field}` : `basics.alt.${name}.${field}`}`;
  if (label) {
    resume.basics.label = label;
    t.note(['basics', 'label'], `headline: ${truncate(label)}`, true, from('label'));
  }
  if (summary) {
    resume.basics.summary = summary;
    t.note(['basics', 'summary'], `summary: ${truncate(summary)}`, true, from('summary'));
  }
  const order = variant.order;
  if (!order) return;
  resume.meta = { ...resume.meta, order: [...order] };
  if (!order.includes('summary')) delete resume.basics.summary;
  for (const key of ENTRY_LISTS) if (!order.includes(key)) delete resume[key];
  if (resume.sections) resume.sections = resume.sections.filter((s) => order.includes(s.id));
  for (const id of presentSections(input)) {
    if (order.includes(id)) continue;
    // What was kept inside a section the variant leaves out is not in the output either: say so.
    const custom = input.sections?.findIndex((s) => s.id === id) ?? -1;
    const at = id === 'summary' ? 'basics.summary' : custom >= 0 ? `sections[${custom}]` : id;
    const inside = (path: string) => path === at || path.startsWith(`${at}[`) || path.startsWith(`${at}.`);
    for (const d of t.decisions)
      if (d.kept && inside(d.path))
        Object.assign(d, { kept: false, reason: `its section ${id} is not in the variant's order` });
    t.note([id], id, false, "section not in the variant's order");
  }
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
