// A long academic CV cut to a short résumé for a posting (found by a trial: a 12-page CV, 66 publications and 67
// talks, to 2 pages): --max-pages drops whole entries of long lists once bullets are not enough, dated lists keep
// their order, --explain explains even what would not fit, and the advice names the setting that raises the
// budget where it was set. Through the built CLI, on a made-up CV.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { root, runCli, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const postings = join(root, 'test', 'fixtures', 'postings');

/** Every fourth publication and talk is about what the posting asks for (Kafka, PostgreSQL), at years out of
 * any relevance order; the rest match nothing. Newest first, as a CV lists them. */
function longCv({ jobs = 2, variant = {} }: { jobs?: number; variant?: object } = {}): string {
  const year = (i: number) => String(2025 - Math.floor(i / 2));
  const topic = (i: number, what: string) =>
    i % 4 === 1
      ? `Streaming ${what} with Kafka and PostgreSQL number ${i}`
      : `Sediment ${what} of glacier lake ${i}`;
  const cv = {
    basics: { name: 'Robin Quarry', label: 'Professor of Geophysics', email: 'robin@example.org' },
    work: Array.from({ length: jobs }, (_, i) => ({
      name: `University ${i}`,
      position: i === 0 ? 'Current Professor' : `Former Lecturer ${i}`,
      startDate: `${2020 - 3 * i}-01`,
      ...(i === 0 ? {} : { endDate: `${2023 - 3 * i}-01` }),
      summary: `Taught and ran a lab of ${i + 4} people; ${'wrote grant reports, sat on committees and reviewed papers for journals in the field; '.repeat(jobs > 2 ? 6 : 1)}`,
      // One bullet that may go (the current job's second), no more.
      highlights:
        i === 0
          ? ['Built a Kafka pipeline into PostgreSQL', 'Chaired the seminar series']
          : ['Taught seismology'],
    })),
    education: [
      {
        institution: 'Latest School',
        studyType: 'PhD',
        area: 'Geophysics',
        startDate: '2008',
        endDate: '2012',
      },
      { institution: 'First School', studyType: 'BSc', area: 'Physics', startDate: '2004', endDate: '2008' },
    ],
    awards: Array.from({ length: 15 }, (_, i) => ({
      title: `Medal ${i}`,
      date: year(i),
      awarder: 'A Society',
    })),
    publications: Array.from({ length: 40 }, (_, i) => ({
      name: topic(i, 'records'),
      publisher: 'Journal of Things',
      releaseDate: year(i),
    })),
    sections: [
      {
        id: 'talks',
        title: 'Invited Talks',
        items: Array.from({ length: 40 }, (_, i) => ({
          label: 'Speaker',
          text: topic(i, 'talk'),
          date: year(i),
        })),
      },
    ],
    variants: { acme: { job: 'acme.md', ...variant } },
  };
  return stringify(cv);
}

function folder(yaml: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cv.yaml'), yaml);
  copyFileSync(join(postings, 'en-backend.md'), join(dir, 'acme.md'));
  return dir;
}

