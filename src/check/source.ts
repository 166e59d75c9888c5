// What the source says, for check to find in every output: the text of its standard fields (the basics' name,
// headline and summary, and every section's entries, several roles under one employer included), line by line,
// as a reader sees it (markdown and HTML read, white space aside). Text the load named as not shown is not
// expected; anything else that does not reach a reader is a loss, even if the view never had it.
import { htmlToMarkdown } from '../core/inline-html.js';
import { parseInline, plainText } from '../core/markdown.js';
import { type DataPath, displayPath } from '../core/parse.js';
import { ENTRY_LISTS } from '../core/sections.js';

/** Keys whose values are addresses, dates, codes or settings: a reader meets them as links, formatted or not at all. */
const NOT_TEXT = new Set(
  'url website email phone image picture startDate endDate start_date end_date start end date releaseDate year graduation countryCode network username tags private id icon $schema'.split(
    ' ',
  ),
);

/** A value that is a date, a web address or an e-mail address, whatever its key. */
const NOT_PROSE = /^(\d{4}([-/.]\d{1,2}){0,2}|(https?:\/\/|mailto:|www\.)\S*|[^\s@]+@[^\s@]+)$/i;

export interface SourceText {
  path: string;
  text: string;
}

/** Every line of text in the source's standard fields, with where it is; HTML in it read as the reader read it
 * (in a JSON Resume document), or kept as written (in our format). */
export function sourceTexts(parsed: unknown, html = true): SourceText[] {
  const root = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  const basics = (root.basics ?? {}) as Record<string, unknown>;
  const out: SourceText[] = [];
  const collect = (value: unknown, path: DataPath) => collectText(value, path, out, html);
  for (const key of ['name', 'label', 'summary']) collect(basics[key], ['basics', key]);
  const location = basics.location;
  if (location && typeof location === 'object') collect(location, ['basics', 'location']);
  for (const list of ENTRY_LISTS) collect(root[list], [list]);
  return out;
}

function collectText(value: unknown, path: DataPath, out: SourceText[], html: boolean): void {
  const key = path.at(-1);
  if (typeof key === 'string' && (NOT_TEXT.has(key) || key.startsWith('x-'))) return;
  if (typeof value === 'string') {
    for (const line of readable(value, html).split('\n'))
      if (line.trim() && !NOT_PROSE.test(line.trim()))
        out.push({ path: displayPath(path), text: line.trim() });
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) collectText(v, [...path, i], out, html);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) collectText(v, [...path, k], out, html);
}

/** Text as a reader sees it: HTML (where the reader reads it) and markdown read, a bullet's dash aside. */
export function readable(text: string, html = true): string {
  const markdown = (html && htmlToMarkdown(text)?.text) || text;
  return markdown
    .split('\n')
    .map((line) => plainText(parseInline(line.replace(/^\s*[-*•]\s+/, ''))))
    .join('\n');
}
