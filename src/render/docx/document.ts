// The DOCX, built from the view model in named steps: the look (tokens in Word's units), the masthead, each
// section by kind, the styles and the bullet numbering. Every size and space comes from the tokens, the same as
// the page's CSS, so the formats cannot drift apart.
//
// Pagination follows the CSS's rules as far as Word and LibreOffice honour them: widow and orphan control on
// every paragraph, headings kept with what follows them (keep with next, keep lines together), and in a list the
// first item kept with the second and the last with the one before it, so no item is left alone on a page.
import type { Inline } from '../../core/markdown.js';
import {
  BUILD_RECORD_KEY,
  type ContactLink,
  unknownKind,
  type ViewEntry,
  type ViewModel,
  type ViewRole,
  type ViewSection,
} from '../../core/view.js';
import type { Tokens } from '../tokens.js';
import { estimatedWidth, type Look, lookOf } from './look.js';
import { docxBytes, Relationships, takesPicture } from './package.js';
import { corePropertiesOf } from './reproducible.js';
import { bulletList, resumeDefaults, resumeStyles } from './resume-styles.js';
import { Numbering, stylesXml } from './styles.js';
import {
  borderlessRow,
  hyperlink,
  LINE_BREAK,
  type ParagraphProps,
  pictureRun,
  type RunProps,
  tabRun,
  textRun,
  paragraph as wordParagraph,
  type Xml,
} from './wml.js';

/** What the résumé's paragraphs are written with: the look, the links and pictures, the bullet list's id, and
 * what separates a list's items and follows a label in the résumé's language. */
interface Writer {
  look: Look;
  relationships: Relationships;
  bullets: number;
  comma: string;
  colon: string;
}

/** A paragraph with widow and orphan control: Word's option is per paragraph, not per style. */
function paragraph(props: ParagraphProps, children: Xml[]): Xml {
  return wordParagraph({ widowControl: true, ...props }, children);
}

/** Inline markdown as Word runs: bold and italic nest, links become external hyperlinks (a link inside a link
 * keeps its words, in the outer one). */
export function runs(tokens: Inline[], links: Relationships, style: RunProps = {}, inLink = false): Xml[] {
  return tokens.flatMap((t): Xml[] => {
    switch (t.type) {
      case 'text':
        return [textRun(t.text, style)];
      case 'strong':
        return runs(t.children, links, { ...style, bold: true }, inLink);
      case 'em':
        return runs(t.children, links, { ...style, italics: true }, inLink);
      case 'break':
        return [LINE_BREAK];
      // In the résumé's typeface, as the built-in themes draw it: one face for the whole page.
      case 'code':
        return [textRun(t.text, style)];
      default: {
        const words = runs(t.children, links, { ...style, style: 'Hyperlink' }, true);
        return inLink ? words : [hyperlink(links.link(t.href), words)];
      }
    }
  });
}

/** Text, as a hyperlink when it has an address. */
export function linked(
  text: string,
  href: string | undefined,
  links: Relationships,
  style: RunProps = {},
): Xml {
  if (!href) return textRun(text, style);
  return hyperlink(links.link(href), [textRun(text, { ...style, style: 'Hyperlink' })]);
}

/** " · " tied by no-break spaces to the words on either side: a line never starts or ends with it. */
export const SEPARATOR = '\u00a0·\u00a0';

/** Where a list item stands, for keeping the first item with the second and the last with the one before. */
function keepInList(i: number, count: number): boolean {
  return (i === 0 || i === count - 2) && i < count - 1;
}

/** The photo, right-aligned above the name, the token's size on its longer side. Word has no WebP: left out. */
function photoParagraph(view: ViewModel, w: Writer): Xml[] {
  const photo = view.photo;
  if (!photo || !takesPicture(photo.mime)) return [];
  const scale = w.look.pixels(w.look.photoSize) / Math.max(photo.width, photo.height);
  const picture = pictureRun({
    relationshipId: w.relationships.picture(photo.data, photo.mime),
    id: w.relationships.pictureCount,
    width: Math.round(photo.width * scale),
    height: Math.round(photo.height * scale),
    name: 'Photo',
    description: `Photo of ${view.name}`,
    title: view.name,
  });
  return [paragraph({ style: 'Photo', alignment: 'right' }, [picture])];
}

/** How a contact line is set: the width it has and its items' size, and the dot between two items on a line. */
export interface ContactLineLook {
  /** In twips. */
  width: number;
  /** In points. */
  size: number;
  separator: string;
  separatorProps: RunProps;
}

/** The contact line, broken into lines between items where the estimate says it would wrap: Word and LibreOffice
 * would otherwise break it inside an item (a long address at a hyphen or a slash), or leave a dot at a line's
 * end. */
