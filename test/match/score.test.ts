import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Resume } from '../../src/core/resume-types.js';
import {
  analyzePosting,
  markPosting,
  markText,
  matchReport,
  type Posting,
  readPosting,
  scoreUnits,
} from '../../src/match/index.js';
import { resumeTexts } from '../../src/match/resume-items.js';
import { writtenIn } from '../../src/match/score.js';
import { sample } from '../helpers.js';
import { posting, testResume } from './helpers.js';

const backend = () => analyzePosting(posting('en-backend.md'));
const coverage = (report: ReturnType<typeof matchReport>, term: string) =>
  report.terms.find((t) => t.term === term);

/** The guarantee: a term reported missing is written nowhere in the résumé, under any of its names. */
function expectMissingAbsent(resume: Resume, analysis: ReturnType<typeof analyzePosting>) {
  const report = matchReport(resume, analysis);
  const texts = resumeTexts(resume).map((t) => t.text);
  report.terms.forEach((t, i) => {
    if (t.covered) return;
    const term = analysis.terms[i];
    for (const name of [t.term, ...(term?.names ?? [])]) {
      const where = texts.filter((text) => writtenIn(name, text));
      expect({ term: t.term, name, where }).toEqual({ term: t.term, name, where: [] });
    }
  });
}

describe('matchReport', () => {
  it('marks each term covered, with where in the résumé, or missing', () => {
    const report = matchReport(testResume(), backend());
    expect(coverage(report, 'Ruby on Rails')).toEqual({
      term: 'Ruby on Rails',
      weight: 7.2,
      covered: true,
      where: ['basics.summary', 'work[1].position', 'work[1].highlights[0]'],
    });
    expect(coverage(report, 'PostgreSQL')?.where).toEqual(['work[0].highlights[1]']);
    expect(coverage(report, 'k8s')?.where).toEqual(['work[1].highlights[1]', 'skills[2].keywords[0]']);
    expect(coverage(report, 'event-driven architecture')?.where).toEqual(['work[0].highlights[0]']);
    expect(coverage(report, 'microservices')?.where).toEqual(['projects[0].description']);
    expect(coverage(report, 'Terraform')).toMatchObject({ covered: false, where: [] });
    expect(coverage(report, 'GraphQL')).toMatchObject({ covered: false, where: [] });
  });

  it('scores the covered weight out of the whole, from 0 to 100', () => {
    const report = matchReport(testResume(), backend());
    const total = report.terms.reduce((s, t) => s + t.weight, 0);
    const covered = report.terms.reduce((s, t) => s + (t.covered ? t.weight : 0), 0);
    expect(report.score).toBe(Math.round((covered / total) * 100));
    expect(report.score).toBeGreaterThan(0);
    expect(report.score).toBeLessThan(100);
  });

  it('never marks missing a term the résumé writes out (fixtures and the sample)', () => {
    for (const name of [
      'en-backend.md',
      'de-devops.html',
      'fr-dev.md',
      'ja-backend.md',
      'zh-backend.txt',
      'ko-backend.md',
      'job.json',
    ])
      expectMissingAbsent(testResume(), analyzePosting(posting(name)));
    expectMissingAbsent(sample(), backend());
  });

  it('never marks missing a term the résumé writes out (generated résumés)', () => {
    const words = [
      'Kafka',
      'Postgres',
      'PostgreSQL',
      'k8s',
      'event-driven',
      'architecture',
      'Go',
      'good',
      'C++',
      'API',
      'design',
      'the',
      'of',
      'microservice',
      'Rails',
    ];
    const p: Posting = {
      language: 'en',
      sections: [
        {
          kind: 'requirements',
          text: '- Go, C++ and Kafka\n- Postgres and k8s\n- event-driven architecture\n- API design\n- Rails microservices',
        },
      ],
    };
    const analysis = analyzePosting(p);
    const sentence = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 })
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 6 }),
        fc.array(sentence, { maxLength: 4 }),
        (bullets, keywords) => {
          const resume: Resume = {
            basics: { name: 'Test' },
            work: [{ name: 'X', highlights: bullets }],
            skills: [{ name: 'S', keywords }],
          };
          expectMissingAbsent(resume, analysis);
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });

  it('says which variants and tags would cover missing terms', () => {
    const resume = testResume();
    // Without the bullets tagged "platform" (as a build without that tag would have them):
    const report = matchReport(resume, backend(), { isIncluded: (path) => path !== 'work[0].highlights[3]' });
    expect(coverage(report, 'Elixir')?.covered).toBe(false);
    expect(report.cover).toEqual([
      { term: 'Terraform', variants: ['platform'], tags: [] }, // written in basics.alt.platform.summary
      { term: 'Elixir', variants: ['platform'], tags: ['platform'] }, // the left-out bullet is tagged "platform"
    ]);
  });

  it('gives byte-identical reports for the same inputs', () => {
    const a = JSON.stringify(matchReport(sample(), backend()));
    const b = JSON.stringify(matchReport(sample(), analyzePosting(posting('en-backend.md'))));
    expect(a).toBe(b);
  });

  it('reads meta.aliases from the résumé through the analysis', () => {
    const resume = testResume();
    resume.work?.[0]?.highlights?.push('Ran Apache Pulsar clusters');
    const analysis = analyzePosting(posting('en-backend.md'), { aliases: { 'Apache Pulsar': 'Kafka' } });
    expect(coverage(matchReport(resume, analysis), 'Kafka')?.where).toEqual([
      'work[0].highlights[0]',
      'work[0].highlights[4]',
    ]);
  });
});

