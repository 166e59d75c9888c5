// The section table's view of an entry's details (issue 21): the employer's link on the employer, not the title;
// a bare score labelled in the résumé's language; a project's type and roles apart, the roles labelled; courses
// as one labelled line.
import { describe, expect, it } from 'vitest';
import { prepareResume } from '../../src/core/prepare.js';
import type { Resume } from '../../src/core/resume-types.js';
import type { ViewEntry } from '../../src/core/view.js';

function entriesOf(resume: Omit<Resume, 'basics'>, locale = 'en'): Record<string, ViewEntry[]> {
  const view = prepareResume({ basics: { name: 'Test' }, ...resume } as Resume, { locale });
  return Object.fromEntries(view.sections.map((s) => [s.id, s.kind === 'entries' ? s.entries : []]));
}

describe('an entry’s links', () => {
  it('puts a job’s address on the employer', () => {
    const { work } = entriesOf({
      work: [
        { position: 'Staff Backend Engineer', name: 'Northwind Payments', url: 'https://northwind.example' },
      ],
    });
    expect(work?.[0]).toMatchObject({
      title: 'Staff Backend Engineer',
      href: undefined,
      org: 'Northwind Payments',
      orgHref: 'https://northwind.example',
    });
  });

  it('puts it on the one name there is: the employer with no position, the position with no employer', () => {
    const { work } = entriesOf({
      work: [
        { name: 'Freelance Studio', url: 'https://studio.example' },
        { position: 'Consultant', url: 'https://me.example' },
      ],
    });
    expect(work?.[0]).toMatchObject({ title: 'Freelance Studio', href: 'https://studio.example' });
    expect(work?.[0]?.org).toBeUndefined();
    expect(work?.[1]).toMatchObject({ title: 'Consultant', href: 'https://me.example' });
  });

  it('keeps a project’s, a certificate’s and a school’s address where it belongs', () => {
    const view = entriesOf({
      projects: [{ name: 'Tram Map', entity: 'City Lab', url: 'https://trams.example' }],
      certificates: [{ name: 'CKA', issuer: 'CNCF', url: 'https://cert.example' }],
      education: [{ studyType: 'BSc', area: 'Physics', institution: 'Leeds', url: 'https://leeds.example' }],
    });
    expect(view.projects?.[0]).toMatchObject({ href: 'https://trams.example', org: 'City Lab' });
    expect(view.projects?.[0]?.orgHref).toBeUndefined();
    expect(view.certificates?.[0]).toMatchObject({ href: 'https://cert.example', org: 'CNCF' });
    expect(view.education?.[0]).toMatchObject({ title: 'BSc, Physics', orgHref: 'https://leeds.example' });
  });
});

describe('an entry’s details', () => {
  it.each([
    ['4.0', 'en', 'GPA 4.0'],
    ['3.8/4.0', 'en-US', 'GPA 3.8/4.0'],
    ['1,3', 'de', 'Note 1,3'],
    ['CGPA: 7.4', 'en', 'CGPA: 7.4'],
    ['magna cum laude', 'de', 'magna cum laude'],
  ])('labels a bare score: %s in %s reads "%s"', (score, locale, shown) => {
    const { education } = entriesOf({ education: [{ institution: 'Uni', studyType: 'BSc', score }] }, locale);
    expect(education?.[0]?.detail).toBe(shown);
  });

  it.each([
    [{ type: 'application', roles: ['Team lead', 'Designer'] }, 'application · Roles: Team lead, Designer'],
    [{ type: 'library', roles: ['Author'] }, 'library · Role: Author'],
    [{ roles: ['Author'] }, 'Role: Author'],
    [{ type: 'talk' }, 'talk'],
    [{}, undefined],
  ])('separates and labels a project’s type and roles: %o', (fields, shown) => {
    const { projects } = entriesOf({ projects: [{ name: 'P', ...fields }] });
    expect(projects?.[0]?.detail).toBe(shown);
  });

  it('labels roles in the résumé’s language', () => {
    const { projects } = entriesOf({ projects: [{ name: 'P', roles: ['Autorin', 'Moderatorin'] }] }, 'de');
    expect(projects?.[0]?.detail).toBe('Rollen: Autorin, Moderatorin');
  });

  it('puts courses on one labelled line, not in bullets', () => {
    const { education } = entriesOf({
      education: [{ institution: 'Uni', courses: ['Databases', 'Statistics'] }],
    });
    expect(education?.[0]).toMatchObject({ keywords: 'Courses: Databases, Statistics', highlights: [] });
  });

  it('draws the markdown of one-line lists as plain words, a link with its address, and a degree’s bullets', () => {
    const { work, education } = entriesOf({
      work: [
        {
          name: 'Acme',
          keywords: ['**Go**', '*Rust*', '[gRPC](https://grpc.io)', '[https://x.example](https://x.example)'],
          positions: [
            {
              position: 'Lead',
              keywords: ['[mail me](mailto:a@b.example)', '[a@b.example](mailto:a@b.example)'],
            },
          ],
        },
      ],
      education: [{ institution: 'Uni', courses: ['**Databases**'], highlights: ['First **class**'] }],
    });
    expect(work?.[0]?.keywords).toBe('Go, Rust, gRPC (https://grpc.io), https://x.example');
    expect(work?.[0]?.roles?.[0]?.keywords).toBe('mail me (a@b.example), a@b.example');
    expect(education?.[0]?.keywords).toBe('Courses: Databases');
    expect(education?.[0]?.highlights).toEqual([
      [
        { type: 'text', text: 'First ' },
        { type: 'strong', children: [{ type: 'text', text: 'class' }] },
      ],
    ]);
  });
});

describe('the place on the contact line', () => {
  const placeOf = (location: Resume['basics']['location'], locale = 'en') =>
    prepareResume({ basics: { name: 'Test', location } } as Resume, { locale }).contacts[0]?.text;

  it('names the country in the résumé’s language, not by its code ("Toronto, CA" reads as California)', () => {
    expect(placeOf({ city: 'Toronto', region: 'ON', countryCode: 'CA' })).toBe('Toronto, ON, Canada');
    expect(placeOf({ city: 'Wien', countryCode: 'AT' }, 'de')).toBe('Wien, Österreich');
    expect(placeOf({ city: '서울', countryCode: 'KR' }, 'ko')).toBe('서울, 대한민국');
  });

  it('keeps a code ICU has no name for, and does not say a country the place already names', () => {
    expect(placeOf({ city: 'Somewhere', countryCode: 'ZZ' })).toBe('Somewhere, ZZ');
    expect(placeOf({ city: 'Somewhere', countryCode: 'QX' })).toBe('Somewhere, QX');
    expect(placeOf({ city: 'Milan Area, Italy', countryCode: 'IT' })).toBe('Milan Area, Italy');
  });
});
