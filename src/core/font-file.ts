// meta.design.font as font files next to the résumé: read here (never by the browser), checked to be fonts, and
// embedded in the HTML and PDF as data: URLs. Each file's weight and style come from its OS/2 table (a WOFF2
// file's tables are brotli-packed: its name says, "Inter-BoldItalic.woff2").
import { readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';

export interface FontFile {
  name: string;
  format: 'truetype' | 'opentype' | 'woff' | 'woff2';
  data: Uint8Array;
  weight: number;
  style: 'normal' | 'italic';
}

export const MAX_FONT_BYTES = 10 * 1024 * 1024;

/** meta.design.font names a file (a path, or a font file's extension) rather than a family. */
export function isFontFile(font: string): boolean {
  return /^(\.{1,2}[\\/]|\/)|\.(ttf|otf|woff2?)$/i.test(font);
}

/** Reads each file (relative to the résumé's folder); the first problem is the error. */
export function readFontFiles(
  files: readonly string[],
  baseDir: string,
): { fonts?: FontFile[]; error?: string } {
  const fonts: FontFile[] = [];
  for (const file of files) {
    const path = isAbsolute(file) ? file : resolve(baseDir, file);
    let data: Buffer;
    try {
      if (statSync(path).size > MAX_FONT_BYTES)
        return { error: `"${file}" is over 10 MB: not a font to embed` };
      data = readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return {
        error:
          code === 'ENOENT'
            ? `"${file}": no such font file (paths are relative to the résumé)`
            : `"${file}" cannot be read (${code ?? String(error)})`,
      };
    }
    const format = sniffFont(data);
    if (!format) return { error: `"${file}" is not a font file (TrueType, OpenType, WOFF or WOFF2)` };
    let os2: Buffer | undefined;
    try {
      os2 = format === 'woff2' ? undefined : os2Table(data, format === 'woff');
    } catch {
      return { error: `"${file}" is a damaged font file` };
    }
    const name = basename(file);
    fonts.push({
      name,
      format,
      data: new Uint8Array(data),
      weight: os2
        ? os2.readUInt16BE(4)
        : /black|heavy/i.test(name)
          ? 900
          : /semi-?bold/i.test(name)
            ? 600
            : /bold/i.test(name)
              ? 700
              : /light/i.test(name)
                ? 300
                : 400,
      style: (os2 ? os2.readUInt16BE(62) & 1 : /italic|oblique/i.test(name)) ? 'italic' : 'normal',
    });
  }
  return { fonts };
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
    const inflated = woff && length < data.readUInt32BE(at + 12) ? inflateSync(table) : table;
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
