// Many résumés in one run: each built by the same stages into a folder of its own under the output folder
// (out/<stem>/), all on one browser. A résumé that fails is reported with its problems and the others are still
// built.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { AT_ONCE } from '../core/parallelism.js';
import { UsageError, UserError } from '../errors.js';
import { BrowserSession } from '../render/pdf/browser.js';
import { discoverBrowser } from '../render/pdf/discover.js';
import { type BuildOptions, type BuildResult, build } from './run.js';

const RESUME_FILE = /\.(ya?ml|json)$/i;

export type BatchResult = { file: string; outDir: string } & (
  | { ok: true; result: BuildResult }
  | { ok: false; error: UserError }
);

/** The résumés named: files as given, and the YAML and JSON files directly inside a folder, sorted. */
export function batchFiles(given: readonly string[]): string[] {
  return given.flatMap((path) => {
    if (!existsSync(path) || !statSync(path).isDirectory()) return [path];
    const files = readdirSync(path)
      .filter((name) => RESUME_FILE.test(name))
      .sort()
      .map((name) => join(path, name));
    if (files.length === 0)
      throw new UsageError(`${path}: a folder with no .yaml, .yml or .json file in it${linkedInHint(path)}`);
    return files;
  });
}

/** A folder of CSV files is most likely a LinkedIn data export, unzipped: `import` reads it. */
function linkedInHint(folder: string): string {
  const csv = readdirSync(folder).some((name) => /\.csv$/i.test(name));
  return csv ? ` (a LinkedIn data export? it is read by: resume import ${folder})` : '';
}

/** The folder each résumé is written into: out/<its file's stem>; two files of one stem would clash. */
function folders(files: string[], outDir: string): string[] {
  const stems = files.map((f) => basename(f, extname(f)));
  const clash = stems.find((stem, i) => stems.indexOf(stem) !== i);
  if (clash)
    throw new UsageError(`two résumés would be written to ${join(outDir, clash)}: rename one of the files`);
  return stems.map((stem) => join(outDir, stem));
}

/** Builds every file (one browser for all, as `options.browser` gives it), AT_ONCE at a time, reporting each in the
 * order given; never throws for one file's problems. */
export async function buildMany(
  files: readonly string[],
  options: Omit<BuildOptions, 'file'>,
  built?: (result: BatchResult) => void,
): Promise<BatchResult[]> {
  const list = batchFiles(files);
  const outDirs = folders(list, options.outDir);
  let own: BrowserSession | undefined;
  const browser = options.browser ?? (() => (own ??= BrowserSession.start(discoverBrowser())));
  let failed = false;
  const attempt = async (i: number): Promise<BatchResult> => {
    const [file, outDir] = [list[i] as string, outDirs[i] as string];
    // After a failure that is not the résumé's (a crash, a full disk), nothing more is started.
    if (failed) throw new UserError('stopped after an earlier failure');
    try {
      return { file, outDir, ok: true, result: await build({ ...options, file, outDir, browser }) };
    } catch (error) {
      if (!(error instanceof UserError)) {
        failed = true;
        throw error;
      }
      return { file, outDir, ok: false, error };
    }
  };
  const pending: Promise<BatchResult>[] = [];
  for (const i of list.keys()) {
    const turn = pending[i - AT_ONCE]?.catch(() => undefined) ?? Promise.resolve();
    const task = turn.then(() => attempt(i));
    // Awaited below, in order; this keeps a failure from being an unhandled rejection meanwhile.
    task.catch(() => undefined);
    pending.push(task);
  }
  const results: BatchResult[] = [];
  try {
    for (const task of pending) {
      const result = await task;
      built?.(result);
      results.push(result);
    }
  } finally {
    await Promise.allSettled(pending);
    own?.close();
  }
  return results;
}
