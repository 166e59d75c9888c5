// The cover letter as DOCX: the letterhead in the résumé's Word styles (Title, Subtitle, contacts over a rule),
// the recipient's lines, the date on the right, the greeting, the body's paragraphs and lists, the closing, the
// signature and the name. Its styles come from the same tokens as the letter's page (letter.css).
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Inline } from '../../core/markdown.js';
import type { LetterBlock, LetterView } from '../../letter/view.js';
import { BULLET_MARKS, letterText as letterSizes, type Tokens } from '../tokens.js';
import { linked, runs } from './document.js';
import { PAGE, TWIPS_PER_MM } from './look.js';
import { docxBytes } from './package.js';

const BULLETS = 'letter-bullets';
const NUMBERS = 'letter-numbers';

export async function renderLetterDocx(view: LetterView, tokens: Tokens): Promise<Uint8Array> {
  const space = (twips: number) => Math.round(twips * (view.fit?.space ?? 1));
  const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
  const m = tokens.margins;
  const properties = {
    creator: view.document.author,
    lastModifiedBy: 'resume',
    title: view.document.title,
    subject: view.document.subject,
    keywords: '',
    description: view.document.subject,
  };
  const doc = new Document({
    ...properties,
    styles: letterStyles(view, tokens, space),
    numbering: { config: numbering(tokens) },
    sections: [
      {
        properties: {
          page: {
            size: PAGE[view.document.paper],
            margin: {
              top: twips(m.top),
              bottom: twips(m.bottom),
              left: twips(m.left),
              right: twips(m.right),
            },
          },
        },
        children: [...letterhead(view), addressee(view, textWidth(view, tokens)), ...letterText(view, space)],
      },
    ],
  });
  // The same letter gives the same bytes (see reproducible.ts, package.ts).
  return docxBytes(doc, properties);
}

function letterhead(view: LetterView): Paragraph[] {
  const contacts: ParagraphChild[] = view.contacts.flatMap((c, i) => [
    // A no-break space ties each dot to the item before it: a wrapped line never starts with "·".
    ...(i ? [new TextRun({ text: '\u00a0\u00a0·  ', style: 'LetterMuted' })] : []),
    linked(c.text, c.href),
  ]);
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: view.name })] }),
    ...(view.label
      ? [new Paragraph({ style: 'Subtitle', children: [new TextRun({ text: view.label })] })]
      : []),
    new Paragraph({ style: 'Letterhead', children: contacts }),
  ];
}

const line = (text: string, style: string) => new Paragraph({ style, children: [new TextRun({ text })] });

function textWidth(view: LetterView, tokens: Tokens): number {
  const { left, right } = tokens.margins;
  return PAGE[view.document.paper].width - Math.round((left + right) * TWIPS_PER_MM);
}

/** The recipient's lines and, across from them on the right, the date: a borderless row of two cells, as the
 * page has them side by side (read left cell first, as the page is). */
function addressee(view: LetterView, width: number): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = {
    top: none,
    bottom: none,
    left: none,
    right: none,
    insideHorizontal: none,
    insideVertical: none,
  };
  const dateWidth = Math.min(Math.round(width / 2), Math.round(view.date.length * 130) + 240);
  const cell = (cellWidth: number, children: Paragraph[]) =>
    new TableCell({ width: { size: cellWidth, type: WidthType.DXA }, borders, children });
  const recipient = view.recipient.length
    ? view.recipient.map((r) => line(r, 'Recipient'))
    : [line('', 'Recipient')];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width - dateWidth, dateWidth],
    borders,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(width - dateWidth, recipient),
          cell(dateWidth, [
            new Paragraph({
              style: 'Recipient',
              alignment: AlignmentType.RIGHT,
              children: [new TextRun({ text: view.date })],
            }),
          ]),
        ],
      }),
    ],
  });
}

function letterText(view: LetterView, space: (twips: number) => number): Paragraph[] {
  const para = (tokens: Inline[], style = 'LetterText') => new Paragraph({ style, children: runs(tokens) });
  let lists = 0;
  return [
    // The space below the recipient and the date: above the subject, or the greeting when there is none.
    ...(view.subject ? [para([{ type: 'strong', children: view.subject }], 'Opening')] : []),
    para(view.salutation, view.subject ? 'LetterText' : 'Opening'),
    ...view.body.flatMap((block) => blockParagraphs(block, para, lists++)),
    new Paragraph({ style: 'Closing', keepNext: true, children: runs(view.closing) }),
    ...signature(view, space),
    line(view.name, 'Signer'),
  ];
}

