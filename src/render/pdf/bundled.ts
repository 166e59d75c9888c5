// The embedded browser: a Chromium that arrives with `npm ci` inside the optional @sparticuz/chromium package
// (Linux x64 only), brotli-packed. It is unpacked once into a private per-user cache and checked at every use.
//
// Why not the package's own unpacker: it writes to the shared system temp folder and runs whatever `chromium`
// file it finds there, so any local user could plant one. Ours unpacks into a 0700 folder of our own, under a
// temp name renamed into place (two runs starting at once are both safe), and refuses a folder or file that
// another user owns or can write.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';
import { alive } from '../../core/processes.js';
import { UserError } from '../../errors.js';
import { cacheRoot, packageRoot } from '../../paths.js';

export const BUNDLED_PACKAGE = '@sparticuz/chromium';

interface Manifest {
  version: string;
  size: number;
  /** Of the unpacked browser, computed as it was written. */
  sha256: string;
  /** Whether the browser needs the libraries shipped beside it (the machine lacks NSS). */
  useBundledLibs: boolean;
  /** The libraries' hashes, when they are used. */
  libs?: Record<string, string>;
  /** The files as they were when last hashed (see trusted()). */
  stamp?: string;
}

export interface BundledChromium {
  /** Where the package keeps the packed files, or undefined where it is not installed or has no build. */
  binDir: string | undefined;
  version: string | undefined;
  /** The unpacked browser's folder in the cache. */
  dir: string;
  executablePath: string;
}

/** Where the embedded browser is (or would be), without unpacking anything. */
export function bundledChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): BundledChromium {
  let binDir: string | undefined;
  let version: string | undefined;
  if (platform === 'linux' && arch === 'x64') {
    try {
      // The package exports no ./package.json: find its folder from its entry point (build/ has package.json
      // files of its own, so look for the one with the package's name).
      let pkg = dirname(createRequire(join(packageRoot, 'package.json')).resolve(BUNDLED_PACKAGE));
      for (let up = 0; up < 4; up++, pkg = dirname(pkg)) {
        const manifest = readJson(join(pkg, 'package.json'));
        if (manifest?.name !== BUNDLED_PACKAGE) continue;
        if (existsSync(join(pkg, 'bin', 'chromium.br'))) {
          binDir = join(pkg, 'bin');
          version = manifest.version;
        }
        break;
      }
    } catch {
      // The optional dependency was not installed (npm skips it on failure, or --omit=optional).
    }
  }
  const dir = join(cacheRoot(env), `chromium-${version ?? 'none'}`);
  return { binDir, version, dir, executablePath: join(dir, 'chromium') };
}

/** The environment the embedded browser needs, or undefined when it is not unpacked (or another version is);
 * throws if it is unsafe to run: a folder or file someone else owns or can change, or a file that is not the one
 * unpacked (its sha256). */
export function bundledReady(b: BundledChromium): { env: NodeJS.ProcessEnv } | undefined {
  const manifest = readManifest(b.dir);
  if (!manifest || manifest.version !== b.version) return undefined;
  checkPrivate(dirname(b.dir), 'directory');
  checkPrivate(b.dir, 'directory');
  const file = checkPrivate(b.executablePath, 'file');
  if (file.size !== manifest.size || !trusted(b.dir, manifest)) {
    throw new UserError(
      `the embedded Chromium at ${b.executablePath} has changed since it was unpacked; delete ${b.dir} and run again`,
    );
  }
  return { env: launchEnv(b, manifest.useBundledLibs) };
}

/** The files run: the browser, and its libraries when it uses them. */
function runFiles(dir: string, manifest: Pick<Manifest, 'useBundledLibs' | 'libs'>): string[] {
  return ['chromium', ...Object.keys(manifest.libs ?? {}).map((lib) => join('lib', lib))].map((f) =>
    join(dir, f),
  );
}

/** The identity of each file as it is now: device, inode, size, and the times of its last write and last change.
 * The change time cannot be set back by the file's owner: a file written or replaced since has another stamp. */
