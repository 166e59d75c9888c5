// The names inside a WOFF2 font file, put right by the build (scripts/build.mjs runs this module). Some
// @fontsource packages cut their static files from a variable font and keep the names of its default instance:
// every weight of Source Sans 3 is named "Source Sans 3 ExtraLight" (PostScript name SourceSans3ExtraLight-Bold),
// of Noto Sans Hebrew and the CJK families "… Thin". A PDF names its fonts by the PostScript name, so its readers
// (and an ATS) saw a family and weight the page does not use. Here the stray word goes from every name of the file
// ("Source Sans 3 ExtraLight SemiBold" becomes "Source Sans 3 SemiBold", SourceSans3ExtraLight-Bold becomes
// SourceSans3-Bold); the glyphs and every other table stay as they are, and the file is packed again with brotli.
import { brotliCompress, brotliDecompressSync, constants } from 'node:zlib';

/** WOFF2's known table tags, by their index in a directory entry's flags (the spec's table of 63). */
const KNOWN_TAGS =
  `cmap head hhea hmtx maxp name OS/2 post cvt_ fpgm glyf loca prep CFF_ VORG EBDT EBLC gasp hdmx
kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG_ sbix acnt avar bdat bloc
bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill`
    .split(/\s+/)
    .map((t) => t.replace('_', ' '));
const HEADER = 48;

interface Table {
  flags: number;
  tag: string;
  /** Named in the directory, not by an index in KNOWN_TAGS. */
  own: boolean;
  origLength: number;
  /** The length of its transformed data (glyf and loca), if it is transformed. */
  transformLength: number | undefined;
  data: Buffer;
}

interface Woff2 {
  header: Buffer;
  tables: Table[];
}

interface NameRecord {
  platform: number;
  encoding: number;
  language: number;
  id: number;
  text: string;
}

/** A WOFF2 file's header, table directory (raw entries and lengths) and unpacked table data. */
function readWoff2(file: Buffer): Woff2 {
  if (file.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 file');
  if (file.toString('latin1', 4, 8) === 'ttcf') throw new Error('a font collection');
  if (file.readUInt32BE(32) || file.readUInt32BE(44)) throw new Error('metadata or private data');
  let at = HEADER;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = file[at++] ?? 0;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new Error('a length longer than five bytes');
  };
  const tables = Array.from({ length: file.readUInt16BE(12) }, (): Table => {
    const flags = file[at++] ?? 0;
    const own = (flags & 0x3f) === 63;
    const tag = own ? file.toString('latin1', at, at + 4) : (KNOWN_TAGS[flags & 0x3f] ?? '');
    if (own) at += 4;
    const origLength = base128();
    // glyf and loca are transformed at version 0, every other table at any other version.
    const transformed = tag === 'glyf' || tag === 'loca' ? flags >> 6 === 0 : flags >> 6 !== 0;
    const transformLength = transformed ? base128() : undefined;
    return { flags, tag, own, origLength, transformLength, data: Buffer.alloc(0) };
  });
  const data = brotliDecompressSync(file.subarray(at, at + file.readUInt32BE(20)));
  let from = 0;
  for (const t of tables) {
    const length = t.transformLength ?? t.origLength;
    t.data = data.subarray(from, from + length);
    from += length;
  }
  return { header: file.subarray(0, HEADER), tables };
}

