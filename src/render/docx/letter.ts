// The cover letter as DOCX: the letterhead in the résumé's Word styles (Title, Subtitle, contacts over a rule),
// the recipient's lines, the date on the right, the greeting, the body's paragraphs and lists, the closing, the
// signature and the name. Its styles come from the same tokens as the letter's page (letter.css).
import type { Inline } from '../../core/markdown.js';
import type { LetterBlock, LetterView } from '../../letter/view.js';
import { BULLET_MARKS, letterText as letterSizes, type Tokens } from '../tokens.js';
import { contactRuns, runs, SEPARATOR } from './document.js';
import { PAGE, TWIPS_PER_MM } from './look.js';
import { docxBytes, Relationships, takesPicture } from './package.js';
import { corePropertiesOf } from './reproducible.js';
import {
  type DocumentDefaults,
  type ListKind,
  Numbering,
  type StyleDefinition,
  stylesXml,
} from './styles.js';
import { borderlessRow, paragraph, pictureRun, textRun, type Xml } from './wml.js';

/** The kinds of list in numbering.xml, by index. */
const BULLETS = 0;
const NUMBERS = 1;

/** What the letter's paragraphs are written with. */
interface Writer {
  view: LetterView;
  relationships: Relationships;
  numbering: Numbering;
  /** Vertical space in twips, times the fit's spacing multiplier. */
  space: (twips: number) => number;
}

export async function renderLetterDocx(view: LetterView, tokens: Tokens): Promise<Uint8Array> {
  const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
  const m = tokens.margins;
  const w: Writer = {
    view,
    relationships: new Relationships(),
    numbering: new Numbering(listKinds(tokens)),
    space: (t) => Math.round(t * (view.fit?.space ?? 1)),
  };
  const width = textWidth(view, tokens);
  const body = [...letterhead(w, width, tokens), addressee(view, width), ...letterText(w)].join('');
  // The same letter gives the same bytes (see reproducible.ts, package.ts).
  return docxBytes({
    body,
    page: PAGE[view.document.paper],
    margins: { top: twips(m.top), right: twips(m.right), bottom: twips(m.bottom), left: twips(m.left) },
    styles: letterStyles(view, tokens, w.space),
    numbering: w.numbering.xml(),
    relationships: w.relationships,
    properties: corePropertiesOf(view.document, { description: view.document.subject }),
  });
}

/** The letterhead's contacts are a little smaller than the letter's text (see letterStyles). */
const LETTERHEAD_SIZE = 0.95;

function letterhead({ view, relationships }: Writer, width: number, tokens: Tokens): Xml[] {
  const contacts = contactRuns(
    view.contacts,
    {
      width,
      size: tokens.fontSize * LETTERHEAD_SIZE,
      separator: SEPARATOR,
      separatorProps: { style: 'LetterMuted' },
    },
    relationships,
  );
  return [
    paragraph({ style: 'Title' }, [textRun(view.name)]),
    ...(view.label ? [paragraph({ style: 'Subtitle' }, [textRun(view.label)])] : []),
    paragraph({ style: 'Letterhead' }, contacts),
  ];
}

const line = (text: string, style: string) => paragraph({ style }, [textRun(text)]);

function textWidth(view: LetterView, tokens: Tokens): number {
  const { left, right } = tokens.margins;
  return PAGE[view.document.paper].width - Math.round((left + right) * TWIPS_PER_MM);
}

/** The recipient's lines and, across from them on the right, the date: a borderless row of two cells, as the
 * page has them side by side (read left cell first, as the page is). */
function addressee(view: LetterView, width: number): Xml {
  const dateWidth = Math.min(Math.round(width / 2), Math.round(view.date.length * 130) + 240);
  const recipient = view.recipient.length
    ? view.recipient.map((r) => line(r, 'Recipient'))
    : [line('', 'Recipient')];
  return borderlessRow([
    { width: width - dateWidth, paragraphs: recipient },
    {
      width: dateWidth,
      paragraphs: [paragraph({ style: 'Recipient', alignment: 'right' }, [textRun(view.date)])],
    },
  ]);
}

function letterText(w: Writer): Xml[] {
  const { view } = w;
  const para = (tokens: Inline[], style = 'LetterText') =>
    paragraph({ style }, runs(tokens, w.relationships));
  return [
    // The space below the recipient and the date: above the subject, or the greeting when there is none.
    ...(view.subject ? [para([{ type: 'strong', children: view.subject }], 'Opening')] : []),
    para(view.salutation, view.subject ? 'LetterText' : 'Opening'),
    ...view.body.flatMap((block) => blockParagraphs(block, w, para)),
    // No closing where the text ends with its own (or closing: false).
    ...(view.closing.length
      ? [paragraph({ style: 'Closing', keepNext: true }, runs(view.closing, w.relationships))]
      : []),
    ...signature(w),
    line(view.name, 'Signer'),
  ];
}

