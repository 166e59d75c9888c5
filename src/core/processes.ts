// Files named after the process that made them (a lock, an unpack folder, a browser profile) are removed by a
// later run once that process is gone: a run killed midway cannot clean up after itself.

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