export function contactRuns(list: ContactLink[], line: ContactLineLook, links: Relationships): Xml[] {
  const out: Xml[] = [];
  const sep = estimatedWidth(line.separator, line.size);
  let used = 0;
  for (const [i, c] of list.entries()) {
    const width = estimatedWidth(c.text, line.size);
    if (i > 0 && used + sep + width > line.width * 0.94) {
      out.push(LINE_BREAK);
      used = 0;
    } else if (i > 0) {
      out.push(textRun(line.separator, line.separatorProps));
      used += sep;
    }
    out.push(linked(c.text, c.href, links));
    used += width;
  }
  return out;
}

/** The résumé's contact line: the text's width, small type, bold dots in the accent. */
function contactLine(look: Look): ContactLineLook {
  return {
    width: look.textWidth,
    size: look.contactSize,
    separator: SEPARATOR,
    separatorProps: { bold: true, color: look.accent },
  };
}

function masthead(view: ViewModel, w: Writer): Xml[] {
  return [
    ...photoParagraph(view, w),
    paragraph({ style: 'Title' }, [textRun(view.name)]),
    ...(view.label ? [paragraph({ style: 'Subtitle' }, [textRun(view.label)])] : []),
    ...(view.contacts.length
      ? [paragraph({ style: 'Contacts' }, contactRuns(view.contacts, contactLine(w.look), w.relationships))]
      : []),
  ];
}

/** An entry's heading: title · employer, then place · dates on the right of its first line. As one paragraph with
 * the dates at a right tab where they fit beside the title: LibreOffice keeps no table with the paragraph after
 * it (a heading could end a page), and applicant-tracking systems read tables badly. A title too long for that
 * takes a borderless two-cell row, so it wraps in its cell and the dates stay on its first line. */
function entryHead(e: ViewEntry, w: Writer, first: boolean, keepNext: boolean): Xml {
  const { look } = w;
  const title = [linked(e.title, e.href, w.relationships, { bold: true })];
  if (e.org) title.push(textRun(SEPARATOR, { color: look.muted }), linked(e.org, e.orgHref, w.relationships));
  const when = [e.location, e.date].filter((v): v is string => Boolean(v)).join(SEPARATOR);
  const head: ParagraphProps = {
    style: 'Heading2',
    keepNext,
    spacing: { before: first ? 0 : look.space(look.entrySpacing) },
  };
  if (!when) return paragraph(head, title);
  const titleWidth = estimatedWidth(`${e.title}${SEPARATOR}${e.org ?? ''}`, look.entryTitleSize);
  const whenWidth = estimatedWidth(when, look.dateSize) + look.twips(look.columnGap);
  if (titleWidth + whenWidth <= look.textWidth)
    return paragraph({ ...head, rightTab: look.textWidth }, [...title, tabRun(when, { style: 'EntryDate' })]);
  const datesWidth = Math.min(Math.round(whenWidth), Math.round(look.textWidth * 0.4));
  const dates = paragraph({ keepNext, spacing: head.spacing, alignment: 'right' }, [
    textRun(when, { style: 'EntryDate' }),
  ]);
  // The title and the dates side by side in a borderless row that never splits.
  return borderlessRow([
    { width: look.textWidth - datesWidth, paragraphs: [paragraph(head, title)] },
    { width: datesWidth, paragraphs: [dates] },
  ]);
}

function bullets(list: Inline[][], w: Writer): Xml[] {
  return list.map((b, i) =>
    paragraph(
      {
        style: 'Bullet',
        keepNext: keepInList(i, list.length),
        numbering: w.bullets,
        ...(i === 0 ? { spacing: { before: w.look.space(w.look.textSpacing) } } : {}),
      },
      runs(b, w.relationships),
    ),
  );
}

/** An entry: its heading kept with its first lines; an entry of one line (a certificate) kept with the next
 * when it is the first of its section or the last but one, as a list's items are. A keep-with-next on an entry's
 * last paragraph would hold the next entry to it, and so on down the section: none is set there. */
function entry(e: ViewEntry, w: Writer, i: number, count: number): Xml[] {
  const more =
    e.description.length > 0 || e.highlights.length > 0 || Boolean(e.keywords) || Boolean(e.roles?.length);
  const body: Xml[] = [];
  if (e.detail) body.push(paragraph({ style: 'EntryMeta', keepNext: more }, [textRun(e.detail)]));
  for (const p of e.description)
    body.push(paragraph({ style: 'EntryDescription' }, runs(p, w.relationships)));
  body.push(...bullets(e.highlights, w));
  body.push(...roles(e.roles, w));
  if (e.keywords) body.push(paragraph({ style: 'EntryKeywords' }, [textRun(e.keywords)]));
  return [entryHead(e, w, i === 0, body.length > 0 || keepInList(i, count)), ...body];
}

/** Several roles under one employer: each its title with its dates at the right margin, kept with its first
 * lines, then its text, bullets and keywords. */
