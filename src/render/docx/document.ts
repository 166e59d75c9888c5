import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  type ParagraphChild,
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
import type { Bullet, Tokens } from '../tokens.js';
import { coreProperties, fixedZipTimes } from './reproducible.js';

export const TWIPS_PER_MM = 1440 / 25.4;
export const PAGE = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } };
const BULLETS = 'resume-bullets';

export interface RunStyle {
  style?: string;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
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

/** The photo, right-aligned above the name, 26 mm on its longer side. Word has no WebP: left out there. */
function photoParagraph(view: ViewModel): Paragraph[] {
  const photo = view.photo;
  if (!photo || photo.mime === 'image/webp') return [];
  const scale = 98 / Math.max(photo.width, photo.height); // 26 mm ≈ 98 px at 96 dpi
  const type = photo.mime === 'image/png' ? 'png' : photo.mime === 'image/gif' ? 'gif' : 'jpg';
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      // An explicit "auto" rule: the line grows to the picture instead of clipping it.
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
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

export function linked(text: string, href: string | undefined, style: RunStyle = {}): ParagraphChild {
  if (!href) return new TextRun({ text, ...style });
  return new ExternalHyperlink({
    link: href,
    children: [new TextRun({ text, ...style, style: 'Hyperlink' })],
  });
}

/** Several roles under one employer: each its title with its dates at the right margin, then its text and
 * bullets. */
function roleParagraphs(
  roles: ViewRole[] | undefined,
  bullet: (tokens: Inline[]) => Paragraph,
  page: { textWidth: number; muted: string },
): Paragraph[] {
  return (roles ?? []).flatMap((r) => [
    new Paragraph({
      style: 'RoleHead',
      tabStops: [{ type: TabStopType.RIGHT, position: page.textWidth }],
      children: [
        new TextRun({ text: r.title, bold: true }),
        ...(r.date ? [new TextRun({ text: `\t${r.date}`, color: page.muted })] : []),
      ],
    }),
    ...(r.location
      ? [new Paragraph({ style: 'EntryMeta', children: [new TextRun({ text: r.location })] })]
      : []),
    ...r.description.map((p) => new Paragraph({ style: 'EntryDescription', children: runs(p) })),
    ...r.highlights.map(bullet),
    ...(r.keywords
      ? [new Paragraph({ style: 'EntryMeta', children: [new TextRun({ text: r.keywords })] })]
      : []),
  ]);
}

export const BULLET_MARKS: Record<Bullet, string> = { disc: '•', circle: '◦', square: '▪', dash: '–' };

/** The DOCX, its Word styles built from the same tokens as the page's CSS (theme, meta.design, --max-pages). */
export async function renderDocx(view: ViewModel, tokens: Tokens): Promise<Uint8Array> {
  const hex = (c: string) => c.replace('#', '').toUpperCase();
  const theme = {
    font: tokens.docxFont,
    bodySize: tokens.fontSize,
    accent: hex(tokens.accent),
    muted: hex(tokens.muted),
    rule: hex(tokens.rule),
  };
  const ink = hex(tokens.text);
  const sp = (twips: number) => Math.round(twips * (view.fit?.space ?? 1));
  const page = PAGE[view.document.paper];
  const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
  const margin = {
    top: twips(tokens.margins.top),
    bottom: twips(tokens.margins.bottom),
    left: twips(tokens.margins.left),
    right: twips(tokens.margins.right),
  };
  // Word's "auto" line of 240 is about 1.2 times the font size: the CSS line height, in Word's terms.
  const line = Math.round((240 * tokens.lineHeight) / 1.2);
  const textWidth = page.width - margin.left - margin.right;
  const pt = (n: number) => Math.round(n * 2); // docx sizes are half-points

  const bullet = (tokens: Inline[]) =>
    new Paragraph({ style: 'Bullet', numbering: { reference: BULLETS, level: 0 }, children: runs(tokens) });

  const entry = (e: ViewEntry): (Paragraph | Table)[] => {
    const head: ParagraphChild[] = [linked(e.title, e.href, { bold: true })];
    if (e.org) head.push(new TextRun({ text: ' · ', color: theme.muted }), new TextRun({ text: e.org }));
    const heading = new Paragraph({ heading: HeadingLevel.HEADING_2, children: head });
    const out: (Paragraph | Table)[] = [];
    if (e.date) {
      // Title and date in a borderless two-cell row: a long title wraps inside its cell and the date stays on
      // its first line, right-aligned (a right tab would push the date below a wrapped title).
      const dateWidth = Math.round(e.date.length * (theme.bodySize - 0.5) * 0.55 * 20) + 240;
      const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
      const borders = {
        top: none,
        bottom: none,
        left: none,
        right: none,
        insideHorizontal: none,
        insideVertical: none,
      };
      const cell = (width: number, children: Paragraph[]) =>
        new TableCell({ width: { size: width, type: WidthType.DXA }, borders, children });
      out.push(
        new Table({
          layout: TableLayoutType.FIXED,
          width: { size: textWidth, type: WidthType.DXA },
          columnWidths: [textWidth - dateWidth, dateWidth],
          borders,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
          rows: [
            new TableRow({
              cantSplit: true,
              children: [
                cell(textWidth - dateWidth, [heading]),
                cell(dateWidth, [
                  new Paragraph({
                    style: 'EntryDate',
                    alignment: AlignmentType.RIGHT,
                    children: [new TextRun({ text: e.date })],
                  }),
                ]),
              ],
            }),
          ],
        }),
      );
    } else out.push(heading);
    for (const line of [e.location, e.detail]) {
      if (line) out.push(new Paragraph({ style: 'EntryMeta', children: [new TextRun({ text: line })] }));
    }
    for (const p of e.description) out.push(new Paragraph({ style: 'EntryDescription', children: runs(p) }));
    for (const h of e.highlights) out.push(bullet(h));
    out.push(...roleParagraphs(e.roles, bullet, { textWidth, muted: theme.muted }));
    if (e.keywords)
      out.push(new Paragraph({ style: 'EntryMeta', children: [new TextRun({ text: e.keywords })] }));
    return out;
  };

  const section = (s: ViewSection): (Paragraph | Table)[] => {
    const out: (Paragraph | Table)[] = [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: s.title })] }),
    ];
    switch (s.kind) {
      case 'summary':
        for (const p of s.paragraphs) out.push(new Paragraph({ style: 'Summary', children: runs(p) }));
        for (const b of s.bullets) out.push(bullet(b));
        break;
      case 'entries':
        for (const e of s.entries) out.push(...entry(e));
        break;
      case 'groups':
        for (const g of s.groups) {
          const keywords = g.keywords.flatMap((k, i) => [
            ...(i ? [new TextRun({ text: ', ' })] : []),
            ...runs(k),
          ]);
          const label = `${g.name}${g.detail ? ` (${g.detail})` : ''}${keywords.length ? ': ' : ''}`;
          out.push(
            new Paragraph({
              style: 'Group',
              children: [new TextRun({ text: label, bold: true }), ...keywords],
            }),
          );
        }
        break;
      case 'items':
        for (const item of s.items) {
          const text = item.href ? [linked(plainText(item.text), item.href)] : runs(item.text);
          const label = item.label ? [new TextRun({ text: `${item.label}: `, bold: true })] : [];
          out.push(new Paragraph({ style: 'Item', children: [...label, ...text] }));
        }
        break;
      default:
        unknownKind(s);
    }
    return out;
  };

  const contacts = (list: ContactLink[]): ParagraphChild[] =>
    list.flatMap((c, i) => [
      // A no-break space ties each dot to the item before it: a wrapped line never starts with "·".
      ...(i ? [new TextRun({ text: '\u00a0\u00a0·  ', color: theme.muted })] : []),
      linked(c.text, c.href),
    ]);

  const masthead = [
    ...photoParagraph(view),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: view.name })] }),
    ...(view.label
      ? [new Paragraph({ style: 'Subtitle', children: [new TextRun({ text: view.label })] })]
      : []),
    ...(view.contacts.length
      ? [new Paragraph({ style: 'Contacts', children: contacts(view.contacts) })]
      : []),
  ];

  const properties = {
    creator: view.document.author,
    lastModifiedBy: 'resume',
    title: view.document.title,
    subject: view.document.subject,
    keywords: view.document.keywords.join(', '),
    description: view.label ?? view.document.subject,
    customProperties: view.document.build ? [{ name: BUILD_RECORD_KEY, value: view.document.build }] : [],
  };
  const doc = new Document({
    ...properties,
    styles: {
      default: {
        document: {
          run: { font: theme.font, size: pt(theme.bodySize), color: ink },
          paragraph: { spacing: { after: 0, line, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: theme.font, size: pt(tokens.nameSize), bold: true, color: theme.accent },
          // A multiple of the font's own height ("auto"), so a name that wraps never overlaps itself.
          paragraph: { spacing: { after: sp(40), line: 240, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: {
            font: theme.font,
            size: pt(tokens.headingSize),
            bold: true,
            allCaps: true,
            color: theme.accent,
          },
          paragraph: {
            keepNext: true,
            keepLines: true,
            spacing: { before: sp(twips(tokens.sectionSpacing)), after: sp(90) },
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: theme.rule, space: 2 } },
          },
        },
        heading2: {
          run: { font: theme.font, size: pt(tokens.fontSize * 1.05), bold: false, color: ink },
          paragraph: { keepNext: true, keepLines: true, spacing: { before: sp(140), after: sp(20) } },
        },
        // Links read as text on paper, as in the PDF; Word still shows them as live links.
        hyperlink: { run: { color: ink, underline: {} } },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: theme.font, size: pt(tokens.labelSize), bold: true },
          paragraph: { spacing: { after: sp(40) } },
        },
        {
          id: 'Contacts',
          name: 'Contacts',
          basedOn: 'Normal',
          run: { color: theme.muted },
          paragraph: { spacing: { after: sp(120) } },
        },
        { id: 'Summary', name: 'Summary', basedOn: 'Normal', paragraph: { spacing: { after: sp(80) } } },
        {
          id: 'EntryDate',
          name: 'Entry Date',
          basedOn: 'Normal',
          run: { color: theme.muted, size: pt(theme.bodySize - 0.5) },
          // The same spacing as Heading 2 beside it, so the two share a baseline.
          paragraph: { keepNext: true, spacing: { before: sp(140), after: sp(20) } },
        },
        {
          id: 'RoleHead',
          name: 'Role',
          basedOn: 'Normal',
          paragraph: { keepNext: true, keepLines: true, indent: { left: 170 }, spacing: { before: sp(80) } },
        },
        {
          id: 'EntryMeta',
          name: 'Entry Meta',
          basedOn: 'Normal',
          run: { color: theme.muted },
          paragraph: { keepNext: true },
        },
        {
          id: 'EntryDescription',
          name: 'Entry Description',
          basedOn: 'Normal',
          paragraph: { keepNext: true, spacing: { before: sp(20), after: sp(30) } },
        },
        {
          id: 'Bullet',
          name: 'Résumé Bullet',
          basedOn: 'ListParagraph',
          paragraph: { keepLines: true, spacing: { before: sp(15) } },
        },
        {
          id: 'ListParagraph',
          name: 'List Paragraph',
          basedOn: 'Normal',
          paragraph: { indent: { left: 360 } },
        },
        {
          id: 'Group',
          name: 'Skill Group',
          basedOn: 'Normal',
          paragraph: { keepLines: true, spacing: { after: sp(40) } },
        },
        {
          id: 'Item',
          name: 'Labelled Item',
          basedOn: 'Normal',
          paragraph: { keepLines: true, spacing: { after: sp(40) } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: BULLET_MARKS[tokens.bullet],
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 300, hanging: 220 } }, run: { color: theme.accent } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: page, margin } },
        children: [...masthead, ...view.sections.flatMap(section)],
      },
    ],
  });
  // The same résumé gives the same bytes: no build time in the package (see reproducible.ts).
  return fixedZipTimes(new Uint8Array(await Packer.toBuffer(doc, undefined, [coreProperties(properties)])));
}
