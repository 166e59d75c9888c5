// One RenderCV entry as one of our entries, for each built-in section a RenderCV section can become. Fields we
// have are filled; the rest goes through absorbExtras (links, lists) or to the left-overs.
import type { DataPath } from '../../core/parse.js';
import type {
  Award,
  Certificate,
  Education,
  Interest,
  Language,
  Project,
  Publication,
  Reference,
  Skill,
  Volunteer,
  Work,
} from '../../core/resume-types.js';
import { splitList } from '../list-split.js';
import { plainText } from '../plain-text.js';
import type { Report } from '../report.js';
import { type Json, link, text, texts } from '../values.js';
import { dated, type EntryType, FIELDS, highlightsOf } from './entries.js';
import { absorbExtras } from './extras.js';

export type Convert<T> = (e: Json, at: DataPath, report: Report, type: EntryType) => T;

/** Plain texts for names and titles (see plain-text.ts); `place` then gives the links found there to the entry's
 * url if it has none, and keeps the others. */
function plainFields(at: DataPath, report: Report) {
  const links: string[] = [];
  return {
    plain: (value: unknown) => {
      const read = plainText(value);
      links.push(...read.links);
      return read.text;
    },
    place: (url: string | undefined, setUrl?: (url: string) => void) => {
      for (const href of links) {
        const ok = link(href)?.url;
        if (ok && setUrl && !url && !ok.includes(' ')) {
          setUrl(ok);
          url = ok;
        } else report.keep(at, 'link', href, 'links written inside names and titles, kept as comments');
      }
    },
  };
}

/** Job titles, to notice a company and a position written the other way round. */
const ROLE =
  /\b(engineer|developer|programmer|manager|intern|analyst|scientist|assistant|director|lead|consultant|researcher|designer|architect|specialist|officer|head|professor|lecturer|teacher|fellow|coordinator|administrator|technician|associate|founder|ceo|cto|cfo|coo|vp|president|student|tutor|advisor|editor|writer|owner|partner|trainee|apprentice|ingeniero|desarrollador|ingénieur|développeur|entwickler|ingenieur|sviluppatore)\b/i;

/** The bullets; since RenderCV 2.4 a " - " inside one starts sub-bullets, which ours do not have. */
function bulletsOf(e: Json, at: DataPath, report: Report): string[] {
  const bullets = highlightsOf(e);
  if (bullets.some((b) => b.includes(' - ')))
    report.note(
      'bullets with " - " in them (sub-bullets in RenderCV 2.4+), kept as one bullet',
      at.join('.'),
    );
  return bullets;
}

export const toWork: Convert<Work> = (e, at, report, type) => {
  const { plain, place } = plainFields(at, report);
  let [name, position] = [plain(e.company) ?? plain(e.name), plain(e.position)];
  if (name && position && ROLE.test(name) && !ROLE.test(position)) {
    [name, position] = [position, name];
    report.note('company and position written the other way round, swapped back (check them)', at.join('.'));
  }
  const work: Work = { name, position, location: text(e.location), ...dated(e, at, report) };
  work.summary = text(e.summary);
  const highlights = bulletsOf(e, at, report);
  absorbExtras(e, FIELDS[type], at, report, { url: (url) => (work.url = url), bullets: highlights });
  place(work.url, (url) => (work.url = url));
  if (highlights.length) work.highlights = highlights;
  return work;
};

export const toVolunteer: Convert<Volunteer> = (e, at, report, type) => {
  const { plain, place } = plainFields(at, report);
  const volunteer: Volunteer = {
    organization: plain(e.company) ?? plain(e.name),
    position: plain(e.position),
    location: text(e.location),
    ...dated(e, at, report),
    summary: text(e.summary),
  };
  const highlights = bulletsOf(e, at, report);
  absorbExtras(e, [...FIELDS[type], 'location'], at, report, {
    url: (url) => (volunteer.url = url),
    bullets: highlights,
  });
  place(volunteer.url, (url) => (volunteer.url = url));
  if (highlights.length) volunteer.highlights = highlights;
  return volunteer;
};

export const toEducation: Convert<Education> = (e, at, report, type) => {
  const { plain, place } = plainFields(at, report);
  const education: Education = {
    institution: plain(e.institution),
    area: plain(e.area),
    studyType: plain(e.degree),
    location: text(e.location),
    ...dated(e, at, report),
    summary: text(e.summary),
  };
  const highlights = bulletsOf(e, at, report);
  absorbExtras(e, [...FIELDS[type], 'location'], at, report, {
    url: (url) => (education.url = url),
    bullets: highlights,
  });
  place(education.url, (url) => (education.url = url));
  if (highlights.length) education.highlights = highlights;
  return education;
};

