// A DOCX package: its parts (the document, styles, numbering, properties, relationships and pictures) written as
// a ZIP by Node's own zlib. Every entry is dated 1980-01-01 00:00, the earliest a ZIP holds, as reproducible-build
// tools do, and every relationship is named in order: the same résumé gives the same bytes.
import { crc32, deflateRawSync } from 'node:zlib';
import { type CoreProperties, coreProperties } from './reproducible.js';
import { DECLARATION, escapeXml, W_NAMESPACE, type Xml } from './wml.js';

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PICTURE_TYPES: Record<string, { extension: string; contentType: string }> = {
  'image/png': { extension: 'png', contentType: 'image/png' },
  'image/jpeg': { extension: 'jpeg', contentType: 'image/jpeg' },
  'image/gif': { extension: 'gif', contentType: 'image/gif' },
};

/** Word takes PNG, JPEG and GIF pictures (not WebP). */
export const takesPicture = (mime: string): boolean => mime in PICTURE_TYPES;

/** The document's relationships to what it links and shows: each link's address and each picture's part. */
export class Relationships {
  readonly #links = new Map<string, string>();
  readonly #pictures: { id: string; path: string; data: Uint8Array }[] = [];

  /** The relationship id of an external link (one for each address). */
  link(href: string): string {
    let id = this.#links.get(href);
    if (!id) {
      id = `rIdLink${this.#links.size + 1}`;
      this.#links.set(href, id);
    }
    return id;
  }

  /** The relationship id of a picture, stored as its own part. */
  picture(data: Uint8Array, mime: string): string {
    const type = PICTURE_TYPES[mime];
    if (!type) throw new Error(`a DOCX cannot hold a ${mime} picture`);
    const id = `rIdPicture${this.#pictures.length + 1}`;
    this.#pictures.push({ id, path: `media/picture${this.#pictures.length + 1}.${type.extension}`, data });
    return id;
  }

  /** How many pictures so far: the number of the one added last (a picture's id in the document). */
  get pictureCount(): number {
    return this.#pictures.length;
  }

  xml(): Xml {
    const fixed = [
      ['rIdStyles', 'styles', 'styles.xml'],
      ['rIdNumbering', 'numbering', 'numbering.xml'],
      ['rIdSettings', 'settings', 'settings.xml'],
    ].map(([id, type, target]) => `<Relationship Id="${id}" Type="${OFFICE}/${type}" Target="${target}"/>`);
    const links = [...this.#links].map(
      ([href, id]) =>
        `<Relationship Id="${id}" Type="${OFFICE}/hyperlink" Target="${escapeXml(href)}" TargetMode="External"/>`,
    );
    const pictures = this.#pictures.map(
      (p) => `<Relationship Id="${p.id}" Type="${OFFICE}/image" Target="${p.path}"/>`,
    );
    return `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">${[...fixed, ...links, ...pictures].join('')}</Relationships>`;
  }

  pictureParts(): { name: string; data: Uint8Array }[] {
    return this.#pictures.map((p) => ({ name: `word/${p.path}`, data: p.data }));
  }
}

/** What a DOCX is made of. */
export interface DocxContent {
  /** The body's paragraphs and tables. */
  body: Xml;
  page: { width: number; height: number };
  margins: { top: number; right: number; bottom: number; left: number };
  styles: Xml;
  numbering: Xml;
  relationships: Relationships;
  properties: CoreProperties;
  /** Custom document properties (Word shows them under the document's properties). */
  custom?: Record<string, string>;
}

const DOCUMENT_NAMESPACES = [
  W_NAMESPACE,
  `xmlns:r="${OFFICE}"`,
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
].join(' ');

function documentXml(c: DocxContent): Xml {
  const m = c.margins;
  const section =
    `<w:sectPr><w:pgSz w:w="${c.page.width}" w:h="${c.page.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="708" w:footer="708" w:gutter="0"/>` +
    '<w:docGrid w:linePitch="360"/></w:sectPr>';
  return `${DECLARATION}<w:document ${DOCUMENT_NAMESPACES}><w:body>${c.body}${section}</w:body></w:document>`;
}

