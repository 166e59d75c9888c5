import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from '../../src/import/linkedin/csv.js';
import { readDescription } from '../../src/import/linkedin/description.js';
import { linkedIn } from '../../src/import/linkedin/index.js';
import { readFixture } from './helpers.js';

const read = async (folder: string) => linkedIn.read(await readFixture('linkedin', folder));
const notes = (r: { notes: { message: string }[] }) => r.notes.map((n) => n.message).join('\n');

describe('CSV', () => {
  it('reads by column name, with quoted commas, doubled quotes and newlines, CRLF and a BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFFB,A\r\n"x, ""y""",1\r\n"two\r\nlines",2\r\n\r\n');
    const { text, latin1 } = decodeCsv(bytes);
    expect(latin1).toBe(false);
    expect(parseCsv(text)).toEqual([
      { B: 'x, "y"', A: '1' },
      { B: 'two\nlines', A: '2' },
    ]);
  });

  it('reads a Latin-1 re-save with semicolons, and a tab-separated file', () => {
    const latin1 = Uint8Array.from([
      0x4e, 0x61, 0x6d, 0x65, 0x3b, 0x4e, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x3b, 0x31, 0x0a,
    ]);
    const decoded = decodeCsv(latin1);
    expect(decoded.latin1).toBe(true);
    expect(parseCsv(decoded.text)).toEqual([{ Name: 'Café', N: '1' }]);
    expect(parseCsv('Email Address\tPrimary\na@b.c\tYes\n')).toEqual([
      { 'Email Address': 'a@b.c', Primary: 'Yes' },
    ]);
  });
});

describe('descriptions', () => {
  it('makes bullets of •, ●, U+FFFC and tab marks, the text before them the summary', () => {
    expect(readDescription('Owns the app. • Moved to Kotlin • Cut crashes')).toEqual({
      summary: 'Owns the app.',
      bullets: ['Moved to Kotlin', 'Cut crashes'],
    });
    expect(readDescription('\uFFFCOne\uFFFCTwo')).toEqual({ bullets: ['One', 'Two'] });
    expect(readDescription('● A ● B').bullets).toEqual(['A', 'B']);
    expect(readDescription('\tA\tB').bullets).toEqual(['A', 'B']);
  });

  it('makes bullets of "- " lines (with their continuation lines) and of " * " items', () => {
    expect(readDescription('Lead.\n- Built X\n- Automated Y\nkept green')).toEqual({
      summary: 'Lead.',
      bullets: ['Built X', 'Automated Y kept green'],
    });
    expect(readDescription('Team: 50+ * Perform reviews * Lead releases')).toEqual({
      summary: 'Team: 50+',
      bullets: ['Perform reviews', 'Lead releases'],
    });
  });

  it('makes bullets of short items separated by double spaces; prose stays a summary with its paragraphs', () => {
    expect(
      readDescription('Migrated 40 services  Set up cost alerts  Wrote the runbooks').bullets,
    ).toHaveLength(3);
    const prose =
      'I lead the audio team. We test headsets and arrays.  Before that I ran a startup. It grew to ten people.';
    expect(readDescription(prose)).toEqual({
      summary:
        'I lead the audio team. We test headsets and arrays.\n\nBefore that I ran a startup. It grew to ten people.',
      bullets: [],
    });
    expect(readDescription('Hidacs Sàrl - Switzerland - acoustics')).toEqual({
      summary: 'Hidacs Sàrl - Switzerland - acoustics',
      bullets: [],
    });
  });
});

