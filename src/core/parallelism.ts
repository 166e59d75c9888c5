// How much of one run happens at once: the résumés of a batch, the pages in the browser.
import { availableParallelism } from 'node:os';

/**
 * One per core keeps every core busy (the program reads and renders the next résumé while the browser prints the
 * last). At least two, so that the program and the browser overlap even on one core's worth of quota; at most
 * four, since each one in flight holds a document, a tab and its PDF in memory, and a container may report the
 * host's cores rather than its own share.
 */
export function atOnceFor(cores: number): number {
  return Math.min(4, Math.max(2, Math.floor(cores)));
}

/** How many résumés of a batch are built, and how many pages printed, at once on this machine. */
export const AT_ONCE = atOnceFor(availableParallelism());
