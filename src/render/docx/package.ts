// A DOCX package written as a ZIP by Node's own zlib. The docx library makes the package's parts, and its Packer
// would deflate them with its bundled JSZip's JavaScript deflate: that was most of a DOCX's time (a new window of
// several hundred kilobytes for each of the dozen parts, then the compression itself), and most of the CPU a
// batch of résumés spends on each. zlib does the same work in native code. Every entry is dated 1980-01-01 00:00,
// the earliest a ZIP holds, as reproducible-build tools do, and the relationships the library names at random are
// renamed in order: the same résumé gives the same bytes.
import { crc32, deflateRawSync } from 'node:zlib';
import { type File, Packer } from 'docx';
import { type CoreProperties, coreProperties } from './reproducible.js';

/** A part written in place of the library's. */
interface PartOverride {
  path: string;
  data: string;
}

interface Zippable {
  files: Record<string, { name: string; dir: boolean; async(type: 'uint8array'): Promise<Uint8Array> }>;
}

/** What Packer.pack compiles before zipping: an internal of the docx library, which is pinned for it. */
const compiler = (
  Packer as unknown as { compiler: { compile(f: File, p: undefined, o: PartOverride[]): Zippable } }
).compiler;

/** The DOCX bytes of a document, its core properties written without dates (see reproducible.ts). */
export async function docxBytes(doc: File, properties: CoreProperties): Promise<Uint8Array> {
  const zip = compiler.compile(doc, undefined, [coreProperties(properties)]);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((file) => !file.dir)
      .map(async (file) => ({ name: file.name, data: await file.async('uint8array') })),
  );
  return zipOf(steadyIds(parts));
}

/** A relationship the library names at random: each hyperlink's ("rIdq3x…", 21 characters after rId). */
const RANDOM_ID = /Id="(rId[a-z0-9_-]{21})"/g;

/** The parts with each randomly named relationship renamed in order of appearance (rIdLink1, rIdLink2, …),
 * wherever it is named: two builds of one résumé otherwise differed in every link. */
export function steadyIds(parts: { name: string; data: Uint8Array }[]): { name: string; data: Uint8Array }[] {
  const decoder = new TextDecoder();
  const texts = parts.map((p) => (/\.(xml|rels)$/.test(p.name) ? decoder.decode(p.data) : undefined));
  const ids = new Map<string, string>();
  for (const [i, part] of parts.entries())
    if (part.name.endsWith('.rels'))
      for (const [, id] of (texts[i] ?? '').matchAll(RANDOM_ID))
        if (!ids.has(id as string)) ids.set(id as string, `rIdLink${ids.size + 1}`);
  if (ids.size === 0) return parts;
  const named = new RegExp(`"(${[...ids.keys()].join('|')})"`, 'g');
  const encoder = new TextEncoder();
  return parts.map((part, i) => {
    const text = texts[i];
    if (text === undefined || !named.test(text)) return part;
    named.lastIndex = 0;
    return { name: part.name, data: encoder.encode(text.replace(named, (_, id) => `"${ids.get(id)}"`)) };
  });
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
