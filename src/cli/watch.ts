// `resume watch` and `resume serve`: rebuild on every save with one warm browser for the whole session. The same
// build() as `resume build`; a failed build writes nothing, so the last good outputs stay.
import { watch as watchFolder } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { type BuildOptions, build } from '../build.js';
import { type Diagnostic, formatDiagnostics, UserError } from '../errors.js';

export interface BuildOutcome {
  ok: boolean;
  /** When the build finished, and how long it took. */
  at: number;
  ms: number;
  written: string[];
  /** The problems (a failed build) or the warnings (a good one), as the terminal shows them. */
  diagnostics: Diagnostic[];
  message?: string;
}

export interface WatchSession {
  /** The résumé watched, as given. */
  file: string;
  /** The latest build, good or bad. */
  last(): BuildOutcome | undefined;
  /** Called after every build. */
  onBuild(listener: (outcome: BuildOutcome) => void): void;
  close(): void;
}

/** Debounce for editors that write a file in several steps (truncate, write, rename). */
const SETTLE_MS = 10;

export async function startWatching(
  options: BuildOptions,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<WatchSession> {
  const listeners: ((outcome: BuildOutcome) => void)[] = [];
  let last: BuildOutcome | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const once = async () => {
    const started = performance.now();
    try {
      const { written, warnings } = await build(options);
      last = { ok: true, at: Date.now(), ms: performance.now() - started, written, diagnostics: warnings };
      if (warnings.length) log(formatDiagnostics(warnings));
      log(`built ${written.length} file${written.length === 1 ? '' : 's'} in ${Math.round(last.ms)} ms`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      last = {
        ok: false,
        at: Date.now(),
        ms: performance.now() - started,
        written: [],
        diagnostics: error.diagnostics,
        message: error.message,
      };
      if (error.diagnostics.length) log(formatDiagnostics(error.diagnostics));
      log(`error: ${error.message}; the last good outputs stay (fix the file and save)`);
    }
    for (const listener of listeners) listener(last);
  };
  /** One build at a time; saves during a build ask for one more after it. */
  const rebuild = () => {
    if (running) {
      again = true;
      return;
    }
    running = once().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        rebuild();
      }
    });
  };

  await once();
  // The folder, not the file: editors often save by writing a new file and renaming it over the old one.
  const file = resolve(options.file);
  let timer: NodeJS.Timeout | undefined;
  const watcher = watchFolder(dirname(file), (_, name) => {
    if (name !== basename(file)) return;
    clearTimeout(timer);
    timer = setTimeout(rebuild, SETTLE_MS);
  });
  return {
    file: options.file,
    last: () => last,
    onBuild: (listener) => listeners.push(listener),
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
