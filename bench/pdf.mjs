// npm run bench: cold PDF build (whole CLI process) against the floor — the fastest browser on the machine
// printing the same HTML with --print-to-pdf — timed in the same run; then a batch of variants in one run.
// Usage: node bench/pdf.mjs [--runs N] [--file resume.yaml] [--only pdf|html|pages2|many|match|watch|huge]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(opt('--runs', '7'));
/** One part of the bench alone: pdf (the browsers' floors and cold builds), html, pages2, many, match, watch or
 * huge. */
const only = opt('--only');
const part = (name) => only === undefined || only === name;
const file = resolve(opt('--file', 'resume.yaml'));
const cli = resolve('bin/resume.js');
const work = mkdtempSync(join(tmpdir(), 'resume-bench-'));

// Each browser is measured against its own floor: the system's chrome-headless-shell or Chromium where there is
// one, and the Chromium embedded in the npm package (unpacked into a private cache on first use).
const systemBrowser =
  process.env.RESUME_BROWSER && process.env.RESUME_BROWSER !== 'bundled'
    ? process.env.RESUME_BROWSER
    : ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/google-chrome'].find(
        (p) => {
          try {
            return statSync(p).isFile();
          } catch {
            return false;
          }
        },
      );

function time(command, argv, env = process.env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], cwd: work, env });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed: ${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gnuTime = ['/usr/bin/time'].find((p) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
});

/** The CPU time every process on the machine has used so far (Linux: /proc/stat, in ticks of 10 ms), or undefined.
 * A batch's cost is mostly the browser's, in processes of its own that GNU time does not see. */
