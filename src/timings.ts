// RESUME_TIMINGS=1 prints when each stage of a run finished, in ms since the process started: how the
// benchmark's numbers are explained. Off by default, and then it costs one comparison per mark.
const enabled = process.env.RESUME_TIMINGS === '1';

export function mark(label: string): void {
  if (enabled) process.stderr.write(`timing ${performance.now().toFixed(0).padStart(5)} ms  ${label}\n`);
}
