// Markdown and plain text, for pasting into application forms: the view model in the PDF's reading order, bullets
// as lists, links written out, no layout tables. One walk over the view, two ways of writing inline text.
import type { Inline } from '../../core/markdown.js';
import {
  type DocumentInfo,
  type LabelledItem,
  unknownKind,
  type ViewEntry,
  type ViewModel,
  type ViewRole,
  type ViewSection,
} from '../../core/view.js';
import type { Renderer } from '../types.js';
import { renderLetterText } from './letter.js';
import { readText } from './read.js';
import type { Style } from './style.js';

/** Text as Markdown reads it back, escaped only where a character would be markup there, so the file stays
 * readable where it is pasted as it is (an application form): `*`, `` ` ``, brackets and backslashes anywhere; `_`
 * except inside a word (snake_case); `<` where a tag could start; `&` where an entity could; `#` and `>` at the
 * start of a line. A `|` is text: the file has no tables. */
const escapeMd = (text: string) =>
  text
    .replace(/[\\`*[\]]|_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_|<(?=[A-Za-z/!?])|&(?=#?\w+;)/gu, '\\$&')
    .replace(/(^|\n)([#>])/g, '$1\\$2');

/** A link target as CommonMark reads it whole: parentheses, backslashes and angle brackets escaped (a ")" would
 * end the link early), spaces (a tel: number's) percent-encoded. */
const escapeHref = (href: string) => href.replace(/[\\()<>]/g, '\\$&').replace(/ /g, '%20');

/** Markdown for a link. */
const mdLink = (text: string, href: string) => `[${text}](${escapeHref(href)})`;

/** Joins rendered pieces of a line; a "!" that ends one piece and meets a link would make that link an image. */
function joinPieces(pieces: string[]): string {
  return pieces
    .map((piece, i) =>
      pieces[i + 1]?.startsWith('[') && piece.endsWith('!') ? `${piece.slice(0, -1)}\\!` : piece,
    )
    .join('');
}

/** Punctuation right after (or an opening bracket right before) emphasis goes inside it, as typography has it:
 * "**fast**," reads as "**fast,**", so the text between the markers stays whole for anything that strips them. */
function tuckPunctuation(tokens: Inline[]): Inline[] {
  const out = tokens.map((t) => ({ ...t }));
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (!t || (t.type !== 'strong' && t.type !== 'em')) continue;
    const next = out[i + 1];
    const after = next?.type === 'text' ? /^[,.;:!?)\]”’]+/.exec(next.text)?.[0] : undefined;
    if (next?.type === 'text' && after) {
      next.text = next.text.slice(after.length);
      t.children = [...t.children, { type: 'text', text: after }];
    }
    const prev = out[i - 1];
    const before = prev?.type === 'text' ? openingRun(prev.text) : undefined;
    if (prev?.type === 'text' && before) {
      prev.text = prev.text.slice(0, -before.length);
      t.children = [{ type: 'text', text: before }, ...t.children];
    }
  }
  return out;
}

/** The opening brackets and quotes that end a text, found from its end: a regular expression anchored at the end
 * would try every start, in time quadratic in a long run of them. */
function openingRun(text: string): string | undefined {
  let start = text.length;
  while (start > 0 && '([“‘'.includes(text[start - 1] as string)) start--;
  return start < text.length ? text.slice(start) : undefined;
}

/** "- Label: text", or "- Label" alone for an item with nothing after its label (a language with no level); a
 * dated item's dates after a " · ", as an entry's follow its place. */
function itemLine(item: LabelledItem, s: Style, colon: string): string {
  // A linked item is one link around its words, their emphasis kept (a publication: its authors, the owner bold).
  const text = s.inline(item.href ? [{ type: 'link', href: item.href, children: item.text }] : item.text);
  const line = !item.label
    ? text
    : item.text.length
      ? `${s.term(`${s.text(item.label)}${colon}`)} ${text}`
      : s.term(s.text(item.label));
  return `- ${[line, item.date && s.text(item.date)].filter(Boolean).join(' · ')}`;
}

const markdown: Style = {
  inline(tokens) {
    return joinPieces(
      tuckPunctuation(tokens).map((t) => {
        switch (t.type) {
          case 'text':
            return escapeMd(t.text);
          case 'strong':
            return `**${this.inline(t.children)}**`;
          case 'em':
            return `*${this.inline(t.children)}*`;
          case 'break':
            return '  \n';
          case 'code':
            return mdCode(t.text);
          default:
            return mdLink(this.inline(t.children), t.href);
        }
      }),
    );
  },
  text: escapeMd,
  name: (name) => `# ${escapeMd(name)}`,
  label: (label) => `**${escapeMd(label)}**`,
  heading: (title) => `## ${escapeMd(title)}`,
  entryTitle: (line) => `### ${line}`,
  roleTitle: (line) => `#### ${line}`,
  term: (term) => `**${term}**`,
  link: (text, href) => (href ? mdLink(escapeMd(text), href) : escapeMd(text)),
};

/** A code span in Markdown: fenced by one backtick more than the longest run inside, padded where its text
 * starts or ends with one. */
function mdCode(text: string): string {
  const longest = Array.from(text.matchAll(/`+/g)).reduce((most, m) => Math.max(most, m[0].length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The address a link goes to, unless its text already says it. */
const spelledOut = (text: string, href: string) => {
  const bare = href.replace(/^(https?:\/\/(www\.)?|mailto:|tel:)/i, '').replace(/\/$/, '');
  return text.replace(/\s/g, '') === bare.replace(/\s/g, '') || text === href ? text : `${text} (${href})`;
};

const plain: Style = {
  inline(tokens) {
    return tokens
      .map((t) => {
        switch (t.type) {
          case 'text':
            return t.text;
          case 'strong':
          case 'em':
            return this.inline(t.children);
          case 'break':
            return '\n';
          case 'code':
            return t.text;
          default:
            return spelledOut(this.inline(t.children), t.href);
        }
      })
      .join('');
  },
  text: (text) => text,
  name: (name) => name.toUpperCase(),
  label: (label) => label,
  heading: (title) => title.toUpperCase(),
  entryTitle: (line) => line,
  roleTitle: (line) => line,
  term: (term) => term,
  link: (text, href) => (href ? spelledOut(text, href) : text),
};

function entryLines(e: ViewEntry, s: Style): string[] {
  const title = [e.title && s.link(e.title, e.href), e.org && s.link(e.org, e.orgHref)]
    .filter(Boolean)
    .join(' · ');
  // The place on the dates' line, as the page has it.
  const when = [e.location, e.date].filter(Boolean).join(' · ');
  const lines = [
    ...(title ? [s.entryTitle(title)] : []),
    ...[when, e.detail].filter((v): v is string => Boolean(v)).map(s.text),
  ];
  const blocks = [lines.join('\n')];
  for (const p of e.description) blocks.push(s.inline(p));
  if (e.highlights.length) blocks.push(e.highlights.map((h) => `- ${s.inline(h)}`).join('\n'));
  for (const role of e.roles ?? []) blocks.push(...roleLines(role, s));
  if (e.keywords) blocks.push(s.text(e.keywords));
  return blocks.filter(Boolean);
}

/** One of several roles under an employer: its title (a heading below the employer's), dates, text, bullets. */
function roleLines(r: ViewRole, s: Style): string[] {
  const head = [
    s.roleTitle(s.text(r.title)),
    ...[r.date, r.location].filter((v): v is string => Boolean(v)).map(s.text),
  ];
  const blocks = [head.join('\n'), ...r.description.map((p) => s.inline(p))];
  if (r.highlights.length) blocks.push(r.highlights.map((h) => `- ${s.inline(h)}`).join('\n'));
  if (r.keywords) blocks.push(s.text(r.keywords));
  return blocks;
}

function sectionText(section: ViewSection, s: Style, { comma, colon }: DocumentInfo): string {
  const blocks = [s.heading(section.title)];
  switch (section.kind) {
    case 'summary':
      blocks.push(...section.paragraphs.map((p) => s.inline(p)));
      if (section.bullets.length) blocks.push(section.bullets.map((b) => `- ${s.inline(b)}`).join('\n'));
      break;
    case 'entries':
      for (const e of section.entries) blocks.push(...entryLines(e, s));
      break;
    case 'groups':
      blocks.push(
        section.groups
          .map((g) => {
            const name = `${g.name}${g.detail ? ` (${g.detail})` : ''}`;
            const keywords = g.keywords.map((k) => s.inline(k)).join(comma);
            // A group with no keywords (an interest named, nothing more) is its name alone.
            if (!keywords) return `- ${s.text(name)}`;
            return `- ${name ? `${s.term(`${s.text(name)}${colon}`)} ` : ''}${keywords}`;
          })
          .join('\n'),
      );
      break;
    case 'items':
      blocks.push(section.items.map((i) => itemLine(i, s, colon)).join('\n'));
      break;
    default:
      unknownKind(section);
  }
  return blocks.join('\n\n');
}

export function renderText(view: ViewModel, s: Style): string {
  const head = [s.name(view.name), ...(view.label ? [s.label(view.label)] : [])].join('\n');
  const contacts = view.contacts.map((c) => s.link(c.text, c.href)).join(' · ');
  return `${[head, contacts, ...view.sections.map((section) => sectionText(section, s, view.document))].filter(Boolean).join('\n\n')}\n`;
}

export const markdownRenderer: Renderer = {
  format: 'md',
  extension: 'md',
  reading: 'flow',
  linksWrittenOut: true,
  async render(view) {
    return renderText(view, markdown);
  },
  async renderLetter(view) {
    return renderLetterText(view, markdown);
  },
  read: readText(true),
};

export const textRenderer: Renderer = {
  format: 'txt',
  extension: 'txt',
  reading: 'flow',
  linksWrittenOut: true,
  async render(view) {
    return renderText(view, plain);
  },
  async renderLetter(view) {
    return renderLetterText(view, plain);
  },
  read: readText(false),
};
