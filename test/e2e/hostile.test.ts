// Valid but hostile input: markup and template syntax in every field, many scripts, long words, a huge
// résumé, photos. Everything builds in every format, escaped, visible, and on the page.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { flat, root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { pdfText, readPdf } from '../pdf.js';

const evil = '<script>alert("x")</script> {{basics.name}} {{{raw}}} <b onmouseover=alert(1)>&amp;</b>';

/** The word that reaches furthest right, relative to its page's width: nothing may overflow. */
async function widestWord(pdf: string): Promise<{ page: number; xMax: number; width: number }> {
  let worst = { page: 0, xMax: 0, width: 1 };
  for (const w of (await readPdf(pdf)).words)
    if (w.xMax / w.pageWidth > worst.xMax / worst.width)
      worst = { page: w.page, xMax: w.xMax, width: w.pageWidth };
  return worst;
}

describe('markup, template syntax and world scripts in every field', () => {
  const out = tempDir();
  const file = join(root, 'test', 'fixtures', 'hostile', 'everything.yaml');
  beforeAll(async () => {
    const r = await runCli(['build', file, '--all-variants', '--format', 'all', '-o', out]);
    // The one thing said: tags of elements people write (<b>, <i>, <u>) are printed as written in this format.
    const said = r.stderr.split('\n').filter((line) => /^\S+:\d+:\d+ /.test(line));
    expect(said.length).toBeGreaterThan(0);
    for (const line of said) expect(line).toMatch(/warning: HTML tag <[biu]> is printed as written/);
    expect(r.code).toBe(0);
  });

  it('the HTML escapes everything: no element comes from the data', () => {
    const html = readFileSync(join(out, 'resume.html'), 'utf8');
    expect(html).not.toMatch(/<script|<b |<u>|<i>/);
    const escaped =
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; {{basics.name}} {{{raw}}} &lt;b onmouseover&#x3D;alert(1)&gt;&amp;amp;&lt;/b&gt;';
    // name, label, profile, summary, employer, position, place, description, 2 bullets, project ×6,
    // education ×5, skills ×3, volunteer ×4, award ×3, certificate ×2, publication ×3, language ×2, interest ×2,
    // reference ×2, custom section ×3, in the title and the meta tags too.
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(45);
  });

  it('the PDF shows the text literally, with combining marks', async () => {
    const text = flat(await pdfText(join(out, 'resume.pdf')));
    // Counted without white space: where a line wraps inside the long string depends on the layout, and a wrap
    // reads back as a space.
    const unspaced = (t: string) => t.replace(/\s/g, '');
    expect(unspaced(text).split(unspaced(flat(evil))).length - 1).toBeGreaterThanOrEqual(40);
    // Latin with combining marks only: CJK, Arabic and Hebrew are drawn from the machine's fonts until the
    // project ships its own, and a machine with none (a fresh one) draws empty boxes with no text behind them.
    for (const s of ['Amélie', 'Zoë', 'Emoji:', 'combining:']) expect(text).toContain(s);
    expect(text).toContain('Supercalifragilistic'.repeat(3));
  });

  it('the DOCX holds the same text, RTL scripts and emoji included', async () => {
    const { value } = await mammoth.extractRawText({ path: join(out, 'resume.docx') });
    const text = flat(value);
    expect(text.split(flat(evil)).length - 1).toBeGreaterThanOrEqual(40);
    for (const s of ['مرحبا بالعالم', 'שלום עולם', '你好世界', '🚀✨👩🏽‍💻', 'Amélie'])
      expect(text).toContain(s.normalize('NFKC'));
  });

  it('nothing runs off the page, not even a 400-character word', async () => {
    const { page, xMax, width } = await widestWord(join(out, 'resume.pdf'));
    expect(xMax, `page ${page}`).toBeLessThanOrEqual(width - 30);
  });

  it('the variant builds too', () => {
    expect(readdirSync(out).sort()).toEqual(
      ['resume', 'resume-v']
        .flatMap((s) => ['docx', 'html', 'md', 'pdf', 'txt'].map((e) => `${s}.${e}`))
        .sort(),
    );
  });
});

