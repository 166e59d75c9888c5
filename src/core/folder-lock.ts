// One writer at a time in an output folder: two builds into the same folder (a watch and a build, two terminals)
// each replace their whole set of files while holding the folder's lock, so the folder never ends with one
// build's HTML and the other's Markdown. The lock is held only while files are renamed into place (milliseconds);
// a lock left by a process that no longer exists is taken over, and so are the temp files it left behind.
import { closeSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { RenderError } from '../errors.js';
import { alive } from './processes.js';

export const LOCK_NAME = '.resume.lock';

/** How long a build waits for another to finish writing, and after how long a lock is stale whoever holds it
 * (renaming a set of files takes milliseconds: a lock this old belongs to a process that hung or vanished). */
const WAIT_MS = 30_000;
const STALE_MS = 120_000;
/** A lock is created, then its holder's id written into it: one found empty is being taken, unless it is this old
 * (its taker was killed in between). */
const EMPTY_MS = 2_000;

const pause = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(pause, 0, 0, ms);

/** Takes the lock of `dir`, runs `work`, and gives the lock back. */
export function withFolderLock<T>(dir: string, work: () => T): T {
  const lock = join(dir, LOCK_NAME);
  const started = Date.now();
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = lockHolder(lock);
    if (holder === undefined) continue; // released between the two calls
    const gone = holder.pid === undefined ? holder.age > EMPTY_MS : !alive(holder.pid);
    if (gone || holder.age > STALE_MS) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() - started > WAIT_MS)
      throw new RenderError(
        `another resume (process ${holder.pid}) has been writing to ${dir} for ${WAIT_MS / 1000} s; nothing was written`,
      );
    sleep(20);
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Who holds a lock and for how long; its id is undefined while the lock is still empty. */
function lockHolder(lock: string): { pid: number | undefined; age: number } | undefined {
  try {
    const age = Date.now() - statSync(lock).mtimeMs;
    const text = readFileSync(lock, 'utf8').trim();
    return { pid: /^\d+$/.test(text) ? Number(text) : undefined, age };
  } catch {
    return undefined;
  }
}

/** Temp files of an output write: `.resume-<pid>-<random>.tmp` (a new output) and `.old` (the previous one, kept
 * until every rename is done); before this naming, `.<output>.<pid>.<random>.tmp`. */
const LEFTOVER = /^\.(?:resume-(\d+)-|.+\.(\d+)\.)[0-9a-f]{8}\.(?:tmp|old)$/;

/** Removes what a killed run left in `dir`: temp files of processes that no longer exist. */
export function removeLeftovers(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = LEFTOVER.exec(name);
    if (m && !alive(Number(m[1] ?? m[2]))) rmSync(join(dir, name), { force: true });
  }
}
