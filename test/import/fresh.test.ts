import { describe, expect, it } from 'vitest';
import { fresh } from '../../src/import/fresh.js';
import type { ImportResult } from '../../src/import/types.js';
import { readFixture } from './helpers.js';

const read = async (name: string) => fresh.read(await readFixture('fresh', name));

describe('FRESH résumé', () => {
  it('reads its sections into their JSON Resume places: jobs, schools, skill sets, projects, awards, writing', async () => {
    const { resume } = await read('fresh.json');
    expect(resume.basics).toMatchObject({
      name: 'Sam Doe',
      label: 'Engineer',
      summary: 'Builds things.',
      email: 'sam@example.com',
      url: 'https://sam.example',
      location: { city: 'Springfield', countryCode: 'US' },
      profiles: [{ network: 'GitHub', username: 'sam', url: 'https://github.com/sam' }],
    });
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ['Acme', 'Engineer', '2020-01', undefined],
      ['Beta', 'Lead', '2022-03', '2023-01'],
    ]);
    expect(resume.education?.[0]).toMatchObject({
      institution: 'Uni',
      score: '1.3',
      courses: ['Algorithms'],
    });
    // A stint's title is its degree; its highlights are the degree's bullets.
    expect(resume.education?.[1]).toMatchObject({
      institution: 'College',
      studyType: 'BSc',
      highlights: ["Dean's list"],
    });
    expect(resume.skills).toEqual([
      { name: 'Backend', level: 'expert', keywords: ['Go', 'SQL'] },
      { name: 'Docker', level: 'good' },
    ]);
    expect(resume.projects?.[0]).toMatchObject({
      name: 'Tool',
      type: 'OSS',
      roles: ['Creator'],
      description: 'A tool.',
    });
    expect(resume.awards?.[0]).toMatchObject({ title: 'Prize', awarder: 'Org' });
    expect(resume.publications?.[0]).toMatchObject({
      name: 'Paper',
      publisher: 'Journal',
      releaseDate: '2018',
    });
    expect(resume.languages?.[0]).toEqual({ language: 'English', fluency: 'Native' });
  });

  it("keeps what JSON Resume has no place for as comments: other sections, a section's own summary", async () => {
    const { leftOver, notes } = await read('fresh.json');
    expect(leftOver.map((l) => l.key)).toEqual(['speaking', 'employment.summary', 'education.level']);
    expect(notes.map((n) => n.message).join('\n')).toContain('speaking');
  });

  it('is known by its shapes without meta.format: employment.history, skills.list; testimonials as references', async () => {
    const input = await readFixture('fresh', 'shapes-only.json');
    expect(fresh.detect(input)).toBe(true);
    const { resume } = fresh.read(input);
    expect(resume.work?.[0]).toMatchObject({ name: 'Northwind', summary: 'Dashboards for sales.' });
    expect(resume.references).toEqual([{ name: 'A. Boss', reference: 'Kim is great.' }]);
  });

  it('a JSON Resume document is not taken for FRESH', () => {
    const input = { kind: 'document' as const, name: 'r.json', data: { basics: { name: 'A' }, skills: [] } };
    expect(fresh.detect(input)).toBe(false);
  });
});

describe('FRESH sources', () => {
  const sourceOf = (r: ImportResult, path: string) => r.sources?.get(path);

  it("says where each entry and each renamed field was written, for the build's messages", async () => {
    const result = await read('positions.json');
    expect(sourceOf(result, 'work')).toEqual(['employment', 'history']);
    expect(sourceOf(result, 'work/1')).toEqual(['employment', 'history', 1]);
    expect(sourceOf(result, 'work/1/startDate')).toEqual(['employment', 'history', 1, 'start']);
    expect(sourceOf(result, 'work/1/name')).toEqual(['employment', 'history', 1, 'employer']);
    expect(sourceOf(result, 'education/0/studyType')).toEqual(['education', 'history', 0, 'title']);
    expect(sourceOf(result, 'basics/image')).toEqual(['info', 'image']);
    expect(sourceOf(result, 'basics/summary')).toEqual(['info', 'brief']);
    expect(sourceOf(result, 'basics/email')).toEqual(['contact', 'email']);
    expect(sourceOf(result, 'basics/profiles/0/username')).toEqual(['social', 0, 'user']);
  });

  it('places skills from two lists at each, and testimonials at their own list', async () => {
    const result = await read('fresh.json');
    expect(sourceOf(result, 'skills')).toEqual(['skills', 'sets']);
    expect(sourceOf(result, 'skills/0/keywords')).toEqual(['skills', 'sets', 0, 'skills']);
    expect(sourceOf(result, 'skills/1')).toEqual(['skills', 'list', 0]);
    expect(sourceOf(result, 'basics/location/countryCode')).toEqual(['location', 'country']);
    const shapes = await read('shapes-only.json');
    expect(sourceOf(shapes, 'references/0/reference')).toEqual(['testimonials', 0, 'quote']);
  });
});
