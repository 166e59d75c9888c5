// The résumé's Word styles and bullet list, from the look (the tokens in Word's units). Spacing sits above a
// paragraph (like the CSS's margin-top), so the first paragraph of a list or section can drop it.
import type { DocumentInfo } from '../../core/view.js';
import { BULLET_MARKS } from '../tokens.js';
import type { Look } from './look.js';
import type { DocumentDefaults, ListKind, StyleDefinition } from './styles.js';

export function resumeDefaults(look: Look, document: DocumentInfo): DocumentDefaults {
  return {
    run: { font: look.font, size: look.halfPoints(look.fontSize), color: look.ink, lang: document.locale },
    paragraph: {
      spacing: { before: 0, after: 0, line: look.line },
      rightToLeft: document.dir === 'rtl',
    },
  };
}

/** Word's own styles (Title, Heading 1 and 2, Hyperlink) as the theme draws them. */
function builtInStyles(look: Look): StyleDefinition[] {
  const font = look.font;
  const builtIn = (id: string, name: string, rest: Partial<StyleDefinition>): StyleDefinition => ({
    type: 'paragraph',
    id,
    name,
    next: 'Normal',
    quickFormat: true,
    ...rest,
  });
  return [
    builtIn('Title', 'Title', {
      // A multiple of the font's own height ("auto"), so a name that wraps never overlaps itself.
      paragraph: { spacing: { before: 0, after: 0, line: 240 } },
      run: { font, size: look.halfPoints(look.nameSize), bold: true, color: look.accent },
    }),
    builtIn('Heading1', 'heading 1', {
      paragraph: {
        keepNext: true,
        keepLines: true,
        borderBottom: { color: look.rule, size: 6, space: look.points(look.ruleSpacing) },
        spacing: { before: look.space(look.sectionSpacing), after: look.space(look.headingSpacing) },
        outlineLevel: 0,
      },
      run: {
        font,
        bold: true,
        caps: look.headingCase === 'uppercase',
        color: look.accent,
        size: look.halfPoints(look.headingSize),
      },
    }),
    builtIn('Heading2', 'heading 2', {
      paragraph: {
        keepNext: true,
        keepLines: true,
        spacing: { before: look.space(look.entrySpacing) },
        outlineLevel: 1,
      },
      run: { font, bold: false, color: look.ink, size: look.halfPoints(look.entryTitleSize) },
    }),
    // Links read as text, underlined in the rule's colour as on screen: visible as links, quiet on paper.
    {
      type: 'character',
      id: 'Hyperlink',
      name: 'Hyperlink',
      run: { color: look.ink, underline: { color: look.rule } },
    },
  ];
}

/** The résumé's own styles, named so an editor can restyle them in Word. */
function ownStyles(look: Look): StyleDefinition[] {
  const muted = (size: number) => ({ color: look.muted, size: look.halfPoints(size) });
  const own = (id: string, name: string, rest: Partial<StyleDefinition>): StyleDefinition => ({
    type: 'paragraph',
    id,
    name,
    ...rest,
  });
  const before = (mm: number) => ({ spacing: { before: look.space(mm) } });
  return [
    own('Subtitle', 'Subtitle', {
      next: 'Normal',
      quickFormat: true,
      paragraph: before(look.textSpacing * 1.5),
      run: { font: look.font, bold: true, size: look.halfPoints(look.labelSize) },
    }),
    own('Contacts', 'Contacts', { paragraph: before(look.textSpacing * 2), run: muted(look.contactSize) }),
    // An explicit "auto" rule: the line grows to the picture instead of clipping it.
    own('Photo', 'Photo', { paragraph: { spacing: { line: 240 } } }),
    own('Summary', 'Summary', { paragraph: before(look.paragraphSpacing) }),
    own('EntryMeta', 'Entry Meta', { paragraph: { keepNext: true }, run: muted(look.dateSize) }),
    // One of several roles under an employer: set in, as the CSS sets its roles in.
    own('RoleHead', 'Role', {
      paragraph: {
        keepLines: true,
        spacing: { before: look.space(look.textSpacing * 2) },
        indent: { left: look.twips(look.bulletIndent) },
      },
    }),
    own('EntryDescription', 'Entry Description', { paragraph: before(look.textSpacing) }),
    own('EntryKeywords', 'Entry Keywords', {
      paragraph: before(look.textSpacing),
      run: muted(look.dateSize),
    }),
    own('ListParagraph', 'List Paragraph', {
      paragraph: { indent: { left: look.twips(look.bulletIndent) } },
    }),
    own('Bullet', 'Résumé Bullet', {
      basedOn: 'ListParagraph',
      paragraph: { keepLines: true, ...before(look.bulletSpacing) },
    }),
    own('Group', 'Skill Group', { paragraph: { keepLines: true, ...before(look.itemSpacing) } }),
    own('Item', 'Labelled Item', { paragraph: { keepLines: true, ...before(look.itemSpacing) } }),
    // An entry's place and dates, after the tab in its heading.
    {
      type: 'character',
      id: 'EntryDate',
      name: 'Entry Date',
      run: { bold: false, color: look.muted, size: look.halfPoints(look.dateSize) },
    },
  ];
}

export function resumeStyles(look: Look): StyleDefinition[] {
  return [...builtInStyles(look), ...ownStyles(look)];
}

/** Bullets as a real list: the theme's mark in the accent colour at the margin, the text at the bullet indent. */
export function bulletList(look: Look): ListKind {
  const indent = look.twips(look.bulletIndent);
  return {
    format: 'bullet',
    text: BULLET_MARKS[look.bullet],
    indent: { left: indent, hanging: indent },
    color: look.accent,
  };
}