function blockParagraphs(
  block: LetterBlock,
  para: (tokens: Inline[]) => Paragraph,
  instance: number,
): Paragraph[] {
  if (block.kind === 'paragraph') return [para(block.text)];
  return block.items.map(
    (item, i) =>
      new Paragraph({
        style: i === block.items.length - 1 ? 'LetterListEnd' : 'LetterList',
        // Each numbered list counts from 1.
        numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: 0, instance },
        children: runs(item),
      }),
  );
}

/** The signature's image, 15 mm high. Word has no WebP: left out there (the typed name stays). */
function signature(view: LetterView, space: (twips: number) => number): Paragraph[] {
  const image = view.signature;
  if (!image || image.mime === 'image/webp') return [];
  const height = 57; // 15 mm at 96 dpi
  const type = image.mime === 'image/png' ? 'png' : image.mime === 'image/gif' ? 'gif' : 'jpg';
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: space(60), line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type,
          data: image.data,
          transformation: { width: Math.round((image.width / image.height) * height), height },
          altText: { name: 'Signature', description: `Signature of ${view.name}`, title: view.name },
        }),
      ],
    }),
  ];
}

function numbering(tokens: Tokens) {
  const accent = tokens.accent.replace('#', '').toUpperCase();
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level: 0,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360, hanging: 240 } }, run: { color: accent } },
  });
  return [
    { reference: BULLETS, levels: [level(LevelFormat.BULLET, BULLET_MARKS[tokens.bullet])] },
    { reference: NUMBERS, levels: [level(LevelFormat.DECIMAL, '%1.')] },
  ];
}

function letterStyles(view: LetterView, tokens: Tokens, space: (twips: number) => number) {
  const hex = (c: string) => c.replace('#', '').toUpperCase();
  const pt = (n: number) => Math.round(n * 2); // docx sizes are half-points
  const font = tokens.docxFont;
  const { bodyPt: body, leading } = letterSizes(tokens);
  // Word's "auto" line of 240 is about 1.2 times the font size: the CSS line height, in Word's terms.
  const line = Math.round((240 * leading) / 1.2);
  const after = space(Math.round(body * 20 * 0.75));
  const style = (id: string, name: string, paragraph: object, run: object = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    paragraph,
    run,
  });
  return {
    default: {
      document: {
        run: { font, size: pt(body), color: hex(tokens.text) },
        paragraph: { spacing: { after: 0, line, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font, size: pt(tokens.nameSize), bold: true, color: hex(tokens.accent) },
        paragraph: { spacing: { after: space(40), line: 240, lineRule: LineRuleType.AUTO } },
      },
      hyperlink: { run: { color: hex(tokens.text), underline: {} } },
    },
    paragraphStyles: [
      style(
        'Subtitle',
        'Subtitle',
        { spacing: { after: space(40) } },
        { font, size: pt(tokens.labelSize), bold: true },
      ),
      style(
        'Letterhead',
        'Letterhead',
        {
          spacing: { after: space(480) },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: hex(tokens.rule), space: 6 } },
        },
        { color: hex(tokens.muted), size: pt(tokens.fontSize * 0.95) },
      ),
      style('Recipient', 'Recipient', {}),
      style('Opening', 'Letter Opening', { spacing: { before: space(680), after } }),
      style('LetterText', 'Letter Text', { spacing: { after } }),
      style('LetterList', 'Letter List', { indent: { left: 360 }, spacing: { after: space(40) } }),
      style('LetterListEnd', 'Letter List End', { indent: { left: 360 }, spacing: { after } }),
      style('Closing', 'Closing', { spacing: { before: space(120) } }),
      // Without an image, room to sign by hand.
      style('Signer', 'Signer', { spacing: { before: view.signature ? 0 : space(680) } }),
    ],
    characterStyles: [{ id: 'LetterMuted', name: 'Letter Muted', run: { color: hex(tokens.muted) } }],
  };
}
