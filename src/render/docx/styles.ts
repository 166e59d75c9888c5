// The DOCX's Word styles and list numbering as XML (word/styles.xml, word/numbering.xml), for the résumé and the
// letter alike: each describes its styles as data (see resume-styles.ts and letter.ts) and this writes them.
import {
  DECLARATION,
  escapeXml,
  type ParagraphProps,
  paragraphProperties,
  type RunProps,
  runProperties,
  W_NAMESPACE,
  type Xml,
} from './wml.js';

const W_NAMESPACES = `${W_NAMESPACE} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

export interface StyleDefinition {
  type: 'paragraph' | 'character';
  id: string;
  name: string;
  /** Defaults to Normal (a paragraph style) or Default Paragraph Font (a character style). Neither is written:
   * Word and LibreOffice make both from the document's defaults (LibreOffice sets a Normal written out, even an
   * empty one, a little looser). */
  basedOn?: string;
  next?: string;
  /** Shown in Word's style gallery. */
  quickFormat?: boolean;
  paragraph?: ParagraphProps;
  run?: RunProps;
}

export interface DocumentDefaults {
  run: RunProps;
  paragraph: ParagraphProps;
}

function style(s: StyleDefinition): Xml {
  const basedOn = s.basedOn ?? (s.type === 'paragraph' ? 'Normal' : 'DefaultParagraphFont');
  return (
    `<w:style w:type="${s.type}" w:styleId="${s.id}"><w:name w:val="${escapeXml(s.name)}"/>` +
    `<w:basedOn w:val="${basedOn}"/>${s.next ? `<w:next w:val="${s.next}"/>` : ''}` +
    `${s.quickFormat ? '<w:qFormat/>' : ''}${s.paragraph ? paragraphProperties(s.paragraph) : ''}` +
    `${s.run ? runProperties(s.run) : ''}</w:style>`
  );
}

/** word/styles.xml: the document's defaults, then its styles. */
export function stylesXml(defaults: DocumentDefaults, styles: StyleDefinition[]): Xml {
  return (
    `${DECLARATION}<w:styles ${W_NAMESPACES}><w:docDefaults>` +
    `<w:rPrDefault>${runProperties(defaults.run) || '<w:rPr/>'}</w:rPrDefault>` +
    `<w:pPrDefault>${paragraphProperties(defaults.paragraph) || '<w:pPr/>'}</w:pPrDefault></w:docDefaults>` +
    `${styles.map(style).join('')}</w:styles>`
  );
}

/** One kind of list: its mark (a bullet character, or "%1." for numbers), where its text starts and the hang of
 * the mark, and the mark's colour. */
export interface ListKind {
  format: 'bullet' | 'decimal';
  text: string;
  indent: { left: number; hanging: number };
  color: string;
}

/** word/numbering.xml: the kinds of list, and each list of the document an instance of one, counting from 1. */
export class Numbering {
  readonly #kinds: ListKind[];
  readonly #instances: number[] = [];

  constructor(kinds: ListKind[]) {
    this.#kinds = kinds;
  }

  /** A new list of the kind at this index: its w:numId. */
  instance(kind: number): number {
    this.#instances.push(kind);
    return this.#instances.length;
  }

  xml(): Xml {
    const abstract = this.#kinds
      .map(
        (k, i) =>
          `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="singleLevel"/>` +
          `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${k.format}"/>` +
          `<w:lvlText w:val="${escapeXml(k.text)}"/><w:lvlJc w:val="left"/>` +
          `${paragraphProperties({ indent: k.indent })}${runProperties({ color: k.color })}</w:lvl></w:abstractNum>`,
      )
      .join('');
    const nums = this.#instances
      .map(
        (kind, i) =>
          `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${kind}"/>` +
          '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
      )
      .join('');
    return `${DECLARATION}<w:numbering ${W_NAMESPACES}>${abstract}${nums}</w:numbering>`;
  }
}
