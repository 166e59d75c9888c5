// Reactive Resume's section items in our words: each item's `date` (one free text) read into a start and an end,
// its rich text (the editor's HTML) as our summary and bullets, its link's address. Keys with no place here stay
// on the entry: the schema fit moves them to the left-overs.
import { htmlToMarkdown } from '../../core/inline-html.js';
import type { DataPath } from '../../core/parse.js';
import type { CustomSection } from '../../core/resume-types.js';
import { datesOf, itemDates, readDate } from '../dates.js';
import { splitMarkdown } from '../markdown-blocks.js';
import type { Report } from '../report.js';
import { renamedFields, type Sources } from '../sources.js';
import { isRecord, type Json, link, text, texts } from '../values.js';

type Entry = Record<string, unknown>;
type Read = (item: Json, at: DataPath, report: Report) => Entry;

export const HIDDEN = 'hidden in Reactive Resume, kept as comments';

export const RICH_TEXT = 'rich text (HTML) read as Markdown: bold, italic, links, paragraphs and bullets';

/** The editor's HTML as Markdown. A list item holds a paragraph (<li><p>…</p></li>): it is the item's line. A
 * heading (version 5's custom sections have them) is a paragraph in bold. */
export function markdownOf(html: unknown, at: DataPath, report: Report): string | undefined {
  const source = text(html);
  if (!source) return undefined;
  const flat = source
    .replace(/(<li\b[^>]*>)\s*<p\b[^>]*>/gi, '$1')
    .replace(/<\/p>\s*(<\/li>)/gi, '$1')
    .replace(/<h[1-6]\b[^>]*>/gi, '<p><strong>')
    .replace(/<\/h[1-6]\s*>/gi, '</strong></p>');
  const read = htmlToMarkdown(flat);
  if (!read) return source;
  report.note(RICH_TEXT, at.join('.'));
  return text(read.text);
}

/** A rich text as our summary (its paragraphs) and bullets (its list items). */
function summaryAndBullets(html: unknown, at: DataPath, report: Report): Entry {
  const split = splitMarkdown(markdownOf(html, at, report));
  return { summary: split.summary, ...(split.bullets.length ? { highlights: split.bullets } : {}) };
}