describe('a long CV fitted to a posting', () => {
  it('drops the least relevant entries of long lists when bullets are not enough, and says how many of each', async () => {
    const dir = folder(longCv());
    const args = ['build', 'cv.yaml', '--job', 'acme.md', '--max-pages', '2', '-f', 'pdf,txt', '-o', 'out'];
    const r = await runCli(args, { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const note =
      /^resume-acme: dropped the 1 least relevant bullet and (\d+) least relevant entries \((.*)\) to fit 2 pages \(from (\d+)\)$/m.exec(
        r.stderr,
      );
    expect(note, r.stderr).not.toBeNull();
    expect(Number(note?.[3])).toBeGreaterThan(2);
    const counts = Object.fromEntries(
      (note?.[2] ?? '').split(', ').map((c) => c.split(': ') as [string, string]),
    ) as Record<string, string>;
    // Equally irrelevant, the oldest go first: the publications and talks reach back further than the awards.
    expect(Object.keys(counts).sort()).toEqual(['Invited Talks', 'publications']);
    expect(Number(note?.[1])).toBe(Number(counts.publications) + Number(counts['Invited Talks']));
    expect((await readPdf(join(dir, 'out', 'resume-acme.pdf'))).pageCount).toBeLessThanOrEqual(2);
    const txt = readFileSync(join(dir, 'out', 'resume-acme.txt'), 'utf8');
    // The current job and the latest degree stay; so do the relevant publications and talks, a few of each list.
    for (const kept of [
      'Current Professor',
      'Latest School',
      'Streaming records with Kafka and PostgreSQL number 1',
      'Streaming talk with Kafka and PostgreSQL number 1',
    ])
      expect(txt).toContain(kept);
    expect(txt.match(/Streaming records/g)?.length).toBeGreaterThanOrEqual(3);
    expect(txt.match(/Streaming talk/g)?.length).toBeGreaterThanOrEqual(3);
    expect(txt.match(/Medal \d+/g)?.length).toBeGreaterThanOrEqual(3);
    expect(40 - (txt.match(/ records (of|with) /g)?.length ?? 0)).toBe(Number(counts.publications));
    expect(40 - (txt.match(/ talk (of|with) /g)?.length ?? 0)).toBe(Number(counts['Invited Talks']));
  });

  it("drops a custom item's least relevant bullets before whole items, each item keeping one (found by a review)", async () => {
    const talks = Array.from({ length: 14 }, (_, i) => ({
      label: `Talk ${i}`,
      text: `Seminar number ${i} at a university far away`,
      date: String(2025 - i),
      highlights: [
        i % 2 ? 'Showed a Kafka pipeline into PostgreSQL' : 'Showed glacier lake cores',
        ...Array.from(
          { length: 3 },
          (_, k) => `Answered question ${k} about sediments and their layers at length`,
        ),
      ],
    }));
    const dir = folder(
      stringify({
        basics: { name: 'Robin Quarry', email: 'robin@example.org' },
        sections: [{ id: 'talks', title: 'Talks', items: talks }],
      }),
    );
    const args = ['build', 'cv.yaml', '--job', 'acme.md', '--max-pages', '1', '-f', 'pdf,txt', '-o', 'out'];
    const r = await runCli(args, { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const dropped = /dropped the (\d+) least relevant bullets?/.exec(r.stderr);
    expect(Number(dropped?.[1]), r.stderr).toBeGreaterThanOrEqual(10);
    const txt = readFileSync(join(dir, 'out', 'resume-acme.txt'), 'utf8');
    // Every talk still printed keeps a bullet, and the ones the posting asks for keep theirs.
    const kept = [...txt.matchAll(/^Talk (\d+)/gm)].map((m) => Number(m[1]));
    expect(kept.length).toBeGreaterThan(0);
    for (const i of kept) expect(txt).toMatch(new RegExp(`Talk ${i}[\\s\\S]*?^- `, 'm'));
    expect(txt.match(/Kafka pipeline/g)?.length).toBe(kept.filter((i) => i % 2).length);
  });

  it('keeps dated lists in date order: relevance chooses what stays, not where', async () => {
    const dir = folder(longCv());
    const r = await runCli(['build', 'cv.yaml', '--job', 'acme.md', '-f', 'md', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(dir, 'out', 'resume-acme.md'), 'utf8');
    const titles = (pattern: RegExp) => [...md.matchAll(pattern)].map((m) => Number(m[1]));
    // Source order is 0, 1, 2…: by relevance the Kafka ones (1, 5, 9…) would come first.
    const publications = titles(
      /(?:Streaming|Sediment) records (?:with Kafka and PostgreSQL number|of glacier lake) (\d+)/g,
    );
    expect(publications).toEqual(Array.from({ length: 40 }, (_, i) => i));
    const talks = titles(
      /(?:Streaming|Sediment) talk (?:with Kafka and PostgreSQL number|of glacier lake) (\d+)/g,
    );
    expect(talks).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('explains what it keeps and drops even when the build would not fit, and says why', async () => {
    // Fourteen jobs with long summaries: no cut fits one page.
    const dir = folder(longCv({ jobs: 14 }));
    const args = ['build', 'cv.yaml', '--job', 'acme.md', '--max-pages', '1', '-o', 'out'];
    const failed = await runCli([...args, '-f', 'pdf'], { cwd: dir });
    expect(failed.code).toBe(1);
    // Singular where it is one: one bullet could go, and did.
    expect(failed.stderr).toMatch(
      /^error: resume-acme \(without its 1 least relevant bullet and \d+ least relevant entries \(.*\)\) does not fit on 1 page: .* or allow (\d+): --max-pages \1; nothing was written$/m,
    );
    const explain = await runCli([...args, '--explain'], { cwd: dir });
    expect(explain.code, explain.stderr).toBe(0);
    const lines = explain.stdout.split('\n');
    expect(lines[0]).toMatch(/^resume-acme: \d+ kept, \d+ dropped; tailored to acme\.md: match score \d+$/);
    expect(lines[1]).toMatch(
      /^ {2}would not build: resume-acme \(without its 1 least relevant bullet and \d+ least relevant entries .*\) does not fit on 1 page: it takes \d+, and still \d+ at the smallest the theme allows .*, or allow \d+: --max-pages \d+$/,
    );
    // Its advice names the section a variant's order could leave out: no medal has a term of the posting.
    expect(lines[1]).toContain(
      "Shorten it (a variant's order: can leave whole sections out, such as awards, with nothing the posting asks for; -t compact is denser)",
    );
    const cut = lines.filter((l) => l.includes('(among the least relevant: dropped to fit 1 page'));
    expect(cut.some((l) => l.includes('work[0].highlights[1]  Chaired the seminar series'))).toBe(true);
    // Three of each list stay, the most relevant (at equal relevance, the first).
    expect(cut.filter((l) => /^ {2}- dropped {2}publications\[\d+\]/.test(l))).toHaveLength(37);
    expect(cut.filter((l) => /^ {2}- dropped {2}sections\[0\]\.items\[\d+\]/.test(l))).toHaveLength(37);
    for (const path of ['publications[1]', 'publications[5]', 'publications[9]', 'sections[0].items[9]'])
      expect(lines.some((l) => l.startsWith(`  + kept     ${path}  `) && l.includes('Kafka'))).toBe(true);
    expect(cut.some((l) => /work\[\d+\] |education/.test(l))).toBe(false);
  });

  it("advises the setting that raises the résumé's budget in a letter's packet, where --max-pages is the letter's", async () => {
    const dir = folder(longCv({ jobs: 14, variant: { maxPages: 1 } }));
    writeFileSync(join(dir, 'letter.md'), '---\ncompany: Acme\n---\nI would like the job.\n');
    const r = await runCli(
      [
        'letter',
        'letter.md',
        '--resume',
        'cv.yaml',
        '--packet',
        '--variant',
        'acme',
        '-f',
        'pdf',
        '-o',
        'out',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: resume-acme \(without .*\) does not fit on 1 page: .* or allow (\d+): maxPages: \1 in variants\.acme; nothing was written$/m,
    );
  });
});
