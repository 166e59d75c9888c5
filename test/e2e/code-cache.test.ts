// The CLI's compiled code, kept per user (src/cli/launch.ts): written by a successful run, private, keyed by the
// bundle, harmless when broken, and never read from a folder someone else can write.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, sampleYaml, tempDir } from '../helpers.js';

const bundleHash = (): string => JSON.parse(readFileSync(join(root, 'dist', 'cli.json'), 'utf8')).hash;

/** An HTML build with its own cache folder. */
async function build(cacheHome: string, source = sampleYaml) {
  const out = tempDir();
  const r = await runCli(['build', source, '-f', 'html', '-o', out, '-q'], {
    env: { XDG_CACHE_HOME: cacheHome },
  });
  return { ...r, out };
}

describe('the code cache', () => {
  it('is written by the first successful run, privately, named by the bundle', async () => {
    const cacheHome = tempDir();
    const r = await build(cacheHome);
    expect(r.code, r.stderr).toBe(0);
    const dir = join(cacheHome, 'resume', 'code');
    const files = readdirSync(dir);
    expect(files).toEqual([expect.stringMatching(new RegExp(`^${bundleHash()}-[0-9a-f]+-[0-9a-f]+\\.bin$`))]);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, files[0] as string)).mode & 0o777).toBe(0o600);
    // The next run reads it and leaves it as it is.
    const before = statSync(join(dir, files[0] as string)).mtimeMs;
    expect((await build(cacheHome)).code).toBe(0);
    expect(statSync(join(dir, files[0] as string)).mtimeMs).toBe(before);
  });

  it('keeps at most 12 kinds of run, the oldest written going first', async () => {
    const cacheHome = tempDir();
    const dir = join(cacheHome, 'resume', 'code');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Fourteen caches of this bundle for other kinds of run, written over the last hours, oldest first.
    const old = Array.from({ length: 14 }, (_, i) => join(dir, `${bundleHash()}-0-${i}.bin`));
    old.forEach((file, i) => {
      writeFileSync(file, 'x', { mode: 0o600 });
      utimesSync(
        file,
        new Date(Date.now() - (20 - i) * 3600_000),
        new Date(Date.now() - (20 - i) * 3600_000),
      );
    });
    expect((await build(cacheHome)).code).toBe(0);
    const kept = readdirSync(dir);
    expect(kept).toHaveLength(12);
    // This run's own, and the eleven written last.
    expect(kept.filter((f) => !f.includes('-0-'))).toHaveLength(1);
    for (const file of old.slice(0, 3)) expect(existsSync(file)).toBe(false);
    for (const file of old.slice(3)) expect(existsSync(file)).toBe(true);
  });

  it('is not written by a failed run', async () => {
    const cacheHome = tempDir();
    const bad = join(tempDir(), 'resume.yaml');
    writeFileSync(bad, 'basics: [unclosed\n');
    expect((await build(cacheHome, bad)).code).toBe(1);
    expect(existsSync(join(cacheHome, 'resume', 'code'))).toBe(false);
  });

  it('broken or left by an older bundle: the run is as good, and a sound cache replaces it', async () => {
    const cacheHome = tempDir();
    const dir = join(cacheHome, 'resume', 'code');
    expect((await build(cacheHome)).code).toBe(0);
    const [name] = readdirSync(dir) as [string];
    writeFileSync(join(dir, name), 'not compiled code at all');
    writeFileSync(join(dir, '0000000000000000-1-2.bin'), 'an older bundle');
    const r = await build(cacheHome);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(r.out, 'resume.html'), 'utf8')).toContain('Ankit Khandelwal');
    expect(readdirSync(dir)).toEqual([name]);
    expect(readFileSync(join(dir, name)).length).toBeGreaterThan(100_000);
  });

  it('damaged on disk (bits flipped), is refused by its checksum and replaced by a sound one', async () => {
    const cacheHome = tempDir();
    const dir = join(cacheHome, 'resume', 'code');
    expect((await build(cacheHome)).code).toBe(0);
    const [name] = readdirSync(dir) as [string];
    const damaged = readFileSync(join(dir, name));
    // V8 checks a cache's version and flags, not its bytes: code like this would run, or crash the run.
    for (let i = damaged.length >> 1; i < (damaged.length >> 1) + 64; i++)
      damaged[i] = (damaged[i] ?? 0) ^ 0xff;
    writeFileSync(join(dir, name), damaged);
    const r = await build(cacheHome);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(r.out, 'resume.html'), 'utf8')).toContain('Ankit Khandelwal');
    expect(readFileSync(join(dir, name)).equals(damaged)).toBe(false);
    expect((await build(cacheHome)).code).toBe(0);
  });

  it('in a folder others can write, is neither read nor written', async () => {
    const cacheHome = tempDir();
    const dir = join(cacheHome, 'resume', 'code');
    expect((await build(cacheHome)).code).toBe(0);
    const [name] = readdirSync(dir) as [string];
    writeFileSync(join(dir, name), 'planted');
    chmodSync(dir, 0o777);
    const r = await build(cacheHome);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, name), 'utf8')).toBe('planted');
  });
});
