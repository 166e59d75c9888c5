// HTML written in text (JSON Resume documents made for a web page: `<strong>`, `<br />`, `<a href>`), read as
// our inline markdown before validation: bold and italic become emphasis, links links, <br> a line break, <p> a
// paragraph, <li> a "- " bullet line. Other tags are dropped and their text kept. Each text read so is one
// warning at its place. One pass over each text, linear in its length.
import { decodeEntity, ENTITY } from './html-entities.js';
import type { Notice } from './normalize.js';
import type { DataPath } from './parse.js';

/** Elements people write in text: only these count as HTML ("<Company Name>" stays text). */
const ELEMENTS = new Set(
  'a abbr b big blockquote br center cite code del div em font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strike strong sub sup table tbody td th thead tr tt u ul'.split(
    ' ',
  ),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[\s/][^<>]*)?)>/g;

/** Elements that start a new line (in plain text, a space). */
const BLOCKS = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The markdown each element stands for, opening and closing; an element not listed leaves only its text. */
const MARKS: Record<string, [string, string]> = {
  b: ['**', '**'],
  strong: ['**', '**'],
  i: ['*', '*'],
  em: ['*', '*'],
  br: ['\n', ''],
  p: ['\n\n', '\n\n'],
  div: ['\n', '\n'],
  li: ['\n- ', ''],
  ul: ['\n', '\n'],
  ol: ['\n', '\n'],
};

/** Keys whose text is inline markdown (and the names other vocabularies give them); any other text is plain. */
const MARKDOWN_KEYS = new Set(
  'summary description highlights keywords courses reference text alt responsibilities achievements accomplishments bullets bulletpoints tasks about bio'.split(
    ' ',
  ),
);

/** Reads the HTML in every text of the document as markdown, in place; one notice per text read. */
export function readInlineHtml(data: unknown): Notice[] {
  const notices: Notice[] = [];
  const visit = (value: unknown, path: DataPath): unknown => {
    if (typeof value === 'string') {
      // A bullet is one line: a list inside it is lines of it, not bullets of their own. A name or a title is
      // plain text: its links and emphasis leave only their words.
      const plain = !path.some((key) => typeof key === 'string' && MARKDOWN_KEYS.has(key));
      const read = htmlToMarkdown(value, plain ? 'plain' : path.at(-2) === 'highlights' ? '\n' : '\n- ');
      if (read === undefined) return value;
      notices.push({ path, message: read.message });
      return read.text;
    }
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) value[i] = visit(v, [...path, i]);
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const [k, v] of Object.entries(record)) record[k] = visit(v, [...path, k]);
    }
    return value;
  };
  visit(data, []);
  return notices;
}

/** In our format, where text is markdown and HTML in it is printed as written: one warning per text that holds
 * an element's tag, which its writer most likely meant as markup (a résumé imported before import read HTML). */
export function htmlShownAsWritten(data: unknown): Notice[] {
  const notices: Notice[] = [];
  const visit = (value: unknown, path: DataPath): void => {
    if (typeof value === 'string') {
      const tag = firstElementTag(value);
      if (tag)
        notices.push({
          path,
          message: `HTML tag ${tag} is printed as written: text here is markdown (write **bold**, *italic*, [text](https://…) and new lines instead)`,
        });
    } else if (Array.isArray(value)) for (const [i, v] of value.entries()) visit(v, [...path, i]);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(v, [...path, k]);
  };
  visit(data, []);
  return notices;
}

/** The first element people write in text (<strong>, </p>, <br/>) that a text holds, as <name>: the warnings of
 * one element are grouped as one. */
function firstElementTag(text: string): string | undefined {
  if (!text.includes('<')) return undefined;
  const inCode = codeSpans(text);
  for (const m of text.matchAll(TAG)) {
    const name = (m[2] as string).toLowerCase();
    if (ELEMENTS.has(name) && text[m.index - 1] !== '\\' && !inCode(m.index)) return `<${name}>`;
  }
  return undefined;
}

/** A text's HTML as markdown, with what was done; undefined when the text holds no HTML. */
export function htmlToMarkdown(
  text: string,
  item: string = '\n- ',
): { text: string; message: string } | undefined {
  const plain = item === 'plain';
  if (!text.includes('<') && !text.includes('&')) return undefined;
  const dropped = new Set<string>();
  let found = false;
  let link: string | undefined;
  const inCode = codeSpans(text);
  const converted = text.replace(
    TAG,
    (tag, close: string, rawName: string, attributes: string, at: number) => {
      const name = rawName.toLowerCase();
      // A tag in a code span (`<table>`) or after a backslash (\<div>) is written as text, meant so.
      if (!ELEMENTS.has(name) || text[at - 1] === '\\' || inCode(at)) return tag;
      found = true;
      if (plain) return BLOCKS.has(name) ? ' ' : '';
      if (name === 'a') {
        if (close) return link === undefined ? '' : `](${link})`;
        link = safeHref(/href\s*=\s*["']([^"']*)["']/i.exec(attributes)?.[1]);
        return link === undefined ? '' : '[';
      }
      const mark = name === 'li' ? ([item, ''] as const) : MARKS[name];
      if (!mark) dropped.add(name);
      return mark ? mark[close ? 1 : 0] : '';
    },
  );
  const decoded = converted.replace(ENTITY, (entity, name: string) => {
    const character = decodeEntity(name);
    if (character === undefined) return entity;
    found = true;
    return character;
  });
  if (!found) return undefined;
  const tidy = (plain ? decoded.replace(/\s+/g, ' ') : decoded)
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const others = dropped.size ? `; <${[...dropped].sort().join('>, <')}> dropped, their text kept` : '';
  return {
    text: tidy,
    message: plain
      ? 'HTML in text: read as its words, tags dropped (write plain text here)'
      : `HTML in text: read as emphasis, links, line breaks and lists${others} (write **bold**, *italic*, [text](https://…) and new lines instead)`,
  };
}

/** Whether a place of the text is inside one of its one-backtick code spans (the common case), asked of places in
 * increasing order: one pass over the spans for all the tags. */
function codeSpans(text: string): (at: number) => boolean {
  const spans = text.includes('`')
    ? Array.from(text.matchAll(/`[^`]*`/g), (m) => [m.index, m.index + m[0].length])
    : [];
  let k = 0;
  return (at) => {
    while (k < spans.length && (spans[k]?.[1] ?? 0) <= at) k++;
    const span = spans[k];
    return span !== undefined && at > (span[0] ?? 0);
  };
}

/** A link target worth keeping: a web, mail or phone address (a relative one cannot work on paper). */
function safeHref(href: string | undefined): string | undefined {
  const target = href?.trim();
  return target && /^(https?:\/\/\S+|mailto:\S+|tel:[+0-9()\-. ]+)$/i.test(target) ? target : undefined;
}