function machineCpuMs() {
  try {
    const [, user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .split(/\s+/);
    return (Number(user) + Number(nice) + Number(system) + Number(irq) + Number(softirq)) * 10;
  } catch {
    return undefined;
  }
}

/** A whole CLI process: wall time, (with GNU time) the CPU time it used, which a busy machine does not inflate as
 * it does the wall time, and the machine's CPU time over the run (the browser's included). */
function run(argv) {
  const machineBefore = machineCpuMs();
  const start = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync(gnuTime, ['-f', '%U %S', process.execPath, ...argv], { cwd: work, encoding: 'utf8' })
    : spawnSync(process.execPath, argv, { cwd: work, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  const [user, sys] = gnuTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [];
  const machine = machineBefore === undefined ? undefined : machineCpuMs() - machineBefore;
  return { ms, cpu: gnuTime ? (user + sys) * 1000 : undefined, machine };
}
const cpuNote = (xs) => (gnuTime ? `, CPU ${median(xs.map((x) => x.cpu)).toFixed(0)} ms` : '');

// The same HTML our PDF is printed from.
execFileSync('node', [cli, 'build', file, '--format', 'html', '-o', work, '--name', 'page', '-q']);
const html = join(work, 'page.html');

/**
 * The floor over the DevTools protocol: spawn the browser on a pipe, open the page, print it, kill it — the least
 * any program can do to get this PDF from this browser. For the embedded Chromium, whose bare --print-to-pdf
 * never finishes (its build waits on a GPU process it does not have), this is the floor.
 */
const cdpFloorScript = join(work, 'cdp-floor.mjs');
writeFileSync(
  cdpFloorScript,
  `import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const [executable, url, out] = process.argv.slice(2);
const child = spawn(executable, [...(process.getuid() === 0 ? ['--no-sandbox'] : []), '--remote-debugging-pipe',
  '--disable-gpu', '--no-first-run', 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
let id = 0; let buffer = ''; const waiting = new Map(); const events = [];
child.stdio[4].on('data', (d) => { buffer += d; let i;
  while ((i = buffer.indexOf('\\0')) >= 0) { const m = JSON.parse(buffer.slice(0, i)); buffer = buffer.slice(i + 1);
    if (m.id && waiting.has(m.id)) { waiting.get(m.id)(m.result); waiting.delete(m.id); } else events.push(m); for (const w of eventWaiters) w(m); } });
const eventWaiters = new Set();
const send = (method, params = {}, sessionId) => new Promise((r) => { const m = { id: ++id, method, params, sessionId };
  waiting.set(m.id, r); child.stdio[3].write(JSON.stringify(m) + '\\0'); });
const once = (method) => new Promise((r) => { const w = (m) => { if (m.method === method) { eventWaiters.delete(w); r(m); } }; eventWaiters.add(w); });
const { targetInfos } = await send('Target.getTargets');
const page = targetInfos.find((t) => t.type === 'page');
const { sessionId } = await send('Target.attachToTarget', { targetId: page.targetId, flatten: true });
await send('Page.enable', {}, sessionId);
const loaded = once('Page.loadEventFired');
await send('Page.navigate', { url }, sessionId);
await loaded;
const { data } = await send('Page.printToPDF', { printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true }, sessionId);
writeFileSync(out, Buffer.from(data, 'base64'));
child.kill('SIGKILL');
process.exit(0);
`,
);

/** Floor and cold build for one browser, alternated so drift hits both equally; then a batch of variants. */
function measure(label, executable, env) {
  const headlessShell = /headless[-_]shell/.test(executable) || label === 'embedded';
  const bare = label !== 'embedded';
  const floorCommand = bare ? executable : 'node';
  const floorArgs = bare
    ? [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        ...(headlessShell ? [] : ['--headless=new']),
        '--disable-gpu',
        '--no-pdf-header-footer',
        `--print-to-pdf=${join(work, 'floor.pdf')}`,
        `file://${html}`,
      ]
    : [cdpFloorScript, executable, `file://${html}`, join(work, 'floor.pdf')];
  const ours = [cli, 'build', file, '--format', 'pdf', '-o', work, '-q'];
  const withEnv = { ...process.env, ...env };
  time(floorCommand, floorArgs, withEnv);
  time('node', ours, withEnv);
  const floor = [];
  const cold = [];
  for (let i = 0; i < runs; i++) {
    floor.push(time(floorCommand, floorArgs, withEnv));
    cold.push(time('node', ours, withEnv));
  }
  const batchArgs = [cli, 'build', batchFile, '--format', 'pdf', '--all-variants', '-o', work];
  const pdfCount = execFileSync('node', batchArgs, { encoding: 'utf8', env: withEnv })
    .trim()
    .split('\n').length;
  const batchRuns = [];
  for (let i = 0; i < 3; i++) batchRuns.push(time('node', [...batchArgs, '-q'], withEnv));
  const [f, c, b] = [median(floor), median(cold), median(batchRuns)];
  console.log(`${label}: ${executable}`);
  console.log(
    `  floor  (${bare ? '--print-to-pdf' : 'bare DevTools print'}, median of ${runs}): ${f.toFixed(0)} ms`,
  );
  console.log(
    `  cold   (resume build --format pdf, median of ${runs}): ${c.toFixed(0)} ms  →  ${(c / f).toFixed(2)}× the floor`,
  );
  console.log(
    `  batch  (${pdfCount} PDFs in one run, median of 3): ${b.toFixed(0)} ms  →  ${((b - c) / (pdfCount - 1)).toFixed(0)} ms per extra PDF`,
  );
}

// Batch: N variants of the same résumé in one run share one browser.
const variants = 10;
// Each with its own headline, so every PDF is printed (identical pages would be printed once).
const extra = Array.from(
  { length: variants },
  (_, i) => `  bench-${i}:\n    output: bench-${i}\n    label: Bench variant ${i}\n`,
).join('');
const resume = readFileSync(file, 'utf8');
const batchFile = join(work, 'batch.yaml');
writeFileSync(
  batchFile,
  /\nvariants:\n/.test(resume)
    ? resume.replace(/\nvariants:\n/, `\nvariants:\n${extra}`)
    : `${resume}\nvariants:\n${extra}`,
);

if (part('pdf')) {
  if (systemBrowser) measure('system', systemBrowser, { RESUME_BROWSER: systemBrowser });
  else console.log('system: no system browser found (set RESUME_BROWSER to measure one)');

  // The embedded Chromium: first the very first run, unpack included, from an empty cache; then as above.
  const freshCache = join(work, 'cache');
  const firstRun = time('node', [cli, 'build', file, '--format', 'pdf', '-o', work, '-q'], {
    ...process.env,
    RESUME_BROWSER: 'bundled',
    XDG_CACHE_HOME: freshCache,
  });
  rmSync(freshCache, { recursive: true, force: true });
  const embeddedPath = execFileSync('node', [cli, 'doctor', '-o', work], {
    encoding: 'utf8',
    env: { ...process.env, RESUME_BROWSER: 'bundled' },
  }).match(/browser: (\S+)/)?.[1];
  console.log(`embedded: first cold PDF, unpacking included: ${firstRun.toFixed(0)} ms`);
  if (embeddedPath) measure('embedded', embeddedPath, { RESUME_BROWSER: 'bundled' });
}

// Matching a one-page posting (cold, a whole process), and a build tailored to it against the same plain build,
// alternated so drift hits both. The load average is printed: on a busy machine wall times stretch.
if (part('match')) {
  const posting = resolve('test/fixtures/postings/en-backend.md');
  const load = (await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `load average before the match and tailoring runs: ${load} (${(await import('node:os')).cpus().length} cores)`,
  );
  const matchArgs = [cli, 'match', '--job', posting, file];
  run(matchArgs);
  const matches = Array.from({ length: runs }, () => run(matchArgs));
  console.log(
    `match  (resume match on the sample, one-page posting, median of ${runs}): ${median(matches.map((m) => m.ms)).toFixed(0)} ms${cpuNote(matches)}`,
  );
  for (const formats of ['html,docx,md,txt', 'pdf']) {
    const plainArgs = [cli, 'build', file, '-f', formats, '-o', join(work, 'plain'), '-q'];
    const tailoredArgs = [...plainArgs, '--job', posting];
    run(plainArgs);
    run(tailoredArgs);
    const plain = [];
    const tailored = [];
    for (let i = 0; i < runs; i++) {
      plain.push(run(plainArgs));
      tailored.push(run(tailoredArgs));
    }
    const [p, t] = [median(plain.map((x) => x.ms)), median(tailored.map((x) => x.ms))];
    const cpu = gnuTime
      ? `; CPU ${median(plain.map((x) => x.cpu)).toFixed(0)} → ${median(tailored.map((x) => x.cpu)).toFixed(0)} ms`
      : '';
    console.log(
      `tailor (-f ${formats}, plain → --job, median of ${runs}): ${p.toFixed(0)} → ${t.toFixed(0)} ms, ${t - p >= 0 ? '+' : ''}${(t - p).toFixed(0)} ms${cpu}`,
    );
  }
}

/** The résumé with its name (the first `name:`) followed by `i`: a page that differs from the others. */
const renamedResume = (i) => resume.replace(/^(\s*name:\s*)(.+)$/m, `$1$2 ${i}`);

/** Median wall time (and CPU) of a whole CLI process, after one warm-up run. */
function medianRun(argv) {
  run(argv);
  const results = Array.from({ length: runs }, () => run(argv));
  const machine = results[0].machine === undefined ? undefined : median(results.map((r) => r.machine));
  return { ms: median(results.map((r) => r.ms)), note: cpuNote(results), machine };
}

// A cold HTML build: no browser at all, the program's own time.
if (part('html')) {
  const { ms, note } = medianRun([cli, 'build', file, '-f', 'html', '-o', join(work, 'html'), '-q']);
  console.log(`html   (resume build -f html, median of ${runs}): ${ms.toFixed(0)} ms${note}`);
}

// Extra two-page PDFs: a synthetic two-page résumé and 12 variants of it in one run, against its cold build.
if (part('pages2')) {
  const jobs = Array.from(
    { length: 10 },
    (_, i) =>
      `  - name: Employer ${i}\n    position: Engineer\n    startDate: "20${10 + i}-01"\n    highlights:\n${Array.from({ length: 6 }, (_, j) => `      - "Bullet ${j} of job ${i}: delivered measurable results for the team, with numbers"`).join('\n')}`,
  ).join('\n');
  const twelve = Array.from(
    { length: 12 },
    (_, i) => `  v${i}:\n    output: two-${i}\n    label: Variant ${i}\n`,
  ).join('');
  const two = join(work, 'two.yaml');
  writeFileSync(two, `basics:\n  name: Two Pages\n  label: Engineer\nwork:\n${jobs}\nvariants:\n${twelve}`);
  const single = medianRun([cli, 'build', two, '-f', 'pdf', '-o', join(work, 'two'), '-q']);
  const pages = readFileSync(join(work, 'two', 'resume.pdf'), 'latin1').match(/\/Type\s*\/Page\b/g)?.length;
  const all = medianRun([cli, 'build', two, '-f', 'pdf', '--all-variants', '-o', join(work, 'two'), '-q']);
  console.log(
    `pages2 (${pages}-page résumé: 1 PDF ${single.ms.toFixed(0)} ms, 13 in one run ${all.ms.toFixed(0)} ms, median of ${runs}): ${((all.ms - single.ms) / 12).toFixed(0)} ms per extra PDF`,
  );
}

// A batch of résumés in one run (one browser), each after the first against a cold build of one.
if (part('many')) {
  const count = 6;
  const files = Array.from({ length: count }, (_, i) => {
    const copy = join(work, `person-${i}.yaml`);
    // Each its own name, so no page is the same as another's.
    writeFileSync(copy, renamedResume(i));
    return copy;
  });
  const one = medianRun([cli, 'build', files[0], '-f', 'all', '-o', join(work, 'one'), '-q']);
  const batch = medianRun([cli, 'build', ...files, '-f', 'all', '-o', join(work, 'many'), '-q']);
  const each = (batch.ms - one.ms) / (count - 1);
  console.log(
    `many   (${count} résumés, every format, one run, median of ${runs}): ${batch.ms.toFixed(0)} ms; one alone ${one.ms.toFixed(0)} ms  →  ${each.toFixed(0)} ms per résumé after the first, ${((100 * each) / one.ms).toFixed(0)}% of a cold build`,
  );
  // The least a résumé after the first can take: the CPU it costs every process (program and browser), spread
  // over every core. Every process on the machine counts: on a busy machine this is an overestimate.
  if (one.machine !== undefined && batch.machine !== undefined) {
    const cpu = (batch.machine - one.machine) / (count - 1);
    const cores = availableParallelism();
    console.log(
      `       machine CPU per résumé after the first ${cpu.toFixed(0)} ms on ${cores} cores: at least ${(cpu / cores).toFixed(0)} ms, ${((100 * cpu) / cores / one.ms).toFixed(0)}% of a cold build`,
    );
  }
}

// Watch: save → new PDF written, with the browser kept warm by the session (the sample, PDF only).
if (part('watch')) {
  const watched = join(work, 'watched.yaml');
  writeFileSync(watched, resume);
  const child = spawn('node', [cli, 'watch', watched, '--format', 'pdf', '-o', join(work, 'watch')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const builds = () => (err.match(/built \d+ files? in \d+ ms/g) ?? []).length;
  child.stderr.on('data', (d) => {
    err += d;
  });
  const until = async (n) => {
    while (builds() < n) await new Promise((r) => setTimeout(r, 2));
  };
  await until(1);
  const saves = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    // A visible edit (the name), so each save prints a page that differs from the last.
    writeFileSync(watched, renamedResume(i));
    await until(i + 2);
    saves.push(Number(process.hrtime.bigint() - start) / 1e6);
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGINT');
  console.log(`watch  (save → PDF written, warm browser, median of ${runs}): ${median(saves).toFixed(0)} ms`);
}

// A huge résumé (200 jobs × 20 bullets) in every format: time and the CLI's peak memory.
if (part('huge')) {
  const big = join(work, 'big.yaml');
  writeFileSync(
    big,
    `basics:\n  name: Big\nwork:\n${Array.from(
      { length: 200 },
      (_, i) =>
        `  - name: Employer ${i}\n    position: Engineer\n    highlights:\n${Array.from({ length: 20 }, (_, j) => `      - "Bullet ${j} of job ${i}: delivered **measurable results** for the team"`).join('\n')}`,
    ).join('\n')}\n`,
  );
  const bigArgs = [cli, 'build', big, '--format', 'all', '-o', join(work, 'big'), '-q'];
  const bigStart = process.hrtime.bigint();
  const bigRun = gnuTime
    ? spawnSync(gnuTime, ['-f', '%M', 'node', ...bigArgs], { encoding: 'utf8' })
    : spawnSync('node', bigArgs, { encoding: 'utf8' });
  const bigMs = Number(process.hrtime.bigint() - bigStart) / 1e6;
  if (bigRun.status !== 0) throw new Error(`big build failed: ${bigRun.stderr}`);
  // Chrome writes every page object uncompressed: counting them needs no PDF tool.
  const bigPages = readFileSync(join(work, 'big', 'resume.pdf'), 'latin1').match(
    /\/Type\s*\/Page\b/g,
  )?.length;
  const peakMb = gnuTime
    ? `, CLI peak memory ${(Number(bigRun.stderr.trim().split('\n').pop()) / 1024).toFixed(0)} MB`
    : '';

  console.log(
    `huge   (200 jobs × 20 bullets, html+pdf+docx, ${bigPages} PDF pages): ${bigMs.toFixed(0)} ms${peakMb}`,
  );
}
rmSync(work, { recursive: true, force: true });
