// Hostile files cannot be read (issue 19): a theme folder, a résumé folder or a file given to check whose files
// are links to a secret outside, FIFOs, devices, oversized or bombs. Each is refused before it is read, with a
// clear error, in bounded time and memory, and nothing of the secret reaches an output.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { root, sampleYaml, tempDir } from '../helpers.js';
import { hostileTheme, run } from '../hostile-harness.js';

const SECRET = 'TOP-SECRET-TOKEN-7f3a';
/** A file outside every folder the tool reads from. */
function secret(name = 'secret.txt', content: string | Buffer = SECRET): string {
  const file = join(tempDir('resume-secret-'), name);
  writeFileSync(file, content);
  return file;
}

const fifo = (path: string) => execFileSync('mkfifo', [path]);
const font = join(
  root,
  'node_modules',
  '@fontsource',
  'source-sans-3',
  'files',
  'source-sans-3-latin-400-normal.woff2',
);
const png = Buffer.from(
  '89504e470d0a1a0a0000000d494844520000000200000003080200000012163f4f0000001549444154789c63f8cfc0f09f8181e13f03c3ff0c0c0045f605fb4f6a2a690000000049454e44ae426082',
  'hex',
);

/** Every file under `dir`, as one text (to look for the secret in the outputs). */
function everything(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => readFileSync(join(f.parentPath, f.name), 'latin1'))
    .join('\n');
}

/** A résumé folder with a user theme `t` (classic, the CSP kept), for a case to plant something in. */
function project(resume = 'basics:\n  name: Ada\n'): { dir: string; theme: string } {
  const dir = tempDir('resume-files-');
  writeFileSync(join(dir, 'resume.yaml'), resume);
  return { dir, theme: hostileTheme(dir, 't', {}) };
}

/** Builds with the theme, bounded in time (a FIFO read would block for ever). */
const build = (dir: string, args: string[] = []) =>
  run(['build', '--theme', './t', '-f', 'html', '-o', 'out', ...args], {
    cwd: dir,
    timeoutMs: 20_000,
    measure: true,
  });