function blockParagraphs(block: LetterBlock, w: Writer, para: (tokens: Inline[]) => Xml): Xml[] {
  if (block.kind === 'paragraph') return [para(block.text)];
  // Each list its own instance: a numbered list counts from 1.
  const list = w.numbering.instance(block.ordered ? NUMBERS : BULLETS);
  return block.items.map((item, i) =>
    paragraph(
      { style: i === block.items.length - 1 ? 'LetterListEnd' : 'LetterList', numbering: list },
      runs(item, w.relationships),
    ),
  );
}

/** The signature's image, 15 mm high. Word has no WebP: left out there (the typed name stays). */
function signature({ view, relationships, space }: Writer): Xml[] {
  const image = view.signature;
  if (!image || !takesPicture(image.mime)) return [];
  const height = 57; // 15 mm at 96 dpi
  const picture = pictureRun({
    relationshipId: relationships.picture(image.data, image.mime),
    id: relationships.pictureCount,
    width: Math.round((image.width / image.height) * height),
    height,
    name: 'Signature',
    description: `Signature of ${view.name}`,
    title: view.name,
  });
  return [paragraph({ keepNext: true, spacing: { before: space(60), line: 240 } }, [picture])];
}

function listKinds(tokens: Tokens): ListKind[] {
  const color = tokens.accent.replace('#', '').toUpperCase();
  const indent = { left: 360, hanging: 240 };
  return [
    { format: 'bullet', text: BULLET_MARKS[tokens.bullet], indent, color },
    { format: 'decimal', text: '%1.', indent, color },
  ];
}

function letterStyles(view: LetterView, tokens: Tokens, space: (twips: number) => number): Xml {
  const hex = (c: string) => c.replace('#', '').toUpperCase();
  const pt = (n: number) => Math.round(n * 2); // Word's sizes are half-points
  const font = tokens.docxFont;
  const { bodyPt: body, leading } = letterSizes(tokens);
  // Word's "auto" line of 240 is about 1.2 times the font size: the CSS line height, in Word's terms.
  const defaults: DocumentDefaults = {
    run: { font, size: pt(body), color: hex(tokens.text), lang: view.document.locale },
    paragraph: {
      spacing: { after: 0, line: Math.round((240 * leading) / 1.2) },
      rightToLeft: view.document.dir === 'rtl',
    },
  };
  const after = space(Math.round(body * 20 * 0.75));
  const style = (id: string, name: string, rest: Partial<StyleDefinition> = {}): StyleDefinition => ({
    type: 'paragraph',
    id,
    name,
    quickFormat: true,
    ...rest,
  });
  const styles: StyleDefinition[] = [
    style('Title', 'Title', {
      next: 'Normal',
      paragraph: { spacing: { after: space(40), line: 240 } },
      run: { font, bold: true, color: hex(tokens.accent), size: pt(tokens.nameSize) },
    }),
    {
      type: 'character',
      id: 'Hyperlink',
      name: 'Hyperlink',
      run: { color: hex(tokens.text), underline: {} },
    },
    style('Subtitle', 'Subtitle', {
      paragraph: { spacing: { after: space(40) } },
      run: { font, bold: true, size: pt(tokens.labelSize) },
    }),
    style('Letterhead', 'Letterhead', {
      paragraph: {
        borderBottom: { color: hex(tokens.rule), size: 6, space: 6 },
        spacing: { after: space(480) },
      },
      run: { color: hex(tokens.muted), size: pt(tokens.fontSize * LETTERHEAD_SIZE) },
    }),
    style('Recipient', 'Recipient'),
    style('Opening', 'Letter Opening', { paragraph: { spacing: { before: space(680), after } } }),
    style('LetterText', 'Letter Text', { paragraph: { spacing: { after } } }),
    style('LetterList', 'Letter List', {
      paragraph: { spacing: { after: space(40) }, indent: { left: 360 } },
    }),
    style('LetterListEnd', 'Letter List End', { paragraph: { spacing: { after }, indent: { left: 360 } } }),
    style('Closing', 'Closing', { paragraph: { spacing: { before: space(120) } } }),
    // Without an image, room to sign by hand.
    style('Signer', 'Signer', { paragraph: { spacing: { before: view.signature ? 0 : space(680) } } }),
    { type: 'character', id: 'LetterMuted', name: 'Letter Muted', run: { color: hex(tokens.muted) } },
  ];
  return stylesXml(defaults, styles);
}
