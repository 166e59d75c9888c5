// WordprocessingML written as text: runs, paragraphs, hyperlinks, a borderless table row and an inline picture,
// each a string of XML. A document is a few hundred paragraphs; building them as strings costs a fraction of an
// object tree serialised afterwards (the docx library spent about 35 ms on each résumé of a batch).
//
// Children come in the order the schema requires (CT_PPr, CT_RPr): Word refuses a document whose properties are
// out of order, where LibreOffice would open it.

/** A fragment of WordprocessingML. */
export type Xml = string;

/** What every part of the package starts with. */
export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
/** The namespace of WordprocessingML's elements, the w: of every part that has them. */
export const W_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text and attribute values escaped. (Characters XML cannot hold at all are gone already: see
 * core/control-chars.ts.) */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c] as string);
}

/** A property that is on, off (overriding its style), or left to the style. */
function toggle(name: string, value: boolean | undefined): Xml {
  if (value === undefined) return '';
  return value ? `<w:${name}/>` : `<w:${name} w:val="false"/>`;
}

export interface RunProps {
  /** A character style's id. */
  style?: string;
  font?: string;
  bold?: boolean;
  italics?: boolean;
  caps?: boolean;
  color?: string;
  /** Font size in half-points. */
  size?: number;
  underline?: { color?: string };
  /** The language of the text (a BCP 47 tag), for Word's spelling, hyphenation and fonts. */
  lang?: string;
}

/** Languages Word reads as East Asian text, and those it reads as right-to-left ("complex script") text: Word keeps
 * a language for each kind, so a Japanese résumé is marked in the East Asian slot. */
const EAST_ASIAN = /^(ja|zh|ko)\b/i;
const COMPLEX_SCRIPT = /^(ar|he|fa|ur|yi|ps|sd|ug|dv)\b/i;

function language(tag: string): Xml {
  const slot = EAST_ASIAN.test(tag) ? 'eastAsia' : COMPLEX_SCRIPT.test(tag) ? 'bidi' : 'val';
  return `<w:lang w:${slot}="${escapeXml(tag)}"/>`;
}

export function runProperties(p: RunProps): Xml {
  const inner = [
    p.style ? `<w:rStyle w:val="${p.style}"/>` : '',
    p.font
      ? `<w:rFonts w:ascii="${p.font}" w:cs="${p.font}" w:eastAsia="${p.font}" w:hAnsi="${p.font}"/>`
      : '',
    toggle('b', p.bold),
    toggle('bCs', p.bold),
    toggle('i', p.italics),
    toggle('iCs', p.italics),
    toggle('caps', p.caps),
    p.color ? `<w:color w:val="${p.color}"/>` : '',
    p.size ? `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>` : '',
    p.underline ? `<w:u w:val="single"${p.underline.color ? ` w:color="${p.underline.color}"` : ''}/>` : '',
    p.lang ? language(p.lang) : '',
  ].join('');
  return inner ? `<w:rPr>${inner}</w:rPr>` : '';
}

