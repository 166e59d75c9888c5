// `resume watch` and `resume serve`: rebuild on every save with one warm browser for the whole session. The same
// build() as `resume build`; a failed build writes nothing, so the last good outputs stay.
import { existsSync, type FSWatcher, watch as watchFolder } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { forgetInputs } from '../core/safe-read.js';
import { type Diagnostic, formatDiagnostics, UserError } from '../errors.js';
import { type BuildOptions, build, SupersededBuild } from '../pipeline/run.js';
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
  /** The files watched, as given: the résumé, the letter and the posting when a build takes them
   * ("resume.yaml, acme.md and acme-posting.md"). */
  file: string;
  /** The latest build, good or bad. */
  last(): BuildOutcome | undefined;
  /** Called after every build. */
  onBuild(listener: (outcome: BuildOutcome) => void): void;
  close(): void;
}

/** How long a failed build waits before it says so: an editor that writes a file in several steps (truncate,
 * write, rename) can be read halfway, and the next step's change then follows within this. */
const SETTLE_MS = 10;

/** One build, told as the terminal and the preview want it: what was written, or what went wrong; nothing when
 * the inputs changed while it ran (`current()` turned false), as a newer build follows. */
async function buildOnce(options: BuildOptions, log: (line: string) => void, current: () => boolean) {
  const started = performance.now();
  const ms = () => performance.now() - started;
  forgetInputs();
  try {
    const { written, warnings, watchDir } = await build({ ...options, current });
    const outcome: BuildOutcome = { ok: true, at: Date.now(), ms: ms(), written, diagnostics: warnings };
    if (warnings.length) log(formatDiagnostics(warnings));
    log(`built ${written.length} file${written.length === 1 ? '' : 's'} in ${Math.round(outcome.ms)} ms`);
    return { outcome, watchDir };
  } catch (error) {
    if (error instanceof SupersededBuild) return undefined;
    if (!(error instanceof UserError)) throw error;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    if (!current()) return undefined;
    if (error.diagnostics.length) log(formatDiagnostics(error.diagnostics));
    log(`error: ${error.message}; the last good outputs stay (fix the file and save)`);
    const { diagnostics, message } = error;
    return {
      outcome: { ok: false, at: Date.now(), ms: ms(), written: [], diagnostics, message } as BuildOutcome,
    };
  }
}

/** Runs `task` once at a time: a call during a run asks for one more run after it, and returns the run in hand. */
function serialised(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = task().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void run();
      }
    });
    return running;
  };
  return run;
}

export async function startWatching(
  options: BuildOptions,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<WatchSession> {
  const listeners: ((outcome: BuildOutcome) => void)[] = [];
  let last: BuildOutcome | undefined;
  // A save builds at once, not after a wait: the changes the system reported together (a truncate and a write)
  // are one build, started once they have all been heard (setImmediate); a change heard while a build runs makes
  // that build write nothing, and another follows (see serialised).
  let changes = 0;
  let scheduled: NodeJS.Immediate | undefined;
  const soon = () => {
    changes++;
    scheduled ??= setImmediate(() => {
      scheduled = undefined;
      void rebuild();
    });
  };
  // A theme folder of the user's is watched too: an edited template or stylesheet rebuilds, read afresh.
  const themeWatchers = new Map<string, FSWatcher>();
  const watchTheme = (dir: string | undefined) => {
    if (!dir || themeWatchers.has(dir) || !existsSync(dir)) return;
    const onChange = () => {
      forgetThemes();
      soon();
    };
    themeWatchers.set(dir, watchFolder(dir, { recursive: true }, onChange));
  };
  const once = async () => {
    const seen = changes;
    const built = await buildOnce(options, log, () => changes === seen);
    if (!built) return;
    const { outcome, watchDir } = built;
    watchTheme(watchDir);
    last = outcome;
    for (const listener of listeners) listener(outcome);
  };
  const rebuild = serialised(once);

  // A theme named by path is watched from the start, so a theme broken at the first build can be fixed live.
  if (options.theme && isThemePath(options.theme)) watchTheme(resolve(options.theme));
  // The folders, not the files: editors often save by writing a new file and renaming it over the old one. The
  // letter and the job posting a build takes are watched too. Watched before the first build starts, so a save
  // made while it runs, or just after it says so, builds again.
  const given = [options.file ?? 'resume.yaml', ...(options.letter?.file ? [options.letter.file] : [])];
  const files = [...given, ...(options.job ? [options.job] : [])].map((f) => resolve(f));
  const watchers = [...new Set(files.map((f) => dirname(f)))].map((dir) =>
    watchFolder(dir, (_, name) => {
      if (files.some((f) => dirname(f) === dir && basename(f) === name)) soon();
    }),
  );
  await rebuild();
  const shown = [...given, ...(options.job ? [options.job] : [])];
  return {
    file: `${shown.slice(0, -1).join(', ')}${shown.length > 1 ? ' and ' : ''}${shown.at(-1)}`,
    last: () => last,
    onBuild: (listener) => listeners.push(listener),
    close: () => {
      if (scheduled) clearImmediate(scheduled);
      for (const w of watchers) w.close();
      for (const w of themeWatchers.values()) w.close();
    },
  };
}
