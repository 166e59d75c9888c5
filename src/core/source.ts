import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../errors.js';

/** A problem found in the raw text (not at a data path), reported in the same file:line:col form as every
 * other input error: at `offset` in `text`, or at the start of the file. */
export function inputError(file: string, message: string, at?: { text: string; offset: number }): UserError {
  const before = at ? at.text.slice(0, at.offset).split('\n') : [''];
  const [line, col] = [before.length, (before.at(-1)?.length ?? 0) + 1];
  return new UserError(message, [{ file, line, col, path: '', message }]);
}

export interface Source {
  /** Path as the user gave it; used in messages. */
  path: string;
  /** Short name shown in diagnostics (resume.yaml:3:5). */
  name: string;
  text: string;
}

/** A résumé is a few KB; anything this big is a mistake or an attack, and YAML parsing it would be slow. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export function readSource(path: string): Source {
  const name = basename(path);
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_SOURCE_BYTES) {
      throw inputError(
        name,
        `file is ${(size / 1024 / 1024).toFixed(1)} MB; a résumé must be under ${MAX_SOURCE_BYTES / 1024 / 1024} MB`,
      );
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such file`);
    if (code === 'EISDIR') throw new UserError(`${path}: is a folder, not a résumé file`);
    throw new UserError(`${path}: cannot read (${code ?? String(error)})`);
  }
  return { path, name, text: decodeText(bytes, name) };
}

/** UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else that is not text is refused. */
export function decodeText(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff)
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    else text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw inputError(name, 'not a text file (it is not valid UTF-8 or UTF-16)');
  }
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
  return text;
}