describe('a huge résumé: 200 jobs with 20 bullets each', () => {
  const dir = tempDir();
  beforeAll(() => {
    const jobs = Array.from({ length: 200 }, (_, i) =>
      [
        `  - name: Employer ${i}`,
        `    position: Engineer ${i}`,
        `    startDate: "${2000 + (i % 20)}-0${1 + (i % 9)}"`,
        '    highlights:',
        ...Array.from(
          { length: 20 },
          (_, j) => `      - "Job ${i} bullet ${j}: delivered **measurable results** for the team"`,
        ),
      ].join('\n'),
    );
    writeFileSync(join(dir, 'big.yaml'), `basics:\n  name: Big Résumé\nwork:\n${jobs.join('\n')}\n`);
  });

  it('builds in every format in bounded time, with the last bullet present', async () => {
    const r = await runCli(['build', 'big.yaml', '--format', 'all', '-o', 'out'], {
      cwd: dir,
      timeoutMs: 55_000,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pdf = await readPdf(join(dir, 'out', 'resume.pdf'));
    expect(pdf.pageCount).toBeGreaterThan(50);
    expect(flat(pdf.text)).toContain('Job 199 bullet 19: delivered measurable results');
    const { value } = await mammoth.extractRawText({ path: join(dir, 'out', 'resume.docx') });
    expect(value).toContain('Job 199 bullet 19: delivered measurable results');
  });
});

describe('photos', () => {
  // A 2×3 PNG, built by hand: only real images are read and embedded.
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d494844520000000200000003080200000012163f4f0000001549444154789c63f8cfc0f09f8181e13f03c3ff0c0c0045f605fb4f6a2a690000000049454e44ae426082',
    'hex',
  );

  it('embeds a local image in HTML, PDF and DOCX', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'me.png'), png);
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Ada\n  image: me.png\n');
    const r = await runCli(['build', '--format', 'all'], { cwd: dir });
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'out', 'resume.html'), 'utf8');
    expect(html).toContain(
      `<img class="photo" src="data:image/png;base64,${png.toString('base64').replaceAll('=', '&#x3D;')}" width="2" height="3"`,
    );
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'resume.docx')));
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toBe(true);
    expect((await readPdf(join(dir, 'out', 'resume.pdf'))).images).toBe(1);
  });

  it.each([
    [
      '/etc/passwd',
      `resume.yaml:1:28  basics.image  "/etc/passwd" is outside the résumé's folder: only files inside it are read (copy the file there)`,
    ],
    ['.', 'resume.yaml:1:28  basics.image  "." is a folder, not a file'],
  ])('refuses %s without reading it into the output', async (image, line) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), `basics: {name: Ada, image: ${image}}\n`);
    const r = await runCli(['build', '--format', 'html'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(line);
    expect(readdirSync(dir)).toEqual(['resume.yaml']);
  });

  it('builds without a missing photo, with a warning at its line (an error under --strict)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics: {name: Ada, image: missing.png}\n');
    const r = await runCli(['build', '--format', 'html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      'resume.yaml:1:28  basics.image  warning: "missing.png": no such file (paths are relative to the résumé): built without a photo',
    );
    expect(readFileSync(join(dir, 'out', 'resume.html'), 'utf8')).not.toContain('<img');
    const strict = await runCli(['build', '--format', 'html', '--strict', '-o', 'strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['out', 'resume.yaml']);
  });

  it('does not fetch a remote image, and says so', async () => {
    const dir = tempDir();
    copyFileSync(sampleYaml, join(dir, 'resume.yaml'));
    writeFileSync(join(dir, 'r.yaml'), 'basics: {name: Ada, image: "https://example.com/me.png"}\n');
    const r = await runCli(['build', 'r.yaml', '--format', 'html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      'r.yaml:1:28  basics.image  warning: remote images are not fetched: the résumé is built without a photo (save it beside the résumé and name the file: image: photo.jpg)',
    );
    expect(readFileSync(join(dir, 'out', 'resume.html'), 'utf8')).not.toContain('<img');
  });
});
