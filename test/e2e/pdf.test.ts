// The PDF as an ATS and a reader meet it: text order, links, metadata, fonts, pages; and the browser's isolation.
// Printed through the library's render() in process, on one browser; the CLI's search for a browser, for real.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cliPath,
  countingServer,
  expectedSampleText,
  firstOutOfOrder,
  flat,
  root,
  runCli,
  sampleYaml,
  tempDir,
  unpackedIn,
} from '../helpers.js';
import { pdfOf, rendered, sharedBrowser } from '../library.js';
import { type PdfContents, parsePdf, pdfText } from '../pdf.js';

const browser = sharedBrowser();
/** A name, a contact line and a job title each longer than a line. */
const longLines = join(root, 'test', 'fixtures', 'valid', 'long-lines.yaml');

describe('PDF of resume.yaml', () => {
  let bytes: Uint8Array;
  let pdf: PdfContents;
  beforeAll(async () => {
    const r = await rendered({ file: sampleYaml, formats: ['pdf'], browser });
    expect(r.warnings).toEqual([]);
    bytes = r.bytes('resume.pdf');
    pdf = await pdfOf(r);
  });

  it('has selectable text holding every job, project and bullet in reading order', () => {
    expect(firstOutOfOrder(pdf.text, expectedSampleText())).toBeUndefined();
  });

  it('keeps the job line in reading order: position, employer, dates', () => {
    expect(pdf.text).toContain('Associate Tech Architect · Bounteous x Accolite May 2025 – Nov 2025');
  });

  it('has clickable links for e-mail, phone and website', () => {
    expect(pdf.links).toEqual([
      'mailto:mailme.ankit.13@gmail.com',
      'tel:+919754794337',
      'http://ankitkhandelwal.net/',
    ]);
  });

  it('carries document metadata and is tagged', () => {
    const { info, tagged, pageSize, pageCount } = pdf;
    expect(info.Title).toBe('Ankit Khandelwal — Résumé');
    expect(info.Author).toBe('Ankit Khandelwal');
    expect(info.Subject).toBe('Senior Ruby on Rails Engineer');
    expect(info.Keywords).toMatch(
      /^Ruby, Ruby on Rails, JavaScript, TypeScript, HTML5, CSS3, Hotwire, API-first architecture/,
    );
    expect(info.Creator).toBe('resume');
    expect(tagged).toBe(true);
    expect(pageSize).toEqual([594.96, 841.92]);
    expect(pageCount).toBeGreaterThanOrEqual(5);
    expect(pageCount).toBeLessThanOrEqual(7);
  });

  it('embeds every font, and only the theme face', () => {
    expect(pdf.fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of pdf.fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+SourceSans3/); // a subset of the theme face
      expect(font).toMatchObject({ embedded: true, type3: false });
    }
  });

  it('has an outline (bookmarks) from the headings', () => {
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Outlines \d+ 0 R/);
  });

  it('never starts a page with a lone bullet line or ends one with a heading', () => {
    const pages = pdf.text.split('\f').filter((p) => p.trim());
    for (const page of pages.slice(0, -1)) {
      const last = page.trim().split('\n').at(-1) ?? '';
      expect(last).not.toMatch(
        /^(PROFESSIONAL SUMMARY|CORE STRENGTHS|TECHNICAL SKILLS|EDUCATIONAL QUALIFICATIONS|EXPERIENCE|PROJECT HIGHLIGHTS)$/i,
      );
    }
  });
});

describe('a batch of PDFs on one browser', () => {
  it('sets every PDF in the theme face, embedded: the fonts the browser keeps from page to page are the same', async () => {
    const out = tempDir();
    const r = await runCli(['build', sampleYaml, '--all-variants', '-f', 'pdf', '-o', out, '-q']);
    expect(r.code, r.stderr).toBe(0);
    const pdfs = readdirSync(out).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(3);
    for (const name of pdfs) {
      const { fonts } = await parsePdf(new Uint8Array(readFileSync(join(out, name))));
      expect(fonts.length, name).toBeGreaterThanOrEqual(3);
      for (const font of fonts) {
        expect(font.name, name).toMatch(/^[A-Z]{6}\+SourceSans3/);
        expect(font, name).toMatchObject({ embedded: true, type3: false });
      }
    }
  });
});

