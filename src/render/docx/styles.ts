// The DOCX's Word styles and bullet numbering, from the look (the tokens in Word's units). Spacing sits above a
// paragraph (like the CSS's margin-top), so the first paragraph of a list or section can drop it.
import {
  AlignmentType,
  BorderStyle,
  type ICharacterStyleOptions,
  type ILevelsOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
  LevelFormat,
  LineRuleType,
  UnderlineType,
} from 'docx';
import { BULLET_MARKS } from '../tokens.js';
import type { Look } from './look.js';

/** Word's own styles (Normal, Title, Heading 1 and 2, Hyperlink) as the theme draws them. */
function defaultStyles(look: Look): IStylesOptions['default'] {
  const font = look.font;
  return {
    document: {
      run: { font, size: look.halfPoints(look.fontSize), color: look.ink },
      paragraph: { spacing: { before: 0, after: 0, line: look.line, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font, size: look.halfPoints(look.nameSize), bold: true, color: look.accent },
      // A multiple of the font's own height ("auto"), so a name that wraps never overlaps itself.
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: {
        font,
        size: look.halfPoints(look.headingSize),
        bold: true,
        allCaps: look.headingCase === 'uppercase',
        color: look.accent,
      },
      paragraph: {
        keepNext: true,
        keepLines: true,
        spacing: { before: look.space(look.sectionSpacing), after: look.space(look.headingSpacing) },
        border: {
          bottom: {
            style: BorderStyle.SINGLE,
            size: 6,
            color: look.rule,
            space: look.points(look.ruleSpacing),
          },
        },
      },
    },
    heading2: {
      run: { font, size: look.halfPoints(look.entryTitleSize), bold: false, color: look.ink },
      paragraph: { keepNext: true, keepLines: true, spacing: { before: look.space(look.entrySpacing) } },
    },
    listParagraph: { paragraph: { indent: { left: look.twips(look.bulletIndent) } } },
    // Links read as text, underlined in the rule's colour as on screen: visible as links, quiet on paper.
    hyperlink: { run: { color: look.ink, underline: { type: UnderlineType.SINGLE, color: look.rule } } },
  };
}

/** The résumé's own paragraph styles, named so an editor can restyle them in Word. */
function paragraphStyles(look: Look): IParagraphStyleOptions[] {
  const muted = (size: number) => ({ color: look.muted, size: look.halfPoints(size) });
  const style = (id: string, name: string, rest: Omit<IParagraphStyleOptions, 'id' | 'name'>) => ({
    id,
    name,
    basedOn: 'Normal',
    ...rest,
  });
  return [
    style('Subtitle', 'Subtitle', {
      next: 'Normal',
      quickFormat: true,
      run: { font: look.font, size: look.halfPoints(look.labelSize), bold: true },
      paragraph: { spacing: { before: look.space(look.textSpacing * 1.5) } },
    }),
    style('Contacts', 'Contacts', {
      run: muted(look.contactSize),
      paragraph: { spacing: { before: look.space(look.textSpacing * 2) } },
    }),
    // An explicit "auto" rule: the line grows to the picture instead of clipping it.
    style('Photo', 'Photo', { paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } } }),
    style('Summary', 'Summary', { paragraph: { spacing: { before: look.space(look.paragraphSpacing) } } }),
    style('EntryMeta', 'Entry Meta', { run: muted(look.dateSize), paragraph: { keepNext: true } }),
    // One of several roles under an employer: set in, as the CSS sets its roles in.
    style('RoleHead', 'Role', {
      paragraph: {
        keepLines: true,
        indent: { left: look.twips(look.bulletIndent) },
        spacing: { before: look.space(look.textSpacing * 2) },
      },
    }),
    style('EntryDescription', 'Entry Description', {
      paragraph: { spacing: { before: look.space(look.textSpacing) } },
    }),
    style('EntryKeywords', 'Entry Keywords', {
      run: muted(look.dateSize),
      paragraph: { spacing: { before: look.space(look.textSpacing) } },
    }),
    style('ListParagraph', 'List Paragraph', {
      paragraph: { indent: { left: look.twips(look.bulletIndent) } },
    }),
    style('Bullet', 'Résumé Bullet', {
      basedOn: 'ListParagraph',
      paragraph: { keepLines: true, spacing: { before: look.space(look.bulletSpacing) } },
    }),
    style('Group', 'Skill Group', {
      paragraph: { keepLines: true, spacing: { before: look.space(look.itemSpacing) } },
    }),
    style('Item', 'Labelled Item', {
      paragraph: { keepLines: true, spacing: { before: look.space(look.itemSpacing) } },
    }),
  ];
}

/** The run styles: an entry's place and dates, after the tab in its heading. */
function characterStyles(look: Look): ICharacterStyleOptions[] {
  return [
    {
      id: 'EntryDate',
      name: 'Entry Date',
      basedOn: 'DefaultParagraphFont',
      run: { color: look.muted, size: look.halfPoints(look.dateSize), bold: false },
    },
  ];
}

export function docxStyles(look: Look): IStylesOptions {
  return {
    default: defaultStyles(look),
    paragraphStyles: paragraphStyles(look),
    characterStyles: characterStyles(look),
  };
}

/** Bullets as a real list: the theme's mark in the accent colour at the margin, the text at the bullet indent. */
export function bulletNumbering(look: Look): { reference: string; levels: ILevelsOptions[] } {
  const indent = look.twips(look.bulletIndent);
  return {
    reference: look.bullets,
    levels: [
      {
        level: 0,
        format: LevelFormat.BULLET,
        text: BULLET_MARKS[look.bullet],
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: indent, hanging: indent } }, run: { color: look.accent } },
      },
    ],
  };
}
