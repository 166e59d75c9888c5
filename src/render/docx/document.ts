// The DOCX, built from the view model in named steps: the look (tokens in Word's units), the masthead, each
// section by kind, the styles and the bullet numbering. Every size and space comes from the tokens, the same as
// the page's CSS, so the formats cannot drift apart.
//
// Pagination follows the CSS's rules as far as Word and LibreOffice honour them: widow and orphan control on
// every paragraph, headings kept with what follows them (keep with next, keep lines together), and in a list the
// first item kept with the second and the last with the one before it, so no item is left alone on a page.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  type IParagraphOptions,
  Paragraph,
  type ParagraphChild,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { type Inline, plainText } from '../../core/markdown.js';
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
import { type Look, lookOf } from './look.js';
import { docxBytes } from './package.js';
import { bulletNumbering, docxStyles } from './styles.js';

export interface RunStyle {
  style?: string;
  bold?: boolean;
  italics?: boolean;
  color?: string;
}

/** A paragraph with widow and orphan control: Word's option is per paragraph, not per style. */
function paragraph(options: IParagraphOptions): Paragraph {
  return new Paragraph({ widowControl: true, ...options });
}

/** Inline markdown as Word runs: bold and italic nest, links become external hyperlinks. */
export function runs(tokens: Inline[], style: RunStyle = {}): ParagraphChild[] {
  return tokens.flatMap((t): ParagraphChild[] => {
    switch (t.type) {
      case 'text':
        return [new TextRun({ text: t.text, ...style })];
      case 'strong':
        return runs(t.children, { ...style, bold: true });
      case 'em':
        return runs(t.children, { ...style, italics: true });
      case 'break':
        return [new TextRun({ break: 1 })];
      default:
        return [
          new ExternalHyperlink({
            link: t.href,
            children: runs(t.children, { ...style, style: 'Hyperlink' }).filter(
              (r): r is TextRun => r instanceof TextRun,
            ),
          }),
        ];
    }
  });
}

export function linked(text: string, href: string | undefined, style: RunStyle = {}): ParagraphChild {
  if (!href) return new TextRun({ text, ...style });
  return new ExternalHyperlink({
    link: href,
    children: [new TextRun({ text, ...style, style: 'Hyperlink' })],
  });
}

/** " · " tied by no-break spaces to the words on either side: a line never starts or ends with it. */
const SEPARATOR = '\u00a0·\u00a0';

/** Where a list item stands, for keeping the first item with the second and the last with the one before. */
function keepInList(i: number, count: number): boolean {
  return (i === 0 || i === count - 2) && i < count - 1;
}

/** The photo, right-aligned above the name, the token's size on its longer side. Word has no WebP: left out. */
function photoParagraph(view: ViewModel, look: Look): Paragraph[] {
  const photo = view.photo;
  if (!photo || photo.mime === 'image/webp') return [];
  const scale = look.pixels(look.photoSize) / Math.max(photo.width, photo.height);
  const type = photo.mime === 'image/png' ? 'png' : photo.mime === 'image/gif' ? 'gif' : 'jpg';
  return [
    paragraph({
      style: 'Photo',
      alignment: AlignmentType.RIGHT,
      children: [
        new ImageRun({
          type,
          data: photo.data,
          transformation: {
            width: Math.round(photo.width * scale),
            height: Math.round(photo.height * scale),
          },
          altText: { name: 'Photo', description: `Photo of ${view.name}`, title: view.name },
        }),
      ],
    }),
  ];
}

/** The contact line, broken into lines between items where the estimate says it would wrap: Word would otherwise
 * break it inside an item, or leave a dot at a line's end. */
function contactRuns(list: ContactLink[], look: Look): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let used = 0;
  for (const [i, c] of list.entries()) {
    const width = look.textWidthOf(c.text, look.contactSize);
    const sep = look.textWidthOf(SEPARATOR, look.contactSize);
    if (i > 0 && used + sep + width > look.textWidth * 0.94) {
      out.push(new TextRun({ break: 1 }));
      used = 0;
    } else if (i > 0) {
      out.push(new TextRun({ text: SEPARATOR, color: look.accent, bold: true }));
      used += sep;
    }
    out.push(linked(c.text, c.href));
    used += width;
  }
  return out;
}