function stampOf(files: string[]): string {
  return files
    .map((f) => {
      const s = statSync(f);
      return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
    })
    .join(' ');
}

/** Whether the files are the ones unpacked. Hashing 190 MB costs a few hundred milliseconds, so it is done when
 * the files' stamp differs from the one recorded at the last hashing (unpacking, or a check since), and then the
 * new stamp is recorded. */
function trusted(dir: string, manifest: Manifest): boolean {
  const files = runFiles(dir, manifest);
  const stamp = stampOf(files);
  if (manifest.stamp === stamp) return true;
  const expected = [manifest.sha256, ...Object.values(manifest.libs ?? {})];
  if (files.some((f, i) => sha256Of(f) !== expected[i])) return false;
  try {
    writeManifest(dir, { ...manifest, stamp });
  } catch {
    // A cache that cannot be written to is hashed at every use instead.
  }
  return true;
}

function sha256Of(file: string): string {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(1 << 22);
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function writeManifest(dir: string, manifest: Manifest): void {
  const tmp = join(dir, `.manifest-${process.pid}.json`);
  writeFileSync(tmp, JSON.stringify(manifest), { mode: 0o600 });
  renameSync(tmp, join(dir, 'manifest.json'));
}

/** The environment to launch the embedded browser with if it is unpacked (the unpack folders of killed runs
 * are removed on the way), else undefined; throws as bundledReady does. */
export function unpackedBundled(b: BundledChromium): NodeJS.ProcessEnv | undefined {
  const ready = bundledReady(b);
  if (ready) removeDeadUnpacks(dirname(b.dir));
  return ready?.env;
}

/** Unpacks the embedded browser if needed (once, ~2 s) and returns the environment to launch it with. */
export async function ensureBundled(
  b: BundledChromium,
  say: (message: string) => void = (m) => process.stderr.write(`${m}\n`),
): Promise<NodeJS.ProcessEnv> {
  const unpacked = unpackedBundled(b);
  if (unpacked) return unpacked;
  const root = dirname(b.dir);
  if (!b.binDir || !b.version) throw new UserError('the embedded Chromium is not installed');
  mkdirSync(root, { recursive: true, mode: 0o700 });
  chmodIfOurs(root);
  checkPrivate(root, 'directory');
  removeDeadUnpacks(root);
  say(`unpacking the embedded Chromium into ${b.dir} (once, ~2 s)…`);
  // Named with the process id: a run killed while unpacking leaves a folder the next run knows to remove.
  const staging = mkdtempSync(join(root, `.unpack-${process.pid}-`));
  unpacking.add(staging);
  try {
    await unpackInto(staging, b.binDir, b.version);
    try {
      renameSync(staging, b.dir);
    } catch (error) {
      // Another run finished first: its copy is as good as ours.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      if (!bundledReady(b)) {
        rmSync(b.dir, { recursive: true, force: true });
        renameSync(staging, b.dir);
      }
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    unpacking.delete(staging);
  }
  const done = bundledReady(b);
  if (!done) throw new UserError(`unpacking the embedded Chromium into ${b.dir} failed`);
  return done.env;
}

/** Unpacks the browser and its libraries into `staging`, checks that it starts, and writes the manifest: the
 * hashes of what runs, taken as it was written, and the files' stamp. */
async function unpackInto(staging: string, binDir: string, version: string): Promise<void> {
  const { size, sha256 } = await inflate(join(binDir, 'chromium.br'), join(staging, 'chromium'));
  const libsDir = join(staging, 'lib');
  unpackTar(brotliDecompressSync(readFileSync(join(binDir, 'al2023.tar.br'))), staging);
  const staged = { binDir, version, dir: staging, executablePath: join(staging, 'chromium') };
  const useBundledLibs = !runs(staged, false) && existsSync(libsDir) && runs(staged, true);
  if (!useBundledLibs && !runs(staged, false)) {
    throw new UserError(
      `the embedded Chromium does not start on this machine (${startError(staged)}); install a browser instead (see resume doctor)`,
    );
  }
  const libs = useBundledLibs
    ? Object.fromEntries(
        readdirSync(libsDir, { withFileTypes: true })
          .filter((f) => f.isFile())
          .map((f) => [f.name, sha256Of(join(libsDir, f.name))]),
      )
    : undefined;
  const manifest: Manifest = { version, size, sha256, useBundledLibs, libs };
  writeManifest(staging, { ...manifest, stamp: stampOf(runFiles(staging, manifest)) });
}

/** Removes the unpack folders of runs that were killed (their process no longer exists). */
function removeDeadUnpacks(root: string): void {
  for (const name of existsSync(root) ? readdirSync(root) : []) {
    const pid = /^\.unpack-(\d+)-/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) rmSync(join(root, name), { recursive: true, force: true });
  }
}

