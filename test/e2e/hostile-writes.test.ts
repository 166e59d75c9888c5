// Writes and what runs are robust (issue 19): an output folder through a symlink works; builds into one folder at
// once never leave a mixed set; what a killed run left is cleaned by the next; the embedded browser runs only if
// it is the file unpacked (its sha256), from a cache that a relative XDG_CACHE_HOME does not move; a JSON Resume
// theme runs only from the résumé's own project, and the build says which.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledChromium } from '../../src/render/pdf/bundled.js';
import { tempDir, unpackedIn } from '../helpers.js';
import { run } from '../hostile-harness.js';

const resume = (name: string) => `basics:\n  name: ${name}\n`;
/** The line that makes a file our own format, strict. */
const OURS = '# yaml-language-server: $schema=./schema/resume.schema.json\n';

/** The id of a process that has exited. */
const deadPid = () => Number(execFileSync('sh', ['-c', 'sh -c "echo \\$\\$"'], { encoding: 'utf8' }).trim());

describe('output folders', () => {
  it.each([
    ['a folder through a symlink', 'link'],
    ['a new folder inside a folder through a symlink', 'link/sub'],
  ])('%s is written to', async (_, out) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), resume('Ada'));
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    const r = await run(['build', '-f', 'md,txt', '-o', out], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'real', out.replace(/^link\/?/, ''))).sort()).toEqual([
      'resume.md',
      'resume.txt',
    ]);
  });

  it('builds into one folder at once never leave a mixed set', async () => {
    const dir = tempDir();
    // Names no part of a page holds otherwise (the text output writes them in capitals).
    const names = ['qzxalpha', 'qzxbeta', 'qzxgamma', 'qzxdelta', 'qzxepsilon', 'qzxzeta'];
    for (const name of names) writeFileSync(join(dir, `${name}.yaml`), resume(name));
    for (let round = 0; round < 3; round++) {
      const runs = await Promise.all(
        names.map((name) =>
          run(['build', `${name}.yaml`, '-f', 'md,txt,html,json', '-o', 'out'], { cwd: dir }),
        ),
      );
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
      const who = ['md', 'txt', 'html', 'json'].map((ext) => {
        const text = readFileSync(join(dir, 'out', `resume.${ext}`), 'utf8');
        return names.find((name) => text.toLowerCase().includes(name.toLowerCase()));
      });
      expect(new Set(who).size, `round ${round}: ${who.join(', ')}`).toBe(1);
      expect(readdirSync(join(dir, 'out')).sort()).toEqual([
        'resume.html',
        'resume.json',
        'resume.md',
        'resume.txt',
      ]);
    }
  });

  it("a build waits while another holds the folder's lock, then writes its whole set", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), resume('Ada'));
    mkdirSync(join(dir, 'out'));
    const lock = join(dir, 'out', '.resume.lock');
    writeFileSync(lock, String(process.pid)); // a live writer
    const build = run(['build', '-f', 'md,txt', '-o', 'out'], { cwd: dir });
    await new Promise((r) => setTimeout(r, 1500));
    expect(readdirSync(join(dir, 'out')).filter((f) => !f.startsWith('.resume-'))).toEqual(['.resume.lock']);
    rmSync(lock);
    const r = await build;
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['resume.md', 'resume.txt']);
  });

  it("what a killed run left is removed by the next build there (a live run's is kept), and its lock taken over", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), resume('Ada'));
    const out = join(dir, 'out');
    mkdirSync(out);
    const dead = deadPid();
    const left = [
      `.resume-${dead}-0badf00d.tmp`,
      `.resume-${dead}-0badf00d.old`,
      `.resume.pdf.${dead}.deadbeef.tmp`,
    ];
    const live = `.resume-${process.pid}-cafebabe.tmp`;
    for (const name of [...left, live]) writeFileSync(join(out, name), 'partial');
    writeFileSync(join(out, '.resume.lock'), String(dead));
    const r = await run(['build', '-f', 'md', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([live, 'resume.md'].sort());
  });

  it('a lock held too long is taken over, whoever holds it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), resume('Ada'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', '.resume.lock'), String(process.pid)); // alive, but hung for 10 minutes
    const old = new Date(Date.now() - 600_000);
    utimesSync(join(dir, 'out', '.resume.lock'), old, old);
    const r = await run(['build', '-f', 'md', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['resume.md']);
  });
});

