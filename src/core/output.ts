// Outputs are all-or-nothing: every file is written to a temp file beside its target, and only when all of
// them are complete are they renamed into place. Every target is checked before the first rename, and if a
// rename still fails midway, the files already replaced are put back. A failure leaves the previous good outputs
// as they were.
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { RenderError } from '../errors.js';

export interface Output {
  path: string;
  data: Uint8Array | string;
}

const pending = new Set<string>();
// Ctrl-C or a crash between write and rename must not leave temp files behind.
process.once('exit', () => {
  for (const tmp of pending) rmSync(tmp, { force: true });
});

const tempName = (path: string, kind: string) =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`);

function failure(error: unknown, what = 'cannot write the outputs'): RenderError {
  const code = (error as NodeJS.ErrnoException).code;
  return new RenderError(`${what} (${code ?? String(error)}); nothing was written`, { cause: error });
}

/** mkdir -p, one level at a time: Node's recursive mkdir loops forever where a parent refuses (/proc). */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  while (!existsSync(at)) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  if (!lstatSync(at).isDirectory()) throw failure({ code: 'ENOTDIR' }, `cannot create the folder ${dir}`);
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw failure(error, `cannot create the folder ${dir}`);
    }
  }
}

export function writeOutputs(outputs: Output[]): string[] {
  for (const { path } of outputs) {
    makeFolder(dirname(path));
    if (existsSync(path) && !lstatSync(path).isFile()) {
      throw failure({ code: lstatSync(path).isDirectory() ? 'EISDIR' : 'EEXIST' }, `cannot replace ${path}`);
    }
  }
  const staged: { tmp: string; path: string; backup?: string }[] = [];
  const done: typeof staged = [];
  try {
    for (const { path, data } of outputs) {
      const tmp = tempName(path, 'tmp');
      pending.add(tmp);
      staged.push({ tmp, path });
      writeFileSync(tmp, data);
    }
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
    for (const { tmp, backup } of staged) {
      for (const file of [tmp, backup]) if (file) rmSync(file, { force: true });
    }
    for (const file of pending) rmSync(file, { force: true });
    pending.clear();
    throw failure(error);
  }
  for (const { backup } of staged) {
    if (!backup) continue;
    rmSync(backup, { force: true });
    pending.delete(backup);
  }
  return outputs.map((o) => o.path);
}
