import { describe, expect, it } from 'vitest';
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

  it("keeps lists (ordered and nested too) as bullets, a job's keywords as its last bullet, a degree's too", async () => {
    const { resume } = await read('after-0-8.yaml');
    expect(resume.work?.[0]?.highlights).toEqual([
      'Cut pager alerts by 60%',
      'Built the chaos-testing rig',
      'monthly game days',
      '**Keywords:** Kubernetes, Terraform',
    ]);
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