describe('LinkedIn export', () => {
  it('2018: 15-column profile with Country, PORTFOLIO websites and Twitter as profiles, phone and e-mail files', async () => {
    const { resume, leftOver } = await read('2018');
    expect(resume.basics).toMatchObject({
      name: 'Sofia Marchetti',
      label: 'Mobile developer',
      email: 'sofia.marchetti@example.it',
      phone: '+39 02 5550 1234',
      summary: 'I build offline-first apps.\n\nI mentor juniors.',
      location: { city: 'Milan Area', postalCode: '20121', countryCode: 'IT' },
      profiles: [
        { network: 'Portfolio', url: 'http://sofia.example.it' },
        { network: 'Portfolio', url: 'https://apps.example.it' },
        { network: 'Twitter', username: 'sofiadev', url: 'https://twitter.com/sofiadev' },
      ],
    });
    expect(leftOver).toContainEqual({ at: ['basics'], key: 'Birth Date', value: 'Feb 3, 1990' });
    expect(leftOver).toContainEqual({ at: ['basics'], key: 'email', value: 'old.sofia@example.it' });
    expect(resume.awards).toEqual([
      { title: 'Best App 2017', awarder: 'Italian App Awards', date: '2017-11', summary: 'National award' },
    ]);
    expect(resume.projects?.[0]).toMatchObject({ name: 'Ferry Tracker', startDate: '2015-08' });
  });

  it('2018: an empty Finished On is a current role; bullets from •; notes and activities as lines', async () => {
    const { resume } = await read('2018');
    expect(resume.work?.[0]).toEqual({
      name: 'Vela Mobile',
      position: 'Lead Android Developer',
      location: 'Milan Area, Italy',
      startDate: '2016-06',
      summary: 'Owns the app architecture.',
      highlights: ['Moved the app to Kotlin', 'Cut crashes by 70%', 'Hired three developers'],
    });
    expect(resume.education?.[0]).toMatchObject({
      summary: 'Thesis on energy-aware scheduling',
      highlights: ['Activities and societies: Robotics club'],
    });
    expect(resume.education?.[0]?.courses).toBeUndefined();
    expect(resume.skills).toEqual([{ keywords: ['Kotlin', 'Android', 'Clean Architecture, MVVM'] }]);
  });

  it('current: [KIND:url] websites, Profile Summary.csv, U+FFFC and double-space bullets, the other tables', async () => {
    const result = await read('current');
    const { resume } = result;
    expect(resume.basics.summary).toBe('Architect for regulated industries.\n\nSpeaker on cloud cost.');
    expect(resume.basics.profiles).toEqual([
      { network: 'Personal', url: 'https://jonas.example.se' },
      { network: 'Company', url: 'https://norrmoln.example.se' },
      { network: 'Twitter', username: 'jonaslq', url: 'https://twitter.com/jonaslq' },
      { network: 'Twitter', username: 'jonas_talks', url: 'https://twitter.com/jonas_talks' },
    ]);
    expect(resume.work?.map((w) => w.highlights)).toEqual([
      ['Designed the landing zone', 'Trained 200 engineers', 'Cut cloud spend by 30%'],
      ['Migrated 40 services', 'Set up cost alerts', 'Wrote the runbooks'],
      ['Built claims portal', 'Automated testing kept green for two years'],
    ]);
    expect(resume.certificates?.[0]).toEqual({
      name: 'Azure Solutions Architect Expert',
      issuer: 'Microsoft',
      date: '2022-03',
      url: 'https://learn.example.com/cert/123',
    });
    expect(resume.volunteer?.[0]).toMatchObject({
      organization: 'Kodklubben',
      position: 'Mentor',
      startDate: '2019-09',
    });
    expect(resume.publications?.[0]).toMatchObject({
      releaseDate: '2023-04-03',
      publisher: 'Nordic Tech Journal',
    });
    expect(resume.sections?.map((s) => s.id)).toEqual(['courses', 'organizations']);
    // A membership's dates are its item's (an empty Finished On: it goes on), not words of its text.
    expect(resume.sections?.[1]?.items).toEqual([
      {
        label: 'SweCloud Forum',
        text: 'Board member — Community of cloud engineers',
        startDate: '2020',
      },
    ]);
    expect(notes(result)).toMatch(/hold no résumé content, not read: Connections\.csv/);
  });

  it('reads consecutive roles at one company as one employer with its roles, dated from first to last', () => {
    const positions = [
      'Company Name,Title,Description,Location,Started On,Finished On',
      'Kestrel GmbH,Engineering Manager,Leads two teams.,Berlin,Apr 2021,',
      'Kestrel GmbH,Senior Engineer,Built the returns service.,Berlin,Jan 2018,Mar 2021',
      'Other AG,Engineer,,Hamburg,Jul 2012,Dec 2017',
    ].join('\n');
    const files = new Map([
      ['Profile.csv', new TextEncoder().encode('First Name,Last Name\nAda,Example\n')],
      ['Positions.csv', new TextEncoder().encode(positions)],
    ]);
    const { resume } = linkedIn.read({ kind: 'files', name: 'export', files });
    expect(resume.work).toEqual([
      {
        name: 'Kestrel GmbH',
        startDate: '2018-01',
        positions: [
          {
            position: 'Engineering Manager',
            location: 'Berlin',
            startDate: '2021-04',
            summary: 'Leads two teams.',
          },
          {
            position: 'Senior Engineer',
            location: 'Berlin',
            startDate: '2018-01',
            endDate: '2021-03',
            summary: 'Built the returns service.',
          },
        ],
      },
      {
        name: 'Other AG',
        position: 'Engineer',
        location: 'Hamburg',
        startDate: '2012-07',
        endDate: '2017-12',
      },
    ]);
  });

  it('reads a Latin-1, semicolon re-save and keeps a date it cannot read as written', async () => {
    const result = await read('latin1');
    expect(result.resume.work?.[0]).toMatchObject({
      name: 'Café Système',
      position: 'Ingénieur',
      startDate: 'Fév 2019',
    });
    expect(notes(result)).toMatch(/Latin-1/);
    expect(notes(result)).toMatch(/dates kept as written/);
  });
});
