// Tailoring to a job posting through the real CLI (issue 22): build --job ranks and names, --keep-order,
// --explain with scores, --emphasize in every format, --max-pages drops the least relevant bullets before it
// shrinks, variants with a job:, nothing invented, the same bytes twice, and a manifest beside the outputs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { localeRecord } from '../../src/core/locales.js';
import { root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const postings = join(root, 'test', 'fixtures', 'postings');

/** A folder with the made-up résumé (mira.yaml) and the English backend posting beside it. */
function folder(): string {
  const dir = tempDir();
  copyFileSync(join(postings, 'resume.yaml'), join(dir, 'mira.yaml'));
  copyFileSync(join(postings, 'en-backend.md'), join(dir, 'acme.md'));
  return dir;
}

const read = (dir: string, name: string) => readFileSync(join(dir, 'out', name), 'utf8');
/** The bullets of a Markdown output, in order, markers removed. */
const mdBullets = (md: string) =>
  md
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2).replace(/\*\*/g, ''));

describe('build --job', () => {
  it('ranks bullets and skill groups by relevance and names the outputs after the posting', async () => {
    const dir = folder();
    const r = await runCli(['build', 'mira.yaml', '--job', 'acme.md', '-f', 'md,txt', '-o', 'out'], {
      cwd: dir,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'resume-acme.manifest.json',
      'resume-acme.md',
      'resume-acme.txt',
    ]);
    expect(mdBullets(read(dir, 'resume-acme.md')).slice(0, 4)).toEqual([
      'Built an event-driven architecture on Kafka for parcel tracking',
      'Tuned PostgreSQL queries and indexes, halving p95 latency',
      'Packaged the tracking service for Elixir clients',
      "Organised the team's quarterly offsite",
    ]);
    expect(
      mdBullets(read(dir, 'resume-acme.md'))
        .slice(-3)
        .map((b) => b.split(':')[0]),
    ).toEqual(['Languages', 'Infrastructure', 'Soft skills']);
  });

  it('keeps the source order with --keep-order', async () => {
    const dir = folder();
    const r = await runCli(
      ['build', 'mira.yaml', '--job', 'acme.md', '--keep-order', '-f', 'md', '-o', 'out'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    const source = parse(readFileSync(join(dir, 'mira.yaml'), 'utf8'));
    const written = source.work[0].highlights.map((h: string | { text: string }) =>
      (typeof h === 'string' ? h : h.text).replace(/\*\*/g, ''),
    );
    expect(mdBullets(read(dir, 'resume-acme.md')).slice(0, 4)).toEqual(written);
  });

  it('--explain shows each item’s relevance and the match score, and writes nothing', async () => {
    const dir = folder();
    const r = await runCli(['build', 'mira.yaml', '--job', 'acme.md', '--explain', '-o', 'out'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^resume-acme: 16 kept, 0 dropped; tailored to acme\.md: match score \d+$/m);
    expect(r.stdout).toMatch(
      /\+ kept {5}work\[0\]\.highlights\[0\] {2}Built an event-driven .*; relevance \d+\.\d+: Kafka, event-driven architecture\)/,
    );
    expect(r.stdout).toMatch(
      /work\[2\]\.highlights\[1\] {2}Kept the office printers running .*; relevance 0\)/,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--emphasize bolds the matched terms of the kept bullets in Markdown, HTML and DOCX, and nothing else', async () => {
    const dir = folder();
    const r = await runCli(
      ['build', 'mira.yaml', '--job', 'acme.md', '--emphasize', '-f', 'md,html,docx,txt', '-o', 'out'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const md = read(dir, 'resume-acme.md');
    expect(md).toContain('- Built an **event-driven architecture** on **Kafka** for parcel tracking');
    expect(md).toContain('Backend engineer who builds reliable Ruby on Rails services'); // the summary stays
    expect(md).toContain("- Organised the team's quarterly offsite");
    const html = read(dir, 'resume-acme.html');
    expect(html).toMatch(
      /<strong>(<span class="nobr">)?event-driven(<\/span>)? architecture<\/strong> on <strong>Kafka<\/strong>/,
    );
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'resume-acme.docx')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Kafka<\/w:t><\/w:r>/);
    // Plain text has no bold: the words, unchanged.
    expect(read(dir, 'resume-acme.txt')).toContain(
      '- Built an event-driven architecture on Kafka for parcel tracking',
    );
  });

  it('a posting that cannot be read stops the build before anything is written', async () => {
    const dir = folder();
    copyFileSync(join(postings, 'broken.json'), join(dir, 'broken.json'));
    const broken = await runCli(['build', 'mira.yaml', '--job', 'broken.json', '-o', 'out'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^broken\.json:\d+:\d+ {2}\(document\) {2}the posting is not valid JSON/m);
    const missing = await runCli(['build', 'mira.yaml', '--job', 'nope.md', '-o', 'out'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.md: no such file (the job posting)');
    const all = await runCli(['build', 'mira.yaml', '--job', 'acme.md', '--all-variants'], { cwd: dir });
    expect(all.code).toBe(2);
    // --keep-order and --emphasize with nothing to tailor to: refused, not ignored.
    const alone = await runCli(['build', 'mira.yaml', '--keep-order', '--emphasize', '-o', 'out'], {
      cwd: dir,
    });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain(
      '--keep-order and --emphasize tailor to a posting: name it with --job FILE (or build a variant that has a job:)',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

/** A résumé two pages long: the made-up one with many bullets that match nothing in the posting. */
function longResume(): string {
  const resume = parse(readFileSync(join(postings, 'resume.yaml'), 'utf8'));
  for (const [i, job] of resume.work.entries())
    for (let j = 0; j < 14; j++)
      job.highlights.push(`Ordered stationery batch ${j} for office number ${i} and filed the receipts`);
  return stringify(resume);
}

describe('build --job --max-pages', () => {
  it('drops the least relevant bullets, oldest roles first, never an entry’s last, and says which', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'long.yaml'), longResume());
    const plain = await runCli(['build', 'long.yaml', '-f', 'pdf', '-o', 'plain'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect((await readPdf(join(dir, 'plain', 'resume.pdf'))).pageCount).toBeGreaterThan(1);

    const args = ['build', 'long.yaml', '--job', 'acme.md', '--max-pages', '1', '-o', 'out'];
    const r = await runCli([...args, '-f', 'pdf,txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^resume-acme: dropped the \d+ least relevant bullets to fit 1 page \(from \d+\)$/m,
    );
    const pdf = await readPdf(join(dir, 'out', 'resume-acme.pdf'));
    expect(pdf.pageCount).toBe(1);
    for (const kept of [
      'event-driven architecture on Kafka',
      'Tuned PostgreSQL',
      'Backend engineer who builds',
    ])
      expect(pdf.text.replace(/\s+/g, ' ')).toContain(kept);

    const explain = await runCli([...args, '--explain'], { cwd: dir });
    expect(explain.code).toBe(0);
    const dropped = explain.stdout
      .split('\n')
      .filter((l) => l.includes('dropped to fit 1 page'))
      .map((l) => /work\[(\d+)\]\.highlights\[(\d+)\]/.exec(l)?.slice(1).map(Number) as [number, number]);
    const txt = read(dir, 'resume-acme.txt');
    // 9 bullets of its own and 3 × 14 more, and the 3 skill groups.
    expect(txt.split('\n').filter((l) => l.startsWith('- ')).length).toBe(51 + 3 - dropped.length);
    // The oldest role (work[2]) loses its fillers before the current one (work[0]) loses any.
    const lost = (job: number) => dropped.filter(([i]) => i === job).length;
    if (lost(0) > 0 || lost(1) > 0) expect(lost(2)).toBe(15);
    expect(lost(2)).toBeGreaterThan(0);
    // Within a role, the later of equally irrelevant bullets go first.
    const work1 = dropped.filter(([i]) => i === 1).map(([, j]) => j);
    expect(work1).toEqual(work1.map((_, k) => 17 - work1.length + k));
    // Each role keeps a bullet.
    for (const role of ['Parcelbird', 'Fernhill Books', 'Corner Print'])
      expect(txt).toMatch(new RegExp(`${role}\\n[^\\n]*\\n\\n- `));
  });
});

describe('variants with a posting', () => {
  const yaml = (job: string) =>
    `${readFileSync(join(postings, 'resume.yaml'), 'utf8').replace(
      'variants:\n  platform:\n    tags: [platform]\n',
      `variants:\n  platform:\n    tags: [platform]\n  acme:\n    job: ${job}\n    output: mira-acme\n`,
    )}`;

  it('--all-variants tailors each variant that names a job: to it, from the résumé’s folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'cv', 'postings'), { recursive: true });
    writeFileSync(join(dir, 'cv', 'resume.yaml'), yaml('postings/acme.md'));
    copyFileSync(join(postings, 'en-backend.md'), join(dir, 'cv', 'postings', 'acme.md'));
    const r = await runCli(['build', 'cv/resume.yaml', '--all-variants', '-f', 'md', '-o', 'out'], {
      cwd: dir,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'mira-acme.manifest.json',
      'mira-acme.md',
      'resume-platform.md',
      'resume.md',
    ]);
    expect(mdBullets(read(dir, 'mira-acme.md')).slice(-3)[1]).toMatch(/^Infrastructure:/);
    expect(mdBullets(read(dir, 'resume.md')).slice(-3)[1]).toMatch(/^Soft skills:/);
    const manifest = JSON.parse(read(dir, 'mira-acme.manifest.json'));
    expect(manifest.posting.file).toBe('postings/acme.md');
    expect(manifest.selection.variant).toBe('acme');
  });

  it('a job: that is not there is an error at its line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), yaml('postings/gone.md'));
    const r = await runCli(['build', '--variant', 'acme', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    const line =
      yaml('postings/gone.md')
        .split('\n')
        .findIndex((l) => l.includes('job: postings/gone.md')) + 1;
    expect(r.stderr).toContain(
      `resume.yaml:${line}:10  variants.acme.job  postings/gone.md: no such file (the job posting)`,
    );
  });

  it('the schema takes job: and meta.aliases in either shape, and refuses an alias that is not a name', async () => {
    const dir = tempDir();
    const aliases = 'meta:\n  aliases: { Pg: PostgreSQL, Kubernetes: [k8s, kube] }\n';
    writeFileSync(join(dir, 'resume.yaml'), `${aliases}${yaml('acme.md')}`);
    expect((await runCli(['validate'], { cwd: dir })).code).toBe(0);
    writeFileSync(
      join(dir, 'bad.yaml'),
      `meta:\n  aliases: { Pg: 5 }\n${yaml('acme.md')}\n# yaml-language-server: $schema=./schema/resume.schema.json\n`,
    );
    const bad = await runCli(['validate', 'bad.yaml'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^bad\.yaml:2:\d+ {2}meta\.aliases\.Pg {2}/m);
  });
});

/** Every string of the résumé, as a reader sees it (markdown markers and link targets gone), in lower case. */
function sourceTexts(file: string): string[] {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(plain(value));
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  walk(parse(readFileSync(file, 'utf8')));
  return texts;
}

const plain = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|\*|\\/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const DATE = new RegExp(`^(?:${MONTH} )?\\d{4}(?: – (?:(?:${MONTH} )?\\d{4}|present))?$`);

/** Lines of a txt or md output that are not the person's own text, nor our headings and dates. */
function invented(output: string, texts: string[]): string[] {
  const titles = Object.values(localeRecord('en').titles).map((t) => t.toLowerCase());
  const known = (piece: string) =>
    piece === '' || DATE.test(piece) || titles.includes(piece) || texts.some((t) => t.includes(piece));
  return output.split('\n').filter((raw) => {
    const line = plain(raw.replace(/^#+ |^- /, '').replace(/ \((?:https?|mailto|tel):[^)]*\)/g, ''));
    if (known(line)) return false;
    // Lines we compose of the person's pieces: "position · employer", "group: keyword, keyword".
    return !line.split(/ · |: |, /).every((piece) => known(piece.trim()));
  });
}

describe('nothing invented', () => {
  it('every line of a tailored txt and md is the person’s own text, or our headings and dates', async () => {
    const dir = folder();
    copyFileSync(sampleYaml, join(dir, 'sample.yaml'));
    const cases = [
      ['sample.yaml', ['--variant', 'rails']],
      ['mira.yaml', ['--variant', 'platform']],
      ['mira.yaml', []],
    ] as const;
    for (const [i, [file, extra]] of cases.entries()) {
      const out = join(dir, `out${i}`);
      const args = ['build', file, '--job', 'acme.md', '--emphasize', ...extra, '-f', 'md,txt', '-o', out];
      expect((await runCli(args, { cwd: dir })).code).toBe(0);
      const texts = sourceTexts(join(dir, file));
      for (const name of readdirSync(out).filter((n) => /\.(md|txt)$/.test(n))) {
        const output = readFileSync(join(out, name), 'utf8');
        expect(output.split('\n').length).toBeGreaterThan(20);
        expect(invented(output, texts), `${file} → ${name}`).toEqual([]);
      }
    }
    // The check itself catches a sentence nobody wrote.
    expect(
      invented('- Led a team of 40 engineers to victory', sourceTexts(join(dir, 'mira.yaml'))),
    ).toHaveLength(1);
  });
});

describe('the same inputs give the same outputs', () => {
  it('byte for byte in HTML, DOCX, Markdown and text; the PDF’s text (its bytes embed a date)', async () => {
    const dir = folder();
    const args = ['build', 'mira.yaml', '--job', 'acme.md', '--emphasize', '-f', 'all'];
    expect((await runCli([...args, '-o', 'one'], { cwd: dir })).code).toBe(0);
    expect((await runCli([...args, '-o', 'two'], { cwd: dir })).code).toBe(0);
    for (const ext of ['html', 'docx', 'md', 'txt'])
      expect(readFileSync(join(dir, 'two', `resume-acme.${ext}`)), ext).toEqual(
        readFileSync(join(dir, 'one', `resume-acme.${ext}`)),
      );
    const [one, two] = await Promise.all(['one', 'two'].map((o) => readPdf(join(dir, o, 'resume-acme.pdf'))));
    expect(two?.text).toBe(one?.text);
  });
});

describe('which version went where', () => {
  it('writes a manifest beside the outputs; resume history lists them, newest first', async () => {
    const dir = folder();
    copyFileSync(join(postings, 'job.json'), join(dir, 'globex.json'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', 'mira.yaml');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'cv');
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();

    const first = await runCli(['build', 'mira.yaml', '--job', 'acme.md', '-f', 'md,txt', '-o', 'out'], {
      cwd: dir,
    });
    expect(first.stdout).toContain('wrote out/resume-acme.manifest.json');
    await new Promise((r) => setTimeout(r, 20));
    await runCli(
      ['build', 'mira.yaml', '--job', 'globex.json', '--variant', 'platform', '-f', 'md', '-o', 'out'],
      {
        cwd: dir,
      },
    );
    const sha = (path: string) =>
      createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex');
    const manifest = JSON.parse(read(dir, 'resume-acme.manifest.json'));
    expect(manifest).toMatchObject({
      name: 'resume-acme',
      tool: { name: 'resume', version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version },
      resume: { file: 'mira.yaml', sha256: sha('mira.yaml'), git: { commit: head, dirty: false } },
      posting: { file: 'acme.md', sha256: sha('acme.md'), title: 'Senior Backend Engineer (Rails)' },
      selection: { keepOrder: false, emphasize: false },
      dropped: [],
      outputs: [
        { file: 'resume-acme.md', sha256: sha('out/resume-acme.md') },
        { file: 'resume-acme.txt', sha256: sha('out/resume-acme.txt') },
      ],
    });
    expect(manifest.score).toBeGreaterThan(0);
    expect(Date.parse(manifest.date)).toBeGreaterThan(Date.now() - 600_000);

    const history = await runCli(['history'], { cwd: dir });
    expect(history.code).toBe(0);
    const rows = history.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^DATE \(UTC\)\s+NAME\s+SCORE\s+POSTING\s+RÉSUMÉ$/);
    expect(rows[1]).toMatch(/resume-platform-globex\s+\d+\s+.*mira\.yaml@[0-9a-f]{8} \(git [0-9a-f]{7}\)$/);
    expect(rows[2]).toMatch(/resume-acme\s+\d+\s+Senior Backend Engineer \(Rails\) at Larkspur Freight/);

    // A résumé changed since its commit says so.
    writeFileSync(join(dir, 'mira.yaml'), `${readFileSync(join(dir, 'mira.yaml'), 'utf8')}# edited\n`);
    await runCli(['build', 'mira.yaml', '--job', 'acme.md', '-f', 'md', '-o', 'out'], { cwd: dir });
    expect(JSON.parse(read(dir, 'resume-acme.manifest.json')).resume.git).toEqual({
      commit: head,
      dirty: true,
    });
  });

  it('a build that fails to write leaves no manifest', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'out', 'resume-acme.txt'), { recursive: true });
    const r = await runCli(['build', 'mira.yaml', '--job', 'acme.md', '-f', 'md,txt', '-o', 'out'], {
      cwd: dir,
    });
    expect(r.code).toBe(3);
    expect(readdirSync(join(dir, 'out'))).toEqual(['resume-acme.txt']);
  });
});

describe('checking what was tailored', () => {
  // Tailoring reorders bullets: an output is checked against the same tailoring, which the manifest beside it
  // names (the posting, read again) or --job gives.
  it('reads the manifest beside the outputs, or --job; without either, the order is not the source’s', async () => {
    const dir = folder();
    const built = await runCli(
      ['build', 'mira.yaml', '--job', 'acme.md', '-f', 'pdf,md', '-o', 'out', '-q'],
      {
        cwd: dir,
      },
    );
    expect(built.code, built.stderr).toBe(0);
    const outputs = ['resume-acme.pdf', 'resume-acme.md'].map((f) => join(dir, 'out', f));
    const check = (...extra: string[]) =>
      runCli(['check', ...outputs, '--resume', 'mira.yaml', ...extra], { cwd: dir });
    const bare = await check();
    expect(bare.code, bare.stdout).toBe(0);
    expect(bare.stdout.trim().split('\n').at(-1)).toBe('all 2 outputs read back whole');
    // Edited by hand, a manifest that names no posting is no tailoring, and no crash.
    writeFileSync(
      join(dir, 'out', 'resume-acme.manifest.json'),
      '{"name": "x", "date": "2026", "outputs": [{"file": "resume-acme.pdf"}], "posting": {"file": 42}, "selection": null}',
    );
    const broken = await check();
    expect(broken.code, broken.stderr).toBe(1);
    expect(broken.stderr).toBe('');
    rmSync(join(dir, 'out', 'resume-acme.manifest.json'));
    const unknown = await check();
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('FAIL  items in reading order');
    expect((await check('--job', 'acme.md')).code).toBe(0);
  });

  // A page budget drops bullets: the outputs are checked against the fitted build, as its manifest lists what went.
  it('checks a build fitted to its pages against what it kept, with or without --job', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'long.yaml'), longResume());
    const args = ['build', 'long.yaml', '--job', 'acme.md', '--max-pages', '1', '-f', 'pdf,docx,md'];
    const built = await runCli([...args, '-o', 'out', '-q'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const outputs = ['pdf', 'docx', 'md'].map((f) => join('out', `resume-acme.${f}`));
    for (const extra of [[], ['--job', 'acme.md']]) {
      const r = await runCli(['check', ...outputs, '--resume', 'long.yaml', ...extra], { cwd: dir });
      expect(r.code, r.stdout).toBe(0);
      expect(r.stdout.trim().split('\n').at(-1)).toBe('all 3 outputs read back whole');
    }
  });

  it('with no résumé named, checks against the one the manifest records', async () => {
    const dir = folder();
    const built = await runCli(['build', 'mira.yaml', '--job', 'acme.md', '-f', 'md', '-o', 'out', '-q'], {
      cwd: dir,
    });
    expect(built.code, built.stderr).toBe(0);
    const r = await runCli(['check', join('out', 'resume-acme.md')], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(0);
  });

  it('with no outputs named, builds every format tailored to --job and reads those back, not its manifest', async () => {
    const dir = folder();
    const r = await runCli(['check', '--resume', 'mira.yaml', '--job', 'acme.md'], { cwd: dir });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).not.toContain('manifest');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all 5 outputs read back whole');
  });
});
