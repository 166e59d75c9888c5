// Typst taken out of every text of a RenderCV section before it is read (see typst.ts): one note names the
// commands, and a footnote's text becomes a `footnote` key of its entry, which the left-overs keep.
import type { Report } from '../report.js';
import { stripTypst } from '../typst.js';
import { isRecord } from '../values.js';

export const TYPST = 'Typst commands taken out of the text (our outputs would print them raw)';

export function withoutTypst(entry: unknown, report: Report): unknown {
  const footnotes: string[] = [];
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const s = stripTypst(value);
      for (const c of s.commands) report.note(TYPST, `#${c}`);
      footnotes.push(...s.footnotes);
      return s.text;
    }
    if (Array.isArray(value)) return value.map(clean);
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
    return value;
  };
  const cleaned = clean(entry);
  if (footnotes.length === 0) return cleaned;
  if (isRecord(cleaned)) return { ...cleaned, footnote: footnotes.length === 1 ? footnotes[0] : footnotes };
  // A text entry has no keys: its footnote follows it as a text of its own.
  return `${cleaned as string} (${footnotes.join('; ')})`;
}

/** A link written in an entry's `date` (seen in real files: the repository of a project where its dates go) is
 * no date: it becomes the entry's url, unless it has one, in which case it stays a left-over. */
export function withoutLinkInDate(entry: unknown, report: Report): unknown {
  if (!isRecord(entry) || typeof entry.date !== 'string' || !/\]\(|https?:\/\//.test(entry.date))
    return entry;
  const { date, ...rest } = entry;
  const href = /\]\((\S+?)\)/.exec(date)?.[1] ?? /https?:\/\/\S+/.exec(date)?.[0];
  report.note("links written in date fields, read as the entry's link", date);
  return rest.url || rest.website || !href ? { ...rest, link_in_date: date } : { ...rest, url: href };
}
