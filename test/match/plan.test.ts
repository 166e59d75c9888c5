import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Resume } from '../../src/core/resume-types.js';
import { analyzePosting, type Posting, planTailoring, readPosting } from '../../src/match/index.js';
import { root, sample } from '../helpers.js';
import { posting, testResume } from './helpers.js';

const backend = () => analyzePosting(posting('en-backend.md'));
const orderOf = (plan: ReturnType<typeof planTailoring>, path: string) =>
  plan.orders.find((o) => o.path === path)?.order;

describe('planTailoring', () => {
  it('orders bullets and skill groups by relevance, and keeps jobs in date order', () => {
    const plan = planTailoring(testResume(), backend());
    // A history is read in date order: its entries are never ranked, only what is inside them.
    expect(orderOf(plan, 'work')).toEqual([0, 1, 2]);
    // Kafka and event-driven architecture first, the tagged Elixir bullet before the offsite.
    expect(orderOf(plan, 'work[0].highlights')).toEqual([0, 1, 3, 2]);
    expect(orderOf(plan, 'skills')).toEqual([0, 2, 1]);
  });

  it('keeps the source order between equally relevant items', () => {
    const plan = planTailoring(testResume(), backend());
    // Both of the oldest job's bullets match nothing.
    expect(orderOf(plan, 'work[2].highlights')).toEqual([0, 1]);
  });

  it('drops the least relevant bullets first, the oldest roles first at equal relevance, never an entry’s last', () => {
    const plan = planTailoring(testResume(), backend());
    expect(plan.dropOrder).toEqual([
      'work[2].highlights[1]', // relevance 0, ended 2018
      'work[1].highlights[2]', // relevance 0, ended 2022
      'work[0].highlights[2]', // relevance 0, current
      'work[0].highlights[3]',
      'work[1].highlights[1]',
      'work[0].highlights[1]',
    ]);
    for (const path of plan.dropOrder) expect(path).toMatch(/^\w+\[\d+\]\.highlights\[\d+\]$/);
  });

  it('ranks and drops the bullets of a job’s roles (work[].positions), each role keeping one', () => {
    const fixture = (name: string) => readFileSync(join(root, 'test', 'fixtures', 'positions', name), 'utf8');
    const resume = parse(fixture('roles.yaml')) as Resume;
    const plan = planTailoring(resume, analyzePosting(readPosting(fixture('posting.md'), 'posting.md')));
    expect(orderOf(plan, 'work[0].positions[0].highlights')).toEqual([1, 0]);
    expect(orderOf(plan, 'work[0].positions[1].highlights')).toEqual([1, 0]);
    // The older role's filler goes first; neither role loses its last bullet.
    expect(plan.dropOrder).toEqual([
      'work[0].positions[1].highlights[0]',
      'work[0].positions[0].highlights[0]',
    ]);
  });

  it('never empties an entry and never drops the summary, whatever the résumé', () => {
    const analysis = analyzePosting({
      language: 'en',
      sections: [{ kind: 'requirements', text: '- Kafka and PostgreSQL\n- Kubernetes' }],
    } satisfies Posting);
    const bullet = fc.constantFrom(
      'Ran Kafka',
      'Tuned PostgreSQL',
      'Moved to Kubernetes',
      'Planned demos',
      'Wrote docs',
    );
    const job = fc.record({
      name: fc.constant('X'),
      endDate: fc.constantFrom('2019', '2021', '2024'),
      highlights: fc.array(bullet, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(job, { maxLength: 5 }), (work) => {
        const resume: Resume = { basics: { name: 'T', summary: 'Kafka person' }, work };
        const { dropOrder } = planTailoring(resume, analysis);
        expect(dropOrder.some((p) => p.startsWith('basics'))).toBe(false);
        work.forEach((entry, i) => {
          const dropped = dropOrder.filter((p) => p.startsWith(`work[${i}].`)).length;
          expect(dropped).toBe(Math.max(0, entry.highlights.length - 1));
        });
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  it('plans only what the build keeps, when told', () => {
    const plan = planTailoring(testResume(), backend(), { isIncluded: (p) => p !== 'work[1]' });
    expect(orderOf(plan, 'work[1].highlights')).toBeUndefined();
    expect(plan.dropOrder.some((p) => p.startsWith('work[1]'))).toBe(false);
  });

  it('gives the same plan for the same inputs', () => {
    expect(JSON.stringify(planTailoring(sample(), backend()))).toBe(
      JSON.stringify(planTailoring(sample(), backend())),
    );
  });

  it('keeps a dated list in its order, and after every bullet drops its least relevant entries but three', () => {
    const pub = (name: string, releaseDate?: string) => ({ name, ...(releaseDate ? { releaseDate } : {}) });
    const resume: Resume = {
      basics: { name: 'T' },
      work: [{ name: 'X', startDate: '2020', highlights: ['Ran Kafka', 'Wrote docs'] }],
      education: [{ institution: 'U', endDate: '2012' }],
      publications: [
        pub('Glacier lakes', '2025'),
        pub('Kafka at scale', '2024'),
        pub('Sediment cores', '2023'),
        pub('PostgreSQL partitioning', '2022'),
        pub('Ice sheets', '2021'),
        pub('Moraines', '2020'),
      ],
      awards: [{ title: 'Medal' }, { title: 'Kafka prize' }],
      sections: [{ id: 'talks', title: 'Talks', items: [{ text: 'Moraines' }, { text: 'Kafka talk' }] }],
    };
    const plan = planTailoring(resume, backend());
    // Relevance chooses what stays, not where: a list with dates keeps its order; one without is ranked.
    expect(orderOf(plan, 'publications')).toEqual([0, 1, 2, 3, 4, 5]);
    expect(orderOf(plan, 'awards')).toEqual([1, 0]);
    expect(orderOf(plan, 'sections[0].items')).toEqual([1, 0]);
    // The bullet first; then of six publications the three least relevant, the oldest first at equal relevance.
    expect(plan.dropOrder).toEqual([
      'work[0].highlights[1]',
      'publications[5]',
      'publications[4]',
      'publications[2]',
    ]);
  });
});
