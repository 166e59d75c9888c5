// Hostile themes cannot send anything (issue 19): a user theme folder whose page tries every way a page has to
// reach out, each vector to its own path on a loopback trap, with the résumé's name in the address. Every browser
// the tool starts (print, fit, check, serve's builds), the system one and the embedded one, reaches nothing, and
// the build says what was refused. Each of the two layers holds on its own: the browser process has no route out,
// and the policy the printer puts on the page blocks everything in a browser that has routes (the user's own,
// showing the preview or the HTML file).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledChromium, ensureBundled } from '../../src/render/pdf/bundled.js';
import { discoverBrowser } from '../../src/render/pdf/discover.js';
import { NO_NETWORK_ARGS } from '../../src/render/pdf/isolation.js';
import { tempDir } from '../helpers.js';
import { cli, hostileTheme, run, type ThemeInjection, trap } from '../hostile-harness.js';
import { navigationVectors, networkVectors, pathsOf } from '../hostile-vectors.js';

const settle = (ms = 500) => new Promise((r) => setTimeout(r, ms));

/** All the vectors in one theme's head, body and stylesheet. */
function merged(vectors: Record<string, ThemeInjection>): ThemeInjection {
  const all = Object.values(vectors);
  return {
    head: all.map((v) => v.head ?? '').join('\n'),
    body: all.map((v) => v.body ?? '').join('\n'),
    // @import must come first in a stylesheet.
    css: all
      .map((v) => v.css ?? '')
      .sort((a, b) => Number(b.startsWith('@import')) - Number(a.startsWith('@import')))
      .join('\n'),
  };
}

/** A folder with a résumé and its hostile themes: `t` holds every vector whose addresses have a path of their own
 * on the trap; a vector without one (preconnect, dns-prefetch, WebRTC), or that replaces the page, has a theme of
 * its own, so what reaches the trap while it is built is its doing. */
function project(base: string): { dir: string; themes: Record<string, string[]> } {
  const dir = tempDir('resume-hostile-');
  writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Secret Name\n  email: secret@example.com\n');
  const vectors = networkVectors(base);
  const paths = pathsOf(vectors, base);
  const withPaths = Object.keys(vectors).filter((name) => paths[name]?.length);
  hostileTheme(dir, 't', merged(Object.fromEntries(withPaths.map((name) => [name, vectors[name] ?? {}]))));
  const themes: Record<string, string[]> = { './t': withPaths };
  const alone = {
    ...Object.fromEntries(Object.entries(vectors).filter(([name]) => !withPaths.includes(name))),
    ...navigationVectors(base),
  };
  for (const [i, [name, vector]] of Object.entries(alone).entries()) {
    hostileTheme(dir, `v${i}`, vector);
    themes[`./v${i}`] = [name];
  }
  return { dir, themes };
}

const vectorNames = Object.keys({ ...networkVectors(''), ...navigationVectors('') });

const system = (() => {
  try {
    const found = discoverBrowser({ env: { ...process.env, RESUME_BROWSER: undefined } });
    return found.bundled ? undefined : found.executablePath;
  } catch {
    return undefined;
  }
})();
const embedded = bundledChromium().binDir !== undefined;

for (const [label, browser] of [
  ['the system browser', system],
  ['the embedded browser', embedded ? 'bundled' : undefined],
] as const) {
  describe.runIf(browser)(`hostile theme printed by ${label}`, () => {
    let base = '';
    /** What reached the trap, by vector: everything seen while its theme was built. */
    const reached: Record<string, string[]> = {};
    let warning = '';
    beforeAll(async () => {
      const t = await trap();
      base = t.base;
      const { dir, themes } = project(base);
      const paths = pathsOf({ ...networkVectors(base), ...navigationVectors(base) }, base);
      for (const [theme, vectors] of Object.entries(themes)) {
        const r = await run(['build', '--theme', theme, '-f', 'pdf', '-o', `out-${theme.slice(2)}`], {
          cwd: dir,
          env: { RESUME_BROWSER: browser },
        });
        expect(r.code, r.stderr).toBe(0);
        if (theme === './t') warning = r.stderr;
        await settle();
        const seen = t.seen.splice(0);
        // In the theme of many, a vector's hits are the requests to its paths.
        for (const name of vectors)
          reached[name] =
            vectors.length === 1 ? seen : seen.filter((s) => paths[name]?.some((p) => s.includes(` ${p}`)));
      }
      t.close();
    }, 180_000);

    it.each(vectorNames)('%s reaches nothing', (name) => {
      expect(reached[name]).toEqual([]);
    });

    it('the build says truthfully what the page asked for and was refused, by host', () => {
      const message = /the theme t \(\.\/t\) asked for (\d+) resources from ([^;]*); none was loaded/.exec(
        warning,
      );
      expect(message, warning).not.toBeNull();
      expect(Number(message?.[1])).toBeGreaterThanOrEqual(15);
      expect(message?.[2]?.split(', ')).toContain(base.replace('http://', ''));
      expect(Object.values(reached).flat()).toEqual([]); // "none was loaded" is true
    });
  });
}

