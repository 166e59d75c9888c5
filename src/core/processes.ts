// Files named after the process that made them (a lock, an unpack folder, a browser profile, a check's scratch
// folder) are removed by a later run once that process is gone: a run killed midway cannot clean up after itself.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether a process with this id exists on this machine (one of another user's counts: it cannot be signalled,
 * but it is there). */
export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A new folder in the temp folder, `<kind>-<this process's id>-…`; those of the same kind whose process is gone
 * (a run that was killed) are removed first. */
export function scratchFolder(kind: string): string {
  const own = new RegExp(`^${kind}-(\\d+)-`);
  for (const name of readdirSync(tmpdir())) {
    const pid = own.exec(name)?.[1];
    if (pid && !alive(Number(pid))) removeFolder(join(tmpdir(), name));
  }
  return mkdtempSync(join(tmpdir(), `${kind}-${process.pid}-`));
}

/** Deletes a folder of ours. A process killed a moment ago may still be writing its last files, so a few retries
 * cover them; what stays is left for the system to clean, never worth failing a run over. */
export function removeFolder(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  } catch {
    // Left in the temp folder.
  }
}
