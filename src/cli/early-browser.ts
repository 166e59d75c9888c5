// Evaluated first in the CLI bundle: the browser the launcher started (early-spawn.ts) becomes this run's; when it
// started none that a PDF needs (the embedded browser is still to be unpacked, say), one starts now, while the
// rest of the program loads.

import { ExitCode } from '../errors.js';
import { BrowserSession } from '../render/pdf/browser.js';
import { discoverBrowser, type FoundBrowser } from '../render/pdf/discover.js';
import { flag, wantsPdf } from './early-args.js';
import { takeEarlySpawn } from './early-spawn.js';

let session: BrowserSession | undefined;
let found: FoundBrowser | undefined;

// A build, a check, any command that ends by itself: Ctrl-C (SIGINT) and SIGTERM keep their default action, and
// the process ends at once, whatever it is doing, with the status a shell reads as 130 or 143. A handler in
// JavaScript would wait for the work in hand to yield (a large DOCX is seconds of work without a pause), and a
// signal that came in a build's last stretch would be missed. Nothing is lost by dying: outputs are only written
// at the end, in one step that ignores signals for its few milliseconds (core/output.ts); the browser, driven
// through a pipe, exits when the pipe closes; temp files of a killed run are removed by the next one.
// watch and serve wait for saves: there a handler answers at once, says it stopped, and exits 130 or 143.
if (['watch', 'serve'].includes(process.argv[2] ?? '')) {
  const stop = (code: number) => () => {
    closeBrowser();
    process.stderr.write('stopped\n');
    process.exit(code);
  };
  process.once('SIGINT', stop(ExitCode.interrupted)).once('SIGTERM', stop(ExitCode.terminated));
}

const early = takeEarlySpawn();
try {
  const argv = process.argv.slice(2);
  if (early) {
    found = early.found;
    session = BrowserSession.adopt(early);
  } else if (wantsPdf(argv)) {
    found = discoverBrowser({ explicit: flag(argv, '--browser') });
    session = BrowserSession.start(found);
  }
} catch {
  // Discovery errors are reported by the build itself, with the full command line understood.
}

/** The browser for this run: the one started early if its executable is the one asked for, else a new one. */
export function browserFor(explicit: string | undefined): BrowserSession {
  const wanted = discoverBrowser({ explicit });
  if (session && found?.executablePath === wanted.executablePath) return session;
  session?.close();
  found = wanted;
  session = BrowserSession.start(wanted);
  return session;
}

/** Has the browser started for this run load the fonts of `faces` ahead of its first page (see
 * BrowserSession.preloadFonts); nothing when no browser was started. */
export function preloadFonts(faces: () => string): void {
  session?.preloadFonts(faces);
}

export function closeBrowser(): void {
  session?.close();
  session = undefined;
}
