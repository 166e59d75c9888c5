// `resume watch` and `resume serve`: rebuild on every save with one warm browser for the whole session. The same
// build() as `resume build`; a failed build writes nothing, so the last good outputs stay.
import { existsSync, type FSWatcher, watch as watchFolder } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { type BuildOptions, build } from '../build.js';
import { type Diagnostic, formatDiagnostics, UserError } from '../errors.js';
import { forgetThemes, isThemePath } from '../render/theme.js';

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

  // A theme folder of the user's is watched too: an edited template or stylesheet rebuilds, read afresh.
  const themeWatchers = new Map<string, FSWatcher>();
  const watchTheme = (dir: string | undefined) => {
    if (!dir || themeWatchers.has(dir) || !existsSync(dir)) return;
    themeWatchers.set(
      dir,
      watchFolder(dir, { recursive: true }, () => {
        forgetThemes();
        clearTimeout(timer);
        timer = setTimeout(rebuild, SETTLE_MS);
      }),
    );
  };
  let timer: NodeJS.Timeout | undefined;

  const once = async () => {
    const started = performance.now();
    try {
      const { written, warnings, themeDir } = await build(options);
      watchTheme(themeDir);
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

  // A theme named by path is watched from the start, so a theme broken at the first build can be fixed live.
  if (options.theme && isThemePath(options.theme)) watchTheme(resolve(options.theme));
  await once();
  // The folder, not the file: editors often save by writing a new file and renaming it over the old one.
  const file = resolve(options.file);
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
      for (const w of themeWatchers.values()) w.close();
    },
  };
}