describe('a cold PDF build', () => {
  // The theme's fonts are loaded into the browser while the résumé is checked and its page made; the timing marks
  // (RESUME_TIMINGS=1) say in which order the steps ended.
  it('loads the theme fonts before the page, and the PDF is set in them', async () => {
    const out = tempDir();
    const r = await runCli(['build', sampleYaml, '-f', 'pdf', '-o', out, '-q'], {
      env: { RESUME_TIMINGS: '1' },
    });
    expect(r.code, r.stderr).toBe(0);
    const steps = [...r.stderr.matchAll(/^timing .* ms {2}(.+)$/gm)].map((m) => m[1]);
    expect(steps.indexOf('fonts preloaded')).toBeGreaterThan(-1);
    expect(steps.indexOf('fonts preloaded')).toBeLessThan(steps.indexOf('content loaded'));
    const [pdf] = readdirSync(out).filter((f) => f.endsWith('.pdf'));
    const { fonts } = await parsePdf(new Uint8Array(readFileSync(join(out, pdf as string))));
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts)
      expect(font).toMatchObject({ name: expect.stringMatching(/SourceSans3/), embedded: true });
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('pins the build time: every output of a résumé and letter is the same bytes twice, the PDF dated then', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'acme.md'),
      '---\ncompany: Acme\nposition: Engineer\n---\nI would like to join.\n',
    );
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const build = async (out: string) => {
      const r = await runCli(['build', sampleYaml, '--letter', 'acme.md', '-o', out], { cwd: dir, env });
      expect(r.code, r.stderr).toBe(0);
      return readdirSync(join(dir, out))
        .sort()
        .map((f) => [f, readFileSync(join(dir, out, f))] as const);
    };
    const first = await build('one');
    // Chrome stamps the second it printed: a second later, only the pinned time can make the PDFs agree.
    await new Promise((r) => setTimeout(r, 1100));
    const second = await build('two');
    expect(first.map(([f]) => f)).toEqual(second.map(([f]) => f));
    expect(first.filter(([f]) => f.endsWith('.pdf')).length).toBe(2);
    for (const [i, [name, bytes]] of first.entries())
      expect(Buffer.compare(bytes, second[i]?.[1] ?? Buffer.alloc(0)), name).toBe(0);
    const pdf = first.find(([f]) => f === 'resume.pdf')?.[1].toString('latin1') ?? '';
    expect(pdf.match(/\/(CreationDate|ModDate) \(D:20231114221320Z\)/g)?.length).toBe(4);
    expect(readFileSync(join(dir, 'one', 'letter-acme.txt'), 'utf8')).toContain('14 November 2023');
    const info = (await parsePdf(new Uint8Array(first.find(([f]) => f === 'resume.pdf')?.[1] ?? []))).info;
    expect(info.CreationDate).toBe('D:20231114221320Z');
  });

  it('refuses a value that is not whole seconds, and writes nothing', async () => {
    const out = tempDir();
    const r = await runCli(['build', sampleYaml, '-f', 'pdf', '-o', out], {
      env: { SOURCE_DATE_EPOCH: 'yesterday' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'error: SOURCE_DATE_EPOCH="yesterday": give the build time as whole seconds since',
    );
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('paper', () => {
  it('Letter changes the page size of PDF and DOCX', async () => {
    const r = await rendered({ file: sampleYaml, formats: ['pdf', 'docx'], paper: 'Letter', browser });
    expect((await pdfOf(r)).pageSize).toEqual([612, 792]);
    const zip = await JSZip.loadAsync(r.bytes('resume.docx'));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('<w:pgSz w:w="12240" w:h="15840"');
  });
});

describe('a long contact line', () => {
  it('that wraps never starts a line with "·"', async () => {
    const r = await rendered({ file: longLines, formats: ['pdf'], browser });
    const lines = ((await pdfOf(r)).pages[0] ?? '').split('\n');
    expect(lines.filter((l) => l.includes('example.com')).length).toBeGreaterThanOrEqual(1);
    expect(lines.filter((l) => /^\s*·/.test(l))).toEqual([]);
  });
});

describe('PDF isolation', () => {
  it('makes no request to a local server and reads no local file named in the résumé', async () => {
    const { port, hits, settled, close } = await countingServer();
    try {
      const source = [
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
        // Our own format (it declares our schema): markup in its text is text, shown as written.
        '# yaml-language-server: $schema=./schema/resume.schema.json',
      ]
        .join('\n')
        .replaceAll('PORT', String(port));
      const r = await rendered({ source, file: 'resume.yaml', formats: ['pdf', 'html'], browser });
      // Only that the tags are printed as written.
      const said = r.warnings
        .join('\n')
        .split('\n')
        .filter((line) => /^\S+:\d+:\d+ /.test(line));
      expect(said.length).toBeGreaterThan(0);
      for (const line of said) expect(line).toMatch(/HTML tag <\w+> is printed as written/);
      const text = flat((await pdfOf(r)).text);
      expect(text).toContain(`<img src="http://127.0.0.1:${port}/x.png">`);
      expect(text).toContain('<iframe src="file:///etc/passwd"></iframe>');
      expect(text).toContain(`<script>fetch("http://127.0.0.1:${port}/js")</script>`);
      expect(text).not.toMatch(/root:x:0:0/);
      expect(r.text('resume.html')).not.toMatch(/<(img|iframe|object|script|link rel)/);
      await settled();
      expect(hits).toEqual([]);
    } finally {
      close();
    }
  });
});

describe('without a browser', () => {
  // Hides every browser of the machine from the CLI in a private mount namespace (needs root, as CI has).
  const systemBrowsers = ['/usr/lib/chromium', '/opt/google', '/snap/bin'].filter((d) => existsSync(d));
  const embedded = join(root, 'node_modules', '@sparticuz', 'chromium', 'bin');
  const canHide = (() => {
    try {
      execFileSync('unshare', ['-m', 'true'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  /** Runs the CLI with the given folders hidden, no PATH and an empty home: a machine with nothing installed. */
  function runHidden(hidden: string[], home: string, args: string[]) {
    const mounts = hidden.map((d) => `/bin/mount -t tmpfs none "${d}"`).join(' && ');
    const cmd = `${mounts ? `${mounts} && ` : ''}PATH= exec "${process.execPath}" "${cliPath}" ${args.map((a) => `"${a}"`).join(' ')}`;
    const r = spawnSync('unshare', ['-m', '/bin/sh', '-c', cmd], {
      cwd: home,
      env: { PATH: process.env.PATH, HOME: home, PUPPETEER_CACHE_DIR: join(home, 'none') },
      encoding: 'utf8',
      timeout: 50_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it.runIf(canHide)('falls back to the embedded Chromium, unpacked once into a private cache', async () => {
    const home = tempDir();
    copyFileSync(sampleYaml, join(home, 'resume.yaml'));
    const first = runHidden(systemBrowsers, home, ['build']);
    expect(first.stderr).toMatch(
      /^unpacking the embedded Chromium into .*\/\.cache\/resume\/chromium-[\d.]+ \(once, ~2 s\)…\n$/,
    );
    expect(first.code).toBe(0);
    expect(readdirSync(join(home, 'out')).sort()).toEqual([
      'resume.docx',
      'resume.html',
      'resume.md',
      'resume.pdf',
      'resume.txt',
    ]);
    expect(
      firstOutOfOrder(await pdfText(join(home, 'out', 'resume.pdf')), expectedSampleText()),
    ).toBeUndefined();
    const cache = join(home, '.cache', 'resume');
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(unpackedIn(cache)).toEqual([expect.stringMatching(/^chromium-[\d.]+$/)]);
    // The second run finds it unpacked and says nothing.
    const second = runHidden(systemBrowsers, home, ['build', '-f', 'pdf', '-q']);
    expect(second).toMatchObject({ code: 0, stderr: '', stdout: '' });
    rmSync(home, { recursive: true, force: true }); // 190 MB of browser
  });

  it.runIf(canHide)('says what it searched and how to get a browser, exits 1, writes nothing', () => {
    const dir = tempDir();
    copyFileSync(sampleYaml, join(dir, 'resume.yaml'));
    const r = runHidden([...systemBrowsers, embedded], dir, ['build', '--format', 'pdf', '-o', 'out']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: no Chrome/Chromium browser found; a PDF needs one.');
    expect(r.stderr).toContain('the optional package @sparticuz/chromium is not installed');
    expect(r.stderr).toContain('apt-get install chromium-headless-shell');
    expect(r.stderr).toContain('npx @puppeteer/browsers install chrome-headless-shell@stable');
    expect(r.stderr).toContain('resume build -f html,docx');
    expect(readdirSync(dir)).toEqual(['resume.yaml']);
  });

  it('--browser pointing nowhere is a clear error', async () => {
    const r = await runCli(['build', '--format', 'pdf', '--browser', '/nonexistent/chrome', '-o', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('error: --browser: no browser executable at /nonexistent/chrome');
  });
});
