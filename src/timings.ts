// RESUME_TIMINGS=1 prints when each stage of a run finished, in ms since the process started, and the CPU time the
// process had used by then (on a busy machine the two differ): how the benchmark's numbers are explained. Off by
// default, and then it costs one comparison per mark.
const enabled = process.env.RESUME_TIMINGS === '1';

export function mark(label: string): void {
  if (!enabled) return;
  const { user, system } = process.cpuUsage();
  const cpu = ((user + system) / 1000).toFixed(0).padStart(5);
  process.stderr.write(`timing ${performance.now().toFixed(0).padStart(5)} ms  cpu ${cpu} ms  ${label}\n`);
}