function masthead(view: ViewModel, look: Look): Paragraph[] {
  return [
    ...photoParagraph(view, look),
    paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: view.name })] }),
    ...(view.label ? [paragraph({ style: 'Subtitle', children: [new TextRun({ text: view.label })] })] : []),
    ...(view.contacts.length
      ? [paragraph({ style: 'Contacts', children: contactRuns(view.contacts, look) })]
      : []),
  ];
}

/** An entry's heading: title · employer, then place · dates on the right of its first line. As one paragraph with
 * the dates at a right tab where they fit beside the title: LibreOffice keeps no table with the paragraph after
 * it (a heading could end a page), and applicant-tracking systems read tables badly. A title too long for that
 * takes a borderless two-cell row, so it wraps in its cell and the dates stay on its first line. */
function entryHead(e: ViewEntry, look: Look, first: boolean, keepNext: boolean): Paragraph | Table {
  const title: ParagraphChild[] = [linked(e.title, e.href, { bold: true })];
  if (e.org) title.push(new TextRun({ text: SEPARATOR, color: look.muted }), linked(e.org, e.orgHref));
  const when = [e.location, e.date].filter((v): v is string => Boolean(v)).join(SEPARATOR);
  const before = first ? 0 : look.space(look.entrySpacing);
  const heading = (children: ParagraphChild[]) =>
    paragraph({ heading: HeadingLevel.HEADING_2, keepNext, spacing: { before }, children });
  if (!when) return heading(title);
  const titleWidth = look.textWidthOf(`${e.title}${SEPARATOR}${e.org ?? ''}`, look.entryTitleSize);
  const whenWidth = look.textWidthOf(when, look.dateSize) + look.twips(look.columnGap);
  if (titleWidth + whenWidth <= look.textWidth)
    return paragraph({
      heading: HeadingLevel.HEADING_2,
      keepNext,
      spacing: { before },
      tabStops: [{ type: TabStopType.RIGHT, position: look.textWidth }],
      children: [...title, new TextRun({ children: [new Tab(), when], style: 'EntryDate' })],
    });
  const dates = paragraph({
    alignment: AlignmentType.RIGHT,
    keepNext,
    spacing: { before },
    children: [new TextRun({ text: when, style: 'EntryDate' })],
  });
  return headingRow(
    heading(title),
    dates,
    Math.min(Math.round(whenWidth), Math.round(look.textWidth * 0.4)),
    look,
  );
}

/** The title and the dates side by side in a borderless row that never splits. */
function headingRow(title: Paragraph, dates: Paragraph, datesWidth: number, look: Look): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: none, bottom: none, left: none, right: none };
  const cell = (width: number, child: Paragraph) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders, children: [child] });
  const titleWidth = look.textWidth - datesWidth;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: look.textWidth, type: WidthType.DXA },
    columnWidths: [titleWidth, datesWidth],
    borders: { ...borders, insideHorizontal: none, insideVertical: none },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [new TableRow({ cantSplit: true, children: [cell(titleWidth, title), cell(datesWidth, dates)] })],
  });
}

function bullets(list: Inline[][], look: Look): Paragraph[] {
  return list.map((b, i) =>
    paragraph({
      style: 'Bullet',
      numbering: { reference: look.bullets, level: 0 },
      keepNext: keepInList(i, list.length),
      ...(i === 0 ? { spacing: { before: look.space(look.textSpacing) } } : {}),
      children: runs(b),
    }),
  );
}

/** An entry: its heading kept with its first lines; an entry of one line (a certificate) kept with the next
 * when it is the first of its section or the last but one, as a list's items are. A keep-with-next on an entry's
 * last paragraph would hold the next entry to it, and so on down the section: none is set there. */
function entry(e: ViewEntry, look: Look, i: number, count: number): (Paragraph | Table)[] {
  const more =
    e.description.length > 0 || e.highlights.length > 0 || Boolean(e.keywords) || Boolean(e.roles?.length);
  const body: Paragraph[] = [];
  if (e.detail)
    body.push(paragraph({ style: 'EntryMeta', keepNext: more, children: [new TextRun({ text: e.detail })] }));
  for (const p of e.description) body.push(paragraph({ style: 'EntryDescription', children: runs(p) }));
  body.push(...bullets(e.highlights, look));
  body.push(...roles(e.roles, look));
  if (e.keywords)
    body.push(paragraph({ style: 'EntryKeywords', children: [new TextRun({ text: e.keywords })] }));
  return [entryHead(e, look, i === 0, body.length > 0 || keepInList(i, count)), ...body];
}

