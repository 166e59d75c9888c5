// Outputs are all-or-nothing: every file is written to a temp file beside its target, and only when all of
// them are complete are they renamed into place, one build at a time per folder (folder-lock.ts). Every target is
// checked before the first rename, and if a rename still fails midway, the files already replaced are put back.
// A failure leaves the previous good outputs as they were; a killed run's temp files go at the next write there.
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { RenderError, UsageError } from '../errors.js';
import { removeLeftovers, withFolderLock } from './folder-lock.js';
import { isInput } from './safe-read.js';

export interface Output {
  path: string;
  data: Uint8Array | string;
  /** A file this run read that it is asked to rewrite (import --into): the one input an output may replace. */
  edit?: boolean;
}

/** The longest file name most file systems take, in bytes. */
const MAX_NAME_BYTES = 255;

const pending = new Set<string>();
// An error or an exit between write and rename must not leave temp files behind (a kill is cleaned up later).
process.once('exit', () => {
  for (const tmp of pending) removeQuietly(tmp);
});

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // An exit handler must not throw: what stays is removed by the next write into the folder.
  }
}

// A fixed-length name: an output's own name may already be as long as a name can be.
const tempName = (path: string, kind: 'tmp' | 'old') =>
  join(dirname(path), `.resume-${process.pid}-${randomBytes(4).toString('hex')}.${kind}`);

function failure(error: unknown, what = 'cannot write the outputs'): RenderError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENAMETOOLONG' ? 'ENAMETOOLONG: the path is too long' : (code ?? String(error));
  return new RenderError(`${what} (${why}); nothing was written`, { cause: error });
}

/** mkdir -p, one level at a time: Node's recursive mkdir loops forever where a parent refuses (/proc). A folder
 * reached through a symlink is a folder. */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  while (!existsSync(at)) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  let isFolder: boolean;
  try {
    isFolder = statSync(at).isDirectory();
  } catch (error) {
    throw failure(error, `cannot create the folder ${dir}`);
  }
  if (!isFolder) throw failure({ code: 'ENOTDIR' }, `cannot create the folder ${dir}`);
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw failure(error, `cannot create the folder ${dir}`);
    }
  }
}

/** Refuses a target that cannot or must not be replaced: a folder, a file this run read (the résumé itself, a
 * photo, a theme's file), a name too long to exist. */
function checkTarget(path: string, edit = false): void {
  const bytes = Buffer.byteLength(basename(path));
  if (bytes > MAX_NAME_BYTES)
    throw new UsageError(
      `cannot write ${basename(path).slice(0, 40)}…: a file name has at most ${MAX_NAME_BYTES} bytes, this one ${bytes}; choose a shorter name (--name)`,
    );
  if (isInput(path) && !edit)
    throw new UsageError(
      `${path} is an input of this build (the résumé, or a file it reads): it is never overwritten; choose another folder (-o) or name (--name); nothing was written`,
    );
  if (existsSync(path) && !lstatSync(path).isFile()) {
    throw failure({ code: lstatSync(path).isDirectory() ? 'EISDIR' : 'EEXIST' }, `cannot replace ${path}`);
  }
}

export function writeOutputs(outputs: Output[]): string[] {
  for (const { path, edit } of outputs) {
    makeFolder(dirname(path));
    checkTarget(path, edit);
  }
  const staged: { tmp: string; path: string; backup?: string }[] = [];
  try {
    for (const { path, data } of outputs) {
      const tmp = tempName(path, 'tmp');
      pending.add(tmp);
      staged.push({ tmp, path });
      writeFileSync(tmp, data);
    }
    const folders = [...new Set(outputs.map((o) => resolve(dirname(o.path))))].sort();
    lockAll(folders, () => {
      for (const folder of folders) removeLeftovers(folder);
      commit(staged);
    });
  } catch (error) {
    for (const file of pending) removeQuietly(file);
    pending.clear();
    if (error instanceof RenderError) throw error;
    throw failure(error);
  }
  return outputs.map((o) => o.path);
}

/** Runs `work` holding the locks of every folder, taken in one order (so two builds cannot wait on each other). */
function lockAll(folders: string[], work: () => void): void {
  const [first, ...rest] = folders;
  if (first === undefined) work();
  else withFolderLock(first, () => lockAll(rest, work));
}

/** Renames every temp file into place; if one fails, the replaced files are put back. A signal during the renames
 * is ignored (they take milliseconds): stopping halfway would leave half a set. */
function commit(staged: { tmp: string; path: string; backup?: string }[]): void {
  const ignore = () => {};
  process.on('SIGINT', ignore).on('SIGTERM', ignore);
  const done: typeof staged = [];
  try {
    for (const entry of staged) {
      // A hard link keeps the old file reachable until every rename has succeeded.
      if (existsSync(entry.path)) {
        entry.backup = tempName(entry.path, 'old');
        pending.add(entry.backup);
        try {
          linkSync(entry.path, entry.backup);
        } catch {
          copyFileSync(entry.path, entry.backup); // a file system without hard links
        }
      }
      renameSync(entry.tmp, entry.path);
      pending.delete(entry.tmp);
      done.push(entry);
    }
  } catch (error) {
    for (const { path, backup } of done.reverse()) {
      if (backup) renameSync(backup, path);
      else rmSync(path, { force: true });
    }
    throw error;
  } finally {
    process.off('SIGINT', ignore).off('SIGTERM', ignore);
  }
  for (const { backup } of staged) {
    if (!backup) continue;
    removeQuietly(backup);
    pending.delete(backup);
  }
}
