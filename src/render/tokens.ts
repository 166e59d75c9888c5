// Design tokens: a theme's colours, fonts, sizes, spacing, margins, date format and bullet, in one place (its
// theme.json). The résumé's meta.design overrides them by the same names, and --max-pages overrides the sizes it
// chose. The HTML reads them as CSS custom properties and the DOCX builds its Word styles from the same values,
// so the formats cannot drift apart.
import type { DateFormat } from '../core/dates.js';
import { isFontFile } from '../core/font-file.js';
import type { Design, Fit } from '../core/view.js';
import { FALLBACK_FAMILIES, FAMILIES } from './fonts.js';

export type Bullet = 'disc' | 'circle' | 'square' | 'dash';

export interface Tokens {
  /** Colours, as #rrggbb. */
  accent: string;
  text: string;
  muted: string;
  rule: string;
  /** The typeface of the HTML and PDF: a family the theme ships, or one set in meta.design. */
  font: string;
  /** The typeface the DOCX names (Word has no web fonts; it uses what the reader's machine has). */
  docxFont: string;
  /** Sizes in points: body text, the name, the headline under it, section headings. */
  fontSize: number;
  nameSize: number;
  labelSize: number;
  headingSize: number;
  /** Section headings in capitals ("uppercase") or as written ("none"). */
  headingCase: 'uppercase' | 'none';
  /** Line height, as a multiple of the font size. */
  lineHeight: number;
  /** The smallest body size --max-pages may use. */
  minFontSize: number;
  /** Page margins in millimetres. */
  margins: { top: number; right: number; bottom: number; left: number };
  /** Vertical spacing in millimetres, shrunk by --max-pages (the CSS multiplies by --space, the DOCX by the
   * fit's space), and the bullet indent: above a section; below its heading (and between the heading and its
   * rule); between entries; between an entry's heading and its text; between paragraphs; between bullets;
   * between items or keyword groups; below the masthead. */
  sectionSpacing: number;
  headingSpacing: number;
  ruleSpacing: number;
  entrySpacing: number;
  textSpacing: number;
  paragraphSpacing: number;
  bulletSpacing: number;
  itemSpacing: number;
  mastheadSpacing: number;
  /** Horizontal, in millimetres: a bullet's text from the margin; the gap between a label or title and what
   * stands beside it (keywords, dates). */
  bulletIndent: number;
  columnGap: number;
  /** The photo's size in millimetres (its longer side). */
  photoSize: number;
  dateFormat: DateFormat;
  bullet: Bullet;
}

/** The theme's tokens under the résumé's meta.design, then the sizes --max-pages chose. A font file named in
 * meta.design is drawn under the family name CUSTOM_FAMILY. */
export function resolveTokens(theme: Tokens, design: Design | undefined, fit?: Fit): Tokens {
  const { margins, font, ...rest } = design ?? {};
  // A shipped family names its Word look-alike for the DOCX; font files keep the theme's Word font.
  const family = typeof font === 'string' && !isFontFile(font) ? font : undefined;
  const merged: Tokens = {
    ...theme,
    ...rest,
    font: family ?? (font ? CUSTOM_FAMILY : theme.font),
    docxFont: (family && FAMILIES[family]?.docx) || theme.docxFont,
    margins: { ...theme.margins, ...margins },
  };
  return fit ? { ...merged, fontSize: fit.bodyPt, lineHeight: fit.leading } : merged;
}

/** The family name a font file of meta.design is declared under. */
export const CUSTOM_FAMILY = 'Resume Custom';

/** The tokens of a view (a résumé's or a letter's) under a theme's: for renderers, which get the view (with its
 * design and fit). */
export function viewTokens(theme: Tokens, view: { design?: Design; fit?: Fit }): Tokens {
  return resolveTokens(theme, view.design, view.fit);
}

/** The character each bullet draws, where a format writes it (the DOCX's numbering). */
export const BULLET_MARKS: Record<Bullet, string> = { disc: '•', circle: '◦', square: '▪', dash: '–' };

