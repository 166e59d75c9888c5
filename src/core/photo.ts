// basics.image: a local photo, read only if it really is an image, and embedded (never linked or fetched).
import { isAbsolute, resolve } from 'node:path';
import { LIMITS, limitText } from './limits.js';
import { ReadRefused, readFileSafely } from './safe-read.js';

export interface Photo {
  mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';
  data: Uint8Array;
  width: number;
  height: number;
}

export const MAX_PHOTO_BYTES = LIMITS.photoBytes;

export type PhotoResult = { photo?: Photo; warning?: string; error?: string };

/** Reads the photo named in the résumé: a local file inside the résumé's folder, or a data: URI. A photo
 * that cannot be had (remote, missing, unreadable) is a warning, and the résumé is built without one; a file that
 * is not an image is an error, as it is surely a mistake. */
export function readPhoto(image: string | undefined, baseDir: string): PhotoResult {
  if (!image) return {};
  if (/^data:/i.test(image)) return fromDataUri(image);
  if (/^[a-z][a-z0-9+.-]*:/i.test(image) && !/^[a-z]:[\\/]/i.test(image)) {
    return {
      warning:
        'remote images are not fetched: the résumé is built without a photo (save it beside the résumé and name the file: image: photo.jpg)',
    };
  }
  const path = isAbsolute(image) ? image : resolve(baseDir, image);
  let data: Buffer;
  try {
    data = readFileSafely(path, {
      maxBytes: MAX_PHOTO_BYTES,
      inside: { dir: baseDir, name: "the résumé's folder" },
      name: image,
      what: 'a photo',
    });
  } catch (error) {
    if (!(error instanceof ReadRefused)) throw error;
    if (error.reason === 'missing')
      return {
        warning: `"${image}": no such file (paths are relative to the résumé): built without a photo`,
      };
    if (error.reason === 'unreadable') return { warning: `${error.message}: built without a photo` };
    return { error: error.message };
  }
  const mime = sniff(data.subarray(0, 32));
  if (!mime) return { error: `"${image}" is not a PNG, JPEG, GIF or WebP image` };
  return fromBytes(new Uint8Array(data), mime, `"${image}"`);
}

function fromBytes(data: Uint8Array, mime: Photo['mime'], what: string): PhotoResult {
  const dimensions = imageSize(data, mime);
  if (!dimensions) return { error: `${what} is a damaged ${mime.slice(6).toUpperCase()} image` };
  return { photo: { mime, data, ...dimensions } };
}

/** A data: URI, base64 or percent-encoded, held to the same rules as a file: sniffed, at most 5 MB. */
function fromDataUri(uri: string): PhotoResult {
  const m = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/is.exec(uri);
  if (!m) return { error: 'the data: URI is malformed' };
  const base64 = /;base64/i.test(m[2] ?? '');
  const body = m[3] ?? '';
  if ((base64 ? (body.length * 3) / 4 : body.length) > MAX_PHOTO_BYTES)
    return {
      error: `the data: image is over ${limitText(MAX_PHOTO_BYTES)}; a photo must be under ${limitText(MAX_PHOTO_BYTES)}`,
    };
  let data: Uint8Array;
  try {
    data = new Uint8Array(
      base64 ? Buffer.from(body, 'base64') : Buffer.from(decodeURIComponent(body), 'latin1'),
    );
  } catch {
    return { error: 'the data: URI is malformed' };
  }
  const mime = sniff(data.subarray(0, 32));
  if (!mime) return { error: 'the data: URI is not a PNG, JPEG, GIF or WebP image' };
  return fromBytes(data, mime, 'the data: image');
}

function sniff(b: Uint8Array): Photo['mime'] | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 4) === 'GIF8') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

/** Pixel size from the image header, so renderers keep the aspect ratio. */
export function imageSize(b: Uint8Array, mime: Photo['mime']): { width: number; height: number } | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const ok = (w: number, h: number) => (w > 0 && h > 0 ? { width: w, height: h } : undefined);
  try {
    if (mime === 'image/png') return ok(view.getUint32(16), view.getUint32(20));
    if (mime === 'image/gif') return ok(view.getUint16(6, true), view.getUint16(8, true));
    if (mime === 'image/webp') {
      const chunk = String.fromCharCode(...b.subarray(12, 16));
      if (chunk === 'VP8 ') return ok(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
      if (chunk === 'VP8L') {
        const bits = view.getUint32(21, true);
        return ok((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
      }
      if (chunk === 'VP8X') {
        const w = 1 + (b[24] ?? 0) + ((b[25] ?? 0) << 8) + ((b[26] ?? 0) << 16);
        const h = 1 + (b[27] ?? 0) + ((b[28] ?? 0) << 8) + ((b[29] ?? 0) << 16);
        return ok(w, h);
      }
      return undefined;
    }
    // JPEG: walk the segments to the first start-of-frame marker.
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return undefined;
      const marker = b[i + 1] ?? 0;
      const length = view.getUint16(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return ok(view.getUint16(i + 7), view.getUint16(i + 5));
      }
      i += 2 + length;
    }
  } catch {
    // A truncated header reads past the end: treated as damaged.
  }
  return undefined;
}
