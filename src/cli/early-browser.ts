// Imported first by the CLI: when the command line asks for a PDF, the browser starts now, while the rest of
// the program loads and the résumé is validated. Starting it is the slowest step of a cold PDF build.

import { ExitCode } from '../errors.js';
import { BrowserSession } from '../render/pdf/browser.js';
import { discoverBrowser, type FoundBrowser } from '../render/pdf/discover.js';

let session: BrowserSession | undefined;
let found: FoundBrowser | undefined;

// Installed before anything else loads, so Ctrl-C at any moment stops the browser and leaves nothing behind
// (outputs are only ever renamed into place, and temp files are removed on exit).
const longRunning = ['watch', 'serve'].includes(process.argv[2] ?? '');
process.once('SIGINT', () => {
  closeBrowser();
  // A build stopped midway writes nothing; watch and serve simply stop (their last outputs stay).
  process.stderr.write(longRunning ? 'stopped\n' : 'interrupted; nothing was written\n');
  process.exit(ExitCode.interrupted);
});
process.once('SIGTERM', () => {
  closeBrowser();
  process.exit(ExitCode.terminated);
});

function flag(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const a = argv[i] as string;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
}

function wantsPdf(argv: string[]): boolean {
  if (
    !['build', 'watch', 'serve'].includes(argv[0] ?? '') ||
    argv.includes('--explain') ||
    argv.includes('--help') ||
    argv.includes('-h')
  )
    return false;
  const format = flag(argv, '--format') ?? flag(argv, '-f') ?? 'all';
  return /(^|,)\s*(pdf|all)\s*(,|$)/i.test(format);
}

try {
  const argv = process.argv.slice(2);
  if (wantsPdf(argv)) {
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

export function closeBrowser(): void {
  session?.close();
  session = undefined;
}