describe('scoreUnits', () => {
  it('ranks bullets, entries and skill groups by relevance (BM25), in source order', () => {
    const scores = scoreUnits(testResume(), backend());
    const of = (path: string) => scores.find((s) => s.path === path)?.score ?? -1;
    expect(of('work[0].highlights[0]')).toBeGreaterThan(of('work[0].highlights[1]'));
    expect(of('work[0].highlights[2]')).toBe(0); // the offsite
    expect(of('work[1]')).toBeGreaterThan(of('work[2]'));
    expect(of('skills[0]')).toBeGreaterThan(of('skills[1]'));
    expect(scores.find((s) => s.path === 'work[0].highlights[0]')?.terms).toEqual([
      'Kafka',
      'event-driven architecture',
    ]);
    expect(scores.map((s) => s.level)).toEqual(
      [...scores.map((s) => s.level)].sort((a, b) => order(a) - order(b)),
    );
  });
});

const order = (level: string) => ['summary', 'entry', 'bullet', 'group', 'item'].indexOf(level);

describe('markPosting', () => {
  it('marks each term where the posting says it, the whole phrase at once, and keeps every character', () => {
    const analysis = backend();
    const marked = markPosting(analysis);
    const duties = marked.find((s) => s.kind === 'responsibilities');
    const line = duties?.lines[0] ?? [];
    expect(line.map((r) => r.text).join('')).toBe(
      '- Design and build event-driven architecture for shipment tracking',
    );
    const eda = line.find((r) => r.text === 'event-driven architecture');
    expect(eda?.term).toBe(analysis.terms.findIndex((t) => t.term === 'event-driven architecture'));
    const all = marked.flatMap((s) => s.lines.map((l) => l.map((r) => r.text).join('')));
    expect(all).toEqual(analysis.posting.sections.flatMap((s) => s.text.split('\n')));
  });
});

describe('markText', () => {
  it('does not take a service built on a tool for the tool: GitHub and GitLab do not cover Git', () => {
    const analysis = analyzePosting(readPosting('# Developer\n\nYou know Git and Python well.\n', 'git.md'));
    const resume: Resume = {
      basics: { name: 'Ana' },
      work: [{ name: 'Acme', highlights: ['Ran GitLab CI and GitHub Actions', 'Wrote Python'] }],
    };
    expect(coverage(matchReport(resume, analysis), 'Git')).toMatchObject({ covered: false });
    const runs = markText(analysis, 'Ran GitLab CI on Git');
    expect(runs.filter((r) => r.term !== undefined).map((r) => r.text)).toEqual(['Git']);
  });

  it('marks the terms in a résumé bullet, by stem and alias (for --emphasize)', () => {
    const analysis = backend();
    const runs = markText(analysis, 'Tuned Postgres queries and ran k8s clusters');
    expect(runs.filter((r) => r.term !== undefined).map((r) => r.text)).toEqual(['Postgres', 'k8s']);
    expect(runs.map((r) => r.text).join('')).toBe('Tuned Postgres queries and ran k8s clusters');
  });
});

describe('generic words of the trade', () => {
  const data = () => analyzePosting(posting('en-data-dash.md'));

  it('weigh less than every skill, so two of them do not outrank one tool', () => {
    const { terms } = data();
    const generic = terms.filter((t) => t.generic);
    expect(generic.map((t) => t.term)).toEqual(expect.arrayContaining(['data', 'Engineer']));
    const lightestSkill = Math.min(...terms.filter((t) => t.kind === 'skill').map((t) => t.weight));
    for (const t of generic) expect(t.weight, t.term).toBeLessThanOrEqual(lightestSkill / 2);
    const resume = testResume();
    resume.work = [
      {
        name: 'Harbourlight',
        highlights: [
          'Mentored five engineers and introduced data contracts',
          'Ran Kafka consumers for shipment events',
        ],
      },
    ];
    const scores = scoreUnits(resume, data());
    const of = (path: string) => scores.find((s) => s.path === path)?.score ?? -1;
    expect(of('work[0].highlights[1]')).toBeGreaterThan(of('work[0].highlights[0]'));
  });

  it('are left unmarked for --emphasize, and marked on the report page', () => {
    const analysis = data();
    const bullet = 'Mentored data engineers on Kafka';
    const marked = (runs: { text: string; term?: number }[]) =>
      runs.filter((r) => r.term !== undefined).map((r) => r.text);
    expect(marked(markText(analysis, bullet))).toEqual(['Kafka']);
    expect(marked(markText(analysis, bullet, { generic: true }))).toEqual(['data engineers', 'Kafka']);
  });
});
