// meta.design.font as font files next to the résumé: read here (never by the browser), checked to be fonts, and
// embedded in the HTML and PDF as data: URLs. Each file's weight and style come from its OS/2 table (a WOFF2
// file's tables are brotli-packed: its name says, "Inter-BoldItalic.woff2").
import { basename, isAbsolute, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { LIMITS, limitText } from './limits.js';
import { ReadRefused, readFileSafely } from './safe-read.js';

export interface FontFile {
  name: string;
  format: 'truetype' | 'opentype' | 'woff' | 'woff2';
  data: Uint8Array;
  weight: number;
  style: 'normal' | 'italic';
}

export const MAX_FONT_BYTES = LIMITS.fontBytes;

/** meta.design.font names a file (a path, or a font file's extension) rather than a family. */
export function isFontFile(font: string): boolean {
  return /^(\.{1,2}[\\/]|\/)|\.(ttf|otf|woff2?)$/i.test(font);
}

/** Reads each file, relative to `baseDir` and inside it (`folderName` says which folder that is); the first
 * problem is the error. */
export function readFontFiles(
  files: readonly string[],
  baseDir: string,
  folderName = `the folder "${baseDir}"`,
): { fonts?: FontFile[]; error?: string } {
  if (files.length > LIMITS.fontFiles)
    return { error: `${files.length} font files: a family needs at most ${LIMITS.fontFiles}` };
  const fonts: FontFile[] = [];
  let total = 0;
  for (const file of files) {
    let data: Buffer;
    try {
      data = readFileSafely(isAbsolute(file) ? file : resolve(baseDir, file), {
        maxBytes: MAX_FONT_BYTES,
        inside: { dir: baseDir, name: folderName },
        name: file,
        what: 'a font file',
      });
    } catch (error) {
      if (!(error instanceof ReadRefused)) throw error;
      return {
        error:
          error.reason === 'missing'
            ? `"${file}": no such font file (paths are relative to the résumé)`
            : error.message,
      };
    }
    total += data.length;
    if (total > LIMITS.fontTotalBytes)
      return {
        error: `the font files add up to over ${limitText(LIMITS.fontTotalBytes)}: not fonts to embed`,
      };
    const font = fontOf(file, data);
    if (typeof font === 'string') return { error: font };
    fonts.push(font);
  }
  return { fonts };
}

/** A font file's format, weight and style, or what is wrong with it. */
function fontOf(file: string, data: Buffer): FontFile | string {
  const format = sniffFont(data);
  if (!format) return `"${file}" is not a font file (TrueType, OpenType, WOFF or WOFF2)`;
  // A WOFF or WOFF2 file says what it unpacks to; the browser would unpack it (the header's totalSfntSize).
  if ((format === 'woff' || format === 'woff2') && data.readUInt32BE(16) > LIMITS.fontUnpackedBytes)
    return `"${file}" is a damaged font file (it would unpack to over ${limitText(LIMITS.fontUnpackedBytes)})`;
  let os2: Buffer | undefined;
  try {
    os2 = format === 'woff2' ? undefined : os2Table(data, format === 'woff');
  } catch {
    return `"${file}" is a damaged font file`;
  }
  const name = basename(file);
  return {
    name,
    format,
    data: new Uint8Array(data),
    weight: os2 ? os2.readUInt16BE(4) : weightOf(name),
    style: (os2 ? os2.readUInt16BE(62) & 1 : /italic|oblique/i.test(name)) ? 'italic' : 'normal',
  };
}

/** A WOFF2 file's weight, from its name. */
function weightOf(name: string): number {
  if (/black|heavy/i.test(name)) return 900;
  if (/semi-?bold/i.test(name)) return 600;
  if (/bold/i.test(name)) return 700;
  if (/light/i.test(name)) return 300;
  return 400;
}

function sniffFont(data: Buffer): FontFile['format'] | undefined {
  if (data.length < 64) return undefined;
  const tag = data.toString('latin1', 0, 4);
  if (tag === 'wOFF') return 'woff';
  if (tag === 'wOF2') return 'woff2';
  if (tag === 'OTTO') return 'opentype';
  if (tag === 'true' || data.readUInt32BE(0) === 0x00010000) return 'truetype';
  return undefined;
}

/** The OS/2 table of an sfnt (or, inflated, of a WOFF 1.0 file): where weight and italic are written. */
function os2Table(data: Buffer, woff: boolean): Buffer | undefined {
  const count = data.readUInt16BE(woff ? 12 : 4);
  for (let i = 0; i < count; i++) {
    const at = woff ? 44 + i * 20 : 12 + i * 16;
    if (data.toString('latin1', at, at + 4) !== 'OS/2') continue;
    const offset = data.readUInt32BE(at + (woff ? 4 : 8));
    const length = data.readUInt32BE(at + (woff ? 8 : 12));
    const table = data.subarray(offset, offset + length);
    const declared = data.readUInt32BE(at + 12);
    // Inflated to the size the file declares, and no further: a zlib bomb stops there (and is a damaged font).
    if (woff && declared > LIMITS.fontTableBytes) throw new Error('an OS/2 table is a few hundred bytes');
    const inflated = woff && length < declared ? inflateSync(table, { maxOutputLength: declared }) : table;
    return inflated.length >= 64 ? inflated : undefined;
  }
  return undefined;
}

/** The @font-face rules of the files, as data: URLs under one family name. */
export function fontFaceCss(fonts: readonly FontFile[], family: string): string {
  return fonts
    .map(
      (f) =>
        `@font-face { font-family: ${JSON.stringify(family)}; font-style: ${f.style}; font-weight: ${f.weight}; ` +
        `font-display: block; src: url(data:font/${f.format === 'truetype' ? 'ttf' : f.format === 'opentype' ? 'otf' : f.format};base64,${Buffer.from(f.data).toString('base64')}) format('${f.format}'); }`,
    )
    .join('\n');
}
