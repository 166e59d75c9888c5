// The embedded Chromium through the real CLI: unpacked once into a private cache, safe when two runs start at
// once, refused when its folder or file could have been changed by someone else.
import { chmodSync, copyFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledChromium } from '../../src/render/pdf/bundled.js';
import { runCli, sampleYaml, tempDir, unpackedIn } from '../helpers.js';
import { pdfText } from '../pdf.js';

const available = bundledChromium().binDir !== undefined;

describe.runIf(available)('the embedded Chromium', () => {
  const cacheHome = tempDir('resume-cache-');
  const env = { RESUME_BROWSER: 'bundled', XDG_CACHE_HOME: cacheHome };
  const dir = bundledChromium(env).dir;
  afterAll(() => rmSync(cacheHome, { recursive: true, force: true }));

  it('two runs starting at once with an empty cache both print, and leave one unpacked copy', async () => {
    const work = tempDir();
    copyFileSync(sampleYaml, join(work, 'resume.yaml'));
    const [a, b] = await Promise.all(
      ['a', 'b'].map((o) => runCli(['build', '-f', 'pdf', '-o', o], { cwd: work, env })),
    );
    for (const r of [a, b]) {
      expect(r?.code).toBe(0);
      expect(r?.stderr).toContain('unpacking the embedded Chromium');
    }
    expect(await pdfText(join(work, 'a', 'resume.pdf'))).toContain('Ankit Khandelwal');
    expect(await pdfText(join(work, 'b', 'resume.pdf'))).toContain('Ankit Khandelwal');
    expect(unpackedIn(join(cacheHome, 'resume'))).toEqual([dir.split('/').at(-1)]);
    expect(statSync(join(cacheHome, 'resume')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'chromium')).mode & 0o777).toBe(0o700);
  });

  it('does not announce the unpacking when the build ends before it prints (no résumé here)', async () => {
    const empty = tempDir('resume-cache-');
    const r = await runCli(['build'], { cwd: tempDir(), env: { ...env, XDG_CACHE_HOME: empty } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no resume.yaml');
    expect(r.stderr).not.toContain('unpacking');
    rmSync(empty, { recursive: true, force: true });
  });

  it('refuses a cache folder that others can write', async () => {
    chmodSync(dir, 0o777);
    try {
      const r = await runCli(['build', '-f', 'pdf', '-o', tempDir()], { env });
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(
        `error: refusing to run the embedded Chromium: ${dir} is not a private directory of this user; delete it and run again`,
      );
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('refuses a browser file swapped after unpacking', async () => {
    const binary = join(dir, 'chromium');
    const saved = join(cacheHome, 'saved');
    copyFileSync(binary, saved);
    writeFileSync(binary, '#!/bin/sh\necho planted > /dev/null\n', { mode: 0o700 });
    try {
      const r = await runCli(['build', '-f', 'pdf', '-o', tempDir()], { env });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`the embedded Chromium at ${binary} has changed since it was unpacked`);
    } finally {
      copyFileSync(saved, binary);
      rmSync(saved);
    }
  });
});

describe('resume doctor', () => {
  it('says which browser prints, that it starts, and that the output folder is writable; exits 0', async () => {
    const r = await runCli(['doctor']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok {4}Node\.js: v\d+/m);
    expect(r.stdout).toMatch(/^ok {4}browser: \/\S+ \(.*\d+\.\d+.*\), found by .+, sandbox (on|off)$/m);
    expect(r.stdout).toMatch(/^ok {4}PDF printing: started the browser and printed a page in \d+ ms$/m);
    expect(r.stdout).toMatch(/^ok {4}output folder: out is writable$/m);
    expect(r.stdout).toMatch(/^ok {4}fonts: resume\.yaml is in Latin script/m);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('every format can be built on this machine');
  });

  it('names each problem with its fix and exits 1 when no PDF can be built', async () => {
    const r = await runCli(['doctor', '--browser', '/nonexistent/chrome', '-o', '/proc/resume-out']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  browser: --browser: no browser executable at /nonexistent/chrome');
    expect(r.stdout).toContain('FAIL  output folder: /proc/resume-out cannot be written');
    expect(r.stdout).toContain('    fix: choose another folder with -o DIR');
    expect(r.stdout.trim().split('\n').at(-1)).toBe(
      '2 problems: PDF cannot be built here until they are fixed',
    );
  });

  it('looks for fonts for every script the résumé uses', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.yaml'), 'basics:\n  name: Иван Петров 王小明\n');
    const r = await runCli(['doctor', 'r.yaml'], { cwd: dir });
    expect(r.stdout).toMatch(/^(ok {4}|WARN {2})fonts for Cyrillic: /m);
    expect(r.stdout).toMatch(/^(ok {4}|WARN {2})fonts for Chinese: /m);
    // The PDF's and HTML's fonts are shipped: what this machine lacks is said of the DOCX opened on it.
    expect(r.stdout).toMatch(
      /^(ok {4}|WARN {2})fonts for Chinese: the PDF and HTML carry it in the shipped fonts[;,] /m,
    );
    expect(r.stdout).not.toContain('the PDF would show empty boxes');
  });
});