const unpacking = new Set<string>();
// Ctrl-C during the unpack must not leave 190 MB of half-written browser in the cache.
process.once('exit', () => {
  for (const dir of unpacking) rmSync(dir, { recursive: true, force: true });
});

function launchEnv(b: BundledChromium, useBundledLibs: boolean): NodeJS.ProcessEnv {
  if (!useBundledLibs) return {};
  const libs = join(b.dir, 'lib');
  const current = process.env.LD_LIBRARY_PATH;
  return { LD_LIBRARY_PATH: current ? `${libs}:${current}` : libs };
}

function runs(b: BundledChromium, useBundledLibs: boolean): boolean {
  try {
    execFileSync(b.executablePath, ['--version'], {
      env: { ...process.env, ...launchEnv(b, useBundledLibs) },
      stdio: 'pipe',
      timeout: 10_000,
    });
    return true;
  } catch {
    return false;
  }
}

function startError(b: BundledChromium): string {
  try {
    execFileSync(b.executablePath, ['--version'], { stdio: 'pipe', timeout: 10_000 });
    return 'unknown error';
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    return stderr.split('\n')[0] || String(error);
  }
}

function readJson(path: string): Record<string, string> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function readManifest(dir: string): Manifest | undefined {
  return readJson(join(dir, 'manifest.json')) as Manifest | undefined;
}

function chmodIfOurs(path: string): void {
  const stat = lstatSync(path);
  if (stat.isDirectory() && stat.uid === process.getuid?.() && (stat.mode & 0o077) !== 0)
    chmodSync(path, 0o700);
}

/** Refuses a path that is a link, of the wrong kind, owned by another user or writable by others. */
function checkPrivate(path: string, kind: 'file' | 'directory') {
  const stat = lstatSync(path);
  const uid = process.getuid?.();
  const wrongKind = kind === 'file' ? !stat.isFile() : !stat.isDirectory();
  const foreign = uid !== undefined && stat.uid !== uid;
  if (stat.isSymbolicLink() || wrongKind || foreign || (stat.mode & 0o022) !== 0) {
    throw new UserError(
      `refusing to run the embedded Chromium: ${path} is not a private ${kind} of this user; delete it and run again`,
    );
  }
  return stat;
}

/** Streams a brotli file to `target` (mode 0700), hashing it on the way. */
async function inflate(source: string, target: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(
    createReadStream(source, { highWaterMark: 1 << 22 }),
    createBrotliDecompress(),
    tap,
    createWriteStream(target, { mode: 0o700 }),
  );
  return { size, sha256: hash.digest('hex') };
}

/** Extracts the regular files of a ustar archive (the package's library folder) below `dir`. */
function unpackTar(tar: Buffer, dir: string): void {
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const text = (from: number, length: number) =>
      header.toString('latin1', from, from + length).replace(/\0.*$/s, '');
    const name = `${text(345, 155) ? `${text(345, 155)}/` : ''}${text(0, 100)}`;
    const size = Number.parseInt(text(124, 12).trim() || '0', 8);
    const type = text(156, 1) || '0';
    const body = tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
    // Only plain files with plain relative names: nothing may land outside dir.
    if (type !== '0' || name.split('/').some((part) => part === '..' || part === '') || name.startsWith('/'))
      continue;
    mkdirSync(join(dir, dirname(name)), { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, name), body, { mode: 0o700 });
  }
}