/** The link's address; its label, when it says more than the address, is kept as a comment. */
export function address(item: Json, at: DataPath, report: Report): string | undefined {
  const url = isRecord(item.url) ? item.url : {};
  const found = link(url.href)?.url;
  const label = text(url.label);
  if (label && !found?.includes(label.replace(/^https?:\/\//, '')))
    report.keep(at, 'url.label', label, 'link labels (the address is kept)');
  if (text(url.href) && !found) report.keep(at, 'url', url.href);
  return found;
}

/** A date that is one day or month (an award's), read if it can be, else as written. */
function oneDate(value: unknown): string | undefined {
  const read = readDate(value);
  return read && ('date' in read ? read.date : 'raw' in read ? read.raw : undefined);
}

const keywordsOf = (item: Json): string[] | undefined => {
  const words = texts(item.keywords);
  return words.length ? words : undefined;
};

const LEVELS = 'ratings (Reactive Resume’s dots) not printed here: write the level in words';

/** A skill's or language's words for its level; a rating alone is named, as nothing prints it. */
function levelWords(item: Json, at: DataPath, report: Report): string | undefined {
  const [words, rating] = [text(item.description), item.level];
  if (!words && typeof rating === 'number' && rating > 0) report.note(LEVELS, at.join('.'));
  return words;
}

/** An entry of a history (a job, a school, a volunteer role): its own fields, then its link, dates and rich text. */
function history(own: (item: Json) => Entry): Read {
  return (e, at, report) => ({
    ...own(e),
    url: address(e, at, report),
    ...datesOf(e.date),
    ...summaryAndBullets(e.summary, at, report),
  });
}

/** Where each section's items go here, and how each is read. */
export const LISTS: Record<string, { key: string; read: Read }> = {
  experience: {
    key: 'work',
    read: history((e) => ({ name: text(e.company), position: text(e.position), location: text(e.location) })),
  },
  education: {
    key: 'education',
    read: history((e) => ({
      institution: text(e.institution),
      studyType: text(e.studyType),
      area: text(e.area),
      score: text(e.score),
    })),
  },
  volunteer: {
    key: 'volunteer',
    read: history((e) => ({
      organization: text(e.organization),
      position: text(e.position),
      location: text(e.location),
    })),
  },
  projects: {
    key: 'projects',
    read: (e, at, r) => {
      const { summary, highlights } = summaryAndBullets(e.summary, at, r);
      // Reactive Resume's description is the line under the name; ours is the paragraph, so it comes first.
      const description = [text(e.description), summary].filter(Boolean).join('\n\n') || undefined;
      return {
        name: text(e.name),
        description,
        url: address(e, at, r),
        ...datesOf(e.date),
        keywords: keywordsOf(e),
        highlights,
      };
    },
  },
  awards: {
    key: 'awards',
    read: (e, at, r) => ({
      title: text(e.title),
      awarder: text(e.awarder),
      date: oneDate(e.date),
      summary: markdownOf(e.summary, at, r),
      url: address(e, at, r),
    }),
  },
  certifications: {
    key: 'certificates',
    read: (e, at, r) => ({
      name: text(e.name),
      issuer: text(e.issuer),
      date: oneDate(e.date),
      url: address(e, at, r),
      summary: markdownOf(e.summary, at, r),
    }),
  },
  publications: {
    key: 'publications',
    read: (e, at, r) => ({
      name: text(e.name),
      publisher: text(e.publisher),
      releaseDate: oneDate(e.date),
      url: address(e, at, r),
      summary: markdownOf(e.summary, at, r),
    }),
  },
  skills: {
    key: 'skills',
    read: (e, at, r) => ({ name: text(e.name), level: levelWords(e, at, r), keywords: keywordsOf(e) }),
  },
  languages: {
    key: 'languages',
    read: (e, at, r) => ({ language: text(e.name), fluency: levelWords(e, at, r) }),
  },
  interests: {
    key: 'interests',
    read: (e) => ({ name: text(e.name), keywords: keywordsOf(e) }),
  },
  references: {
    key: 'references',
    read: (e, at, r) => ({
      // Who the referee is ("CTO at Acme") goes with the name: ours has no line for it.
      name: [text(e.name), text(e.description)].filter(Boolean).join(', ') || undefined,
      reference: markdownOf(e.summary, at, r),
      url: address(e, at, r),
    }),
  },
};

/** Each section's own names for our fields (the others are written under our names). */
const READ_FROM: Record<string, Record<string, string>> = {
  work: { company: 'name' },
  publications: { date: 'releaseDate' },
  skills: { description: 'level' },
  languages: { name: 'language', description: 'fluency' },
  references: { summary: 'reference' },
};

/** Where the fields of our entry in the list `ours` were written in the item at `from`: its link at its address,
 * its bullets in its rich text, its start and end in its date (version 3's {start, end}; a later version's one
 * text is found as the date itself). */
export function entryFields(ours: string, item: Json, from: DataPath): Record<string, DataPath> {
  return {
    url: [...from, 'url', 'href'],
    highlights: [...from, 'summary'],
    startDate: [...from, 'date', 'start'],
    endDate: [...from, 'date', 'end'],
    ...renamedFields(item, from, READ_FROM[ours] ?? {}),
  };
}

type CustomItem = CustomSection['items'][number];

/** An item of a custom section (written at `from`) as our custom items, each marked with where it was written:
 * its name in bold before what it says of itself (the line under it and its place) and its date as the item's,
 * then each paragraph and bullet (in its rich text), then its keywords. */
export function customItems(
  e: Json,
  at: DataPath,
  report: Report,
  { sources, from }: { sources: Sources; from: DataPath },
): CustomItem[] {
  const label = text(e.name);
  const facts = [e.description, e.location].map(text).filter(Boolean).join(' · ');
  const url = address(e, at, report);
  const head: CustomItem[] =
    label && facts ? [{ label, text: facts }] : label || facts ? [{ text: (label ?? facts) as string }] : [];
  if (url && head[0]) head[0].url = url;
  const split = splitMarkdown(markdownOf(e.summary, at, report));
  const paragraphs = split.summary ? split.summary.split(/\n{2,}/) : [];
  const words = keywordsOf(e) ?? [];
  const marked = (items: CustomItem[], path: DataPath) => {
    for (const item of items) sources.mark(item, path);
    return items;
  };
  const items = [
    ...marked(head, from),
    ...marked(
      [...paragraphs, ...split.bullets].map((t) => ({ text: t })),
      [...from, 'summary'],
    ),
    ...marked(words.length ? [{ text: words.join(', ') }] : [], [...from, 'keywords']),
  ];
  // The date is the first item's, printed as the other sections' dates.
  const dates = itemDates(datesOf(e.date));
  if (items[0]) {
    Object.assign(items[0], dates);
    const fields = Object.fromEntries(Object.keys(dates).map((k) => [k, [...from, 'date']]));
    sources.mark(items[0], from, fields);
  } else if (text(e.date)) report.keep(at, 'date', e.date);
  return items;
}
