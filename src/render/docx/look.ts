// The tokens in Word's terms: colours as hex without "#", sizes in points, spacing in twips (shrunk by the fit's
// spacing multiplier, as the CSS multiplies by --space), the page and its margins in twips.
import type { ViewModel } from '../../core/view.js';
import { derivedSizes, type Tokens } from '../tokens.js';

export const TWIPS_PER_MM = 1440 / 25.4;
const TWIPS_PER_PT = 20;
export const PAGE = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } };
/** An average character's advance, as a share of the font size: for estimating where a line wraps (measured on
 * Calibri and Cambria text as LibreOffice sets it: a wider guess put a title and its dates that fit on one line in
 * a table, which LibreOffice does not keep with the lines after it). */
const CHAR_WIDTH = 0.48;

export type Look = ReturnType<typeof lookOf>;

export function lookOf(tokens: Tokens, view: ViewModel) {
  const hex = (c: string) => c.replace('#', '').toUpperCase();
  const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
  const page = PAGE[view.document.paper];
  const margins = {
    top: twips(tokens.margins.top),
    bottom: twips(tokens.margins.bottom),
    left: twips(tokens.margins.left),
    right: twips(tokens.margins.right),
  };
  const sizes = derivedSizes(tokens);
  return {
    ...tokens,
    font: tokens.docxFont,
    accent: hex(tokens.accent),
    ink: hex(tokens.text),
    muted: hex(tokens.muted),
    rule: hex(tokens.rule),
    entryTitleSize: sizes.entryTitle,
    dateSize: sizes.small,
    contactSize: sizes.small,
    page,
    margins,
    textWidth: page.width - margins.left - margins.right,
    /** Word's "auto" line of 240 is about 1.2 times the font size: the CSS line height, in Word's terms. */
    line: Math.round((240 * tokens.lineHeight) / 1.2),
    /** The name of the bullet list's numbering. */
    bullets: 'resume-bullets',
    twips,
    /** Vertical space: millimetres to twips, times the fit's spacing multiplier. */
    space: (mm: number) => Math.round(twips(mm) * (view.fit?.space ?? 1)),
    /** Millimetres to points (a border's distance from its text is in points). */
    points: (mm: number) => Math.round((mm * 72) / 25.4),
    /** Millimetres to pixels at 96 dpi (an image's size). */
    pixels: (mm: number) => Math.round((mm * 96) / 25.4),
    /** Half-points, Word's unit for font sizes. */
    halfPoints: (pt: number) => Math.round(pt * 2),
  };
}

/** A text's width estimated from its length, in twips. */
export function estimatedWidth(text: string, sizePt: number): number {
  return text.length * sizePt * CHAR_WIDTH * TWIPS_PER_PT;
}
