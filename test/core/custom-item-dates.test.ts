// A custom section's item may be dated as the built-in entries are: one `date`, or a span (startDate, endDate).
// Validated at its line, read as people write dates, printed in the résumé's language and date format.
import { describe, expect, it } from 'vitest';
import { normalizeDates } from '../../src/core/normalize.js';
import { parseResume } from '../../src/core/parse.js';
import { prepareResume } from '../../src/core/prepare.js';
import type { Resume } from '../../src/core/resume-types.js';
import { tailorResume } from '../../src/core/tailor.js';
import { validateResume } from '../../src/core/validate.js';
import { UserError } from '../../src/errors.js';

/** Our own format: the file declares our schema (at its end, so line numbers stay those of the text). */
const source = (text: string) => ({
  path: 'resume.yaml',
  name: 'resume.yaml',
  text: `${text}\n# yaml-language-server: $schema=./schema/resume.schema.json\n`,
  json: false,
});

/** A résumé whose one custom section holds these items (YAML flow maps, one a line from line 6). */
const withItems = (...items: string[]) =>
  ['basics:', '  name: Ada', 'sections:', '  - id: patents', '    title: Patents', '    items:']
    .concat(items.map((i) => `      - ${i}`))
    .join('\n');

async function problems(text: string): Promise<string[]> {
  try {
    await validateResume(await parseResume(source(text)));
    return [];
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error.diagnostics.map((d) => `${d.line}:${d.col} ${d.path} ${d.message}`);
  }
}

describe("a custom item's dates", () => {
  it('are accepted as one date or a span, an open span included', async () => {
    const text = withItems(
      '{ label: Gripper, text: SE 2024-000111, startDate: "2023-03", endDate: "2024-12" }',
      '{ label: Sensor, text: pending, startDate: "2024-06" }',
      '{ label: Talk, text: PyConES, date: "2022-10-07" }',
    );
    const resume = await validateResume(await parseResume(source(text)));
    expect(
      resume.sections?.[0]?.items.map(({ date, startDate, endDate }) => [date, startDate, endDate]),
    ).toEqual([
      [undefined, '2023-03', '2024-12'],
      [undefined, '2024-06', undefined],
      ['2022-10-07', undefined, undefined],
    ]);
  });

  it('are errors at their line when malformed, out of order, or a date beside a span', async () => {
    const text = withItems(
      '{ text: a, date: "2022-13" }',
      '{ text: b, startDate: "2024-05", endDate: "2023" }',
      '{ text: c, date: "2020", startDate: "2019" }',
      '{ text: d, when: "2020" }',
    );
    expect(await problems(text)).toEqual([
      '7:26 sections[0].items[0].date "2022-13" has no month 13: months go from 01 to 12',
      '8:51 sections[0].items[1].endDate ends (2023) before it starts (2024-05)',
      '9:26 sections[0].items[2].date a date and a span (startDate) on one item: keep date for one day or month, or startDate/endDate for a span',
      expect.stringMatching(
        /^10:20 sections\[0\]\.items\[3\]\.when unknown key "when"; .*date, startDate, endDate/,
      ),
    ]);
  });

  it('are read as people write them, each guess said at its place; "present" ends nothing', () => {
    const data = {
      sections: [
        {
          items: [
            { text: 'a', startDate: 'March 2023', endDate: 'Present' },
            { text: 'b', date: 'Fall 2023' },
            { text: 'c', date: 2021 },
          ],
        },
      ],
    };
    const { notices, raw } = normalizeDates(data, false);
    expect(data.sections[0]?.items).toEqual([
      { text: 'a', startDate: '2023-03' },
      { text: 'b', date: 'Fall 2023' },
      { text: 'c', date: '2021' },
    ]);
    expect(notices.map((n) => `${n.path.join('.')} ${n.message}`)).toEqual([
      'sections.0.items.0.startDate "March 2023" read as 2023-03 (write YYYY-MM to be sure)',
      'sections.0.items.0.endDate "Present" read as still going on: leave endDate out to say so',
      'sections.0.items.1.date "Fall 2023" is not a date this tool can read: printed as written',
      'sections.0.items.2.date write the year in quotes: "2021"',
    ]);
    expect([...raw]).toEqual(['sections/0/items/1/date']);
  });

  it("print in the résumé's language and the design's date format, as other sections' dates do", () => {
    const resume = (dateFormat?: 'MMMM YYYY') =>
      ({
        basics: { name: 'Lucía' },
        meta: { locale: 'es', ...(dateFormat && { design: { dateFormat } }) },
        sections: [
          {
            id: 'patentes',
            title: 'Patentes',
            items: [
              { label: 'Pinza', text: 'ES 1', startDate: '2023-03', endDate: '2024-12' },
              { label: 'Sensor', text: 'ES 2', startDate: '2024-06' },
              { text: 'Charla', date: '2022-10' },
              { text: 'Otoño', date: 'otoño 2021' },
              { text: 'Sin fecha' },
            ],
          },
        ],
      }) as Resume;
    const dates = (r: Resume) =>
      prepareResume(r).sections.flatMap((s) => (s.kind === 'items' ? s.items.map((i) => i.date) : []));
    expect(dates(resume())).toEqual([
      'mar. 2023 – dic. 2024',
      'jun. 2024 – actualidad',
      'oct. 2022',
      'otoño 2021',
      undefined,
    ]);
    expect(dates(resume('MMMM YYYY'))[0]).toBe('marzo 2023 – diciembre 2024');
  });

  it('stay with their items through tailoring by tags', () => {
    const resume = {
      basics: { name: 'Ada' },
      sections: [
        {
          id: 'talks',
          title: 'Talks',
          items: [
            { text: 'Rust in production', date: '2024-05', tags: ['backend'] },
            { text: 'Design systems', startDate: '2022-01', endDate: '2023-06', tags: ['frontend'] },
            { text: 'Untagged', startDate: '2021-02' },
          ],
        },
      ],
    } as Resume;
    const { resume: tailored } = tailorResume(resume, { tags: ['backend'] });
    expect(tailored.sections?.[0]?.items).toEqual([
      { text: 'Rust in production', date: '2024-05', tags: ['backend'] },
      { text: 'Untagged', startDate: '2021-02' },
    ]);
  });
});
