import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DataPath, sourcePathOf } from '../../src/core/parse.js';
import { importedYaml } from '../../src/import/index.js';
import { reactiveResume } from '../../src/import/reactive-resume/index.js';
import type { ImportResult } from '../../src/import/types.js';
import { load } from '../../src/pipeline/load.js';
import { tempDir } from '../helpers.js';
import { fixture, readFixture } from './helpers.js';

const read = async (name: string) => reactiveResume.read(await readFixture('reactiveresume', name));
const kept = (result: Awaited<ReturnType<typeof read>>, key: string) =>
  result.leftOver.filter((l) => l.key === key).map((l) => l.value);

describe('Reactive Resume 4', () => {
  it('reads each section into ours: free-text dates, rich text as summary and bullets, links', async () => {
    const { resume } = await read('v4.json');
    expect(resume.work?.[0]).toEqual({
      name: 'Nordvik Logistics',
      position: 'Senior Platform Engineer',
      location: 'Gothenburg',
      url: 'https://nordvik.example',
      startDate: '2021-01',
      summary: 'Owns the deployment platform for forty services.',
      highlights: ['Cut build times from 20 to 6 minutes', 'Moved logging to *OpenTelemetry*'],
    });
    expect(resume.work?.[1]).toMatchObject({ startDate: '2016', endDate: '2020' });
    expect(resume.basics.summary).toBe(
      'Builds **reliable** platforms for small teams & large fleets.\n\nWrites about [observability](https://mara.example.dev/blog).',
    );
    expect(resume.references?.[0]).toEqual({
      name: 'Ingrid Holm, CTO, Nordvik Logistics',
      reference: 'Mara made our releases boring, in the best way.',
    });
    expect(resume.projects?.[0]).toMatchObject({
      description: 'Open-source alerting daemon\n\nPages the right person, once.',
      highlights: ['1.2k stars'],
      keywords: ['Rust', 'Prometheus'],
    });
    expect(resume.sections).toEqual([
      {
        id: 'talks',
        title: 'Talks',
        items: [
          {
            label: 'Boring Releases',
            text: 'DevOpsDays Stockholm · Stockholm',
            date: '2024-05',
            url: 'https://devopsdays.example/2024/mara',
          },
          { text: 'Why the best deploy is the one nobody notices.' },
          { text: 'CI, Release engineering' },
        ],
      },
    ]);
  });

  it('keeps what it hid, and what has no place here, as comments', async () => {
    const result = await read('v4.json');
    expect(result.resume.work).toHaveLength(2);
    expect(result.resume.interests).toBeUndefined();
    expect(kept(result, 'Work History (hidden)')).toEqual([
      expect.objectContaining({ company: 'Kafe Sjöstjärnan', summary: 'Weekend shifts during university.' }),
    ]);
    expect(kept(result, 'Interests (hidden)')).toEqual([{ name: 'Sailing', keywords: ['Dinghies'] }]);
    expect(kept(result, 'profile')).toEqual(['Mastodon mara@fosstodon']);
    expect(kept(result, 'Date of Birth')).toEqual(['12 March 1991']);
    expect(kept(result, 'picture')).toEqual(['https://storage.rxresu.me/u1/pictures/p1.jpg']);
    expect(kept(result, 'notes')).toEqual(['Ask Ingrid before listing her.']);
    expect(kept(result, 'url.label')).toEqual(['Portfolio', 'tidewatch on Codeberg']);
    expect(result.resume.basics.profiles).toEqual([
      { network: 'LinkedIn', username: 'maralindqvist', url: 'https://www.linkedin.com/in/maralindqvist' },
      { network: 'Code', url: 'https://codeberg.org/maral' },
    ]);
    expect(result.notes.map((n) => n.topic)).toEqual(
      expect.arrayContaining([
        'Reactive Resume templates have no match here: choose a theme with meta.theme',
        'layout columns not kept: the sections follow one another, the main column first',
        'ratings (Reactive Resume’s dots) not printed here: write the level in words',
      ]),
    );
  });

  it('takes its layout as the order, renamed sections as titles, the paper, accent and size', async () => {
    const { resume } = await read('v4.json');
    expect(resume.meta).toEqual({
      paper: 'Letter',
      order: [
        'summary',
        'work',
        'talks',
        'projects',
        'education',
        'skills',
        'languages',
        'certificates',
      ].concat(['awards', 'publications', 'volunteer', 'references']),
      titles: { summary: 'Profile', work: 'Work History' },
      design: { accent: '#0e7490', fontSize: 10.5 },
    });
  });
});

