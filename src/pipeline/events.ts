// A run's stages are long stretches of work on the one thread, and the browser of a PDF build is set up meanwhile
// by messages back and forth on its pipe: each answer is read only when the thread lets events in.

/** Lets the event loop read what came in (the browser's answers) and send what follows, between two stages, so a
 * cold build's first page is ready, its fonts loaded, by the time its HTML is. */
export function letEventsIn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
