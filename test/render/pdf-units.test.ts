import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverBrowser } from '../../src/render/pdf/discover.js';
import { pdfString, setPdfInfo } from '../../src/render/pdf/info.js';
import { tempDir } from '../helpers.js';

function fakeExecutable(dir: string, name: string): string {
  const path = join(dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

describe('browser discovery', () => {
  const empty = { PATH: '', PUPPETEER_CACHE_DIR: '/nonexistent' };

  it('prefers --browser, then RESUME_BROWSER, then PUPPETEER_EXECUTABLE_PATH', () => {
    const dir = tempDir();
    const a = fakeExecutable(dir, 'a');
    const b = fakeExecutable(dir, 'b');
    expect(discoverBrowser({ explicit: a, env: { ...empty, RESUME_BROWSER: b } }).executablePath).toBe(a);
    expect(
      discoverBrowser({ env: { ...empty, RESUME_BROWSER: b, PUPPETEER_EXECUTABLE_PATH: a } }).executablePath,
    ).toBe(b);
    expect(discoverBrowser({ env: { ...empty, PUPPETEER_EXECUTABLE_PATH: a } }).source).toBe(
      'PUPPETEER_EXECUTABLE_PATH',
    );
  });

  it('errors on a named path that is not a browser instead of silently falling back', () => {
    expect(() => discoverBrowser({ explicit: '/nonexistent/chrome', env: empty })).toThrow(
      '--browser: no browser executable at /nonexistent/chrome',
    );
  });

  it("finds browsers on PATH and in puppeteer's cache, headless shell first", () => {
    const dir = tempDir();
    const bin = join(dir, 'bin');
    const onPath = fakeExecutable(bin, 'chrome-headless-shell');
    expect(
      discoverBrowser({ env: { PATH: bin, PUPPETEER_CACHE_DIR: '/nonexistent' }, platform: 'darwin' }),
    ).toEqual({
      executablePath: onPath,
      source: 'installed',
      headlessShell: true,
    });
    const cache = join(dir, 'cache');
    const shell = fakeExecutable(
      join(cache, 'chrome-headless-shell', 'linux-131.0.6778.85', 'chrome-headless-shell-linux64'),
      'chrome-headless-shell',
    );
    fakeExecutable(
      join(cache, 'chrome-headless-shell', 'linux-99.0.1', 'chrome-headless-shell-linux64'),
      'chrome-headless-shell',
    );
    const found = discoverBrowser({ env: { PATH: '', PUPPETEER_CACHE_DIR: cache }, platform: 'darwin' });
    expect(found).toEqual({ executablePath: shell, source: "puppeteer's cache", headlessShell: true });
  });

  it('explains how to get a browser when there is none', () => {
    expect(() => discoverBrowser({ env: empty, platform: 'win32' })).toThrow(
      /no Chrome\/Chromium browser found[\s\S]*npx @puppeteer\/browsers install chrome-headless-shell@stable[\s\S]*--browser/,
    );
  });
});

describe('PDF document information', () => {
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj\n<</Title (T)\n/Producer (Skia/PDF m1)>>\nendobj\n2 0 obj\n<</Type /Catalog>>\nendobj\nxref\n0 3\n' +
      '0000000000 65535 f \n0000000009 00000 n \n0000000061 00000 n \ntrailer\n<</Size 3\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n91\n%%EOF',
    'latin1',
  );

  it('appends an incremental update with a new Info dictionary', () => {
    const out = Buffer.from(
      setPdfInfo(pdf, {
        title: 'Ada — Résumé',
        author: 'Ada',
        subject: 'S',
        keywords: 'k',
        creator: 'resume',
      }),
    ).toString('latin1');
    expect(out.startsWith(pdf.toString('latin1'))).toBe(true);
    const update = out.slice(pdf.length);
    expect(update).toContain(`/Title ${pdfString('Ada — Résumé')}`);
    expect(update).toContain('/Producer (Skia/PDF m1)');
    expect(update).toMatch(
      /trailer\n<<\/Size 4\n\/Root 2 0 R\n\/Info 3 0 R\n\/Prev 91>>\nstartxref\n(\d+)\n%%EOF\n$/,
    );
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(update)?.[1]);
    expect(out.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const objAt = Number(/3 1\n(\d{10}) 00000 n/.exec(update)?.[1]);
    expect(out.slice(objAt, objAt + 7)).toBe('3 0 obj');
  });

  it('rewrites the dates Chrome stamped, in place, when given a time', () => {
    // Chrome's date carries its machine's time zone; ours is UTC, shorter, and padded to keep every offset.
    const stamped = Buffer.from(
      pdf.toString('latin1').replace('/Title (T)', "/Title (T)\n/CreationDate (D:20261130170606-05'00')"),
      'latin1',
    );
    const date = new Date(0);
    const out = Buffer.from(
      setPdfInfo(stamped, { title: 'T', author: '', subject: '', keywords: '', creator: '', date }),
    ).toString('latin1');
    const body = out.slice(0, stamped.length);
    expect(body).toBe(
      stamped.toString('latin1').replace("(D:20261130170606-05'00')", '(D:19700101000000Z)      '),
    );
    expect(out.slice(stamped.length)).toContain('/CreationDate (D:19700101000000Z)');
  });

  it('leaves files it does not understand untouched', () => {
    const odd = Buffer.from('%PDF-1.7\nno classic trailer here');
    expect(setPdfInfo(odd, { title: '', author: '', subject: '', keywords: '', creator: '' })).toBe(odd);
  });
});