describe.runIf(bundledChromium().binDir !== undefined)('the embedded browser cache', () => {
  // A home of its own: the first build unpacks the browser into it (~190 MB, once for these tests).
  const home = tempDir('resume-home-');
  const env = { HOME: home, XDG_CACHE_HOME: '', RESUME_BROWSER: 'bundled' };
  const cache = join(home, '.cache', 'resume');
  const unpacked = join(cache, bundledChromium().dir.split('/').at(-1) as string);
  const pdf = async (extra: NodeJS.ProcessEnv = {}) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), resume('Ada'));
    const r = await run(['build', '-f', 'pdf', '-o', 'out'], {
      cwd: dir,
      env: { ...env, ...extra },
      timeoutMs: 120_000,
    });
    return { ...r, dir };
  };

  it('a relative XDG_CACHE_HOME is ignored: nothing is unpacked into the current folder', async () => {
    const r = await pdf({ XDG_CACHE_HOME: 'relative-cache' });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(r.dir).sort()).toEqual(['out', 'resume.yaml']);
    expect(unpackedIn(cache)).toEqual([unpacked.split('/').at(-1)]);
  }, 180_000);

  it("a killed run's unpack folder is removed by the next run", async () => {
    const left = join(cache, `.unpack-${deadPid()}-abcdef`);
    mkdirSync(join(left, 'lib'), { recursive: true, mode: 0o700 });
    writeFileSync(join(left, 'chromium'), 'half a browser');
    const r = await pdf();
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(cache).filter((f) => f.startsWith('.unpack-'))).toEqual([]);
  }, 120_000);

  it('a browser changed in place, at the same size, is refused by its sha256; put back, it runs again', async () => {
    const binary = join(unpacked, 'chromium');
    // A copy with one byte changed, put in its place (the running one cannot be written to).
    const changed = join(unpacked, 'changed');
    const saved = join(unpacked, 'saved');
    copyFileSync(binary, changed);
    const fd = openSync(changed, 'r+');
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, 50_000_000);
    byte[0] = (byte[0] as number) ^ 0xff;
    writeSync(fd, byte, 0, 1, 50_000_000);
    closeSync(fd);
    chmodSync(changed, 0o700);
    renameSync(binary, saved);
    renameSync(changed, binary);
    try {
      const r = await pdf();
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`the embedded Chromium at ${binary} has changed since it was unpacked`);
    } finally {
      renameSync(saved, binary);
    }
    const again = await pdf();
    expect(again.code, again.stderr).toBe(0);
  }, 120_000);
});

describe('JSON Resume theme packages', () => {
  /** A theme package that says it ran by writing a file next to itself. */
  function themePackage(dir: string, name: string, version: string): void {
    const pkg = join(dir, 'node_modules', name);
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name, version, main: 'index.js' }));
    writeFileSync(
      join(pkg, 'index.js'),
      `require('fs').writeFileSync(__dirname + '/RAN', 'yes');\nexports.render = (r) => '<!doctype html><title>t</title><p>' + r.basics.name + '</p>';\n`,
    );
  }

  it("a theme in a parent folder's node_modules is not run", async () => {
    const parent = tempDir();
    themePackage(parent, 'jsonresume-theme-evil', '6.6.6');
    const project = join(parent, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{"name": "my-cv", "private": true}');
    // Our own format (it declares our schema): a theme it cannot use is an error (a JSON Resume document's falls back).
    writeFileSync(join(project, 'resume.yaml'), `${resume('Ada')}meta:\n  theme: evil\n${OURS}`);
    const r = await run(['build', '-f', 'html', '-o', 'out'], { cwd: project });
    expect(r.code).toBe(1);
    expect(existsSync(join(parent, 'node_modules', 'jsonresume-theme-evil', 'RAN'))).toBe(false);
  });

  it("nor one above a résumé with no project, but the résumé's project's own is, and the build names it", async () => {
    const parent = tempDir();
    themePackage(parent, 'jsonresume-theme-evil', '6.6.6');
    const lone = join(parent, 'lone');
    mkdirSync(lone);
    writeFileSync(join(lone, 'resume.yaml'), `${resume('Ada')}meta:\n  theme: evil\n${OURS}`);
    expect((await run(['build', '-f', 'html', '-o', 'out'], { cwd: lone })).code).toBe(1);
    expect(existsSync(join(parent, 'node_modules', 'jsonresume-theme-evil', 'RAN'))).toBe(false);

    const project = join(parent, 'project');
    mkdirSync(join(project, 'cv'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{"name": "my-cv", "private": true}');
    themePackage(project, 'jsonresume-theme-good', '1.2.3');
    writeFileSync(join(project, 'cv', 'resume.yaml'), `${resume('Ada')}meta:\n  theme: good\n`);
    const r = await run(['build', 'cv/resume.yaml', '-f', 'html', '-o', 'out'], { cwd: project });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'theme: jsonresume-theme-good 1.2.3, a JSON Resume theme (its code runs) from node_modules/jsonresume-theme-good',
    );
    expect(existsSync(join(project, 'node_modules', 'jsonresume-theme-good', 'RAN'))).toBe(true);
  });
});
