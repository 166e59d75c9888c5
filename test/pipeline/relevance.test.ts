// Tailoring to a posting after tags and variants: the order of relevance applied to the tailored résumé, the
// bullets dropped, the paths mapped back to the source's for --explain, and bold terms in the kept bullets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emphasize } from '../../src/core/emphasis.js';
import { prepareResume } from '../../src/core/prepare.js';
import { tailorResume } from '../../src/core/tailor.js';
import { readJob } from '../../src/pipeline/job.js';
import { arrange, relevanceOf, scoredDecisions, sourcePaths } from '../../src/pipeline/relevance.js';
import { postings, testResume } from '../match/helpers.js';

const job = (resume = testResume()) => readJob(join(postings, 'en-backend.md'), resume, 'en-backend.md');
const bullets = (resume: ReturnType<typeof testResume>, i: number) =>
  (resume.work?.[i]?.highlights ?? []).map((h) => (typeof h === 'string' ? h : h.text));

describe('arrange', () => {
  it('puts the most relevant bullets, entries and skill groups first', async () => {
    const tailored = tailorResume(testResume());
    const arranged = arrange(tailored.resume, relevanceOf(tailored, await job()));
    expect(bullets(arranged, 0)).toEqual([
      'Built an **event-driven architecture** on Kafka for parcel tracking',
      'Tuned PostgreSQL queries and indexes, halving p95 latency',
      'Packaged the tracking service for Elixir clients',
      "Organised the team's quarterly offsite",
    ]);
    expect(arranged.skills?.map((s) => s.name)).toEqual(['Languages', 'Infrastructure', 'Soft skills']);
  });

  it('keeps the source order with keepOrder, and drops what it is told to in either', async () => {
    const tailored = tailorResume(testResume());
    const relevance = relevanceOf(tailored, await job(), { keepOrder: true });
    const dropped = new Set(['work[0].highlights[2]', 'work[2].highlights[1]']);
    const arranged = arrange(tailored.resume, relevance, dropped);
    expect(bullets(arranged, 0)).toEqual(bullets(testResume(), 0).filter((_, j) => j !== 2));
    expect(bullets(arranged, 2)).toEqual(['Answered customer e-mails']);
    expect(arranged.skills?.map((s) => s.name)).toEqual(['Languages', 'Soft skills', 'Infrastructure']);
  });

  it('changes nothing in the résumé it is given', async () => {
    const tailored = tailorResume(testResume());
    const before = JSON.stringify(tailored.resume);
    arrange(tailored.resume, relevanceOf(tailored, await job()), new Set(['work[0].highlights[0]']));
    expect(JSON.stringify(tailored.resume)).toBe(before);
  });
});

describe('paths', () => {
  it("maps a tailored résumé's paths to the source's, through what tailoring left out", () => {
    const source = testResume();
    // The platform-tagged bullet is work[0].highlights[3]; excluding it renumbers nothing before it.
    source.work?.[0]?.highlights?.unshift({ text: 'A bullet for the platform variant', tags: ['platform'] });
    const tailored = tailorResume(source, { excludeTags: ['platform'] });
    const toSource = sourcePaths(tailored.decisions);
    expect(toSource('work[0].highlights[0]')).toBe('work[0].highlights[1]');
    expect(toSource('work[0].highlights[2]')).toBe('work[0].highlights[3]');
    expect(toSource('work[1]')).toBe('work[1]');
    expect(toSource('skills[2].keywords[0]')).toBe('skills[2].keywords[0]');
    expect(toSource('basics.summary')).toBe('basics.summary');
  });

  it('gives --explain each item’s relevance and says which bullets the page budget dropped', async () => {
    const tailored = tailorResume(testResume());
    const relevance = relevanceOf(tailored, await job());
    const decisions = scoredDecisions(tailored.decisions, relevance, {
      paths: ['work[2].highlights[1]'],
      reason: 'dropped to fit 1 page',
    });
    const at = (path: string) => decisions.find((d) => d.path === path);
    expect(at('work[0].highlights[0]')).toMatchObject({
      kept: true,
      terms: ['Kafka', 'event-driven architecture'],
    });
    expect(at('work[0].highlights[0]')?.score).toBeGreaterThan(at('work[0].highlights[1]')?.score ?? 0);
    expect(at('work[2].highlights[1]')).toMatchObject({
      kept: false,
      score: 0,
      reason: 'dropped to fit 1 page',
    });
  });
});

describe('emphasize', () => {
  it("bolds the posting's terms in bullets only, leaving what is bold already and every other text", async () => {
    const resume = testResume();
    const j = await job(resume);
    const view = emphasize(prepareResume(resume), j.mark);
    const work = view.sections.find((s) => s.id === 'work');
    if (work?.kind !== 'entries') throw new Error('no work section');
    expect(work.entries[0]?.highlights[0]).toEqual([
      { type: 'text', text: 'Built an ' },
      { type: 'strong', children: [{ type: 'text', text: 'event-driven architecture' }] },
      { type: 'text', text: ' on ' },
      { type: 'strong', children: [{ type: 'text', text: 'Kafka' }] },
      { type: 'text', text: ' for parcel tracking' },
    ]);
    const summary = view.sections.find((s) => s.id === 'summary');
    expect(JSON.stringify(summary)).not.toContain('strong');
    // The same words, nothing added.
    const words = (v: unknown) =>
      JSON.stringify(v)
        .match(/"text":"[^"]*"/g)
        ?.join('')
        .replace(/"text":|"/g, '');
    expect(words(work.entries)).toBe(words((prepareResume(resume).sections[1] as typeof work).entries));
  });
});

it('reads a posting once and hashes its bytes', async () => {
  const j = await job();
  const { createHash } = await import('node:crypto');
  const bytes = readFileSync(join(postings, 'en-backend.md'));
  expect(j.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  expect(j.stem).toBe('en-backend');
});
