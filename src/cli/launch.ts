// Runs the CLI bundle (dist/cli.cjs, one CommonJS file: see scripts/build.mjs) through V8's code cache. Node 20
// keeps no compiled code between runs of ES modules, and compiling the bundle was the largest single cost of a
// short run; a script compiled with cached data skips it. A cache is written by the first successful run of each
// kind (command and formats: see runKind) of each bundle, and again whenever V8 refuses it (another Node, other V8
// flags), to the per-user cache folder, named by the bundle's content hash, so a rebuilt or upgraded bundle never
// meets an old cache. Where that folder cannot be written (a read-only home), the CLI simply runs without it.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { cacheRoot, packageRoot } from '../paths.js';
import { flag } from './early-args.js';
import { spawnEarly } from './early-spawn.js';

/** What scripts/build.mjs writes next to the bundle. */
interface BundleRecord {
  /** The bundle's file name, in dist/. */
  file: string;
  /** A hash of its content. */
  hash: string;
}

/** CommonJS's, and the bundle's import(). */
const WRAPPER_PARAMETERS = 'exports, require, module, __filename, __dirname, __import';

interface CliBundle {
  main(argv: string[]): Promise<number>;
}

export function launch(argv: string[]): Promise<number> {
  spawnEarly(argv);
  const dist = join(packageRoot, 'dist');
  const record: BundleRecord = JSON.parse(readFileSync(join(dist, 'cli.json'), 'utf8'));
  const file = join(dist, record.file);
  // The build makes the bundle pure ASCII, so latin1 reads it exactly, and several times faster than UTF-8.
  const source = readFileSync(file, 'latin1');
  const cacheDir = join(cacheRoot(), 'code');
  const cacheFile = join(cacheDir, `${record.hash}-${shortHash(v8Key())}-${shortHash(runKind(argv))}.bin`);
  const cachedData = trusted(cacheDir) ? readCache(cacheFile) : undefined;
  const script = new Script(`(function (${WRAPPER_PARAMETERS}) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  // At exit, the cache holds every function this run compiled, not only the top level. A failed run leaves
  // nothing behind, this included.
  if (!cachedData || script.cachedDataRejected)
    process.once('exit', (code) => {
      if (code === 0) saveCache(cacheFile, record.hash, () => script.createCachedData());
    });
  const module = { exports: {} as CliBundle };
  // The bundle's import() of what it does not hold (dist/vendor, a user's theme) is done here, in a module Node
  // loaded itself, where import() works: see the build script.
  const importModule = (specifier: string) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), importModule);
  return module.exports.main(argv);
}

/** What V8 checks a cache against besides the source: its version and flags. One cache per combination, so runs
 * under other flags (a profiler's) do not keep replacing each other's. */
function v8Key(): string {
  return `${process.versions.v8}-${process.arch}-${process.execArgv.join(' ')}-${process.env.NODE_OPTIONS ?? ''}`;
}

/** What a run does, coarsely: its command, its formats, and the options that load more code. A cache holds the
 * code its first run compiled, so an HTML build's stays small and a build tailored to a posting gets its own. */
function runKind(argv: string[]): string {
  const command = argv[0]?.startsWith('-') ? '' : (argv[0] ?? '');
  const formats = (flag(argv, '--format') ?? flag(argv, '-f') ?? 'all').toLowerCase().split(',').sort();
  const options = ['--job', '--letter', '--packet', '--all-variants', '--all-locales'];
  return [
    command,
    ...formats,
    ...options.filter((o) => flag(argv, o) !== undefined || argv.includes(o)),
  ].join(' ');
}

function shortHash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}

/** Compiled code is run as it is: only from a folder of this user's that no one else can write. */
function trusted(dir: string): boolean {
  try {
    const stat = statSync(dir);
    return stat.isDirectory() && (stat.mode & 0o022) === 0 && stat.uid === (process.getuid?.() ?? stat.uid);
  } catch {
    return false;
  }
}

/** A cache file: the CRC-32 of the compiled code, then the code. V8 checks a cache's version and flags but, in
 * release builds, not its bytes: a cache damaged on disk would crash every run rather than be refused. */
function readCache(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    const data = bytes.subarray(4);
    return bytes.length > 4 && bytes.readUInt32LE(0) === crc32(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function cacheBytes(data: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt32LE(crc32(data));
  return Buffer.concat([header, data]);
}

/** How many kinds of run keep a cache (about 1 MB each): every command and set of formats has its own, and a
 * user trying them all would otherwise keep dozens. The oldest written goes first. */
const MAX_CACHES = 12;

/** Written whole or not at all (a temp file renamed), so a concurrent run never reads half a cache; the caches
 * of other bundles (an older build, an upgrade) go, and the oldest beyond MAX_CACHES. */
function saveCache(file: string, hash: string, data: () => Buffer): void {
  const dir = dirname(file);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!trusted(dir)) return;
    writeFileSync(temp, cacheBytes(data()), { mode: 0o600 });
    renameSync(temp, file);
    const kept: { path: string; written: number }[] = [];
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!name.startsWith(`${hash}-`)) rmSync(path, { force: true });
      // Another run's temp file is its own to rename.
      else if (name.endsWith('.bin')) kept.push({ path, written: statSync(path).mtimeMs });
    }
    kept.sort((a, b) => b.written - a.written);
    for (const { path } of kept.slice(MAX_CACHES)) rmSync(path, { force: true });
  } catch {
    // No cache this time: a read-only or full disk costs speed, never the run.
    rmSync(temp, { force: true });
  }
}