export const toProject: Convert<Project> = (e, at, report, type) => {
  const { plain, place } = plainFields(at, report);
  const project: Project = {
    name: plain(e.name) ?? plain(e.title),
    location: text(e.location),
    ...dated(e, at, report),
    description: text(e.summary),
  };
  const keywords = [e.stack, e.technologies, e.keywords, e.tech].flatMap((v) =>
    Array.isArray(v) ? texts(v) : text(v) ? splitList(text(v) as string) : [],
  );
  if (keywords.length) project.keywords = keywords;
  const highlights = bulletsOf(e, at, report);
  const known = [...FIELDS[type], 'location', 'stack', 'technologies', 'keywords', 'tech'];
  absorbExtras(e, known, at, report, { url: (url) => (project.url = url), bullets: highlights });
  place(project.url, (url) => (project.url = url));
  if (highlights.length) project.highlights = highlights;
  return project;
};

/** A text and its bullets as one markdown text ("- " lines), for entries that have no bullets of their own. */
const withBullets = (summary: string | undefined, bullets: string[]) =>
  [summary, ...bullets.map((b) => `- ${b}`)].filter(Boolean).join('\n') || undefined;

export const toAward: Convert<Award> = (e, at, report, type) => {
  const { startDate, endDate } = dated(e, at, report);
  const bullets = bulletsOf(e, at, report);
  if (endDate && endDate !== startDate) report.keep(at, 'end_date', endDate);
  absorbExtras(e, [...FIELDS[type], 'location'], at, report, { bullets });
  const { plain, place } = plainFields(at, report);
  const title = plain(e.name);
  place(undefined);
  // RenderCV's place of an award is who gave it ("NSF" for a CAREER award).
  return {
    title,
    date: startDate,
    awarder: text(e.location),
    summary: withBullets(text(e.summary), bullets),
  };
};

export const toReference: Convert<Reference> = (e, at, report, type) => {
  const bullets = bulletsOf(e, at, report);
  for (const key of ['date', 'start_date', 'end_date', 'location']) if (e[key]) report.keep(at, key, e[key]);
  absorbExtras(e, FIELDS[type], at, report, { bullets });
  return { name: text(e.name), reference: withBullets(text(e.summary), bullets) };
};

export const toCertificate: Convert<Certificate> = (e, at, report, type) => {
  const { plain, place } = plainFields(at, report);
  const certificate: Certificate = { name: plain(e.name), date: dated(e, at, report).startDate };
  absorbExtras(e, FIELDS[type], at, report, { url: (url) => (certificate.url = url) });
  place(certificate.url, (url) => (certificate.url = url));
  return certificate;
};

export const toPublication: Convert<Publication> = (e, at, report, type) => {
  const doi = text(e.doi)?.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  const url = link(e.url)?.url;
  const authors = texts(e.authors).join(', ');
  const { plain, place } = plainFields(at, report);
  // A list under a paper (its media coverage) is kept as lines of its summary, under the paper.
  const bullets: string[] = [];
  absorbExtras(e, FIELDS[type], at, report, { bullets });
  const publication: Publication = {
    name: plain(e.title),
    publisher: text(e.journal),
    releaseDate: dated(e, at, report).startDate,
    // RenderCV links the DOI when there is one, and then leaves the url out.
    url: doi ? `https://doi.org/${doi}` : url,
    summary: withBullets([authors, text(e.summary)].filter(Boolean).join('\n\n') || undefined, bullets),
  };
  if (doi && url)
    report.keep(at, 'url', url, 'links beside a DOI (RenderCV prints the DOI), kept as comments');
  place(publication.url, (url) => (publication.url = url));
  return publication;
};

export const toSkill: Convert<Skill> = (e, at, report, type) => {
  absorbExtras(e, FIELDS[type], at, report, {});
  const details = text(e.details);
  return { name: text(e.label), keywords: details ? splitList(details) : undefined };
};

export const toLanguage: Convert<Language> = (e, at, report, type) => {
  absorbExtras(e, FIELDS[type], at, report, {});
  return { language: text(e.label), fluency: text(e.details) };
};

export const toInterest: Convert<Interest> = (e, at, report, type) => {
  absorbExtras(e, FIELDS[type], at, report, {});
  const details = text(e.details);
  return { name: text(e.label), keywords: details ? splitList(details) : undefined };
};
