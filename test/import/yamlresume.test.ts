import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/import/types.js';
import { yamlResume } from '../../src/import/yamlresume/index.js';
import { readFixture } from './helpers.js';

const read = async (name: string) => yamlResume.read(await readFixture('yamlresume', name));

describe('YAMLResume before 0.8 (one `layout`)', () => {
  it('reads the locale inside the layout: `language: no` is Norwegian', async () => {
    const { resume } = await read('before-0-8.yaml');
    expect(resume.meta).toMatchObject({
      locale: 'no',
      order: ['summary', 'work', 'education'],
      titles: { work: 'Arbeidserfaring' },
      design: { fontSize: 11, margins: { top: 25, left: 15 } },
    });
  });

  it('maps headline, location with a country name, and a Markdown summary to a summary and bullets', async () => {
    const { resume } = await read('before-0-8.yaml');
    expect(resume.basics).toMatchObject({
      label: 'Product designer',
      location: { city: 'Bergen', countryCode: 'NO' },
    });
    expect(resume.work?.[0]).toEqual({
      name: 'Fjord Studio',
      position: 'Lead Designer',
      startDate: '2019-03',
      summary: 'Leads design for the booking product.',
      highlights: ['Redesigned checkout, raising completion by 12%', 'Set up the design system'],
    });
    expect(resume.education?.[0]).toMatchObject({
      studyType: 'Master',
      startDate: '2014-08',
      endDate: '2016-06',
    });
  });
});

describe('YAMLResume 0.8+ (`locale` and `layouts`)', () => {
  it('reads the LaTeX layout (the PDF) and names the others', async () => {
    const result = await read('after-0-8.yaml');
    expect(result.resume.meta).toMatchObject({
      locale: 'es',
      paper: 'Letter',
      order: ['summary', 'work', 'projects'],
      titles: { summary: 'Perfil', work: 'Experiencia' },
      design: { fontSize: 10, margins: { top: 20, bottom: 20 } },
    });
    expect(result.notes.map((n) => n.message).join('\n')).toMatch(/layouts for other engines/);
  });

  it("keeps lists (ordered and nested too) as bullets, a job's keywords as its keywords, a degree's too", async () => {
    const { resume } = await read('after-0-8.yaml');
    expect(resume.work?.[0]?.highlights).toEqual([
      'Cut pager alerts by 60%',
      'Built the chaos-testing rig',
      'monthly game days',
    ]);
    // Our jobs have keywords (a line under the entry): YAMLResume's are read as such, not as a bullet.
    expect(resume.work?.[0]?.keywords).toEqual(['Kubernetes', 'Terraform']);
    expect(resume.projects?.[0]).toMatchObject({
      description: 'A small Postgres monitor\n\nOpen-source, 400 stars.',
      highlights: ['Alerting rules as code'],
      keywords: ['Go', 'PostgreSQL'],
    });
    // An education summary as a job's: its text a summary, its list bullets under the degree; courses stay courses.
    expect(resume.education?.[0]).toMatchObject({
      summary: 'Graduated with honours.',
      highlights: ['Teaching assistant for Operating Systems'],
      courses: ['Distributed Systems'],
    });
  });

  it("keeps what has no place (a language's keywords, a reference's relationship) as left-overs", async () => {
    const { resume, leftOver } = await read('after-0-8.yaml');
    expect(resume.references?.[0]).toEqual({
      name: 'Carla Muñoz',
      reference: 'Daniel is calm under pressure.',
    });
    expect(leftOver).toContainEqual({ at: ['references', 0], key: 'relationship', value: 'Former manager' });
    expect(leftOver).toContainEqual({ at: ['languages', 0], key: 'keywords', value: ['Chilean'] });
    expect(resume.basics.location).toEqual({
      address: '12 Harbor Road',
      city: 'Valparaíso',
      countryCode: 'CL',
      postalCode: '2340000',
      region: 'Valparaíso',
    });
  });

  it('reads Chinese and Portuguese locales as ours, and a YAML 1.1 false as Norwegian', () => {
    const locale = (language: unknown) =>
      yamlResume.read({
        kind: 'document',
        name: 'r.yml',
        data: { content: { basics: { name: 'A' } }, locale: { language } },
      }).resume.meta?.locale;
    expect(locale('zh-hant-tw')).toBe('zh-TW');
    expect(locale('pt-br')).toBe('pt-BR');
    expect(locale(false)).toBe('no');
  });
});

describe('YAMLResume sources', () => {
  const doc = (data: unknown) => yamlResume.read({ kind: 'document', name: 'r.yml', data });
  const sourceOf = (r: ImportResult, path: string) => r.sources?.get(path);

  it("says where each entry and each renamed field was written, for the build's messages", async () => {
    const result = await read('positions.yaml');
    expect(sourceOf(result, 'basics')).toEqual(['content', 'basics']);
    expect(sourceOf(result, 'basics/label')).toEqual(['content', 'basics', 'headline']);
    expect(sourceOf(result, 'basics/location/countryCode')).toEqual(['content', 'location', 'country']);
    expect(sourceOf(result, 'basics/profiles/0')).toEqual(['content', 'profiles', 0]);
    expect(sourceOf(result, 'work/1')).toEqual(['content', 'work', 1]);
    expect(sourceOf(result, 'work/1/highlights')).toEqual(['content', 'work', 1, 'summary']);
    expect(sourceOf(result, 'education/0/studyType')).toEqual(['content', 'education', 0, 'degree']);
    expect(sourceOf(result, 'meta')).toEqual(['layouts', 0]);
    expect(sourceOf(result, 'meta/locale')).toEqual(['locale', 'language']);
    expect(sourceOf(result, 'meta/order')).toEqual(['layouts', 0, 'sections', 'order']);
    expect(sourceOf(result, 'meta/paper')).toEqual(['layouts', 0, 'page', 'paperSize']);
  });

  it('counts entries as written: one that is no mapping does not move the next', () => {
    const result = doc({
      content: {
        basics: { name: 'A', label: 'Engineer' },
        work: ['Acme', { name: 'B', position: 'Engineer', startDate: 'Fall 2020' }],
        references: [{ name: 'C', summary: 'Good.' }],
        projects: [{ name: 'D', summary: 'What it is.' }],
      },
    });
    expect(result.resume.work).toHaveLength(1);
    expect(sourceOf(result, 'work/0')).toEqual(['content', 'work', 1]);
    expect(sourceOf(result, 'basics/label')).toEqual(['content', 'basics', 'label']);
    expect(sourceOf(result, 'references/0/reference')).toEqual(['content', 'references', 0, 'summary']);
    expect(sourceOf(result, 'projects/0/description')).toEqual(['content', 'projects', 0, 'summary']);
  });

  it('places the settings of a one-layout file in it, its margins outside its page', async () => {
    const result = await read('before-0-8.yaml');
    expect(sourceOf(result, 'meta/locale')).toEqual(['layout', 'locale', 'language']);
    expect(sourceOf(result, 'meta/titles')).toEqual(['layout', 'sections', 'aliases']);
    expect(sourceOf(result, 'meta/design/margins/top')).toEqual(['layout', 'margins', 'top']);
  });
});