/** A run of text. */
export function textRun(text: string, props: RunProps = {}): Xml {
  return `<w:r>${runProperties(props)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A run that moves to a right tab stop, then its text. */
export function tabRun(text: string, props: RunProps = {}): Xml {
  return `<w:r>${runProperties(props)}<w:tab/><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A line break inside a paragraph. */
export const LINE_BREAK: Xml = '<w:r><w:br/></w:r>';

/** Runs as an external hyperlink, by its relationship's id (see Relationships.link). */
export function hyperlink(relationshipId: string, runs: Xml[]): Xml {
  return `<w:hyperlink w:history="1" r:id="${relationshipId}">${runs.join('')}</w:hyperlink>`;
}

export interface Spacing {
  before?: number;
  after?: number;
  /** Line height in 240ths of a line ("auto"). */
  line?: number;
}

export interface ParagraphProps {
  /** A paragraph style's id. */
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Widow and orphan control: Word's option is per paragraph, not per style. */
  widowControl?: boolean;
  /** A list's w:num id, at its first level. */
  numbering?: number;
  /** A rule under the paragraph: its colour, width in eighths of a point, and distance in points. */
  borderBottom?: { color: string; size: number; space: number };
  /** A right-aligned tab stop at this position, in twips. */
  rightTab?: number;
  spacing?: Spacing;
  indent?: { left?: number; hanging?: number };
  alignment?: 'left' | 'right';
  /** A right-to-left paragraph (w:bidi): Word then reads its alignment, tabs and indents from the right. */
  rightToLeft?: boolean;
  /** A heading's level in the document's outline, from 0 (what Word's navigation and a PDF's bookmarks show). */
  outlineLevel?: number;
}

function spacing(s: Spacing | undefined): Xml {
  if (!s) return '';
  const attrs = [
    s.after !== undefined ? ` w:after="${s.after}"` : '',
    s.before !== undefined ? ` w:before="${s.before}"` : '',
    s.line !== undefined ? ` w:line="${s.line}" w:lineRule="auto"` : '',
  ].join('');
  return attrs ? `<w:spacing${attrs}/>` : '';
}

/** The w:pPr of a paragraph or a style (without the run properties, which a style keeps apart). */
export function paragraphProperties(p: ParagraphProps): Xml {
  const b = p.borderBottom;
  const ind = p.indent;
  const inner = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    toggle('keepNext', p.keepNext),
    toggle('keepLines', p.keepLines),
    toggle('widowControl', p.widowControl),
    p.numbering !== undefined
      ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${p.numbering}"/></w:numPr>`
      : '',
    b
      ? `<w:pBdr><w:bottom w:val="single" w:color="${b.color}" w:sz="${b.size}" w:space="${b.space}"/></w:pBdr>`
      : '',
    p.rightTab !== undefined ? `<w:tabs><w:tab w:val="right" w:pos="${p.rightTab}"/></w:tabs>` : '',
    p.rightToLeft ? '<w:bidi/>' : '',
    spacing(p.spacing),
    ind
      ? `<w:ind${ind.left !== undefined ? ` w:left="${ind.left}"` : ''}${ind.hanging !== undefined ? ` w:hanging="${ind.hanging}"` : ''}/>`
      : '',
    p.alignment ? `<w:jc w:val="${p.alignment}"/>` : '',
    p.outlineLevel !== undefined ? `<w:outlineLvl w:val="${p.outlineLevel}"/>` : '',
  ].join('');
  return inner ? `<w:pPr>${inner}</w:pPr>` : '';
}

export function paragraph(props: ParagraphProps, children: Xml[]): Xml {
  return `<w:p>${paragraphProperties(props)}${children.join('')}</w:p>`;
}

const NO_BORDER = 'w:val="none" w:color="FFFFFF" w:sz="0"';
const SIDES = ['top', 'left', 'bottom', 'right'];

/** One borderless row of cells that never splits across pages, each cell its width in twips and its paragraphs:
 * two things side by side where tab stops cannot hold them. */
export function borderlessRow(cells: { width: number; paragraphs: Xml[] }[]): Xml {
  const width = cells.reduce((sum, c) => sum + c.width, 0);
  const borders = (names: string[]) => names.map((n) => `<w:${n} ${NO_BORDER}/>`).join('');
  const margins = SIDES.map((side) => `<w:${side} w:type="dxa" w:w="0"/>`).join('');
  const tableProperties =
    `<w:tblPr><w:tblW w:type="dxa" w:w="${width}"/>` +
    `<w:tblBorders>${borders([...SIDES, 'insideH', 'insideV'])}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar>${margins}</w:tblCellMar></w:tblPr>`;
  const grid = cells.map((c) => `<w:gridCol w:w="${c.width}"/>`).join('');
  const row = cells
    .map(
      (c) =>
        `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${c.width}"/><w:tcBorders>${borders(SIDES)}</w:tcBorders></w:tcPr>` +
        `${c.paragraphs.join('')}</w:tc>`,
    )
    .join('');
  return `<w:tbl>${tableProperties}<w:tblGrid>${grid}</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>${row}</w:tr></w:tbl>`;
}

/** English Metric Units per pixel at 96 dpi. */
const EMU_PER_PIXEL = 9525;

export interface Picture {
  /** The image part's relationship id (see Relationships.image). */
  relationshipId: string;
  /** A number no other picture of the document has. */
  id: number;
  width: number;
  height: number;
  name: string;
  description: string;
  title: string;
}

/** A picture in the line of text, its aspect locked. */
export function pictureRun(p: Picture): Xml {
  const cx = Math.round(p.width * EMU_PER_PIXEL);
  const cy = Math.round(p.height * EMU_PER_PIXEL);
  const a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${p.id}" name="${escapeXml(p.name)}" descr="${escapeXml(p.description)}" title="${escapeXml(p.title)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks ${a} noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic ${a}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:nvPicPr><pic:cNvPr id="0" name="${escapeXml(p.name)}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${p.relationshipId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}
