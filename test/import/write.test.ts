import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Resume } from '../../src/core/resume-types.js';
import { fitToSchema } from '../../src/import/fit.js';
import { newReport } from '../../src/import/report.js';
import { importedYaml } from '../../src/import/write.js';

describe('importedYaml', () => {
  const result = {
    resume: {
      basics: { name: 'Ada', summary: 'First line.\n\n- a bullet' },
      work: [{ name: 'Acme', position: 'Engineer' }, { name: 'Beta' }],
    } as Resume,
    notes: [],
    leftOver: [
      { at: ['work', 0], key: 'projects', value: [{ name: 'Lantern', summary: 'A tracer' }] },
      { at: ['work', 0], key: 'team_size', value: '12' },
      { at: ['basics'], key: 'birthday', value: '1990-04-02' },
      { at: [], key: 'extra', value: 'top' },
      { at: ['volunteer', 3], key: 'lost', value: 'kept at the top' },
    ],
  };

  it('writes the schema header and comments each left-over under the entry it came from', async () => {
    const yaml = await importedYaml(result, '../schema/resume.schema.json', 'a RenderCV file');
    expect(yaml.startsWith('# yaml-language-server: $schema=../schema/resume.schema.json\n')).toBe(true);
    const lines = yaml.split('\n');
    const under = (entry: string, comment: string) =>
      lines.findIndex((l) => l.includes(comment)) > lines.findIndex((l) => l.includes(entry));
    expect(yaml).toContain(
      [
        '    position: Engineer',
        '    # not imported from a RenderCV file (no place for it here):',
        '    # projects:',
        '    #   - name: Lantern',
        '    #     summary: A tracer',
        '    # team_size: "12"',
        '  - name: Beta',
      ].join('\n'),
    );
    expect(under('basics:', '# birthday: 1990-04-02')).toBe(true);
    expect(lines.indexOf('# extra: top')).toBeGreaterThan(lines.indexOf('  - name: Beta'));
    // Under the section the document does not have, named so the comment says where it was.
    expect(yaml).toContain('# volunteer:\n#   lost: kept at the top');
  });

  it('writes no empty part (a meta left with nothing once its theme was kept aside): its comment says where', async () => {
    const yaml = await importedYaml(
      {
        resume: { meta: {}, basics: { name: 'Ada' } } as Resume,
        notes: [],
        leftOver: [{ at: ['meta'], key: 'theme', value: 'elegant' }],
      },
      'schema.json',
      'a JSON Resume document',
    );
    expect(yaml).not.toMatch(/^meta:/m);
    expect(yaml).not.toContain('{}');
    expect(yaml).toContain(
      '# not imported from a JSON Resume document (no place for it here):\n# meta:\n#   theme: elegant',
    );
  });

  it('writes multi-line texts as literal blocks, and the data reads back unchanged', async () => {
    const yaml = await importedYaml(result, 'schema.json', 'a file');
    expect(yaml).toContain('  summary: |-\n    First line.\n\n    - a bullet');
    expect(parse(yaml)).toEqual(result.resume);
  });
});

describe('fitToSchema', () => {
  it('moves what the schema refuses to the left-overs, under its entry, and keeps the rest', () => {
    const report = newReport();
    const resume = fitToSchema(
      {
        basics: { name: 'Ada', email: 'not an e-mail', extra: 'x' },
        work: [{ name: 'Acme', startDate: '2020-05', endDate: '2019-01', url: 'ftp://acme' }],
        skills: [{ name: 'Go', keywords: ['Go', ''] }],
      } as unknown as Resume,
      report,
    );
    const { leftOver, notes } = report.finish(resume);
    expect(resume).toEqual({
      basics: { name: 'Ada' },
      work: [{ name: 'Acme', startDate: '2020-05' }],
      skills: [{ name: 'Go', keywords: ['Go'] }],
    });
    expect(leftOver).toEqual(
      expect.arrayContaining([
        { at: ['basics'], key: 'email', value: 'not an e-mail' },
        { at: ['basics'], key: 'extra', value: 'x' },
        { at: ['work', 0], key: 'endDate', value: '2019-01' },
        { at: ['work', 0], key: 'url', value: 'ftp://acme' },
      ]),
    );
    expect(notes.map((n) => n.message).join('\n')).toMatch(/end dates before their start dates/);
  });

  it("keeps a date it cannot read (printed as written) and a link's text when its target is refused", () => {
    const report = newReport();
    const resume = fitToSchema(
      {
        basics: { name: 'Ada', summary: 'See [my site](www.ada.example) and [docs](https://d.example).' },
        work: [{ startDate: 'Fall 2023' }],
      } as Resume,
      report,
    );
    expect(resume.work?.[0]?.startDate).toBe('Fall 2023');
    expect(resume.basics.summary).toBe('See my site and [docs](https://d.example).');
    expect(report.finish(resume).leftOver).toContainEqual({
      at: ['basics'],
      key: 'link',
      value: 'www.ada.example',
    });
  });
});

describe('importedYaml, repeated keys', () => {
  it('lists the values of a key left over twice under one entry', async () => {
    const yaml = await importedYaml(
      {
        resume: { basics: { name: 'Ada' } },
        notes: [],
        leftOver: [
          { at: ['basics'], key: 'email', value: 'a@one.example' },
          { at: ['basics'], key: 'email', value: 'a@two.example' },
        ],
      },
      'schema.json',
      'a file',
    );
    expect(yaml).toContain('  # email:\n  #   - a@one.example\n  #   - a@two.example');
  });
});

describe('fitToSchema, items without what they need', () => {
  it('takes out list items that miss a required key, one at a time, and keeps them', () => {
    const report = newReport();
    const resume = fitToSchema(
      {
        basics: { name: 'Ada', profiles: [{ username: 'ada' }, { network: 'GitHub' }] },
        sections: [
          'templates',
          { name: 'x' },
          { id: 'ok', title: 'OK', items: [{ label: 'no text' }, { text: 'a' }] },
        ],
      } as unknown as Resume,
      report,
    );
    expect(resume).toEqual({
      basics: { name: 'Ada', profiles: [{ network: 'GitHub' }] },
      sections: [{ id: 'ok', title: 'OK', items: [{ text: 'a' }] }],
    });
    expect(report.finish(resume).leftOver).toEqual(
      expect.arrayContaining([
        { at: ['basics'], key: 'profiles', value: { username: 'ada' } },
        { at: ['sections'], key: 'sections', value: 'templates' },
        { at: ['sections'], key: 'sections', value: { name: 'x' } },
        { at: ['sections', 0], key: 'items', value: { label: 'no text' } },
      ]),
    );
  });
});
