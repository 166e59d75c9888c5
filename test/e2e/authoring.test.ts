// The authoring loop (issue 14): init, default files, help, progress, watch, and the preview server (over HTTP and
// in the real headless browser) through the real CLI; Markdown, text and locales through the library in process.

import { type ChildProcess, execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaUrl } from '../../src/paths.js';
import { PAGE_POLICY } from '../../src/render/pdf/isolation.js';
import {
  cliPath,
  expectedSampleText,
  firstOutOfOrder,
  hasCommand,
  root,
  runCli,
  sampleYaml,
  tempDir,
  until,
} from '../helpers.js';
import { rendered } from '../library.js';
import { events, get, longRunning } from '../long-running.js';
import { pdfText } from '../pdf.js';
import { seedCoverage } from '../seed.js';

describe('resume init', () => {
  it('starts a résumé in an empty folder that validates and builds into md, txt, html, pdf and docx', async () => {
    const dir = tempDir();
    const before = await runCli(['build'], { cwd: dir });
    expect(before.code).toBe(1);
    expect(before.stderr.trim()).toBe(
      'error: no resume.yaml, resume.yml, resume.json here: run resume init to start one, or name the file',
    );
    // A letter takes its résumé by --resume: the message says so.
    writeFileSync(join(dir, 'acme.md'), '---\ncompany: Acme\n---\nDear team,\n');
    const letter = await runCli(['letter', 'acme.md'], { cwd: dir });
    expect(letter.code).toBe(1);
    expect(letter.stderr).toContain('run resume init to start one, or name it with --resume FILE');
    // check reads outputs built already: it asks for the résumé they were built from.
    writeFileSync(join(dir, 'resume.txt'), 'Ada\n');
    const check = await runCli(['check', 'resume.txt'], { cwd: dir });
    expect(check.stderr.trim()).toBe(
      'error: no resume.yaml, resume.yml, resume.json here: name the one they were built from: --resume FILE',
    );
    const init = await runCli(['init'], { cwd: dir });
    expect(init.code).toBe(0);
    const yaml = readFileSync(join(dir, 'resume.yaml'), 'utf8');
    // The published schema of this major version: the same wherever the file moves.
    const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(yaml)?.[1] ?? '';
    const published = JSON.parse(readFileSync(join(root, 'schema', 'resume.schema.json'), 'utf8')).$id;
    expect(schema).toBe(published);
    expect(schema).toBe(schemaUrl());
    for (const section of [
      'work:',
      'education:',
      'skills:',
      'projects:',
      'languages:',
      'tags: [lead]',
      'variants:',
    ])
      expect(yaml).toContain(section);
    expect((await runCli(['validate'], { cwd: dir })).stdout).toMatch(/^resume\.yaml: OK — /);
    const build = await runCli(['build', '--all-variants'], { cwd: dir });
    expect(build.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(
      ['alex-example-lead', 'resume'].flatMap((s) =>
        ['docx', 'html', 'md', 'pdf', 'txt'].map((e) => `${s}.${e}`),
      ),
    );
  });

  it('refuses to overwrite without --force, and writes the same schema header in any folder', async () => {
    const dir = tempDir();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    const again = await runCli(['init'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe('error: resume.yaml exists: use --force to overwrite it');
    expect((await runCli(['init', '--force'], { cwd: dir })).code).toBe(0);
    mkdirSync(join(dir, 'cv', 'deep'), { recursive: true });
    expect((await runCli(['init', 'cv/deep/me.yaml'], { cwd: dir })).code).toBe(0);
    const header = readFileSync(join(dir, 'cv', 'deep', 'me.yaml'), 'utf8').split('\n')[0] ?? '';
    expect(header).toBe(`# yaml-language-server: $schema=${schemaUrl()}`);
  });

  it('build and validate find resume.yml or resume.json when no file is named', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.json'), JSON.stringify({ basics: { name: 'Jay Son' } }));
    expect((await runCli(['validate'], { cwd: dir })).stdout).toMatch(/^resume\.json: OK/);
    writeFileSync(join(dir, 'resume.yml'), 'basics:\n  name: Yam L\n');
    expect((await runCli(['validate'], { cwd: dir })).stdout).toMatch(/^resume\.yml: OK/);
  });
});

describe('Markdown and plain text', () => {
  const built = rendered({ file: sampleYaml, formats: ['md', 'txt'] });

  it.each(['md', 'txt'])(
    'the %s holds every item of the sample in the PDF reading order, no tables',
    async (ext) => {
      const r = await built;
      const text = r.text(`resume.${ext}`);
      expect(firstOutOfOrder(text, expectedSampleText())).toBeUndefined();
      expect(text).not.toMatch(/^\s*\|.*\|\s*$/m); // no layout tables
      const coverage = await seedCoverage(`resume.${ext}`, r.bytes(`resume.${ext}`));
      expect(coverage).toMatchObject({ missing: [], found: coverage.total, ordered: coverage.total });
    },
  );

  it('writes bullets as lists and links out', async () => {
    const r = await built;
    const md = r.text('resume.md');
    const txt = r.text('resume.txt');
    expect(md).toMatch(/^# Ankit Khandelwal$/m);
    expect(md).toContain(
      '## Experience\n\n### Associate Tech Architect · Bounteous x Accolite\nMay 2025 – Nov 2025',
    );
    expect(md).toContain('[+91-975-4794337](tel:+919754794337)');
    expect(md).toMatch(/^- Designed and implemented \*\*high-performance, scalable systems,\*\* improving/m);
    expect(txt).toMatch(/^ANKIT KHANDELWAL$/m);
    expect(txt).toContain('+91-975-4794337 (tel:+919754794337)');
    expect(txt).toMatch(/^- Designed and implemented high-performance, scalable systems, improving/m);
    expect(txt).not.toContain('**');
  });
});

describe('locales', () => {
  const yaml = `basics:\n  name: Ada\nwork:\n  - name: Engines\n    position: Engineer\n    startDate: "2021-10"\n    highlights: [Built it]\n`;
  // October as each language abbreviates it: Intl's, with the full stop German (Duden), Spanish and Italian write.
  const titles: Record<string, [string, string, string]> = {
    en: ['Experience', 'Present', 'Oct'],
    de: ['Berufserfahrung', 'heute', 'Okt.'],
    fr: ['Expérience professionnelle', 'aujourd’hui', 'oct.'],
    es: ['Experiencia', 'actualidad', 'oct.'],
    pt: ['Experiência', 'atual', 'out.'],
    it: ['Esperienza professionale', 'oggi', 'ott.'],
    nl: ['Werkervaring', 'heden', 'okt'],
    pl: ['Doświadczenie zawodowe', 'obecnie', 'paź'],
  };
  it.each(Object.entries(titles))(
    'locale %s translates titles, "Present" and months',
    async (locale, [title, present, october]) => {
      // A language other than the résumé's own (en, where nothing says) adds its locale to the name.
      const name = locale === 'en' ? 'resume.txt' : `resume.${locale}.txt`;
      const txt = (await rendered({ source: yaml, locale, formats: ['txt'] })).text(name);
      expect(txt).toContain(title.toUpperCase());
      expect(txt).toContain(`${october} 2021 – ${present}`);
    },
  );

  it('meta.locale works too, and meta.titles still overrides', async () => {
    const source = `${yaml}meta:\n  locale: de\n  titles: { work: Werdegang }\n`;
    const txt = (await rendered({ source, formats: ['txt'] })).text('resume.txt');
    expect(txt).toContain('WERDEGANG');
    expect(txt).toContain('Okt');
  });

  it('--locale unknown is a usage error with a suggestion', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), yaml);
    const bad = await runCli(['build', '--locale', 'ed', '-f', 'txt'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown locale; did you mean "en"?');
  });
});

describe('help that teaches', () => {
  it('resume alone prints help and exits 0', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: resume [options] [command]');
    expect(r.stdout).toContain('$ resume init');
  });

  it.each(['validate', 'build', 'watch', 'serve', 'tags', 'init', 'import', 'doctor', 'themes'])(
    'help %s has an example',
    async (command) => {
      const r = await runCli(['help', command]);
      expect(r.stdout).toMatch(new RegExp(`Examples:\\n  \\$ resume ${command}`));
    },
  );

  it('a mistyped command suggests the right one', async () => {
    const r = await runCli(['biuld']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'biuld'\n(Did you mean build?)");
  });
});

const hasScript = hasCommand('script');

describe('progress', () => {
  it.skipIf(!hasScript)(
    'on a terminal, a build of several outputs shows its stages and times (needs script)',
    () => {
      const dir = tempDir();
      const out = execFileSync(
        'script',
        [
          '-qec',
          `"${process.execPath}" "${cliPath}" build "${sampleYaml}" -f html,md -o "${dir}"`,
          '/dev/null',
        ],
        {
          encoding: 'utf8',
        },
      );
      expect(out).toMatch(/validated in \d+ ms; rendering 2 files/);
      expect(out).toMatch(/rendered 2 files in \d+ ms/);
      expect(out).toMatch(/done in \d+ ms/);
    },
  );

  it('piped, it stays one line per file', async () => {
    const r = await runCli(['build', sampleYaml, '-f', 'html,md', '-o', tempDir()]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
});

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

describe('resume watch', () => {
  it('rebuilds on every save with one warm browser, keeps the last good output on errors, stops on Ctrl-C', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: First Name\n');
    const w = longRunning(['watch', '-f', 'pdf'], dir);
    running.push(w.child);
    await w.waitFor(/built 1 file in \d+ ms/);
    expect(await pdfText(join(dir, 'out', 'resume.pdf'))).toContain('First Name');
    let at = w.mark();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Second Name\n');
    await w.waitFor(/built 1 file in \d+ ms/, at);
    expect(await pdfText(join(dir, 'out', 'resume.pdf'))).toContain('Second Name');
    at = w.mark();
    writeFileSync(
      join(dir, 'resume.yaml'),
      'basics:\n  name: Bad\n  emial: x\n# yaml-language-server: $schema=./schema/resume.schema.json\n',
    );
    await w.waitFor(
      /resume\.yaml:3:3 {2}basics\.emial {2}unknown key "emial"[\s\S]*the last good outputs stay/,
      at,
    );
    expect(await pdfText(join(dir, 'out', 'resume.pdf'))).toContain('Second Name');
    const code = await w.stop();
    expect(code).toBe(130);
    expect(w.output()).toMatch(/stopped\n$/);
    await until(() => w.alive().length === 0, 'the CLI and its browser to exit', 10_000); // the browser went with it
  });
});

describe('resume watch, saves at any moment', () => {
  /** A watch of an HTML build, its first build done. */
  const watching = async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: First Name\n');
    const w = longRunning(['watch', '-f', 'html'], dir);
    running.push(w.child);
    await w.waitFor(/built 1 file in \d+ ms/);
    return { dir, w, at: w.mark() };
  };

  it('a save in two steps (the file emptied, then written) builds the whole file and shows no error', async () => {
    const { dir, w, at } = await watching();
    // As an editor may save: the build that starts on the first step reads an empty file.
    writeFileSync(join(dir, 'resume.yaml'), '');
    await new Promise((resolve) => setTimeout(resolve, 3));
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Written Whole\n');
    await w.waitFor(/built 1 file in \d+ ms/, at);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(w.output().slice(at)).not.toContain('error');
    expect(readFileSync(join(dir, 'out', 'resume.html'), 'utf8')).toContain('Written Whole');
    expect(await w.stop()).toBe(130);
  });

  it('a save made the moment the first build says it is done is built too', async () => {
    const { dir, w, at } = await watching();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Saved Right Away\n');
    await w.waitFor(/built 1 file in \d+ ms/, at);
    expect(readFileSync(join(dir, 'out', 'resume.html'), 'utf8')).toContain('Saved Right Away');
    expect(await w.stop()).toBe(130);
  });
});

describe('resume watch, files replaced by renaming', () => {
  it("an earlier version's file, now under an output's name, is not taken for this build's input", async () => {
    const dir = tempDir();
    const resume = join(dir, 'resume.yaml');
    writeFileSync(resume, 'basics:\n  name: First Name\n');
    const w = longRunning(['watch', '-f', 'md'], dir);
    running.push(w.child);
    await w.waitFor(/built 1 file in \d+ ms/);
    // What an editor's save by rename and the system's reuse of the freed inode can make: the output's name on
    // the file the first build read.
    renameSync(resume, join(dir, 'out', 'resume.md'));
    const at = w.mark();
    writeFileSync(resume, 'basics:\n  name: Second Name\n');
    await w.waitFor(/built 1 file in \d+ ms|the last good outputs stay/, at);
    expect(w.output().slice(at)).not.toContain('is an input of this build');
    expect(readFileSync(join(dir, 'out', 'resume.md'), 'utf8')).toContain('Second Name');
    expect(await w.stop()).toBe(130);
  });
});

describe('resume watch with a theme of your own', () => {
  it('rebuilds when the theme folder changes, and recovers from a broken template', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Themed Person\n');
    expect((await runCli(['create-theme', 'mine'], { cwd: dir })).code).toBe(0);
    const w = longRunning(['watch', '-f', 'html', '--theme', './mine'], dir);
    running.push(w.child);
    await w.waitFor(/built 1 file in \d+ ms/);
    let at = w.mark();
    appendFileSync(join(dir, 'mine', 'style.css'), '\n.name { color: #0a7d32; }\n');
    await w.waitFor(/built 1 file in \d+ ms/, at);
    expect(readFileSync(join(dir, 'out', 'resume.html'), 'utf8')).toContain('.name { color: #0a7d32; }');
    at = w.mark();
    const masthead = join(dir, 'mine', 'partials', 'masthead.hbs');
    const good = readFileSync(masthead, 'utf8');
    writeFileSync(masthead, `${good}{{#if}}\n`);
    await w.waitFor(/partials\/masthead\.hbs:\d+:1 [\s\S]*the last good outputs stay/, at);
    at = w.mark();
    writeFileSync(masthead, good.replace('<h1 class="name">', '<h1 class="name" data-edited>'));
    await w.waitFor(/built 1 file in \d+ ms/, at);
    expect(readFileSync(join(dir, 'out', 'resume.html'), 'utf8')).toContain('data-edited');
    expect(await w.stop()).toBe(130);
  });
});

describe('resume serve', () => {
  it('serves the preview on 127.0.0.1, pushes a reload on each build, shows errors and clears them', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Served Person\n');
    const s = longRunning(['serve', '-f', 'pdf'], dir);
    running.push(s.child);
    const url = (await s.waitFor(/preview at (http:\/\/127\.0\.0\.1:\d+\/)/))[1] ?? '';
    const shell = await get(url);
    expect(shell.status).toBe(200);
    expect(shell.body).toContain('<iframe id="page"');
    expect(String(shell.headers['content-security-policy'])).toContain("script-src 'self'");
    const page = await get(`${url}files/resume.html`);
    expect(page.body).toContain('Served Person');
    expect(page.body).not.toMatch(/<script|EventSource/); // the reload lives in the preview only
    // What the printed page may load, the previewed one may too: nothing (a JSON Resume theme's web fonts).
    expect(String(page.headers['content-security-policy'])).toBe(PAGE_POLICY);
    expect((await get(`${url}files/resume.pdf`)).status).toBe(200);

    const stream = events(`${url}events`);
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Edited Person\n');
    expect(await stream.next(1)).toMatchObject({ ok: true, version: 1, page: 'resume.html' });
    expect((await get(`${url}files/resume.html`)).body).toContain('Edited Person');

    writeFileSync(
      join(dir, 'resume.yaml'),
      'basics:\n  name: Broken\n  emial: x\n# yaml-language-server: $schema=./schema/resume.schema.json\n',
    );
    const failed = await stream.next(2);
    expect(failed.ok).toBe(false);
    expect(failed.problems).toContain('resume.yaml:3:3  basics.emial  unknown key "emial"');
    expect((await get(`${url}files/resume.html`)).body).toContain('Edited Person'); // the last good one
    expect(JSON.parse((await get(`${url}status`)).body)).toMatchObject({ ok: false });

    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Fixed Person\n');
    expect(await stream.next(3)).toMatchObject({ ok: true, problems: '' });
    stream.close();
    expect(await s.stop()).toBe(130);
  });

  it('shows the pages as they will print: the PDF, its page count and paper, rebuilt on save', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'meta:\n  paper: Letter\nbasics:\n  name: Paged Person\n');
    // Asked for HTML only, the preview still prints the pages it shows.
    const s = longRunning(['serve', '-f', 'html'], dir);
    running.push(s.child);
    const url = (await s.waitFor(/preview at (http:\/\/127\.0\.0\.1:\d+\/)/))[1] ?? '';
    expect((await get(url)).body).toMatch(/<button id="view-pages"[^>]*>Pages<\/button>/);
    const status = JSON.parse((await get(`${url}status`)).body);
    expect(status).toMatchObject({ pdf: 'resume.pdf', pages: 1, paper: 'Letter', page: 'resume.html' });
    const pdf = await get(`${url}files/resume.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const stream = events(`${url}events`);
    const long = Array.from(
      { length: 40 },
      (_, i) => `      - A bullet long enough to take its own line, number ${i}`,
    ).join('\n');
    writeFileSync(
      join(dir, 'resume.yaml'),
      `basics:\n  name: Paged Person\nwork:\n  - name: Acme\n    highlights:\n${long}\n${long.replaceAll('number', 'no.')}\n`,
    );
    expect(await stream.next(1)).toMatchObject({ ok: true, pdf: 'resume.pdf', pages: 2, paper: 'A4' });
    stream.close();
    await s.stop();
  });

  it('serves nothing but its own pages and outputs, and only to its own host name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Private Person\n');
    const s = longRunning(['serve', '-f', 'html'], dir);
    running.push(s.child);
    const url = (await s.waitFor(/preview at (http:\/\/127\.0\.0\.1:\d+\/)/))[1] ?? '';
    const port = new URL(url).port;
    expect((await get(url, 'evil.example.com')).status).toBe(403);
    expect((await get(url, `localhost:${port}`)).status).toBe(200);
    for (const path of [
      'files/',
      'files/../resume.yaml',
      'files/%2e%2e%2fresume.yaml',
      'resume.yaml',
      'out/',
      'etc/passwd',
    ])
      expect((await get(`${url}${path}`)).status, path).toBe(404);
    expect((await get(url, undefined, 'POST')).status).toBe(405);
    await s.stop();
  });

  it('reloads the page in a real browser when the file is saved', async () => {
    const { discoverBrowser } = await import('../../src/index.js');
    const { ensureBundled } = await import('../../src/render/pdf/bundled.js');
    const puppeteer = (await import('puppeteer-core')).default;
    const found = discoverBrowser();
    const env = found.bundled ? await ensureBundled(found.bundled, () => {}) : {};
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Before Save\n');
    const s = longRunning(['serve', '-f', 'html'], dir);
    running.push(s.child);
    const url = (await s.waitFor(/preview at (http:\/\/127\.0\.0\.1:\d+\/)/))[1] ?? '';
    const browser = await puppeteer.launch({
      executablePath: found.executablePath,
      headless: 'shell',
      pipe: true,
      args: ['--no-sandbox', '--disable-gpu'],
      env: { ...process.env, ...env },
    });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      // The web page (the HTML); the Pages view is the PDF in the browser's viewer, which has no DOM to read.
      await page.click('#view-web');
      const frameText = () =>
        page.evaluate(
          () =>
            (document.getElementById('page') as HTMLIFrameElement).contentDocument?.body?.textContent ?? '',
        );
      await page.waitForFunction(
        () =>
          (document.getElementById('page') as HTMLIFrameElement).contentDocument?.body?.textContent.includes(
            'Before Save',
          ),
        { timeout: 10_000 },
      );
      writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: After Save\n');
      await page.waitForFunction(
        () =>
          (document.getElementById('page') as HTMLIFrameElement).contentDocument?.body?.textContent.includes(
            'After Save',
          ),
        { timeout: 10_000 },
      );
      expect(await frameText()).toContain('After Save');
      writeFileSync(
        join(dir, 'resume.yaml'),
        'basics:\n  name: X\n  emial: y\n# yaml-language-server: $schema=./schema/resume.schema.json\n',
      );
      await page.waitForFunction(() => !(document.getElementById('overlay') as HTMLElement).hidden, {
        timeout: 10_000,
      });
      expect(await page.$eval('#overlay', (e) => e.textContent)).toContain('resume.yaml:3:3  basics.emial');
    } finally {
      await browser.close();
      await s.stop();
    }
  });
});

describe('the library', () => {
  it('builds from code, returning its warnings instead of printing them', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.exports['.'].import ?? pkg.exports['.']).toBe('./dist/index.js');
    const { build } = await import(join(root, 'dist', 'index.js'));
    const dir = tempDir();
    writeFileSync(
      join(dir, 'cv.yaml'),
      'basics:\n  name: Lib User\nwork:\n  - name: X\n    startDate: August 2020\n',
    );
    const result = await build({
      file: join(dir, 'cv.yaml'),
      formats: ['html', 'txt'],
      outDir: join(dir, 'out'),
    });
    expect(result.written.map((p: string) => p.slice(dirname(p).length + 1))).toEqual([
      'resume.html',
      'resume.txt',
    ]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ line: 5, path: 'work[0].startDate', severity: 'warning' });
  });
});
