// The PDF as an ATS and a reader meet it: text order, links, metadata, fonts, pages; and the browser's isolation.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  countingServer,
  expectedSampleText,
  firstOutOfOrder,
  flat,
  pdfInfo,
  pdfText,
  runCli,
  tempDir,
} from '../helpers.js';

describe('PDF of resume.yaml', () => {
  const out = tempDir();
  const pdf = join(out, 'resume.pdf');
  beforeAll(async () => {
    const r = await runCli(['build', '--format', 'pdf', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('has selectable text holding every job, project and bullet in reading order', () => {
    expect(firstOutOfOrder(pdfText(pdf), expectedSampleText())).toBeUndefined();
  });

  it('keeps the job line in reading order: position, employer, dates', () => {
    expect(pdfText(pdf)).toContain('Associate Tech Architect · Bounteous x Accolite May 2025 – Nov 2025');
  });

  it('has clickable links for e-mail, phone and website', () => {
    const raw = readFileSync(pdf, 'latin1');
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris).toEqual([
      'mailto:mailme.ankit.13@gmail.com',
      'tel:+919754794337',
      'http://ankitkhandelwal.net/',
    ]);
  });

  it('carries document metadata and is tagged', () => {
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Ankit Khandelwal — Résumé');
    expect(info.Author).toBe('Ankit Khandelwal');
    expect(info.Subject).toBe('Senior Ruby on Rails Engineer');
    expect(info.Keywords).toMatch(
      /^Ruby, Ruby on Rails, JavaScript, TypeScript, HTML5, CSS3, Hotwire, API-first architecture/,
    );
    expect(info.Creator).toBe('resume');
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toMatch(/^594\.96 x 841\.92 pts \(A4\)/);
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(5);
    expect(Number(info.Pages)).toBeLessThanOrEqual(7);
  });

  it('embeds every font, and only the theme face', () => {
    const rows = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row).toMatch(/SourceSans3/);
      expect(row.split(/\s+/).slice(-5, -2)).toEqual(['yes', 'yes', 'yes']); // emb sub uni
    }
  });

  it('has an outline (bookmarks) from the headings', () => {
    const raw = readFileSync(pdf, 'latin1');
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
  });

  it('never starts a page with a lone bullet line or ends one with a heading', () => {
    const pages = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim());
    for (const page of pages.slice(0, -1)) {
      const last = page.trim().split('\n').at(-1) ?? '';
      expect(last).not.toMatch(
        /^(PROFESSIONAL SUMMARY|CORE STRENGTHS|TECHNICAL SKILLS|EDUCATIONAL QUALIFICATIONS|EXPERIENCE|PROJECT HIGHLIGHTS)$/i,
      );
    }
  });
});

describe('PDF isolation', () => {
  it('makes no request to a local server and reads no local file named in the résumé', async () => {
    const { port, hits, close } = await countingServer();
    try {
      const dir = tempDir();
      writeFileSync(
        join(dir, 'resume.yaml'),
        [
          'basics:',
          '  name: Mallory <img src="http://127.0.0.1:PORT/name.png">',
          '  summary: |',
          '    <img src="http://127.0.0.1:PORT/x.png"> <link rel=stylesheet href="http://127.0.0.1:PORT/s.css">',
          '    <iframe src="file:///etc/passwd"></iframe> ![x](http://127.0.0.1:PORT/md.png)',
          'work:',
          '  - name: <style>@import url(http://127.0.0.1:PORT/i.css)</style>',
          '    highlights:',
          '      - <object data="file:///etc/passwd"></object> <script>fetch("http://127.0.0.1:PORT/js")</script>',
          '      - "[a link](https://127.0.0.1:PORT/ok) is fine as a link, never fetched"',
        ]
          .join('\n')
          .replaceAll('PORT', String(port)),
      );
      const r = await runCli(['build', '--format', 'pdf,html', '-o', dir], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const text = flat(pdfText(join(dir, 'resume.pdf')));
      expect(text).toContain(`<img src="http://127.0.0.1:${port}/x.png">`);
      expect(text).toContain('<iframe src="file:///etc/passwd"></iframe>');
      expect(text).toContain(`<script>fetch("http://127.0.0.1:${port}/js")</script>`);
      expect(text).not.toMatch(/root:x:0:0/);
      expect(readFileSync(join(dir, 'resume.html'), 'utf8')).not.toMatch(
        /<(img|iframe|object|script|link rel)/,
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(hits).toEqual([]);
    } finally {
      close();
    }
  });
});

describe('without a browser', () => {
  // Hides every browser of the machine from the CLI in a private mount namespace (needs root, as CI has).
  const hideable = ['/usr/lib/chromium', '/opt/google', '/snap/bin'].filter((d) => existsSync(d));
  const canHide = (() => {
    try {
      execFileSync('unshare', ['-m', 'true'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.runIf(canHide)('says what it searched and how to get a browser, exits 1, writes nothing', () => {
    const dir = tempDir();
    const mounts = hideable.map((d) => `/bin/mount -t tmpfs none ${d}`).join(' && ');
    const node = process.execPath;
    const cmd = `${mounts ? `${mounts} && ` : ''}PATH= exec "${node}" "${join(import.meta.dirname, '..', '..', 'bin', 'resume.js')}" build --format pdf -o "${dir}"`;
    let code = 0;
    let stderr = '';
    try {
      execFileSync('unshare', ['-m', '/bin/sh', '-c', cmd], {
        cwd: join(import.meta.dirname, '..', '..'),
        env: { PATH: process.env.PATH, HOME: dir, PUPPETEER_CACHE_DIR: join(dir, 'none') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      const e = error as { status: number; stderr: Buffer };
      code = e.status;
      stderr = e.stderr.toString();
    }
    expect(code).toBe(1);
    expect(stderr).toContain('error: no Chrome/Chromium browser found; a PDF needs one.');
    expect(stderr).toContain('apt-get install chromium-headless-shell');
    expect(stderr).toContain('npx @puppeteer/browsers install chrome-headless-shell@stable');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--browser pointing nowhere is a clear error', async () => {
    const r = await runCli(['build', '--format', 'pdf', '--browser', '/nonexistent/chrome', '-o', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('error: --browser: no browser executable at /nonexistent/chrome');
  });
});