const SETTINGS =
  `${DECLARATION}<w:settings ${W_NAMESPACE}>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

const PROPERTY_TYPES = 'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"';

function customXml(custom: Record<string, string>): Xml {
  // The format id every custom property carries; pids start at 2.
  const properties = Object.entries(custom).map(
    ([name, value], i) =>
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
  );
  return `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ${PROPERTY_TYPES}>${properties.join('')}</Properties>`;
}

function contentTypes(pictures: boolean, custom: boolean): Xml {
  const main = 'application/vnd.openxmlformats-officedocument';
  const overrides: [string, string][] = [
    ['/word/document.xml', `${main}.wordprocessingml.document.main+xml`],
    ['/word/styles.xml', `${main}.wordprocessingml.styles+xml`],
    ['/word/numbering.xml', `${main}.wordprocessingml.numbering+xml`],
    ['/word/settings.xml', `${main}.wordprocessingml.settings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', `${main}.extended-properties+xml`],
    ...(custom ? [['/docProps/custom.xml', `${main}.custom-properties+xml`] as [string, string]] : []),
  ];
  const defaults = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    ...(pictures
      ? Object.values(PICTURE_TYPES).map(
          (t) => `<Default Extension="${t.extension}" ContentType="${t.contentType}"/>`,
        )
      : []),
  ];
  return (
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join('')}` +
    `${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')}</Types>`
  );
}

function packageRelationships(custom: boolean): Xml {
  const rels = [
    ['rId1', `${OFFICE}/officeDocument`, 'word/document.xml'],
    ['rId2', `${RELATIONSHIPS}/metadata/core-properties`, 'docProps/core.xml'],
    ['rId3', `${OFFICE}/extended-properties`, 'docProps/app.xml'],
    ...(custom ? [['rId4', `${OFFICE}/custom-properties`, 'docProps/custom.xml']] : []),
  ];
  return `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">${rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

const APP_PROPERTIES = `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ${PROPERTY_TYPES}><Application>resume</Application></Properties>`;

/** The DOCX bytes: its core properties written without dates (see reproducible.ts). */
export function docxBytes(c: DocxContent): Uint8Array {
  const custom = c.custom && Object.keys(c.custom).length > 0 ? c.custom : undefined;
  const pictures = c.relationships.pictureParts();
  const text: [string, Xml][] = [
    ['[Content_Types].xml', contentTypes(pictures.length > 0, Boolean(custom))],
    ['_rels/.rels', packageRelationships(Boolean(custom))],
    ['word/document.xml', documentXml(c)],
    ['word/_rels/document.xml.rels', c.relationships.xml()],
    ['word/styles.xml', c.styles],
    ['word/numbering.xml', c.numbering],
    ['word/settings.xml', SETTINGS],
    ['docProps/core.xml', coreProperties(c.properties)],
    ['docProps/app.xml', APP_PROPERTIES],
    ...(custom ? [['docProps/custom.xml', customXml(custom)] as [string, Xml]] : []),
  ];
  return zipOf([...text.map(([name, xml]) => ({ name, data: Buffer.from(xml, 'utf8') })), ...pictures]);
}

/** 1980-01-01 in MS-DOS date format: (year − 1980) << 9 | month << 5 | day; the time is 00:00, a zero. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 11 of the flags: the name is UTF-8. */
const UTF8_NAME = 0x0800;

/** A ZIP of the parts, in order: each deflated unless that makes it larger. */
export function zipOf(parts: { name: string; data: Uint8Array }[]): Uint8Array {
  const body: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const deflated = deflateRawSync(part.data);
    const stored = deflated.length >= part.data.length;
    const data = stored ? Buffer.from(part.data) : deflated;
    const fields = {
      flags: name.length === part.name.length ? 0 : UTF8_NAME,
      method: stored ? 0 : 8,
      crc: crc32(part.data),
      size: data.length,
      original: part.data.length,
      nameLength: name.length,
    };
    const local = localHeader(fields);
    body.push(local, name, data);
    directory.push(directoryEntry(local, offset), name);
    offset += 30 + name.length + data.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...body, ...directory, end]));
}

interface EntryFields {
  flags: number;
  method: number;
  crc: number;
  size: number;
  original: number;
  nameLength: number;
}

function localHeader(f: EntryFields): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4); // version needed: 2.0, deflate
  b.writeUInt16LE(f.flags, 6);
  b.writeUInt16LE(f.method, 8);
  b.writeUInt16LE(DOS_DATE, 12);
  b.writeUInt32LE(f.crc, 14);
  b.writeUInt32LE(f.size, 18);
  b.writeUInt32LE(f.original, 22);
  b.writeUInt16LE(f.nameLength, 26);
  return b;
}

/** The entry in the central directory: from the version needed to the name's length, the local header's fields,
 * two bytes further on; then where that header is. */
function directoryEntry(local: Buffer, offset: number): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS
  local.copy(b, 6, 4, 30);
  b.writeUInt32LE(offset, 42);
  return b;
}
