import { describe, expect, it } from 'vitest';
import { sourcePathOf } from '../../src/core/parse.js';
import { renderCv } from '../../src/import/rendercv/index.js';
import { sectionTitle } from '../../src/import/rendercv/sections.js';
import type { ImportResult } from '../../src/import/types.js';
import { readFixture } from './helpers.js';

const read = async (name: string) => renderCv.read(await readFixture('rendercv', name));
const doc = (data: unknown) => renderCv.read({ kind: 'document', name: 'cv.yaml', data });
const notes = (r: ImportResult) => r.notes.map((n) => n.message).join('\n');

describe('RenderCV v1', () => {
  it('maps the header, social networks (Mastodon too) and the flat design', async () => {
    const { resume } = await read('v1.yaml');
    expect(resume.basics).toMatchObject({
      name: 'Mira Okafor',
      location: { city: 'Lagos, Nigeria' },
      url: 'https://mira.example.com/',
      profiles: [
        { network: 'LinkedIn', url: 'https://linkedin.com/in/mira-okafor' },
        { network: 'Mastodon', url: 'https://fosstodon.org/@mira' },
      ],
    });
    expect(resume.meta).toMatchObject({
      paper: 'A4',
      design: {
        accent: '#004f90',
        font: 'Source Sans 3',
        fontSize: 11,
        dateFormat: 'MMMM YYYY',
        margins: { left: 15, top: 20 },
      },
    });
  });

  it('keeps the sections in order, markdown as markdown, a current job without an end', async () => {
    const { resume } = await read('v1.yaml');
    expect(resume.meta?.order).toEqual(['summary', 'work', 'education', 'publications', 'skills', 'patents']);
    expect(resume.basics.summary).toBe(
      'Data engineer who builds **reliable** pipelines for public health agencies.',
    );
    expect(resume.work?.[0]).toMatchObject({
      startDate: '2021-03',
      highlights: ['Cut nightly batch time from 6 hours to 40 minutes', 'Led a team of four engineers'],
    });
    expect(resume.work?.[0]?.endDate).toBeUndefined();
    expect(resume.work?.[1]?.summary).toBe('Built the [ingest service](https://delta.example.com/ingest).');
    expect(resume.skills?.[1]?.keywords).toEqual(['Airflow', 'Spark (PySpark, SQL)', 'dbt']);
    expect(resume.sections).toEqual([
      { id: 'patents', title: 'Patents', items: [{ text: 'Method for deduplicating patient records' }] },
    ]);
  });

  it("keeps publications' authors, DOI and journal; the url beside the DOI is a left-over", async () => {
    const { resume, leftOver } = await read('v1.yaml');
    expect(resume.publications?.[0]).toEqual({
      name: 'Incremental Views for Health Records',
      publisher: 'Journal of Data Systems',
      releaseDate: '2020-05',
      url: 'https://doi.org/10.1234/ihr.2020.7',
      summary: '**Mira Okafor**, Tunde Bello',
    });
    expect(leftOver).toContainEqual({
      at: ['publications', 0],
      key: 'url',
      value: 'https://papers.example.org/ihr',
    });
  });

  it('names the design settings it has no place for, and writes the locale words it has one for', async () => {
    const result = await read('v1.yaml');
    const text = notes(result);
    expect(text).toMatch(/design settings with no equivalent here: disable_page_numbering/);
    expect(text).toMatch(/RenderCV's theme, not read .*: classic/);
    expect(text).not.toMatch(/locale words/);
    // Its "to" is ours (–): only "present" is written.
    expect(result.resume.meta?.words).toEqual({ present: 'today' });
  });
});

describe('RenderCV 2.0–2.3 and 2.4+', () => {
  it('reads an ISO language code, built-in sections under their own titles, free-text dates', async () => {
    const { resume } = await read('v2-0.yaml');
    expect(resume.meta).toMatchObject({
      locale: 'de',
      paper: 'Letter',
      titles: {
        work: 'Berufserfahrung',
        education: 'Ausbildung',
        projects: 'Projekte',
        languages: 'Sprachen',
      },
      design: {
        accent: '#004f90',
        text: '#141414',
        font: 'Noto Sans',
        bullet: 'circle',
        margins: { top: 17.8 },
      },
    });
    expect(resume.education?.[0]).toMatchObject({ startDate: '2019', endDate: '2021' });
    expect(resume.work?.[0]).toMatchObject({ startDate: 'Herbst 2023', endDate: 'Herbst 2023' });
    expect(resume.projects?.[0]).toMatchObject({
      name: 'Fahrplan-Bot',
      url: 'https://github.com/tweber/fahrplan',
    });
  });

  it('reads 2.4+: headline, lists of contacts, custom connections, a language name, typography', async () => {
    const result = await read('v2-4.yaml');
    const { resume, leftOver } = result;
    expect(resume.basics).toMatchObject({
      label: 'Ingénieure logicielle',
      email: 'lea.fontaine@example.com',
    });
    expect(resume.basics.profiles).toContainEqual({
      network: 'Website',
      url: 'https://blog.lea.example.fr/',
    });
    expect(resume.basics.profiles).toContainEqual({
      network: 'Prendre rendez-vous',
      url: 'https://cal.example.fr/lea',
    });
    expect(leftOver).toContainEqual({ at: ['basics'], key: 'email', value: ['lea@fontaine.example'] });
    expect(resume.meta).toMatchObject({
      locale: 'fr',
      design: {
        font: 'Source Serif 4',
        fontSize: 10.5,
        bullet: 'square',
        dateFormat: 'YYYY',
        accent: '#7a1f3d',
      },
    });
    expect(notes(result)).toMatch(/sub-bullets in RenderCV 2\.4\+/);
  });

  it('reads mixed files: a v1 locale_catalog beside a 2.x design nested in cv', async () => {
    const result = await read('mixed-shapes.yaml');
    expect(result.resume.meta).toMatchObject({ paper: 'A4', design: { accent: '#336699' } });
    expect(notes(result)).toMatch(/locale words .*month, months/);
    expect(result.leftOver.find((l) => l.key === 'design')).toBeUndefined();
  });
});

describe('RenderCV extra keys and real-world shapes', () => {
  it('keeps a nested list of projects and other lists under a job as bullets, the rest as left-overs', async () => {
    const { resume, leftOver } = await read('extra-keys.yaml');
    expect(resume.work?.[0]?.highlights).toEqual([
      'Owned the deploy pipeline',
      'Cut release time by half',
      '**Lantern**: An internal tracing tool',
      'Sampled 1% of requests',
      '**Ferry**',
      'Engineer of the year 2022',
    ]);
    expect(resume.work?.[0]?.url).toBe('https://kumo.example.jp');
    expect(leftOver).toContainEqual({ at: ['work', 0], key: 'team_size', value: '12' });
    expect(leftOver).toContainEqual({ at: ['basics'], key: 'birthday', value: '1990-04-02' });
  });

  it('swaps back a company and position written the other way round, and says so', async () => {
    const result = await read('extra-keys.yaml');
    expect(result.resume.work?.[0]).toMatchObject({ name: 'Kumo Systems', position: 'Staff Engineer' });
    expect(notes(result)).toMatch(/other way round/);
  });

  it('takes Typst commands out of the text and keeps a footnote as a left-over', async () => {
    const result = await read('extra-keys.yaml');
    expect(notes(result)).toMatch(/Typst commands .*#footnote, #h, #link/);
    expect(result.leftOver).toContainEqual({ at: ['work', 0], key: 'footnote', value: 'Used by 40 teams.' });
    const talk = result.resume.sections?.find((s) => s.id === 'talks');
    expect(talk?.items[0]).toMatchObject({
      text: 'Tokyo — [Slides](https://talks.example.jp/t1) and a demo',
      date: '2023-05',
    });
  });

  it('places sections by entry type and title: a second experience section is a custom one', async () => {
    const { resume } = await read('extra-keys.yaml');
    expect(resume.meta?.order).toEqual([
      'summary',
      'work',
      'teaching-experience',
      'talks',
      'projects',
      'skills',
      'languages',
      'awards',
      'references',
    ]);
    expect(resume.meta?.titles).toEqual({ skills: 'Programming Languages' });
    expect(resume.basics.summary).toBe('Platform engineer with a taste for small tools.');
    expect(resume.sections?.[0]).toEqual({
      id: 'teaching-experience',
      title: 'Teaching Experience',
      items: [{ text: 'Mentor, Osaka Code School', date: '2018', highlights: ['Taught evening classes'] }],
    });
    expect(resume.languages).toEqual([
      { language: 'Japanese', fluency: 'native' },
      { language: 'English', fluency: 'fluent' },
    ]);
  });

  it("prints a custom section's publication bullets once and keeps each entry's extra key under that entry", async () => {
    const { resume, leftOver } = await read('custom-entries.yaml');
    expect(resume.sections?.[0]).toEqual({
      id: 'patents',
      title: 'Patents',
      items: [
        {
          label: 'Gripper with passive wrist compliance',
          text: 'Tove Lindqvist',
          date: '2024',
          highlights: ['Filed by Fjordline Robotics'],
        },
        {
          label: 'Cable tensioner for light arms',
          text: 'Arvid Berg, Tove Lindqvist',
          date: '2022',
          highlights: ['Granted after one review round'],
        },
      ],
    });
    expect(leftOver).toEqual([
      { at: ['sections', 0, 'items', 0], key: 'number', value: 'SE-Application 2024-000111' },
      { at: ['sections', 0, 'items', 1], key: 'number', value: 'SE-Registration 2022-000222' },
    ]);
  });

  it("takes links out of names (ours are plain text) into the entry's url", () => {
    const { resume } = doc({
      cv: { name: 'A', sections: { projects: [{ name: 'Flood model [Link](https://x.example.org/p)' }] } },
    });
    expect(resume.projects?.[0]).toEqual({ name: 'Flood model', url: 'https://x.example.org/p' });
  });

  it('reads `language: no` (and the false a YAML 1.1 reader makes of it) as Norwegian', () => {
    expect(doc({ cv: { name: 'A' }, locale: { language: 'no' } }).resume.meta?.locale).toBe('no');
    expect(doc({ cv: { name: 'A' }, locale: { language: false } }).resume.meta?.locale).toBe('no');
    expect(doc({ cv: { name: 'A' }, locale: { language: 'norwegian_bokmål' } }).resume.meta?.locale).toBe(
      'nb',
    );
  });

  it('skips empty sections with a note, and reads a section with no name as "Your Name" with a note', () => {
    const result = doc({ cv: { sections: { awards: [], experience: null } } });
    expect(result.resume.basics.name).toBe('Your Name');
    expect(notes(result)).toMatch(/empty sections, left out: Awards, Experience/);
    expect(notes(result)).toMatch(/no name in the source/);
  });
});

describe("RenderCV custom sections' dates", () => {
  it("are the items' own, a date as one, a range as a span, `present` as an open one", async () => {
    const { resume } = await read('patentes-es.yaml');
    expect(resume.sections?.map((s) => s.items)).toEqual([
      [
        {
          label: 'Pinza con muñeca flexible pasiva',
          text: 'Solicitud ES 2023-0001, concedida',
          startDate: '2023-03',
          endDate: '2024-12',
        },
        {
          label: 'Sensor de fuerza de bajo coste',
          text: 'Valencia',
          startDate: '2024-06',
          highlights: ['Prototipo validado con dos clientes'],
        },
      ],
      [
        { label: 'Control de pinzas blandas', text: 'PyConES, Granada', date: '2022-10' },
        { text: 'Taller de robótica abierta', date: 'otoño 2021' },
      ],
    ]);
  });

  it('read a free-text range as a span, keep dates beside a `date` as left-overs, go on the first bullet of an untitled entry', () => {
    const result = doc({
      cv: {
        name: 'A',
        sections: {
          talks: [
            { name: 'Keynote', date: 'Sep 2020 – Jan 2021' },
            { name: 'Panel', date: '2019', start_date: '2018-01' },
            { start_date: '2017-05', end_date: '2017-06', highlights: ['Ran the workshop'] },
          ],
        },
      },
    });
    expect(result.resume.sections?.[0]?.items).toEqual([
      { text: 'Keynote', startDate: '2020-09', endDate: '2021-01' },
      { text: 'Panel', date: '2019' },
      { text: 'Ran the workshop', startDate: '2017-05', endDate: '2017-06' },
    ]);
    expect(result.leftOver).toContainEqual({
      at: ['sections', 0, 'items', 1],
      key: 'start_date/end_date',
      value: { start_date: '2018-01', end_date: undefined },
    });
  });

  it('are placed at the keys they were written at', async () => {
    const result = await read('patentes-es.yaml');
    const patentes = ['cv', 'sections', 'patentes'];
    expect(result.sources?.get('sections/0/items/0/startDate')).toEqual([...patentes, 0, 'start_date']);
    expect(result.sources?.get('sections/0/items/0/endDate')).toEqual([...patentes, 0, 'end_date']);
    expect(result.sources?.get('sections/1/items/1/date')).toEqual(['cv', 'sections', 'charlas', 1, 'date']);
  });
});

describe('sectionTitle', () => {
  it('follows RenderCV: snake_case title-cased with small words kept small; a key with a space as written', () => {
    expect(sectionTitle('education_and_training')).toBe('Education and Training');
    expect(sectionTitle('work experience')).toBe('work experience');
    expect(sectionTitle('selectedProjects')).toBe('selectedProjects');
  });

  it("reads a snake_case key with a capital in it as RenderCV 1.12-2.3 did (their sample's welcome_to_RenderCV!)", () => {
    expect(sectionTitle('welcome_to_RenderCV!')).toBe('Welcome to RenderCV!');
    expect(sectionTitle('Hello_World')).toBe('Hello World');
    expect(sectionTitle('talks_at_IEEE_conferences')).toBe('Talks at IEEE Conferences');
    expect(sectionTitle('projects_2024')).toBe('Projects 2024');
    expect(sectionTitle('a_day_in_the_lab')).toBe('a Day in The Lab');
  });
});

describe('RenderCV blanks and titles', () => {
  it('reads a summary in cv, skips empty keys, keeps the photo path, and places sections by type and title', async () => {
    const { resume } = await read('blanks-and-titles.yaml');
    expect(resume.basics).toEqual({
      name: 'Lucía Ferrer',
      email: 'lucia.ferrer@example.es',
      image: 'img/lucia.jpg',
      summary: 'Analyst who turns ledgers into decisions.',
    });
    expect(resume.meta?.order).toEqual(['summary', 'educacion', 'work', 'section', 'skills']);
    expect(resume.meta?.titles).toEqual({ work: 'Experiencia', skills: '技能' });
    expect(resume.sections?.map((s) => [s.id, s.title])).toEqual([
      ['educacion', 'EDUCACIÓN'],
      ['section', '比赛经历'],
    ]);
    expect(resume.work).toEqual([
      {
        name: 'Banco del Sur',
        position: 'Analista',
        startDate: '2016-09',
        summary: 'Modelos de riesgo de crédito.',
      },
    ]);
  });
});

describe('RenderCV education', () => {
  it("keeps a degree's summary as its summary and its highlights as bullets, as RenderCV prints them", async () => {
    const { resume } = await read('v1.yaml');
    expect(resume.education?.[0]).toMatchObject({
      summary: 'First class honours',
      highlights: ['Thesis: streaming joins'],
    });
    expect(resume.education?.[0]?.courses).toBeUndefined();
  });

  it('keeps where the school is, as RenderCV prints it', () => {
    const { resume, leftOver } = doc({
      cv: {
        name: 'Sam Doe',
        sections: {
          education: [
            { institution: 'Example University', area: 'Physics', degree: 'BS', location: 'Springfield' },
          ],
        },
      },
    });
    expect(resume.education?.[0]).toMatchObject({
      institution: 'Example University',
      location: 'Springfield',
    });
    expect(leftOver).toEqual([]);
  });
});

describe('RenderCV sources', () => {
  const sourceOf = (r: ImportResult, path: string) => r.sources?.get(path);

  it("says where each entry and each renamed field was written, for the build's messages", async () => {
    const result = await read('positions.yaml');
    const experience = ['cv', 'sections', 'experience'];
    expect(sourceOf(result, 'work')).toEqual(experience);
    expect(sourceOf(result, 'work/1')).toEqual([...experience, 1]);
    expect(sourceOf(result, 'work/1/startDate')).toEqual([...experience, 1, 'date']);
    expect(sourceOf(result, 'work/1/name')).toEqual([...experience, 1, 'company']);
    expect(sourceOf(result, 'work/0/startDate')).toEqual([...experience, 0, 'start_date']);
    expect(sourceOf(result, 'education/0/endDate')).toEqual(['cv', 'sections', 'education', 0, 'end_date']);
    expect(sourceOf(result, 'education/0/studyType')).toEqual(['cv', 'sections', 'education', 0, 'degree']);
    expect(sourceOf(result, 'skills/0/keywords')).toEqual(['cv', 'sections', 'skills', 0, 'details']);
    expect(sourceOf(result, 'basics/image')).toEqual(['cv', 'photo']);
    expect(sourceOf(result, 'basics/profiles/0/url')).toEqual(['cv', 'social_networks', 0, 'username']);
  });

  it("places a custom section's items at their entry, and each of its bullets at its highlight", async () => {
    const result = await read('positions.yaml');
    const talks = result.resume.sections?.findIndex((s) => s.title === 'Talks');
    expect(sourceOf(result, `sections/${talks}`)).toEqual(['cv', 'sections', 'talks']);
    expect(sourceOf(result, `sections/${talks}/items/0`)).toEqual(['cv', 'sections', 'talks', 0]);
    // A bullet is found under its item, at the same key.
    expect(sourcePathOf(result.sources, ['sections', talks ?? -1, 'items', 0, 'highlights', 0])).toEqual([
      'cv',
      'sections',
      'talks',
      0,
      'highlights',
      0,
    ]);
  });

  it('counts entries as written: one the section cannot read does not move the next', () => {
    const result = doc({
      cv: {
        name: 'A',
        sections: {
          experience: [42, { company: 'B', position: 'Engineer', date: 'Fall 2020' }],
          honors: [{ bullet: 'First' }, { bullet: 'Second' }],
        },
      },
    });
    expect(result.resume.work).toHaveLength(1);
    expect(sourceOf(result, 'work/0')).toEqual(['cv', 'sections', 'experience', 1]);
    expect(sourceOf(result, 'sections/0/items/1')).toEqual(['cv', 'sections', 'honors', 1, 'bullet']);
  });

  it('reads the summary from the untitled or summary section it came from, and meta from the design', () => {
    const result = doc({
      cv: { name: 'A', sections: { summary: ['Short text.'] } },
      design: { page: { size: 'a4' } },
      locale: { language: 'german' },
    });
    expect(sourceOf(result, 'basics/summary')).toEqual(['cv', 'sections', 'summary']);
    expect(sourceOf(result, 'meta')).toEqual(['design']);
    expect(sourceOf(result, 'meta/locale')).toEqual(['locale', 'language']);
    expect(sourceOf(result, 'meta/order')).toEqual(['cv', 'sections']);
  });
});

describe("RenderCV's locale words", () => {
  it('writes its present, to and month names as meta.words where they are not the words ours prints', async () => {
    const result = await read('locale-words.yaml');
    expect(result.resume.meta).toMatchObject({ locale: 'fr', design: { dateFormat: 'MMMM YYYY' } });
    expect(result.resume.meta?.words).toEqual({
      present: 'actuellement',
      to: 'à',
      months: [
        'Janvier',
        'Février',
        'Mars',
        'Avril',
        'Mai',
        'Juin',
        'Juillet',
        'Août',
        'Septembre',
        'Octobre',
        'Novembre',
        'Décembre',
      ],
    });
    // The abbreviations are French's own (Intl's): nothing to write.
    expect(notes(result)).toMatch(/locale words .* \(6\): month, months, year, years, …/);
  });

  it('names what a build cannot honour at its key in the file, once per reason, a blank setting aside', async () => {
    const { warnings } = await read('locale-words.yaml');
    expect(warnings).toEqual([
      {
        path: ['locale', 'month'],
        message: 'not used (nor months, year, years): this tool prints no time spans ("2 years 3 months")',
      },
      { path: ['locale', 'page_numbering_template'], message: 'not used: this tool prints no page footer' },
      {
        path: ['locale', 'phrases', 'degree_with_area'],
        message: 'not used: a degree and its field print as "Degree, Field"',
      },
    ]);
  });

  it("reads v1's locale_catalog names; a month list that is not twelve long is named, not used", async () => {
    const result = await read('locale-catalog-de.yaml');
    expect(result.resume.meta?.words).toEqual({
      present: 'bis heute',
      shortMonths: ['Jan', 'Feb', 'Mrz', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
    });
    expect(result.warnings).toEqual([
      {
        path: ['locale_catalog', 'full_names_of_months'],
        message: 'not used: twelve names are needed, January first',
      },
    ]);
    expect(result.resume.sections?.[0]?.id).toBe('vortraege');
    expect(result.sources?.get('meta/words/shortMonths')).toEqual([
      'locale_catalog',
      'abbreviations_for_months',
    ]);
  });

  it("takes a date template that prints what one of our formats prints as that format (Korean's YEAR년 MONTH월)", () => {
    const korean = doc({
      cv: { name: 'A' },
      locale: { language: 'korean', date_template: 'YEAR년 MONTH월' },
    });
    expect(korean.resume.meta?.design?.dateFormat).toBe('MMM YYYY');
    expect(korean.warnings).toEqual([]);
    const numeric = doc({
      cv: { name: 'A' },
      locale: { date_template: 'MONTH_IN_TWO_DIGITS/YEAR_IN_TWO_DIGITS' },
    });
    expect(numeric.resume.meta?.design).toBeUndefined();
    expect(numeric.warnings?.[0]?.path).toEqual(['locale', 'date_template']);
  });

  it('writes no word that is the one printed already, in the language it names', () => {
    const same = doc({ cv: { name: 'A' }, locale: { language: 'german', present: 'heute', to: '–' } });
    expect(same.resume.meta?.words).toBeUndefined();
    expect(same.warnings).toEqual([]);
    const english = doc({ cv: { name: 'A' }, locale: { present: 'present' } });
    expect(english.resume.meta?.words).toEqual({ present: 'present' });
  });
});
