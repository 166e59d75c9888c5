// The pieces a section's view is built from: entries, keyword groups, labelled items, and text split into
// paragraphs and bullets. Shared by the section table (sections.ts) and prepare.ts. Pure: no I/O.

import type { LocaleRecord } from './locales.js';
import { type Inline, parseInline } from './markdown.js';
import type { Highlight } from './resume-types.js';
import type { KeywordGroup, LabelledItem, ViewEntry } from './view.js';

/** An address a mail program accepts (a written-out "name {at} host" is text, not an address). */
export const isEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);

export function highlightText(h: Highlight): string {
  return typeof h === 'string' ? h : h.text;
}

/** An entry's text: its paragraphs, then the bullets written inside that text, then its highlights. */
export function describe(texts: (string | undefined)[], list: Highlight[] | undefined) {
  const { paragraphs, bullets } = textBlocks(texts.filter(Boolean).join('\n\n'));
  return { description: paragraphs, highlights: [...bullets, ...highlights(list)] };
}

function highlights(list: Highlight[] | undefined): Inline[][] {
  return (list ?? []).map((h) => parseInline(highlightText(h)));
}

/** A text field as paragraphs and bullets: blank lines separate paragraphs, a single newline is a line break,
 * and lines starting with "- ", "* " or "• " are bullets (how JSON Resume authors write lists in a summary). */
export function textBlocks(text: string | undefined): { paragraphs: Inline[][]; bullets: Inline[][] } {
  const paragraphs: Inline[][] = [];
  const bullets: Inline[][] = [];
  for (const block of (text ?? '').split(/\n\s*\n/)) {
    const lines: string[] = [];
    const flush = () => {
      if (lines.length)
        paragraphs.push(
          lines.flatMap((l, i): Inline[] => [...(i ? [{ type: 'break' as const }] : []), ...parseInline(l)]),
        );
      lines.length = 0;
    };
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      const bullet = /^[-*•]\s+(.*)$/.exec(line);
      if (bullet) {
        flush();
        bullets.push(parseInline(bullet[1] ?? ''));
      } else if (line) lines.push(line);
    }
    flush();
  }
  return { paragraphs, bullets };
}

export function paragraphs(text: string | undefined): Inline[][] {
  const { paragraphs, bullets } = textBlocks(text);
  // Where bullets have no list of their own (a reference, a summary of an award), they stay lines of text.
  return [...paragraphs, ...bullets.map((b): Inline[] => [{ type: 'text', text: '• ' }, ...b])];
}

/** A publication's DOI as a line of text when its address is a DOI's (https://doi.org/10.…), as RenderCV prints
 * it under the authors: a printed copy keeps it. Plain, since the title links to it already. None when the
 * summary says it. */
export function doiLine(url: string | undefined, summary: string | undefined): Inline[][] {
  const doi = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S+)$/i.exec(url ?? '')?.[1];
  return doi && !summary?.includes(doi) ? [[{ type: 'text', text: doi }]] : [];
}

/** Keys of the view whose strings are addresses or names of things, not text. */
const NOT_TEXT = new Set(['href', 'orgHref', 'url', 'id', 'kind', 'type']);

/** A part of the view (any depth) with each of its texts through `change`; addresses, ids, kinds and code spans
 * (their text is as written) as they are. */
export function mapViewTexts<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapViewTexts(v, change)) as T;
  if (!value || typeof value !== 'object' || (value as { type?: unknown }).type === 'code') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, NOT_TEXT.has(k) ? v : mapViewTexts(v, change)]),
  ) as T;
}

/** A label as printed where the language's colon follows it (`followed`: it has text after it): without a colon
 * of its own ("Rolle:" is "Rolle", lest it print "Rolle::"). */
export function labelBeforeText<T extends string | undefined>(label: T, followed = true): T {
  return (label && followed ? label.replace(/\s*[:：]\s*$/u, '') || label : label) as T;
}

export function joined(parts: (string | undefined)[] | undefined, separator = ', '): string | undefined {
  const kept = (parts ?? []).filter((p): p is string => Boolean(p));
  return kept.length ? kept.join(separator) : undefined;
}

/** Entries render with what they have: no title (a job with no position named) moves the organisation up, and
 * with one name only, the organisation's link goes on it; neither leaves the heading empty but keeps the date and
 * text. */
export function entries<T>(
  list: T[] | undefined,
  map: (item: T) => Omit<ViewEntry, 'title'> & { title?: string },
) {
  if (!list?.length) return undefined;
  const entries = list.map((item): ViewEntry => {
    const { title, org, orgHref, href, ...rest } = map(item);
    if (title && org) return { ...rest, title, org, orgHref, href };
    // One name to show: the organisation's link goes on it.
    return { ...rest, title: title ?? org ?? '', href: href ?? orgHref };
  });
  return { kind: 'entries' as const, entries };
}

/** A score as written when it says what it is ("CGPA: 7.4", "magna cum laude"), else labelled: "GPA 4.0". */
export function labelledScore(score: string | undefined, labels: LocaleRecord['labels']): string | undefined {
  if (!score) return undefined;
  return /\p{L}/u.test(score) ? score : `${labels.score} ${score}`;
}

/** A project's type and its roles, apart and the roles labelled: "application · Roles: Author, Maintainer". */
export function projectDetail(
  type: string | undefined,
  roles: string[] | undefined,
  { labels, comma, colon }: { labels: LocaleRecord['labels']; comma: string; colon: string },
): string | undefined {
  const kept = (roles ?? []).filter(Boolean);
  const named = kept.length
    ? `${kept.length === 1 ? labels.role : labels.roles}${colon} ${kept.join(comma)}`
    : undefined;
  return joined([type, named], ' · ');
}

/** A one-line list whose items are written in markdown (a job's keywords, a degree's courses), as the line shows
 * it in every format, where it is plain text: the words, emphasis drawn as the words alone, and a link's address
 * after its words ("CS50 (https://cs50.harvard.edu)"), so neither markup nor an address is lost or shown raw. */
export function markdownLine(list: string[] | undefined): string[] | undefined {
  return list?.map((item) => lineText(parseInline(item)));
}

function lineText(tokens: Inline[]): string {
  return tokens
    .map((t) => {
      if (t.type === 'text' || t.type === 'code') return t.text;
      if (t.type === 'break') return ' ';
      const words = lineText(t.children);
      if (t.type !== 'link' || words === t.href || `mailto:${words}` === t.href) return words;
      return `${words} (${t.href.replace(/^mailto:/, '')})`;
    })
    .join('');
}

/** A short list on one line, labelled: "Courses: Databases, Statistics". */
export function labelledList(
  label: string,
  list: string[] | undefined,
  { comma, colon }: { comma: string; colon: string },
): string | undefined {
  const kept = joined(list, comma);
  return kept && `${label}${colon} ${kept}`;
}

/** Keyword groups, each name followed by keywords without a colon of its own: every format puts the language's
 * after it. */
export function groups<T>(list: T[] | undefined, map: (item: T) => KeywordGroup) {
  if (!list?.length) return undefined;
  const named = (group: KeywordGroup) => ({
    ...group,
    name: labelBeforeText(group.name, group.keywords.length > 0),
  });
  return { kind: 'groups' as const, groups: list.map((item) => named(map(item))) };
}

export function items<T>(list: T[] | undefined, map: (item: T) => LabelledItem) {
  return list?.length ? { kind: 'items' as const, items: list.map(map) } : undefined;
}
