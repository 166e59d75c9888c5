// npm run bench: cold PDF build (whole CLI process) against the floor — the fastest browser on the machine
// printing the same HTML with --print-to-pdf — timed in the same run; then a batch of variants in one run.
// Usage: node bench/pdf.mjs [--runs N] [--file resume.yaml]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(opt('--runs', '7'));
const file = resolve(opt('--file', 'resume.yaml'));
const cli = resolve('bin/resume.js');
const work = mkdtempSync(join(tmpdir(), 'resume-bench-'));

const browser = process.env.RESUME_BROWSER ?? findBrowser();
function findBrowser() {
  for (const p of [
    '/usr/lib/chromium/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/google-chrome',
  ]) {
    try {
      if (statSync(p).isFile()) return p;
    } catch {}
  }
  throw new Error('no browser for the floor: set RESUME_BROWSER');
}
const headlessShell = /headless[-_]shell/.test(browser);

function time(command, argv) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], cwd: work });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed: ${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The same HTML our PDF is printed from.
execFileSync('node', [cli, 'build', file, '--format', 'html', '-o', work, '--name', 'page', '-q']);
const html = join(work, 'page.html');
const floorArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ...(headlessShell ? [] : ['--headless=new']),
  '--disable-gpu',
  '--no-pdf-header-footer',
  `--print-to-pdf=${join(work, 'floor.pdf')}`,
  `file://${html}`,
];
const ours = ['--', cli, 'build', file, '--format', 'pdf', '-o', work, '-q'];

// Warm the OS file cache once for both, then alternate so drift hits both equally.
time(browser, floorArgs);
time('node', ours.slice(1));
const floor = [];
const cold = [];
for (let i = 0; i < runs; i++) {
  floor.push(time(browser, floorArgs));
  cold.push(time('node', ours.slice(1)));
}

// Batch: N variants of the same résumé in one run share one browser.
const variants = 10;
const extra = Array.from({ length: variants }, (_, i) => `  bench-${i}:\n    output: bench-${i}\n`).join('');
const resume = readFileSync(file, 'utf8');
const batchFile = join(work, 'batch.yaml');
writeFileSync(
  batchFile,
  /\nvariants:\n/.test(resume)
    ? resume.replace(/\nvariants:\n/, `\nvariants:\n${extra}`)
    : `${resume}\nvariants:\n${extra}`,
);
const batchArgs = [cli, 'build', batchFile, '--format', 'pdf', '--all-variants', '-o', work];
const pdfCount = execFileSync('node', batchArgs, { encoding: 'utf8' }).trim().split('\n').length;
const batchRuns = [];
for (let i = 0; i < 3; i++) batchRuns.push(time('node', [...batchArgs, '-q']));

// A huge résumé (200 jobs × 20 bullets) in every format: time and the CLI's peak memory.
const big = join(work, 'big.yaml');
writeFileSync(
  big,
  `basics:\n  name: Big\nwork:\n${Array.from(
    { length: 200 },
    (_, i) =>
      `  - name: Employer ${i}\n    position: Engineer\n    highlights:\n${Array.from({ length: 20 }, (_, j) => `      - "Bullet ${j} of job ${i}: delivered **measurable results** for the team"`).join('\n')}`,
  ).join('\n')}\n`,
);
const gnuTime = ['/usr/bin/time'].find((p) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
});
const bigArgs = [cli, 'build', big, '--format', 'all', '-o', join(work, 'big'), '-q'];
const bigStart = process.hrtime.bigint();
const bigRun = gnuTime
  ? spawnSync(gnuTime, ['-f', '%M', 'node', ...bigArgs], { encoding: 'utf8' })
  : spawnSync('node', bigArgs, { encoding: 'utf8' });
const bigMs = Number(process.hrtime.bigint() - bigStart) / 1e6;
if (bigRun.status !== 0) throw new Error(`big build failed: ${bigRun.stderr}`);
const bigPages = execFileSync('pdfinfo', [join(work, 'big', 'resume.pdf')], { encoding: 'utf8' }).match(
  /Pages:\s+(\d+)/,
)?.[1];
const peakMb = gnuTime
  ? `, CLI peak memory ${(Number(bigRun.stderr.trim().split('\n').pop()) / 1024).toFixed(0)} MB`
  : '';

const f = median(floor);
const c = median(cold);
const b = median(batchRuns);
console.log(`browser: ${browser}`);
console.log(`floor  (--print-to-pdf, median of ${runs}): ${f.toFixed(0)} ms`);
console.log(
  `cold   (resume build --format pdf, median of ${runs}): ${c.toFixed(0)} ms  →  ${(c / f).toFixed(2)}× the floor`,
);
console.log(
  `batch  (${pdfCount} PDFs in one run, median of 3): ${b.toFixed(0)} ms  →  ${((b - c) / (pdfCount - 1)).toFixed(0)} ms per extra PDF`,
);
console.log(
  `huge   (200 jobs × 20 bullets, html+pdf+docx, ${bigPages} PDF pages): ${bigMs.toFixed(0)} ms${peakMb}`,
);
rmSync(work, { recursive: true, force: true });