function roles(list: ViewRole[] | undefined, w: Writer): Xml[] {
  return (list ?? []).flatMap((r) => {
    const body = [
      ...(r.location ? [paragraph({ style: 'EntryMeta' }, [textRun(r.location)])] : []),
      ...r.description.map((p) => paragraph({ style: 'EntryDescription' }, runs(p, w.relationships))),
      ...bullets(r.highlights, w),
      ...(r.keywords ? [paragraph({ style: 'EntryKeywords' }, [textRun(r.keywords)])] : []),
    ];
    const head = paragraph({ style: 'RoleHead', keepNext: body.length > 0, rightTab: w.look.textWidth }, [
      textRun(r.title, { bold: true }),
      ...(r.date ? [tabRun(r.date, { style: 'EntryDate' })] : []),
    ]);
    return [head, ...body];
  });
}

/** Paragraphs of a list section (keyword groups, labelled items): the first without space above it. A dated
 * item's dates are at a right tab (`rightTab`, the text's width), as an entry's. */
function listItems(style: string, items: Xml[][], rightTab?: number): Xml[] {
  return items.map((children, i) =>
    paragraph(
      {
        style,
        keepNext: keepInList(i, items.length),
        ...(rightTab ? { rightTab } : {}),
        ...(i === 0 ? { spacing: { before: 0 } } : {}),
      },
      children,
    ),
  );
}

function sectionBody(s: ViewSection, w: Writer): Xml[] {
  const links = w.relationships;
  switch (s.kind) {
    case 'summary':
      return [
        ...s.paragraphs.map((p, i) =>
          paragraph({ style: 'Summary', ...(i === 0 ? { spacing: { before: 0 } } : {}) }, runs(p, links)),
        ),
        ...bullets(s.bullets, w),
      ];
    case 'entries':
      return s.entries.flatMap((e, i) => entry(e, w, i, s.entries.length));
    case 'groups':
      return listItems(
        'Group',
        s.groups.map((g) => {
          const name = `${g.name}${g.detail ? ` (${g.detail})` : ''}`;
          // A group with no keywords (an interest named, nothing more) is its name alone; one with no name (a
          // LinkedIn export's skills), its keywords alone.
          const label = name && g.keywords.length ? `${name}${w.colon} ` : name;
          return [
            ...(label ? [textRun(label, { bold: true })] : []),
            ...g.keywords.flatMap((k, i) => [...(i ? [textRun(w.comma)] : []), ...runs(k, links)]),
          ];
        }),
      );
    case 'items':
      return listItems(
        'Item',
        s.items.map((item) => [
          ...(item.label
            ? [textRun(`${item.label}${item.text.length ? `${w.colon} ` : ''}`, { bold: true })]
            : []),
          ...runs(item.href ? [{ type: 'link', href: item.href, children: item.text }] : item.text, links),
          ...(item.date ? [tabRun(item.date, { style: 'EntryDate' })] : []),
        ]),
        s.items.some((item) => item.date) ? w.look.textWidth : undefined,
      );
    default:
      return unknownKind(s);
  }
}

function section(s: ViewSection, w: Writer, first: boolean): Xml[] {
  // Below the masthead, the larger of its space and a section's (the CSS's margins collapse the same way).
  const { look } = w;
  const before = look.space(
    first ? Math.max(look.mastheadSpacing, look.sectionSpacing) : look.sectionSpacing,
  );
  return [paragraph({ style: 'Heading1', spacing: { before } }, [textRun(s.title)]), ...sectionBody(s, w)];
}

/** The DOCX, its Word styles built from the same tokens as the page's CSS (theme, meta.design, --max-pages). */
export async function renderDocx(view: ViewModel, tokens: Tokens): Promise<Uint8Array> {
  const look = lookOf(tokens, view);
  const numbering = new Numbering([bulletList(look)]);
  const w: Writer = {
    look,
    relationships: new Relationships(),
    bullets: numbering.instance(0),
    comma: view.document.comma,
    colon: view.document.colon,
  };
  const body = [...masthead(view, w), ...view.sections.flatMap((s, i) => section(s, w, i === 0))].join('');
  // The same résumé gives the same bytes: no build time in the package (see reproducible.ts, package.ts).
  return docxBytes({
    body,
    page: look.page,
    margins: look.margins,
    styles: stylesXml(resumeDefaults(look, view.document), resumeStyles(look)),
    numbering: numbering.xml(),
    relationships: w.relationships,
    properties: corePropertiesOf(view.document, {
      keywords: view.document.keywords.join(', '),
      description: view.label ?? view.document.subject,
    }),
    // How it was built, for check (a custom property: Word shows it under the document's properties).
    custom: view.document.build ? { [BUILD_RECORD_KEY]: view.document.build } : {},
  });
}
