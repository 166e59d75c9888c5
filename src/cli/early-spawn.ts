// Run by the launcher (launch.ts) before the program is loaded: when the command line asks for a PDF, the browser
// starts now, and boots while the program loads and the résumé is validated. Starting it is the slowest step of a
// cold PDF build. The running process is handed to the program (early-browser.ts) through a global, the only
// thing the launcher and the bundle share.

import { unpackedBundled } from '../render/pdf/bundled.js';
import { discoverBrowser } from '../render/pdf/discover.js';
import { type SpawnedBrowser, spawnBrowser } from '../render/pdf/spawn.js';
import { mark } from '../timings.js';
import { flag, wantsPdf } from './early-args.js';

const HANDOFF = Symbol.for('resume.early-browser');
type WithHandoff = { [HANDOFF]?: SpawnedBrowser };

export function spawnEarly(argv: string[]): void {
  if (!wantsPdf(argv)) return;
  try {
    const found = discoverBrowser({ explicit: flag(argv, '--browser') });
    // An embedded browser that still needs unpacking is left to the program, which says so as it does it.
    const env = found.bundled ? unpackedBundled(found.bundled) : {};
    if (!env) return;
    (globalThis as WithHandoff)[HANDOFF] = spawnBrowser(found, env);
    mark('browser spawned');
  } catch {
    // Discovery errors are reported by the build itself, with the full command line understood.
  }
}

/** The browser the launcher started, if it did; taken once. */
export function takeEarlySpawn(): SpawnedBrowser | undefined {
  const spawned = (globalThis as WithHandoff)[HANDOFF];
  delete (globalThis as WithHandoff)[HANDOFF];
  return spawned;
}