function base128Bytes(value: number): number[] {
  const bytes = [value & 0x7f];
  for (let v = Math.floor(value / 128); v > 0; v = Math.floor(v / 128)) bytes.unshift((v & 0x7f) | 0x80);
  return bytes;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** The file again, its tables packed with brotli in font mode, at quality 10: 11, which the packages used, takes
 * three times as long for about the same bytes. */
async function writeWoff2({ header, tables }: Woff2, totalSfntSize: number): Promise<Buffer> {
  const directory = Buffer.from(
    tables.flatMap((t) => [
      t.flags,
      ...(t.own ? [...Buffer.from(t.tag, 'latin1')] : []),
      ...base128Bytes(t.origLength),
      ...(t.transformLength === undefined ? [] : base128Bytes(t.transformLength)),
    ]),
  );
  const data = Buffer.concat(tables.map((t) => t.data));
  const packed = await new Promise<Buffer>((resolve, reject) =>
    brotliCompress(
      data,
      {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT,
          [constants.BROTLI_PARAM_QUALITY]: 10,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
  const file = Buffer.alloc(pad4(HEADER + directory.length + packed.length));
  header.copy(file);
  file.writeUInt32BE(file.length, 8);
  file.writeUInt32BE(totalSfntSize, 16);
  file.writeUInt32BE(packed.length, 20);
  directory.copy(file, HEADER);
  packed.copy(file, HEADER + directory.length);
  return file;
}

/** A name table's records (format 0), their strings decoded: UTF-16BE on the Unicode and Windows platforms,
 * one byte a character (Mac Roman, here ASCII) on the Mac's. */
function readNames(table: Buffer): NameRecord[] {
  if (table.readUInt16BE(0) !== 0) throw new Error('a name table of format 1');
  const storage = table.readUInt16BE(4);
  return Array.from({ length: table.readUInt16BE(2) }, (_, i) => {
    const [platform = 0, encoding = 0, language = 0, id = 0, length = 0, offset = 0] = [
      0, 2, 4, 6, 8, 10,
    ].map((k) => table.readUInt16BE(6 + i * 12 + k));
    const raw = Buffer.from(table.subarray(storage + offset, storage + offset + length));
    const text = platform === 1 ? raw.toString('latin1') : raw.swap16().toString('utf16le');
    return { platform, encoding, language, id, text };
  });
}

function writeNames(records: NameRecord[]): Buffer {
  const strings = records.map((r) =>
    r.platform === 1 ? Buffer.from(r.text, 'latin1') : Buffer.from(r.text, 'utf16le').swap16(),
  );
  const storage = 6 + records.length * 12;
  const table = Buffer.alloc(storage + strings.reduce((n, s) => n + s.length, 0));
  table.writeUInt16BE(records.length, 2);
  table.writeUInt16BE(storage, 4);
  let offset = 0;
  for (const [i, r] of records.entries()) {
    const text = strings[i] ?? Buffer.alloc(0);
    const fields = [r.platform, r.encoding, r.language, r.id, text.length, offset];
    for (const [k, value] of fields.entries()) table.writeUInt16BE(value, 6 + i * 12 + k * 2);
    text.copy(table, storage + offset);
    offset += text.length;
  }
  return table;
}

/** The family of a name table's records (its typographic family, name 16, else its family, name 1) and their
 * PostScript name (6), as Windows reads them. */
function familyNames(records: NameRecord[]): { family: string; postScript: string } {
  const named = (id: number) => records.find((r) => r.id === id && r.platform === 3)?.text;
  return { family: named(16) ?? named(1) ?? '', postScript: named(6) ?? '' };
}

/** A WOFF2 file's family and PostScript name. */
export function namesOf(file: Buffer): { family: string; postScript: string } {
  return familyNames(readNames(nameTable(readWoff2(file)).data));
}

function nameTable(woff2: Woff2): Table {
  const name = woff2.tables.find((t) => t.tag === 'name');
  if (!name) throw new Error('no name table');
  return name;
}

/** The word the file's family has after `family`, or none when it is `family`; a family of another name is the
 * package's change, which the build must not pass over. */
function strayWord(records: NameRecord[], family: string): string | undefined {
  const found = familyNames(records).family;
  if (found === family) return undefined;
  if (!found.startsWith(`${family} `)) throw new Error(`its family is "${found}", not ${family}`);
  return found.slice(family.length + 1);
}

/** A WOFF2 file with `family` as its family in every name, or undefined when it already has it. */
export async function withFamilyName(file: Buffer, family: string): Promise<Buffer | undefined> {
  const woff2 = readWoff2(file);
  const name = nameTable(woff2);
  const records = readNames(name.data);
  const stray = strayWord(records, family);
  if (!stray) return undefined;
  const squeezed = (s: string) => s.replaceAll(' ', '');
  for (const r of records)
    r.text = r.text
      .replaceAll(`${family} ${stray}`, family)
      .replaceAll(`${squeezed(family)}${squeezed(stray)}`, squeezed(family));
  const renamed = writeNames(records);
  const totalSfntSize = file.readUInt32BE(16) - pad4(name.origLength) + pad4(renamed.length);
  name.data = renamed;
  name.origLength = renamed.length;
  return writeWoff2(woff2, totalSfntSize);
}