describe('Reactive Resume 5 and 3', () => {
  it('reads version 5 (inside the record its app saves): new names, the summary apart, custom sections as text, headings bold', async () => {
    const result = await read('v5.json');
    const { resume } = result;
    expect(resume.basics).toMatchObject({
      name: 'Tomás Ferreira',
      url: 'https://tomas.example.pt',
      summary: 'Designs payment APIs that stay up.',
      profiles: [
        { network: 'LinkedIn', username: 'tferreira', url: 'https://www.linkedin.com/in/tferreira' },
        { network: 'Github', url: 'https://github.com/tferreira' },
      ],
    });
    expect(resume.work).toEqual([
      expect.objectContaining({
        name: 'Ribeira Pay',
        startDate: '2020-03',
        highlights: ['Settled 2M transactions a day'],
      }),
    ]);
    expect(resume.education?.[0]).toMatchObject({
      institution: 'Universidade do Porto',
      studyType: 'MSc',
      score: '17/20',
    });
    expect(resume.skills?.[0]).toMatchObject({ name: 'Languages', level: 'Advanced' });
    expect(resume.certificates?.[0]).toMatchObject({ name: 'AWS Solutions Architect', issuer: 'Amazon' });
    expect(resume.sections?.[0]?.items.map((i) => i.text)).toEqual([
      '**pgqueue**',
      'Maintainer since 2021: a Postgres-backed job queue.',
    ]);
    expect(resume.meta).toMatchObject({
      paper: 'Letter',
      locale: 'pt-PT',
      order: ['summary', 'work', 'open-source', 'skills', 'certificates', 'education', 'projects'],
      titles: { summary: 'About', projects: 'Side Projects' },
      design: { accent: '#2563eb', fontSize: 10 },
    });
    expect(kept(result, 'Experience (hidden)')).toHaveLength(1);
    expect(kept(result, 'url.label')).toEqual(['Go / SQLite / GitHub Actions']);
    expect(kept(result, 'custom field')).toEqual(['Remote or hybrid · Available in March']);
  });

  it('reads version 3: dates as {start, end}, links as addresses, the summary in basics, unknown keys kept', async () => {
    const result = await read('v3.json');
    const { resume } = result;
    expect(resume.basics).toMatchObject({
      url: 'https://aisha.example.ng',
      summary: 'Turns messy survey data into decisions.\n\nFluent in SQL and patience.',
      location: { city: 'Lagos, Nigeria' },
    });
    expect(resume.work?.[0]).toEqual({
      name: 'SurveyHub',
      position: 'Senior Data Analyst',
      url: 'https://surveyhub.example',
      startDate: '2021-02',
      highlights: ['Built the weekly dashboard', 'Cut report time by half'],
    });
    expect(resume.work?.[1]).toMatchObject({ startDate: '2018-01', endDate: '2021-01' });
    expect(resume.languages).toEqual([{ language: 'Yoruba', fluency: 'Native' }]);
    expect(kept(result, 'courses')).toEqual([['Sampling', 'Regression']]);
    expect(kept(result, 'yearsOfExperience')).toEqual(['6']);
    expect(kept(result, 'email')).toEqual(['ngozi@eze.example']);
    expect(resume.meta?.locale).toBeUndefined();
  });
});

const OWN_NAMES =
  'Summary Awards Certifications Education Experience Volunteering Interests Languages Profiles'
    .concat(' Projects Publications References Skills')
    .split(' ');

/** The words of a text, its tags and entities left out. */
const words = (s: string): string[] =>
  s
    .replace(/<[^>]+>|&[a-z]+;/g, ' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]{3,}/gu) ?? [];

/** Every text of the résumé in an export (settings, ids and dates aside). */
function texts(value: unknown, key = ''): string[] {
  if (
    ['id', 'metadata', 'picture', 'photo', 'icon', 'date', 'period', 'level', 'levelNum', 'type'].includes(
      key,
    )
  )
    return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => texts(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, k));
  return [];
}