describe("a theme's files are its own", () => {
  it.each([
    ['a partial', 'partials/masthead.hbs'],
    ['the main template', 'resume.hbs'],
    ['the stylesheet', 'style.css'],
    ['theme.json', 'theme.json'],
  ])('%s linked to a file outside the theme is refused', async (_, file) => {
    const { dir, theme } = project();
    const target = secret(file.split('/').pop(), `${readFileSync(join(theme, file), 'utf8')}\n${SECRET}\n`);
    execFileSync('rm', [join(theme, file)]);
    symlinkSync(target, join(theme, file));
    const r = await build(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `"${file}" leads to ${target}, outside the theme's folder: only files inside it are read`,
    );
    expect(everything(dir)).not.toContain(SECRET);
  });

  it('a partials folder linked to a folder outside is refused', async () => {
    const { dir, theme } = project();
    const outside = tempDir('resume-secret-');
    writeFileSync(join(outside, 'masthead.hbs'), `<h1>${SECRET}</h1>`);
    execFileSync('rm', ['-r', join(theme, 'partials')]);
    symlinkSync(outside, join(theme, 'partials'));
    const r = await build(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/outside the theme's folder/);
    expect(everything(dir)).not.toContain(SECRET);
  });

  it.each([
    ['a FIFO', (path: string) => fifo(path)],
    ['a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
    ['a link to /dev/urandom', (path: string) => symlinkSync('/dev/urandom', path)],
  ])('a partial that is %s is refused before any read', async (kind, plant) => {
    const { dir, theme } = project();
    execFileSync('rm', [join(theme, 'partials', 'masthead.hbs')]);
    plant(join(theme, 'partials', 'masthead.hbs'));
    const r = await build(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      kind === 'a FIFO' ? /"partials\/masthead\.hbs" is a FIFO, not a file/ : /is a device, not a file/,
    );
    expect(r.peakMb).toBeLessThan(400);
  });

  it('a stylesheet over 2 MB is refused', async () => {
    const { dir, theme } = project();
    writeFileSync(join(theme, 'style.css'), `/* ${'x'.repeat(3 * 1024 * 1024)} */`);
    const r = await build(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`"style.css" is 3.0 MB; a theme's file must be under 2 MB`);
  });

  it("a theme's font file linked outside its folder is refused", async () => {
    const { dir, theme } = project();
    symlinkSync(secret('font.woff2', readFileSync(font)), join(theme, 'own.woff2'));
    const manifest = JSON.parse(readFileSync(join(theme, 'theme.json'), 'utf8'));
    writeFileSync(join(theme, 'theme.json'), JSON.stringify({ ...manifest, fontFiles: ['own.woff2'] }));
    const r = await build(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"own\.woff2" leads to .*, outside the theme's folder/);
  });
});

describe("the résumé's font files and photo are its own", () => {
  const withFont = (value: string) => `basics:\n  name: Ada\nmeta:\n  design:\n    font: ${value}\n`;
  const withPhoto = (value: string) => `basics:\n  name: Ada\n  image: ${value}\n`;
  const html = (dir: string) =>
    run(['build', '-f', 'html', '-o', 'out'], { cwd: dir, timeoutMs: 20_000, measure: true });

  it.each([
    [
      'a link to a font outside',
      (dir: string) => symlinkSync(secret('x.woff2', readFileSync(font)), join(dir, 'f.woff2')),
      /"f\.woff2" leads to .*, outside the résumé's folder/,
    ],
    ['a FIFO', (dir: string) => fifo(join(dir, 'f.woff2')), /"f\.woff2" is a FIFO, not a file/],
    [
      'a link to /dev/zero',
      (dir: string) => symlinkSync('/dev/zero', join(dir, 'f.woff2')),
      /"f\.woff2" is a device, not a file/,
    ],
  ])('meta.design.font naming %s is an error at its line', async (_, plant, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), withFont('f.woff2'));
    plant(dir);
    const r = await html(dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(/^resume\.yaml:5:11 {2}meta\.design\.font {2}/);
    expect(r.stderr).toMatch(message);
  });

  it('meta.design.font outside the folder by path is an error', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'cv'));
    copyFileSync(font, join(dir, 'f.woff2'));
    writeFileSync(join(dir, 'cv', 'resume.yaml'), withFont('../f.woff2'));
    const r = await run(['build', 'cv/resume.yaml', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`"../f.woff2" is outside the résumé's folder`);
  });

  it('the same font listed 300 times is refused, not read 300 times', async () => {
    const dir = tempDir();
    copyFileSync(font, join(dir, 'f.woff2'));
    writeFileSync(join(dir, 'resume.yaml'), withFont(`[${Array(300).fill('f.woff2').join(', ')}]`));
    const r = await html(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('300 font files: a family needs at most 18');
    expect(r.peakMb).toBeLessThan(400);
  });

  it('a WOFF whose OS/2 table is a zlib bomb is a damaged font, in bounded memory', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'f.woff'), woffBomb());
    writeFileSync(join(dir, 'resume.yaml'), withFont('f.woff'));
    const r = await html(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"f.woff" is a damaged font file');
    expect(r.peakMb).toBeLessThan(400);
  });

  it.each([
    [
      'a link to an image outside',
      (dir: string) => symlinkSync(secret('me.png', png), join(dir, 'me.png')),
      /"me\.png" leads to .*, outside the résumé's folder/,
    ],
    ['a FIFO', (dir: string) => fifo(join(dir, 'me.png')), /"me\.png" is a FIFO, not a file/],
    [
      'a link to /dev/zero',
      (dir: string) => symlinkSync('/dev/zero', join(dir, 'me.png')),
      /"me\.png" is a device, not a file/,
    ],
  ])('a photo that is %s is an error at its line', async (_, plant, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), withPhoto('me.png'));
    plant(dir);
    const r = await html(dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(/^resume\.yaml:3:10 {2}basics\.image {2}/);
    expect(r.stderr).toMatch(message);
    expect(r.peakMb).toBeLessThan(400);
  });

  it('a résumé that is a link to /dev/zero is refused at its size cap', async () => {
    const dir = tempDir();
    symlinkSync('/dev/zero', join(dir, 'resume.yaml'));
    const r = await run(['validate'], { cwd: dir, timeoutMs: 20_000, measure: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('resume.yaml:1:1  (document)  a résumé must be under 2 MB');
    expect(r.peakMb).toBeLessThan(400);
  });
});

