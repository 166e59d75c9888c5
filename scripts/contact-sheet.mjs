// Contact sheets: every page of a résumé side by side in one PNG, per built-in theme, to look at the layout of
// all pages at once (continuation pages, page fill, headings at a page's foot). Built from the sample
// (resume.yaml) and the short and long fixtures of test/fixtures/layout, with the built CLI.
//
//   npm run build && node scripts/contact-sheet.mjs [--out DIR] [--docx] [--dpi N] [theme…]
//
// Needs: pdftoppm (Debian: poppler-utils) and montage (Debian: imagemagick); with --docx also soffice
// (LibreOffice), which turns each DOCX into a PDF the same way. Writes DIR/<theme>-<résumé>.png (default DIR:
// out/contact-sheets) and says where.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RESUMES = {
  sample: join(root, 'resume.yaml'),
  short: join(root, 'test', 'fixtures', 'layout', 'short.yaml'),
  long: join(root, 'test', 'fixtures', 'layout', 'long.yaml'),
};

function options(argv) {
  const o = { out: join(root, 'out', 'contact-sheets'), docx: false, dpi: 45, themes: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') o.out = resolve(argv[++i] ?? '');
    else if (a === '--docx') o.docx = true;
    else if (a === '--dpi') o.dpi = Number(argv[++i]);
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else o.themes.push(a);
  }
  if (o.themes.length === 0) o.themes = builtinThemes();
  return o;
}

function builtinThemes() {
  return readdirSync(join(root, 'templates'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function need(command, args, debianPackage) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
  } catch {
    throw new Error(`${command} is needed (Debian: apt-get install ${debianPackage})`);
  }
}

/** The pages of `pdf` as PNGs in `dir`, in order. */
function pages(pdf, dir, dpi) {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdf, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)[0]) - Number(b.match(/\d+/)[0]))
    .map((f) => join(dir, f));
}

/** A font file for the sheet's title (ImageMagick finds none by name on a bare machine); none, no title. */
function titleFont() {
  try {
    return execFileSync('fc-match', ['-f', '%{file}', 'sans'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Four pages to a row, on grey, each page with a thin border so white margins show. */
function montage(pngs, file, title) {
  const font = titleFont();
  execFileSync('montage', [
    ...pngs,
    '-tile',
    `${Math.min(pngs.length, 4)}x`,
    '-geometry',
    '+8+8',
    '-bordercolor',
    '#999',
    '-border',
    '1',
    '-background',
    '#d6d6d6',
    ...(font ? ['-font', font, '-pointsize', '10', '-title', title] : []),
    file,
  ]);
}

function build(resume, theme, dir, formats) {
  execFileSync(
    process.execPath,
    [join(root, 'bin', 'resume.js'), 'build', resume, '-t', theme, '-f', formats, '-o', dir, '-q'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

function toPdfWithLibreOffice(docx, dir) {
  // A profile of its own, so a LibreOffice the user has open is not disturbed.
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'ignore',
    env: { ...process.env, HOME: dir },
    timeout: 180_000,
  });
  return join(dir, 'resume.pdf');
}

function main() {
  const o = options(process.argv.slice(2));
  need('pdftoppm', ['-v'], 'poppler-utils');
  need('montage', ['-version'], 'imagemagick');
  if (o.docx) need('soffice', ['--version'], 'libreoffice-writer');
  mkdirSync(o.out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'contact-sheet-'));
  try {
    for (const theme of o.themes) {
      for (const [name, resume] of Object.entries(RESUMES)) {
        const dir = join(work, theme, name);
        build(resume, theme, dir, o.docx ? 'pdf,docx' : 'pdf');
        const sheets = [['pdf', join(dir, 'resume.pdf')]];
        if (o.docx) {
          const office = join(dir, 'office');
          mkdirSync(office);
          sheets.push(['docx', toPdfWithLibreOffice(join(dir, 'resume.docx'), office)]);
        }
        for (const [format, pdf] of sheets) {
          const shots = join(dir, `png-${format}`);
          mkdirSync(shots);
          const pngs = pages(pdf, shots, o.dpi);
          const file = join(o.out, `${theme}-${name}${format === 'pdf' ? '' : '-docx'}.png`);
          montage(pngs, file, `${theme} · ${name} · ${format.toUpperCase()} · ${pngs.length} pages`);
          console.log(`wrote ${file}`);
        }
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
