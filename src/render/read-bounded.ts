// What `resume check` reads, read within bounds: a crafted 1 MB DOCX or PDF must not cost gigabytes. The file
// itself (only a regular file: a FIFO would block for ever), a DOCX's two parts (unzipped here, to a cap, rather
// than the whole archive by a library), and a PDF's compressed streams (measured before pdf.js decodes them).
import { constants, inflateRawSync, inflateSync } from 'node:zlib';
import { LIMITS, limitText } from '../core/limits.js';
import { ReadRefused, readFileSafely } from '../core/safe-read.js';
import { UserError } from '../errors.js';

const CAPS: Record<string, number> = {
  pdf: LIMITS.checkPdfBytes,
  docx: LIMITS.checkDocxBytes,
};

/** The bytes of an output to check, capped by its kind. */
export function readOutputBytes(file: string, ext: string): Buffer {
  try {
    return readFileSafely(file, {
      maxBytes: CAPS[ext] ?? LIMITS.checkTextBytes,
      what: `a ${ext.toUpperCase() || 'file'} to check`,
    });
  } catch (error) {
    if (error instanceof ReadRefused) throw new UserError(error.message);
    throw error;
  }
}

/** The parts of a DOCX (a zip archive) named, as text; a missing one is ''. Each is inflated to a cap. */
export function docxParts(bytes: Buffer, names: string[], file: string): string[] {
  const entries = zipEntries(bytes, file);
  return names.map((name) => {
    const entry = entries.get(name);
    if (!entry) return '';
    const data = bytes.subarray(entry.start, entry.start + entry.compressed);
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method !== 8) throw notDocx(file, `${name} uses a compression zip readers rarely know`);
    try {
      return inflateRawSync(data, { maxOutputLength: LIMITS.checkDocxPartBytes }).toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw notDocx(file, `${name} unzips to over ${limitText(LIMITS.checkDocxPartBytes)}`);
      throw notDocx(file, `${name} is damaged`);
    }
  });
}

const notDocx = (file: string, why: string) => new UserError(`${file}: not a DOCX check can read (${why})`);

interface ZipEntry {
  method: number;
  compressed: number;
  /** Where the entry's data starts. */
  start: number;
}

/** The archive's entries by name, from its central directory (no entry is inflated here). */
function zipEntries(bytes: Buffer, file: string): Map<string, ZipEntry> {
  // The end record is in the last 64 KB + 22 bytes (its comment is at most 64 KB).
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end < bytes.length - 0xffff - 22 || end + 22 > bytes.length)
    throw notDocx(file, 'it is not a zip archive');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50)
      throw notDocx(file, 'its index is damaged');
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50)
      throw notDocx(file, 'an entry is damaged');
    entries.set(name, {
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      start: local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** Filters an image's data may end with: pdf.js decodes those to pixels, capped by LIMITS.checkPdfImagePixels. */
const IMAGE_FILTERS = new Set(['DCTDecode', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode']);

/** Refuses a PDF that pdf.js could not read within bounds: encrypted (its streams could not be measured), or whose
 * compressed streams inflate to more than LIMITS.checkPdfInflatedBytes in all, or that uses a filter that is
 * neither Flate nor an image's (browsers and word processors write no other). Each stream is inflated once here,
 * with what is left of that budget as its cap. Linear in the file's size, whatever it holds. */
export function checkPdfBounds(data: Uint8Array, file = 'the PDF'): void {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.length);
  const raw = bytes.toString('latin1');
  if (/\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(raw))
    throw new UserError(`${file} is encrypted: check reads unencrypted PDFs`);
  const ends = [...raw.matchAll(/endstream/g)].map((m) => m.index);
  let next = 0; // the first `endstream` not yet passed
  let left = LIMITS.checkPdfInflatedBytes;
  let scanned = 0; // the dictionaries looked at do not overlap: linear time
  for (const m of raw.matchAll(/(?<!end)stream(\r\n|\r|\n)/g)) {
    const body = m.index + m[0].length;
    while (next < ends.length && (ends[next] as number) < body) next++;
    const stop = ends[next];
    if (stop === undefined) break;
    // The stream's dictionary: after its "obj", and within a few KB (a longer one is no stream of a résumé).
    const before = raw.slice(Math.max(scanned, m.index - 4096), m.index);
    scanned = body;
    const filters = filterNames(before.slice(before.lastIndexOf('obj') + 1));
    const flates = filters.filter((f) => f === 'FlateDecode').length;
    const other = filters.find((f) => f !== 'FlateDecode' && !IMAGE_FILTERS.has(f));
    if (other) throw new UserError(`${file} uses the ${other} filter, which check does not read`);
    let stream = bytes.subarray(body, stop);
    for (let i = 0; i < flates; i++) {
      stream = inflated(stream, left, file);
      left -= stream.length;
    }
  }
}

/** The filter names a stream dictionary lists: /Filter /A, or /Filter [/A /B]. */
function filterNames(dictionary: string): string[] {
  const value = /\/Filter\s*(\/[^\s/[\]<>()]+|\[[^\]]*\])/.exec(dictionary)?.[1] ?? '';
  return [...value.matchAll(/\/([^\s/[\]<>()]+)/g)].map((n) => n[1] as string);
}

function inflated(stream: Buffer, left: number, file: string): Buffer {
  try {
    // A truncated stream is read as far as it goes, as pdf.js reads it.
    return inflateSync(stream, { maxOutputLength: Math.max(1, left), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new UserError(
        `${file}: its compressed streams inflate to over ${limitText(LIMITS.checkPdfInflatedBytes)}; not a résumé PDF`,
      );
    return Buffer.alloc(0); // damaged: pdf.js reads nothing more of it than this
  }
}