/** Several roles under one employer: each its title with its dates at the right margin, kept with its first
 * lines, then its text, bullets and keywords. */
function roles(list: ViewRole[] | undefined, look: Look): Paragraph[] {
  return (list ?? []).flatMap((r) => {
    const body = [
      ...(r.location
        ? [paragraph({ style: 'EntryMeta', children: [new TextRun({ text: r.location })] })]
        : []),
      ...r.description.map((p) => paragraph({ style: 'EntryDescription', children: runs(p) })),
      ...bullets(r.highlights, look),
      ...(r.keywords
        ? [paragraph({ style: 'EntryKeywords', children: [new TextRun({ text: r.keywords })] })]
        : []),
    ];
    const date = r.date ? [new TextRun({ children: [new Tab(), r.date], style: 'EntryDate' })] : [];
    const head = paragraph({
      style: 'RoleHead',
      keepNext: body.length > 0,
      tabStops: [{ type: TabStopType.RIGHT, position: look.textWidth }],
      children: [new TextRun({ text: r.title, bold: true }), ...date],
    });
    return [head, ...body];
  });
}

/** Paragraphs of a list section (keyword groups, labelled items): the first without space above it. */
function listItems(style: string, items: ParagraphChild[][]): Paragraph[] {
  return items.map((children, i) =>
    paragraph({
      style,
      keepNext: keepInList(i, items.length),
      ...(i === 0 ? { spacing: { before: 0 } } : {}),
      children,
    }),
  );
}

function sectionBody(s: ViewSection, look: Look): (Paragraph | Table)[] {
  switch (s.kind) {
    case 'summary':
      return [
        ...s.paragraphs.map((p, i) =>
          paragraph({ style: 'Summary', ...(i === 0 ? { spacing: { before: 0 } } : {}), children: runs(p) }),
        ),
        ...bullets(s.bullets, look),
      ];
    case 'entries':
      return s.entries.flatMap((e, i) => entry(e, look, i, s.entries.length));
    case 'groups':
      return listItems(
        'Group',
        s.groups.map((g) => [
          // A group with no keywords (an interest named, nothing more) is its name alone.
          new TextRun({
            text: `${g.name}${g.detail ? ` (${g.detail})` : ''}${g.keywords.length ? ': ' : ''}`,
            bold: true,
          }),
          ...g.keywords.flatMap((k, i) => [...(i ? [new TextRun({ text: ', ' })] : []), ...runs(k)]),
        ]),
      );
    case 'items':
      return listItems(
        'Item',
        s.items.map((item) => [
          ...(item.label
            ? [new TextRun({ text: `${item.label}${item.text.length ? ': ' : ''}`, bold: true })]
            : []),
          ...(item.href ? [linked(plainText(item.text), item.href)] : runs(item.text)),
        ]),
      );
    default:
      return unknownKind(s);
  }
}

function section(s: ViewSection, look: Look, first: boolean): (Paragraph | Table)[] {
  // Below the masthead, the larger of its space and a section's (the CSS's margins collapse the same way).
  const before = look.space(
    first ? Math.max(look.mastheadSpacing, look.sectionSpacing) : look.sectionSpacing,
  );
  return [
    paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { before },
      children: [new TextRun({ text: s.title })],
    }),
    ...sectionBody(s, look),
  ];
}

/** The DOCX, its Word styles built from the same tokens as the page's CSS (theme, meta.design, --max-pages). */
export async function renderDocx(view: ViewModel, tokens: Tokens): Promise<Uint8Array> {
  const look = lookOf(tokens, view);
  const properties = {
    creator: view.document.author,
    lastModifiedBy: 'resume',
    title: view.document.title,
    subject: view.document.subject,
    keywords: view.document.keywords.join(', '),
    description: view.label ?? view.document.subject,
    // How it was built, for check (a custom property: Word shows it under the document's properties).
    customProperties: view.document.build ? [{ name: BUILD_RECORD_KEY, value: view.document.build }] : [],
  };
  const doc = new Document({
    ...properties,
    styles: docxStyles(look),
    numbering: { config: [bulletNumbering(look)] },
    sections: [
      {
        properties: { page: { size: look.page, margin: look.margins } },
        children: [...masthead(view, look), ...view.sections.flatMap((s, i) => section(s, look, i === 0))],
      },
    ],
  });
  // The same résumé gives the same bytes: no build time in the package (see reproducible.ts, package.ts).
  return docxBytes(doc, properties);
}
