import { describe, expect, it } from 'vitest';
import { resumake } from '../../src/import/resumake.js';
import type { ImportResult } from '../../src/import/types.js';
import { readFixture } from './helpers.js';

const read = async (name: string) => resumake.read(await readFixture('resumake', name));

describe('resumake.io export', () => {
  it('takes headings as titles and its section order, leaving out the template and profile steps', async () => {
    const { resume } = await read('export.json');
    expect(resume.meta).toEqual({
      order: ['work', 'education', 'skills', 'projects', 'awards'],
      titles: { work: 'Professional Experience', projects: 'Side Projects' },
    });
  });

  it('reads 0.x names, free-text dates, links without a scheme, blanks and stray spaces', async () => {
    const { resume, leftOver } = await read('export.json');
    expect(resume.basics).toMatchObject({
      url: 'https://priya.example.dev',
      location: { city: 'Austin, TX' },
    });
    expect(resume.work?.[0]).toEqual({
      name: 'Lonestar Robotics',
      location: 'Austin, TX',
      position: 'Firmware Engineer',
      startDate: '2017-06',
      highlights: ['Wrote the motor controller firmware', 'Halved boot time'],
    });
    expect(resume.education?.[0]).toMatchObject({
      score: '3.8',
      startDate: '2013-08',
      endDate: '2017-05',
      location: 'Austin, TX',
    });
    expect(leftOver).not.toContainEqual(expect.objectContaining({ key: 'location' }));
    expect(resume.skills?.[0]?.keywords).toEqual(['C', 'Rust']);
  });

  it('reads the custom sections of its last version: bullets, tables and paragraphs', async () => {
    const { resume } = await read('custom-sections.json');
    expect(resume.meta?.order).toEqual(['work', 'leadership', 'tools', 'about-me']);
    expect(resume.sections).toEqual([
      {
        id: 'leadership',
        title: 'Leadership',
        items: [
          { label: 'Chess Club', text: '2015 – 2017 · President · Beirut' },
          { text: 'Grew membership to 80' },
        ],
      },
      { id: 'tools', title: 'Tools', items: [{ label: 'Analysis', text: 'R, Stata' }] },
      { id: 'about-me', title: 'About Me', items: [{ text: 'I like turning messy data into decisions.' }] },
    ]);
  });
});

describe('resumake sources', () => {
  const sourceOf = (r: ImportResult, path: string) => r.sources?.get(path);

  it('counts entries as written (a blank one taken out does not move the next) and points renamed keys at their own', async () => {
    const result = await read('positions.json');
    expect(result.resume.work).toHaveLength(1);
    expect(sourceOf(result, 'work/0')).toEqual(['work', 1]);
    expect(sourceOf(result, 'work/0/name')).toEqual(['work', 1, 'company']);
    expect(sourceOf(result, 'work/0/url')).toEqual(['work', 1, 'website']);
    expect(sourceOf(result, 'education/0/score')).toEqual(['education', 0, 'gpa']);
    expect(sourceOf(result, 'basics/image')).toEqual(['basics', 'picture']);
    expect(sourceOf(result, 'basics/location/city')).toEqual(['basics', 'location', 'address']);
    expect(sourceOf(result, 'meta/titles')).toEqual(['headings']);
    expect(sourceOf(result, 'meta/order/0')).toEqual(['sections', 2]);
  });

  it('places a custom section at its entries, its title at its displayName, each bullet and paragraph at its own', async () => {
    const result = await read('custom-sections.json');
    expect(sourceOf(result, 'sections/0')).toEqual(['leadership']);
    expect(sourceOf(result, 'sections/0/title')).toEqual(['sections', 2, 'displayName']);
    expect(sourceOf(result, 'sections/0/items/0')).toEqual(['leadership', 0]);
    expect(sourceOf(result, 'sections/0/items/1')).toEqual(['leadership', 0, 'bullets', 0]);
    expect(sourceOf(result, 'sections/1/items/0')).toEqual(['tools', 0]);
    expect(sourceOf(result, 'sections/2/items/0')).toEqual(['about', 0, 'paragraph']);
    expect(sourceOf(result, 'meta/order/1')).toEqual(['sections', 2]);
  });
});