/** A WOFF 1.0 file with one table, OS/2, declared (and inflating) to 200 MB from 200 KB of zlib data. */
function woffBomb(): Buffer {
  const table = deflateSync(Buffer.alloc(200 * 1024 * 1024));
  const header = Buffer.alloc(64);
  header.write('wOFF', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt32BE(64 + table.length, 8);
  header.writeUInt16BE(1, 12);
  header.writeUInt32BE(1024, 16); // totalSfntSize
  header.write('OS/2', 44, 'latin1');
  header.writeUInt32BE(64, 48); // offset
  header.writeUInt32BE(table.length, 52); // compressed length
  header.writeUInt32BE(200 * 1024 * 1024, 56); // declared length
  return Buffer.concat([header, table]);
}

describe('check reads within bounds', () => {
  const check = (dir: string, file: string) =>
    run(['check', file, '--resume', 'resume.yaml'], { cwd: dir, timeoutMs: 30_000, measure: true });
  const folder = () => {
    const dir = tempDir();
    copyFileSync(sampleYaml, join(dir, 'resume.yaml'));
    return dir;
  };

  it('a FIFO is refused, not waited on', async () => {
    const dir = folder();
    fifo(join(dir, 'x.pdf'));
    const r = await check(dir, 'x.pdf');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('error: "x.pdf" is a FIFO, not a file');
  });

  it('a DOCX whose document unzips to 400 MB is refused in bounded memory', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'x.docx'), docxBomb());
    const r = await check(dir, 'x.docx');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'error: x.docx: not a DOCX check can read (word/document.xml unzips to over 32 MB)',
    );
    expect(r.peakMb).toBeLessThan(400);
  });

  it('a PDF whose page inflates to 400 MB is refused in bounded memory', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'x.pdf'), pdfBomb());
    const r = await check(dir, 'x.pdf');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'error: x.pdf: its compressed streams inflate to over 64 MB; not a résumé PDF',
    );
    expect(r.peakMb).toBeLessThan(500);
  });

  it('a file that is no PDF is a user error, not an internal one', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'x.pdf'), '%PDF-1.7\nnot really\n');
    const r = await check(dir, 'x.pdf');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: x\.pdf: not a PDF check can read: /);
  });
});

const big = () => Buffer.alloc(400 * 1024 * 1024, 0x20);

/** A zip holding word/document.xml: 400 MB of spaces, deflated to 400 KB. */
function docxBomb(): Buffer {
  const name = Buffer.from('word/document.xml');
  const data = deflateRawSync(big(), { level: 9 });
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(400 * 1024 * 1024, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(400 * 1024 * 1024, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** A one-page PDF whose content stream is 400 MB of spaces, deflated to 400 KB. */
function pdfBomb(): Buffer {
  const content = deflateSync(big(), { level: 9 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
  ];
  let head = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, o] of objects.entries()) {
    offsets.push(head.length);
    head += `${i + 1} 0 obj\n${o}\nendobj\n`;
  }
  offsets.push(head.length);
  head += `4 0 obj\n<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`;
  let tail = '\nendstream\nendobj\n';
  const xref = head.length + content.length + tail.length;
  tail += `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  tail += `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), content, Buffer.from(tail, 'latin1')]);
}
