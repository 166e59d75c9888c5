// Starting the browser process: its flags, its throwaway profile, and the spawn itself. Kept apart from the
// session that drives it (browser.ts) so the CLI's launcher can start it before the program is even loaded, and
// hand the running process over (see cli/early-browser.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { scratchFolder } from '../../core/processes.js';
import type { FoundBrowser } from './discover.js';
import { NO_NETWORK_ARGS } from './isolation.js';

/** A browser process just started, on a pipe. */
export interface SpawnedBrowser {
  found: FoundBrowser;
  child: ChildProcess;
  /** Its throwaway profile (full Chrome needs one; chrome-headless-shell runs without). */
  userDataDir: string | undefined;
}

/** Chromium refuses to sandbox as root; elsewhere the sandbox stays on unless RESUME_NO_SANDBOX=1. */
export function sandboxed(): boolean {
  return process.getuid?.() !== 0 && process.env.RESUME_NO_SANDBOX !== '1';
}

/** No frame is drawn for a screen unless asked for over the protocol (chrome-headless-shell only). The pages are
 * only ever printed, and printing lays out and paints on its own: without this, each document set into a tab is
 * also composited for a screen nobody sees, about a tenth of the browser's time per résumé. */
const FRAMELESS = '--enable-begin-frame-control';

/** Flags that work as root, in containers and on a closed network. */
function launchArgs(browser: FoundBrowser, userDataDir: string | undefined): string[] {
  const args = [
    '--remote-debugging-pipe',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-breakpad',
    '--disable-crash-reporter',
    '--disable-quic',
    '--mute-audio',
    '--font-render-hinting=none',
    ...NO_NETWORK_ARGS,
    'about:blank',
  ];
  if (!sandboxed()) args.unshift('--no-sandbox');
  if (!browser.headlessShell) args.unshift('--headless=new');
  else args.unshift(FRAMELESS);
  if (userDataDir) args.unshift(`--user-data-dir=${userDataDir}`);
  return args;
}

/** Starts the browser on a pipe (no port, no profile on disk but a throwaway one), with `env` added to ours. */
export function spawnBrowser(found: FoundBrowser, env: NodeJS.ProcessEnv): SpawnedBrowser {
  const userDataDir = found.headlessShell ? undefined : scratchFolder('resume-chrome');
  const child = spawn(found.executablePath, launchArgs(found, userDataDir), {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  // Asked now, read when the program connects: by then the browser has attached to its blank page and said so,
  // and the page is set up one round trip sooner (see BrowserSession's #attachPage).
  const input = child.stdio[3] as Writable;
  input.on('error', () => {});
  input.write(
    `${JSON.stringify({ id: AUTO_ATTACH_ID, method: 'Target.setAutoAttach', params: AUTO_ATTACH })}\0`,
  );
  return { found, child, userDataDir };
}

/** Every page the browser opens, attached to at once, as a session on the browser's one connection. */
export const AUTO_ATTACH = { autoAttach: true, waitForDebuggerOnStart: false, flatten: true };
/** An id the connection never gives a command of its own (they count up from 1): its answer is dropped. */
const AUTO_ATTACH_ID = 2 ** 31 - 1;
