import { closeSync, fstatSync, openSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { LIMITS, limitText, sizeText } from './limits.js';
import { readUpTo, rememberInput } from './safe-read.js';

/** A problem found in the raw text (not at a data path), reported in the same file:line:col form as every
 * other input error: at `offset` in `text`, or at the start of the file. */
export function inputError(file: string, message: string, at?: { text: string; offset: number }): UserError {
  const before = at ? at.text.slice(0, at.offset).split('\n') : [''];
  const [line, col] = [before.length, (before.at(-1)?.length ?? 0) + 1];
  const source = at ? at.text.split('\n')[line - 1]?.replace(/\r$/, '') : undefined;
  return new UserError(message, [
    { file, line, col, path: '', message, ...(source !== undefined && { source }) },
  ]);
}

export interface Source {
  /** Path as the user gave it; used in messages. */
  path: string;
  /** Short name shown in diagnostics (resume.yaml:3:5). */
  name: string;
  text: string;
  /** JSON syntax (a .json file, or JSON on standard input): held to JSON's rules. */
  json: boolean;
  /** The file was not UTF-8 and was read as Windows-1252 (Latin-1): where its first such byte is. */
  legacyEncoding?: { offset: number };
}

/** The file name that means standard input. */
export const STDIN = '-';

/** A résumé is a few KB; anything this big is a mistake or an attack, and YAML parsing it would be slow. */
export const MAX_SOURCE_BYTES = LIMITS.sourceBytes;

/** Reads the résumé, at most MAX_SOURCE_BYTES of it whatever it is (standard input, a FIFO the user named, a
 * device: nothing is read without end). */
export function readSource(path: string): Source {
  const stdin = path === STDIN;
  const name = stdin ? '<stdin>' : basename(path);
  const limit = `a résumé must be under ${limitText(MAX_SOURCE_BYTES)}`;
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    const size = stdin ? 0 : statSync(path).size;
    if (size > MAX_SOURCE_BYTES) throw inputError(name, `file is ${sizeText(size)}; ${limit}`);
    fd = stdin ? 0 : openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    bytes = readUpTo(fd, MAX_SOURCE_BYTES + 1);
    if (bytes.length > MAX_SOURCE_BYTES) throw inputError(name, limit);
    if (!stdin) rememberInput(stat);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such file`);
    if (code === 'EISDIR') throw new UserError(`${path}: is a folder, not a résumé file`);
    throw new UserError(`${path}: cannot read (${code ?? String(error)})`);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
  const { text, legacyEncoding } = decodeSource(bytes, name);
  const json = stdin ? text.trimStart().startsWith('{') : /\.json$/i.test(path);
  return { path, name, text, json, ...(legacyEncoding && { legacyEncoding }) };
}

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none. */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  const length =
    b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
  for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return length;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = utf8Length(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** A file saved in an 8-bit encoding, perhaps edited since in UTF-8 (both in one file happen): each valid UTF-8
 * sequence read as UTF-8, each other byte as Windows-1252. */
function decodeMixed(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8');
  const legacy = new TextDecoder('windows-1252');
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8Length(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(from, i)), legacy.decode(bytes.subarray(i, i + 1)));
    from = ++i;
  }
  parts.push(utf8.decode(bytes.subarray(from)));
  return parts.join('');
}

/** UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else that is not text is refused. */
export function decodeText(bytes: Uint8Array, name: string): string {
  return decodeSource(bytes, name, { legacy: false }).text;
}

/** The text of a file: UTF-8 or UTF-16 as decodeText, and text in an 8-bit encoding (a file saved as Latin-1 or
 * Windows-1252, whose every byte is a character) read as Windows-1252, with where it was noticed. */
function decodeSource(
  bytes: Uint8Array,
  name: string,
  options = { legacy: true },
): { text: string; legacyEncoding?: { offset: number } } {
  const kind = documentKind(bytes, name);
  if (kind) throw inputError(name, kind);
  let text: string;
  let legacyEncoding: { offset: number } | undefined;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff)
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    else text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // NUL bytes mean binary data; otherwise the file is text in another encoding: say where.
    if (bytes.subarray(0, 8192).includes(0))
      throw inputError(name, 'not a text file (it is not valid UTF-8 or UTF-16)');
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const latin = (bytes[bad] ?? 0) >= 0xa0;
    if (options.legacy && latin) {
      legacyEncoding = { offset: before.length };
      return checkedText(decodeMixed(bytes), name, legacyEncoding);
    }
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw inputError(
      name,
      `byte 0x${hex} is not UTF-8: save the file as UTF-8 (it looks like ${bytes[bad] !== undefined && bytes[bad] >= 0xa0 ? 'Latin-1 or Windows-1252' : 'another encoding'})`,
      { text: lossy, offset: before.length },
    );
  }
  return checkedText(text, name, legacyEncoding);
}

/** Decoded text that is a résumé's: no BOM, no binary data, not empty. */
/** What a file that is not text is, by its first bytes, and what to do instead: a LinkedIn export comes as a ZIP,
 * and a résumé kept as a PDF or a Word file is what people try first. */
function documentKind(bytes: Uint8Array, name: string): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  const reads =
    'this tool reads text: a résumé in YAML or JSON (resume init writes one to start from), a letter or a posting as text or Markdown';
  if (head === '%PDF-') return `a PDF: ${reads}`;
  if (!head.startsWith('PK\u0003\u0004')) return undefined;
  if (/\.(docx|odt|pages)$/i.test(name)) return `a word processor's document: ${reads}`;
  return `a ZIP archive: a LinkedIn data export is read by: resume import ${name}`;
}

function checkedText(decoded: string, name: string, legacyEncoding?: { offset: number }) {
  let text = decoded;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Control characters other than tab/newline mean binary data, which YAML would reject with a puzzling error.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  const control = text.search(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  if (control >= 0) {
    throw inputError(name, 'contains binary data (a control character): is this really a résumé file?', {
      text,
      offset: control,
    });
  }
  if (text.trim() === '') throw inputError(name, 'file is empty');
  return { text, ...(legacyEncoding && { legacyEncoding }) };
}