const LIST_STYLE: Record<Bullet, string> = {
  disc: 'disc',
  circle: 'circle',
  square: 'square',
  dash: '"–  "',
};

/** A letter is prose, read line by line: it is set a point larger than the résumé's body, and a little more open,
 * so its lines read easily. The letter's CSS (--letter-body, --letter-leading) and its DOCX both take these, and
 * they follow what fitting chose. */
export function letterText(t: Tokens): { bodyPt: number; leading: number } {
  return {
    bodyPt: Math.round((t.fontSize + 1) * 100) / 100,
    leading: Math.round((t.lineHeight + 0.08) * 100) / 100,
  };
}

const PX_PER_MM = 96 / 25.4;
const PX_PER_PT = 96 / 72;

/** A length in CSS pixels that is a whole number of them once multiplied by `space`. Chrome sets each line of text
 * on a whole pixel, so a step of 2.5 px between list items printed as 2 px and 3 px in turn, and lines 17.6 px
 * apart as 17 and 18: the spacing looked uneven. */
function wholePixels(px: number, space: number): string {
  return `${Math.round(px * space) / space}px`;
}

/** The letter's sizes as custom properties, after the tokens' (a letter's page only). */
export function letterCss(t: Tokens): string {
  const { bodyPt, leading } = letterText(t);
  // Lines a whole number of pixels apart (see wholePixels).
  return `:root { --letter-body: ${bodyPt}pt; --letter-leading: ${wholePixels(bodyPt * PX_PER_PT * leading, 1)}; }\n`;
}

/** Sizes made from the body size, in points, for the CSS and the DOCX alike: an entry's title, and the smaller
 * text of dates, places and contact details. */
export function derivedSizes(t: Tokens): { entryTitle: number; small: number } {
  const round = (n: number) => Math.round(n * 100) / 100;
  return { entryTitle: round(t.fontSize * 1.05), small: round(t.fontSize * 0.95) };
}

/** The tokens in millimetres (spacing, the bullet indent, the column gap, the photo), each with the custom
 * property the CSS reads it from. */
const SPACING = {
  sectionSpacing: '--section-space',
  headingSpacing: '--heading-space',
  ruleSpacing: '--rule-space',
  entrySpacing: '--entry-space',
  textSpacing: '--text-space',
  paragraphSpacing: '--paragraph-space',
  bulletSpacing: '--bullet-space',
  itemSpacing: '--item-space',
  mastheadSpacing: '--masthead-space',
  bulletIndent: '--bullet-indent',
  columnGap: '--column-gap',
  photoSize: '--photo',
} as const satisfies Partial<Record<keyof Tokens, string>>;

/** The tokens as the custom properties the theme's CSS reads, and the page margins. */
export function tokensCss(t: Tokens, space = 1): string {
  const vars: Record<string, string> = {
    '--accent': t.accent,
    '--ink': t.text,
    '--muted': t.muted,
    '--rule': t.rule,
    '--font': JSON.stringify(t.font),
    '--font-fallback': FALLBACK_FAMILIES,
    '--body': `${t.fontSize}pt`,
    '--name': `${t.nameSize}pt`,
    '--label': `${t.labelSize}pt`,
    '--heading': `${t.headingSize}pt`,
    '--heading-case': t.headingCase,
    '--entry-title': `${derivedSizes(t).entryTitle}pt`,
    '--small': `${derivedSizes(t).small}pt`,
    '--leading': String(t.lineHeight),
    // The body's line height, a whole number of pixels: what the text inherits.
    '--line': wholePixels(t.fontSize * PX_PER_PT * t.lineHeight, 1),
    '--bullet': LIST_STYLE[t.bullet],
    '--space': String(space),
  };
  for (const [key, name] of Object.entries(SPACING))
    vars[name] = wholePixels(t[key as keyof typeof SPACING] * PX_PER_MM, space);
  const m = t.margins;
  return `:root { ${Object.entries(vars)
    .map(([k, v]) => `${k}: ${v};`)
    .join(' ')} }\n@page { margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }\n`;
}