describe('imported from Reactive Resume', () => {
  it.each(['v3.json', 'v4.json', 'v5.json'])('%s: loads as our format and keeps every word', async (name) => {
    const result = await read(name);
    const yaml = await importedYaml(result, 'schema.json', reactiveResume.describe);
    const file = join(tempDir('resume-import-'), 'resume.yaml');
    writeFileSync(file, yaml);
    await expect(load({ file })).resolves.toBeTruthy();
    const source = JSON.parse(readFileSync(fixture('reactiveresume', name), 'utf8'));
    // A section's name is kept unless it is Reactive Resume's own (our title says it then) or the section is empty.
    const sectionNames = new Set(
      Object.values({ ...(source.data ?? source).sections }).flatMap((s): string[] => {
        const { name: n, title, items } = s as { name?: string; title?: string; items?: unknown[] };
        const given = n ?? title ?? '';
        return !items?.length || OWN_NAMES.includes(given) ? [given] : [];
      }),
    );
    const hay = new Set(words(yaml));
    const missing = [...new Set(texts(source.data ?? source).flatMap(words))].filter(
      (w: string) => !hay.has(w) && ![...sectionNames].some((n) => words(n).includes(w)),
    );
    expect(missing).toEqual([]);
  });
});

describe('Reactive Resume sources', () => {
  const sourceOf = (r: ImportResult, path: string) => r.sources?.get(path);
  // A field under the same name as the source's is found under its entry's path, as a build finds it.
  const resolved = (r: ImportResult, ...path: DataPath) => sourcePathOf(r.sources, path);

  it('version 4: counts items as written (a hidden one too), renamed fields at their own key', async () => {
    const result = await read('positions.json');
    const job = ['sections', 'experience', 'items', 1];
    expect(sourceOf(result, 'work')).toEqual(['sections', 'experience', 'items']);
    expect(sourceOf(result, 'work/0')).toEqual(job);
    expect(sourceOf(result, 'work/0/name')).toEqual([...job, 'company']);
    // One text in version 4: a build finds the date itself, the start and end being no keys of it.
    expect(sourceOf(result, 'work/0/startDate')).toEqual([...job, 'date', 'start']);
    expect(sourceOf(result, 'basics/label')).toEqual(['basics', 'headline']);
    expect(sourceOf(result, 'basics/summary')).toEqual(['sections', 'summary', 'content']);
    expect(sourceOf(result, 'meta/order')).toEqual(['metadata', 'layout']);
  });

  it('a record in a list: each path inside the record, under its `data`', async () => {
    const result = await read('v4-record-list.json');
    const job = [0, 'data', 'sections', 'experience', 'items', 0];
    expect(sourceOf(result, 'work/0')).toEqual(job);
    expect(sourceOf(result, 'work/0/name')).toEqual([...job, 'company']);
    expect(sourceOf(result, 'basics/summary')).toEqual([0, 'data', 'sections', 'summary', 'content']);
  });

  it("places a custom item's date at the item's date", async () => {
    const result = await read('v4.json');
    const talk = ['sections', 'custom', 'k2x9talks', 'items', 0];
    expect(result.resume.sections?.[0]?.items[0]?.date).toBe('2024-05');
    expect(sourceOf(result, 'sections/0/items/0/date')).toEqual([...talk, 'date']);
  });

  it("version 5: each path taken on to the file's own words, under its `data`", async () => {
    const result = await read('v5.json');
    const job = ['data', 'sections', 'experience', 'items', 0];
    expect(sourceOf(result, 'work/0')).toEqual(job);
    expect(sourceOf(result, 'work/0/startDate')).toEqual([...job, 'period', 'start']);
    expect(sourceOf(result, 'work/0/url')).toEqual([...job, 'website', 'url']);
    expect(sourceOf(result, 'work/0/highlights')).toEqual([...job, 'description']);
    const school = ['data', 'sections', 'education', 'items', 0];
    expect(resolved(result, 'education', 0, 'institution')).toEqual([...school, 'school']);
    expect(resolved(result, 'education', 0, 'score')).toEqual([...school, 'grade']);
    expect(sourceOf(result, 'basics/summary')).toEqual(['data', 'summary', 'content']);
    expect(sourceOf(result, 'sections/0/items/0')).toEqual(['data', 'customSections', 0, 'content']);
  });

  it("version 3: each path taken on to the file's own words, a date's start at its start", async () => {
    const result = await read('v3.json');
    const job = ['sections', 'work', 'items', 0];
    expect(sourceOf(result, 'work/0/startDate')).toEqual([...job, 'date', 'start']);
    expect(sourceOf(result, 'work/0/name')).toEqual([...job, 'name']);
    expect(resolved(result, 'education', 0, 'studyType')).toEqual([
      'sections',
      'education',
      'items',
      0,
      'degree',
    ]);
    expect(sourceOf(result, 'basics/summary')).toEqual(['basics', 'summary', 'body']);
    expect(sourceOf(result, 'basics/url')).toEqual(['basics', 'website']);
  });
});
