// `resume match` through the real CLI (issue 22): the report in text, JSON and as a page, postings in the shapes
// and languages they come in, errors at their place, and the preview of `resume serve --job`.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/match/report-text.js';
import { PAGE_POLICY } from '../../src/render/pdf/isolation.js';
import { root, runCli, tempDir } from '../helpers.js';
import { get, longRunning } from '../long-running.js';

const postings = join(root, 'test', 'fixtures', 'postings');

/** A folder with the made-up résumé (resume.yaml) and the postings named beside it. */
function folder(...names: string[]): string {
  const dir = tempDir();
  copyFileSync(join(postings, 'resume.yaml'), join(dir, 'resume.yaml'));
  for (const name of names) copyFileSync(join(postings, name), join(dir, name));
  return dir;
}

interface Report {
  score: number;
  terms: { term: string; weight: number; covered: boolean; where: string[] }[];
}

describe('resume match', () => {
  it('takes the company from a title "Role at Company" and counts none of its words as a missing term', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'acme.md'),
      '# Senior Backend Engineer at Acme Logistics\n\nAcme Logistics moves freight across Europe.\n\n## Requirements\n- Go and PostgreSQL\n- Kafka\n',
    );
    const r = await runCli(['match', '--job', 'acme.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Senior Backend Engineer at Acme Logistics — acme.md (en)');
    expect(r.stdout).toMatch(/^✓ +\d+(\.\d+)? {2}PostgreSQL /m);
    expect(r.stdout.split('\n').slice(1).join('\n')).not.toMatch(/Acme|Logistics/);
  });

  it("takes the company from a job board's heading under the title, and records it in the manifest", async () => {
    const dir = folder('en-board-headings.md');
    const r = await runCli(['match', '--job', 'en-board-headings.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'Principal Java Engineer (Cloud) at Kestrelworks — en-board-headings.md (en)',
    );
    expect(r.stdout.split('\n').slice(1).join('\n')).not.toContain('Kestrelworks');
    const built = await runCli(['build', '--job', 'en-board-headings.md', '-f', 'txt'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const manifest = JSON.parse(
      readFileSync(join(dir, 'out', 'resume-en-board-headings.manifest.json'), 'utf8'),
    );
    expect(manifest.posting).toMatchObject({
      title: 'Principal Java Engineer (Cloud)',
      company: 'Kestrelworks',
    });
  });

  it('prints the key terms, weighted, covered with where or missing, the score, and what would cover the rest', async () => {
    const dir = folder('en-backend.md');
    const r = await runCli(['match', '--job', 'en-backend.md'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Senior Backend Engineer (Rails) at Larkspur Freight — en-backend.md (en)');
    expect(lines[1]).toMatch(/^match score \d+\/100: \d+ of \d+ key terms covered, weighted$/);
    expect(r.stdout).toMatch(/^✓ +\d+(\.\d+)? {2}PostgreSQL +work\[0\]\.highlights\[1\]$/m);
    expect(r.stdout).toMatch(/^✓ +\d+(\.\d+)? {2}Ruby on Rails +basics\.summary, work\[1\]\.position, /m);
    expect(r.stdout).toMatch(/^✗ +\d+(\.\d+)? {2}Terraform +missing$/m);
    // Terraform is written only in the wording of the platform variant.
    expect(r.stdout).toMatch(/^missing terms the résumé has elsewhere:\n {2}Terraform +variant platform$/m);
  });

  it('matches a selection as it builds: a variant’s own wording counts, and left-out content is named', async () => {
    const dir = folder('en-backend.md');
    const platform = await runCli(['match', '--job', 'en-backend.md', '--variant', 'platform'], { cwd: dir });
    expect(platform.stdout).toMatch(/^✓ +\d+(\.\d+)? {2}Terraform +basics\.summary$/m);
    const without = await runCli(['match', '--job', 'en-backend.md', '--exclude-tag', 'platform'], {
      cwd: dir,
    });
    expect(without.stdout).toMatch(/^ {2}Elixir +variant platform; tag platform$/m);
  });

  it('--json prints { score, terms: [{ term, weight, covered, where }] } and nothing else', async () => {
    const dir = folder('en-backend.md');
    const r = await runCli(['match', 'resume.yaml', '--job', 'en-backend.md', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(Object.keys(report)).toEqual(['score', 'terms']);
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThanOrEqual(100);
    for (const t of report.terms) {
      expect(Object.keys(t)).toEqual(['term', 'weight', 'covered', 'where']);
      expect(t.covered).toBe(t.where.length > 0);
    }
    const covered = (term: string) => report.terms.find((t) => t.term === term);
    expect(covered('Kafka')).toEqual({
      term: 'Kafka',
      weight: expect.any(Number),
      covered: true,
      where: ['work[0].highlights[0]'],
    });
    // A term said missing is written nowhere in the résumé's own text (the variant's wording aside).
    const resume = readFileSync(join(dir, 'resume.yaml'), 'utf8').replace(
      /^ {6}summary: .*Terraform.*$/m,
      '',
    );
    for (const t of report.terms.filter((t) => !t.covered))
      expect(resume.toLowerCase(), t.term).not.toContain(t.term.toLowerCase());
    // The score is the covered share of the weight.
    const total = report.terms.reduce((s, t) => s + t.weight, 0);
    const got = report.terms.reduce((s, t) => s + (t.covered ? t.weight : 0), 0);
    expect(report.score).toBe(Math.round((got / total) * 100));
  });

  it.each([
    ['de-devops.html', 'Kubernetes'],
    ['job.json', 'Flutter'],
    ['en-front-matter-only.md', undefined],
    ['escaped.html', 'C++'],
    ['fr-dev.md', undefined],
    ['ja-backend.md', undefined],
    ['zh-backend.txt', undefined],
  ])('reads %s', async (name, term) => {
    const dir = folder(name);
    const r = await runCli(['match', '--job', name, '--json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.terms.length).toBeGreaterThan(2);
    if (term) expect(report.terms.map((t) => t.term)).toContain(term);
  });

  it('says where a posting is broken, and that one is missing', async () => {
    const dir = folder('broken.json');
    const broken = await runCli(['match', '--job', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr.split('\n')[0]).toBe(
      'broken.json:3:24  (document)  the posting is not valid JSON: Expected double-quoted property name',
    );
    expect(broken.stderr).not.toContain('error:');
    const missing = await runCli(['match', '--job', 'nope.md'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('error: nope.md: no such file (the job posting)\n');
    const none = await runCli(['match'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--job FILE names the posting to match against');
  });
});

describe('resume match: which terms a posting has', () => {
  const terms = (stdout: string) =>
    stdout
      .split('\n')
      .filter((l) => /^[✓✗] /.test(l))
      .map((l) => {
        const [, weight, term] = /^[✓✗] +([\d.]+) {2}(.+?) {2,}\S/.exec(l) ?? [];
        return { term: term?.trim() ?? '', weight: Number(weight) };
      });

  it('counts tool names, once each, and none of the company named after a dash, nor its place', async () => {
    const dir = folder('en-data-dash.md');
    const r = await runCli(['match', '--job', 'en-data-dash.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'Lead Analytics Engineer at Harbourlight Freight — en-data-dash.md (en)',
    );
    const found = terms(r.stdout);
    const names = found.map((t) => t.term);
    expect(names).toEqual(
      expect.arrayContaining([
        'dbt',
        'Great Expectations',
        'Monte Carlo',
        'Delta Lake',
        'Dagster',
        'Metabase',
      ]),
    );
    for (const part of ['Delta', 'Lake', 'Monte', 'Carlo', 'Great', 'Expectations'])
      expect(names, part).not.toContain(part);
    expect(r.stdout.split('\n').slice(1).join('\n')).not.toMatch(/Harbourlight|Freight|Leeds|friendly/);
    // The trade's generic words weigh less than any tool.
    const weightOf = (term: string) => found.find((t) => t.term === term)?.weight ?? Number.NaN;
    expect(weightOf('data')).toBeLessThan(weightOf('Metabase'));
  });

  it('reads a German posting: its tools, its company after a dash, no verbs said to "du"', async () => {
    const dir = folder('de-data-dash.md');
    const r = await runCli(['match', '--job', 'de-data-dash.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'Data Engineer (m/w/d) at Lechfeld Energie AG — de-data-dash.md (de)',
    );
    const names = terms(r.stdout).map((t) => t.term);
    expect(names).toEqual(expect.arrayContaining(['Snowflake', 'Databricks', 'dbt', 'Streaming-Pipelines']));
    expect(names.filter((t) => /Lechfeld|modellierst|automatisierst|entwickelst/.test(t))).toEqual([]);
  });

  it('lines up Japanese terms by their width in the terminal', async () => {
    const dir = folder('ja-backend.md');
    const r = await runCli(['match', '--job', 'ja-backend.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^[✓✗] /.test(l));
    expect(rows.some((l) => /\p{Script=Katakana}|\p{Script=Han}/u.test(l))).toBe(true);
    const columns = rows.map((l) => displayWidth(l.replace(/(?<= {2})(?:missing|[a-z]+[[.].*)$/, '')));
    expect(new Set(columns).size).toBe(1);
  });

  it('--emphasize bolds the tools a bullet names, not the generic words of the trade', async () => {
    const dir = folder('en-data-dash.md');
    writeFileSync(
      join(dir, 'data.yaml'),
      'basics:\n  name: Ada Vale\nwork:\n  - name: Harbourlight\n    position: Engineer\n    startDate: "2020-01"\n    highlights:\n      - Mentored five data engineers on Kafka\n',
    );
    const r = await runCli(
      ['build', 'data.yaml', '--job', 'en-data-dash.md', '--emphasize', '-f', 'md', '-o', 'out'],
      {
        cwd: dir,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(dir, 'out', 'resume-en-data-dash.md'), 'utf8');
    expect(md).toContain('- Mentored five data engineers on **Kafka**');
  });
});

describe('the README', () => {
  it('shows a real report: the sample résumé against a fixture posting, as the CLI prints it', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const command = '$ node bin/resume.js match --job test/fixtures/postings/en-backend.md\n';
    const block = readme.slice(readme.indexOf(command) + command.length);
    const r = await runCli(['match', '--job', 'test/fixtures/postings/en-backend.md']);
    expect(r.code).toBe(0);
    expect(block.slice(0, block.indexOf('```'))).toBe(r.stdout);
  });
});

describe('resume match --html', () => {
  it('writes the posting with covered and missing terms marked, each linked to the résumé items covering it', async () => {
    const dir = folder('en-backend.md');
    const r = await runCli(['match', '--job', 'en-backend.md', '--html', 'out/match.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('wrote out/match.html\n');
    const html = readFileSync(join(dir, 'out', 'match.html'), 'utf8');
    const score = /^match score (\d+)\/100/m.exec(r.stdout)?.[1];
    expect(html).toContain(`<span class="score">${score}</span>/100`);
    // Kafka in the posting is marked covered and links to its line in the list of terms …
    const kafka = /<a class="term covered" href="#(term-\d+)">Kafka<\/a>/.exec(html);
    expect(kafka).not.toBeNull();
    const line = new RegExp(`<li id="${kafka?.[1]}">([\\s\\S]*?)</li>\\n`).exec(html)?.[1] ?? '';
    // … which links to the résumé item that covers it, shown with its text.
    expect(line).toContain('<a href="#item-work-0-highlights-0"><code>work[0].highlights[0]</code></a>');
    expect(html).toMatch(
      /<p id="item-work-0-highlights-0"><code>work\[0\]\.highlights\[0\]<\/code> Built an /,
    );
    expect(html).toMatch(/<a class="term missing" href="#term-\d+">Terraform<\/a>/);
    expect(html).toMatch(/\.covered \{[^}]*background: #d3f9d8/);
    expect(html).toMatch(/\.missing \{[^}]*background: #ffe3e3/);
    // Every link inside the page points at something in it.
    for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) expect(html).toContain(`id="${id}"`);
  });

  it('escapes every text, runs no script and loads nothing', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'evil.md'),
      '# Engineer <script>alert(1)</script>\n\n## Requirements\n\n- Kafka & <img src=x onerror=alert(2)> "quotes" &lt;em onclick=y&gt;\n- <a href="https://tracker.example/x">Postgres</a>\n',
    );
    writeFileSync(
      join(dir, 'resume.yaml'),
      // Our own format (it declares our schema): markup in its text is text, shown as written.
      `${readFileSync(join(dir, 'resume.yaml'), 'utf8').replace('halving p95 latency', 'halving p95 latency <b onmouseover=x>fast</b>')}\n# yaml-language-server: $schema=./schema/resume.schema.json\n`,
    );
    const r = await runCli(['match', '--job', 'evil.md', '--html', 'page.html'], { cwd: dir });
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'page.html'), 'utf8');
    expect(html).not.toMatch(/<script|<img|<b |<em |onerror|onmouseover=x>/i);
    expect(html).toContain('&lt;b onmouseover=x&gt;fast&lt;/b&gt;');
    expect(html).toContain('&amp; &quot;quotes&quot; &lt;em onclick=y&gt;');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(html).not.toMatch(/url\(|@import|https?:\/\/(?!www\.w3\.org)/);
  });
});

describe('resume serve --job', () => {
  it('builds the tailored résumé and serves the match report beside it', async () => {
    const dir = folder('en-backend.md');
    const s = longRunning(['serve', '--job', 'en-backend.md', '-f', 'html', '-o', 'out'], dir);
    try {
      const url = (await s.waitFor(/preview at (http:\/\/127\.0\.0\.1:\d+\/)/))[1] ?? '';
      // The posting is watched, and said to be.
      await s.waitFor(/watching resume\.yaml and en-backend\.md: a save rebuilds/);
      const status = JSON.parse((await get(`${url}status`)).body);
      expect(status.files).toEqual(['resume-en-backend.html', 'resume-en-backend.pdf']);
      expect(status.match.score).toBeGreaterThan(0);
      const page = await get(`${url}match`);
      expect(page.status).toBe(200);
      expect(page.headers['content-security-policy']).toBe(PAGE_POLICY);
      expect(page.body).toContain(`<span class="score">${status.match.score}</span>/100`);
      // Editing the posting rebuilds and re-matches.
      const at = s.mark();
      writeFileSync(
        join(dir, 'en-backend.md'),
        '# Data Engineer\n\n## Requirements\n\n- Kafka\n- Snowflake\n',
      );
      await s.waitFor(/built \d+ files? in \d+ ms/, at);
      let body = '';
      for (let i = 0; i < 100 && !body.includes('<h1 lang="en">Data Engineer</h1>'); i++) {
        await new Promise((r) => setTimeout(r, 50));
        body = (await get(`${url}match`)).body;
      }
      expect(body).toContain('<h1 lang="en">Data Engineer</h1>');
    } finally {
      await s.stop();
    }
  });
});