describe.runIf(system)('the other browsers the tool starts', () => {
  it('fitting to pages, check and serve reach nothing either', async () => {
    const t = await trap();
    try {
      const { dir } = project(t.base);
      const fit = await run(['build', '--theme', './t', '-f', 'pdf', '--max-pages', '1', '-o', 'fit'], {
        cwd: dir,
      });
      expect(fit.code, fit.stderr).toBe(0);
      const check = await run(['check', '--resume', 'resume.yaml', '--theme', './t'], { cwd: dir });
      expect(check.stderr).not.toMatch(/internal error/);
      const serve = await serveOnce(dir);
      expect(serve).toMatch(/preview at http/);
      await settle();
      expect(t.seen).toEqual([]);
    } finally {
      t.close();
    }
  }, 120_000);
});

/** Runs `serve` until its first build is done, then stops it; its output. */
function serveOnce(dir: string): Promise<string> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, [cli, 'serve', '--theme', './t', '-f', 'pdf'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const done = () => child.kill('SIGINT');
    for (const stream of [child.stdout, child.stderr])
      stream?.on('data', (d) => {
        output += d;
        if (/built \d+ files? in/.test(output)) done();
      });
    const timer = setTimeout(done, 60_000);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}

describe.runIf(system)('each layer on its own', () => {
  /** The connections a page makes in a bare browser process started with `args` (its DOM is dumped once loaded). */
  async function connectionsOf(args: string[]): Promise<string[]> {
    const t = await trap();
    const page = `<link rel="prefetch" href="${t.base}/prefetch"><img src="${t.base}/img"><link rel="stylesheet" href="${t.base}/css">`;
    const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    await new Promise((resolve) =>
      execFile(
        system as string,
        [...sandbox, '--disable-gpu', '--dump-dom', ...args, `data:text/html,${encodeURIComponent(page)}`],
        { timeout: 30_000 },
        resolve,
      ),
    );
    await settle();
    t.close();
    return t.seen;
  }

  it('the browser process has no route out, loopback included (the same page without the flags connects)', async () => {
    expect((await connectionsOf([])).length).toBeGreaterThan(0);
    expect(await connectionsOf(NO_NETWORK_ARGS)).toEqual([]);
  }, 60_000);

  it("the page's policy blocks every vector in a browser that has routes (the user's, opening the HTML file)", async () => {
    const puppeteer = (await import('puppeteer-core')).default;
    const found = discoverBrowser();
    const env = found.bundled ? await ensureBundled(found.bundled, () => {}) : {};
    const t = await trap();
    const { dir } = project(t.base);
    const built = await run(['build', '--theme', './t', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const html = readFileSync(join(dir, 'out', 'resume.html'), 'utf8');
    // The control: the same page without the policy the build put in it reaches the trap.
    mkdirSync(join(dir, 'control'));
    writeFileSync(
      join(dir, 'control', 'resume.html'),
      html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/g, ''),
    );
    const browser = await puppeteer.launch({
      executablePath: found.executablePath,
      headless: 'shell',
      pipe: true,
      args: ['--no-sandbox', '--disable-gpu'],
      env: { ...process.env, ...env },
    });
    try {
      const page = await browser.newPage();
      await page.goto(`file://${join(dir, 'out', 'resume.html')}`, { waitUntil: 'load' });
      await settle(1000);
      expect(t.seen).toEqual([]);
      await page.goto(`file://${join(dir, 'control', 'resume.html')}`, { waitUntil: 'load' });
      await settle(1000);
      expect(t.seen.length).toBeGreaterThan(0);
    } finally {
      await browser.close();
      t.close();
    }
  }, 120_000);
});
