// Our own JSON Resume export read back: meta.resume put where our format has each thing, and what the file no
// longer agrees with said at its key, with why.
import { describe, expect, it } from 'vitest';
import { readOwnExport } from '../../src/core/own-export.js';

const read = (json: string) => {
  const data = JSON.parse(json);
  return { data, said: readOwnExport(data, new Map()).map((n) => `${n.path.join(' ')}: ${n.message}`) };
};

describe('readOwnExport', () => {
  it('restores a date as written at its path, and only there: a path is never the prototype', () => {
    const { data, said } = read(
      '{"work":[{"name":"Acme","startDate":"2019"}],"meta":{"resume":{"paper":"Letter","datesAsWritten":' +
        '{"work[0].startDate":"Summer 2019","__proto__.startDate":"Fall 2019","work[9].endDate":"x"}}}}',
    );
    expect(data.work[0].startDate).toBe('Summer 2019');
    expect(data.meta).toEqual({ paper: 'Letter' });
    expect(({} as { startDate?: string }).startDate).toBeUndefined();
    // What could not be placed is said, at its key.
    expect(said).toEqual([
      'meta resume datesAsWritten __proto__.startDate: not applied: the file has no __proto__.startDate to give "Fall 2019" back to (edited since the export?)',
      'meta resume datesAsWritten work[9].endDate: not applied: the file has no work[9].endDate to give "x" back to (edited since the export?)',
    ]);
  });

  it('says why a date edited since, a setting meta has too and bullets among fewer courses are not applied', () => {
    const { data, said } = read(
      JSON.stringify({
        work: [{ name: 'Acme', startDate: '2018-04' }],
        education: [
          { institution: 'Lund', courses: ['Databases'] },
          { institution: 'Uppsala', courses: ['A'] },
        ],
        sections: [{ id: 'talks', items: [] }],
        meta: {
          locale: 'de',
          paper: 'A4',
          resume: {
            locale: 'en-GB',
            paper: 'A4',
            sections: [{ id: 'old', items: [] }],
            datesAsWritten: { 'work[0].startDate': 'Summer 2019' },
            bulletsInCourses: { 'education[0]': 2, 'education[1]': 1, 'education[4]': 1 },
          },
        },
      }),
    );
    expect(said).toEqual([
      'meta resume sections: not applied: the file has sections: of its own, which are read instead',
      'meta resume locale: not applied: meta.locale is set too ("de"), and it is the one read (remove one)',
      'meta resume datesAsWritten work[0].startDate: not applied: work[0].startDate is "2018-04" now, not "2019" as exported, so "Summer 2019" is not put back: the date edited since is kept',
      "meta resume bulletsInCourses: not applied: education[0] has 1 course, fewer than the 2 bullets the export wrote among them; the file has no education[4]: edited since, so every degree's courses are read as courses",
    ]);
    // The same setting in both says nothing; nothing moved where a count disagrees; meta.resume is read.
    expect(data.meta).toEqual({ locale: 'de', paper: 'A4' });
    expect(data.work[0].startDate).toBe('2018-04');
    expect(data.education[1]).toEqual({ institution: 'Uppsala', courses: ['A'] });
    expect(data.sections).toEqual([{ id: 'talks', items: [] }]);
  });

  it("puts a degree's bullets back, its settings under meta and its sections, where the file agrees", () => {
    const { data, said } = read(
      JSON.stringify({
        education: [{ institution: 'Lund', courses: ['Databases', 'Thesis on queues'] }],
        meta: {
          resume: { paper: 'Letter', sections: [{ id: 'talks' }], bulletsInCourses: { 'education[0]': 1 } },
        },
      }),
    );
    expect(said).toEqual([]);
    expect(data).toEqual({
      education: [{ institution: 'Lund', courses: ['Databases'], highlights: ['Thesis on queues'] }],
      sections: [{ id: 'talks' }],
      meta: { paper: 'Letter' },
    });
  });
});
