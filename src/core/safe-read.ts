// Reading a file someone else may have written (a cloned résumé repository, a downloaded theme): only a regular
// file, only inside the folder it belongs to once every symlink is resolved, only up to a size, and never blocking
// (a FIFO or a device is refused before anything is read). Every file read this way is remembered as an input,
// so that no output ever replaces one (see output.ts).
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs';
import { resolve, sep } from 'node:path';
import { limitText, sizeText } from './limits.js';

export type Refusal = 'missing' | 'outside' | 'not-a-file' | 'too-big' | 'unreadable';

/** Why a file was not read, with a message that names it as the user wrote it. */
export class ReadRefused extends Error {
  constructor(
    readonly reason: Refusal,
    message: string,
  ) {
    super(message);
    this.name = 'ReadRefused';
  }
}

export interface SafeReadOptions {
  /** The most bytes accepted. */
  maxBytes: number;
  /** The folder the file must be in, symlinks resolved (the résumé's, the theme's), and how to call it. */
  inside?: { dir: string; name: string };
  /** The file as the user named it, for messages (default: the path). */
  name?: string;
  /** What the file is, for the size message: "a photo", "a font file". */
  what?: string;
}

// Not on Windows: there the checks before opening stand alone.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The bytes of a regular file, or a ReadRefused saying why not. */
export function readFileSafely(path: string, options: SafeReadOptions): Buffer {
  const name = options.name ?? path;
  const real = realFile(path, name);
  const stat = statOf(real, name);
  if (options.inside !== undefined) checkInside(real, options.inside, name);
  tooBig(stat.size, options, name);
  let fd: number;
  try {
    // O_NONBLOCK: a file swapped for a FIFO since the check above does not hang the open.
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    throw unreadable(error, name);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== stat.ino || opened.dev !== stat.dev)
      throw new ReadRefused('not-a-file', `"${name}" changed while it was read`);
    let data: Buffer;
    try {
      data = readUpTo(fd, options.maxBytes + 1);
    } catch (error) {
      throw unreadable(error, name);
    }
    // A file can grow after its size was read (or report none, as /proc's do).
    tooBig(data.length, options, name);
    rememberInput(opened);
    return data;
  } finally {
    closeSync(fd);
  }
}

/** The file's real path (symlinks resolved), or why there is none. */
function realFile(path: string, name: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReadRefused('missing', `"${name}": no such file`);
    throw unreadable(error, name);
  }
}

function checkInside(real: string, folder: { dir: string; name: string }, name: string): void {
  let root: string;
  try {
    root = realpathSync(folder.dir);
  } catch (error) {
    throw unreadable(error, name);
  }
  if (real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) return;
  const link = real !== resolve(folder.dir, name) ? ` leads to ${real},` : ' is';
  throw new ReadRefused(
    'outside',
    `"${name}"${link} outside ${folder.name}: only files inside it are read (copy the file there)`,
  );
}

function statOf(real: string, name: string): Stats {
  let stat: Stats;
  try {
    stat = statSync(real);
  } catch (error) {
    throw unreadable(error, name);
  }
  if (stat.isFile()) return stat;
  const kind = stat.isDirectory()
    ? 'a folder'
    : stat.isFIFO()
      ? 'a FIFO'
      : stat.isSocket()
        ? 'a socket'
        : stat.isCharacterDevice() || stat.isBlockDevice()
          ? 'a device'
          : 'not a regular file';
  throw new ReadRefused('not-a-file', `"${name}" is ${kind}, not a file`);
}

function tooBig(size: number, options: SafeReadOptions, name: string): void {
  if (size <= options.maxBytes) return;
  const over = size > options.maxBytes + 1 ? `is ${sizeText(size)}` : 'is too big';
  throw new ReadRefused(
    'too-big',
    `"${name}" ${over}; ${options.what ?? 'a file'} must be under ${limitText(options.maxBytes)}`,
  );
}

function unreadable(error: unknown, name: string): ReadRefused {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return new ReadRefused('unreadable', `"${name}" cannot be read (${code})`);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Reads from `fd` until its end or `limit` bytes, whichever comes first. */
export function readUpTo(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking pipe with nothing in it yet (standard input, in some shells): wait a little.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 5);
      continue;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

// The identities (device and inode) of the files read: an output is never written over one of them.
const inputs = new Set<string>();

function identity(stat: Stats): string {
  return `${stat.dev}:${stat.ino}`;
}

export function rememberInput(stat: Stats): void {
  inputs.add(identity(stat));
}

/** Starts a new build's list (watch builds again and again in one process): a file read by an earlier build may
 * have been replaced since (an editor saves by renaming a new file over the old), and its inode given to a new
 * file, an output even. */
export function forgetInputs(): void {
  inputs.clear();
}

/** Whether `path` is (a link to, or another name of) a file this run read as input. */
export function isInput(path: string): boolean {
  try {
    return inputs.has(identity(statSync(path)));
  } catch {
    return false;
  }
}
