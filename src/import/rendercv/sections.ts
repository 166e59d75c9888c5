// RenderCV's sections (`cv.sections`: title → entries) placed in our résumé, keeping their titles and order:
// each goes to the built-in section its entry type and title name (the first experience section titled as
// work experience becomes `work`), once; every other one becomes a custom section.

import { localeRecord } from '../../core/locales.js';
import type { DataPath } from '../../core/parse.js';
import type { CustomSection, Resume } from '../../core/resume-types.js';
import { BUILTIN_SECTIONS, type BuiltinSectionId } from '../../core/sections.js';
import type { Report } from '../report.js';
import { sectionNamed } from '../section-words.js';
import type { Sources } from '../sources.js';
import { isRecord, sectionId } from '../values.js';
import { customItems } from './custom.js';
import { type EntryType, sectionType } from './entries.js';
import { entryFields, itemOf } from './sources.js';
import * as to from './targets.js';
import { withoutLinkInDate, withoutTypst } from './typst-pass.js';

export function placeSections(sections: unknown, resume: Resume, report: Report, sources: Sources): void {
  if (!isRecord(sections)) {
    if (sections) report.keep([], 'sections', sections);
    return;
  }
  const used = new Set<string>(resume.basics.summary ? ['summary'] : []);
  const order: string[] = [];
  const titles: Record<string, string> = {};
  for (const [key, raw] of Object.entries(sections)) {
    let title = sectionTitle(key.trim());
    const entries = (Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw]).map((e) =>
      withoutLinkInDate(withoutTypst(e, report), report),
    );
    const type = sectionType(entries);
    if (entries.length === 0 || !type) {
      if (entries.length)
        report.keep([], key, raw, 'sections whose entries RenderCV would not read, kept as comments');
      else report.note('empty sections, left out', title);
      continue;
    }
    // An untitled section: its text right under the header reads as the summary; anything else needs a title.
    if (!title)
      report.note(
        'sections without a title',
        type === 'Text' && !used.has('summary') ? 'read as the summary' : 'named "Untitled"',
      );
    const target = title
      ? targetOf(type, title, used, entries)
      : type === 'Text' && !used.has('summary')
        ? 'summary'
        : undefined;
    if (!title && !target) title = 'Untitled';
    const id = target ?? sectionId(title, new Set([...BUILTIN_SECTIONS, ...order]));
    const from = ['cv', 'sections', key];
    const written = entries.map((_, i) => itemOf(raw, from, i));
    if (target) fillBuiltin(resume, target, type, { entries, from, written }, { report, sources });
    else {
      const section = ['sections', resume.sections?.length ?? 0];
      const items: CustomSection['items'] = [];
      for (const [i, e] of entries.entries())
        items.push(
          ...customItems(e, type, section, items.length, report, { sources, from: written[i] ?? from }),
        );
      const custom = { id, title, items };
      sources.mark(custom, from, { title: from });
      resume.sections = [...(resume.sections ?? []), custom];
    }
    used.add(id);
    order.push(id);
    if (title && (!target || title.toLowerCase() !== localeRecord('en').titles[target].toLowerCase()))
      titles[id] = title;
  }
  // A summary from the header (cv.summary) comes first, as a header's text does.
  if (resume.basics.summary && !order.includes('summary')) order.unshift('summary');
  if (order.length) resume.meta = { ...resume.meta, order };
  if (resume.sections) sources.mark(resume.sections, ['cv', 'sections']);
  const builtinTitles = Object.fromEntries(
    Object.entries(titles).filter(([id]) => used.has(id) && isBuiltin(id)),
  );
  if (Object.keys(builtinTitles).length) resume.meta = { ...resume.meta, titles: builtinTitles };
}

const isBuiltin = (id: string): id is BuiltinSectionId =>
  (BUILTIN_SECTIONS as readonly string[]).includes(id);

/** Words RenderCV leaves small in a title made from a key. */
const SMALL_WORDS = new Set(
  'a and as at but by for from if in into like near nor of off on onto or over so than that to upon when with yet'.split(
    ' ',
  ),
);

/** A section's title from its key, as RenderCV makes it. A key with a space is the title as written (every
 * version). Otherwise underscores are spaces and each all-lowercase word is capitalised, short words kept small;
 * a word with a capital stays as written (1.12 to 2.3, whose sample file has `welcome_to_RenderCV!`: "Welcome to
 * RenderCV!"). RenderCV 2.4 prints any key with a capital as written, underscores and all; files that write
 * such keys were made for the earlier rule, so it is the one followed. */
export function sectionTitle(key: string): string {
  if (key.includes(' ')) return key;
  const lower = (word: string) => /\p{Ll}/u.test(word) && !/\p{Lu}|\p{Lt}/u.test(word);
  return key
    .replace(/_/g, ' ')
    .split(' ')
    .map((w) => (lower(w) && !SMALL_WORDS.has(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
}

function targetOf(
  type: EntryType,
  title: string,
  used: Set<string>,
  entries: unknown[],
): BuiltinSectionId | undefined {
  const named = sectionNamed(title);
  const free = (id: BuiltinSectionId | undefined) => (id && !used.has(id) ? id : undefined);
  switch (type) {
    case 'Experience':
      return named === 'work' || named === 'volunteer' ? free(named) : undefined;
    case 'Education':
      return !named || named === 'education' ? free('education') : undefined;
    case 'Publication':
      // An entry with a title alone is a PublicationEntry to RenderCV, a course as often as a paper: a section
      // not named as publications is read as them only when its entries say they are.
      return named === 'publications' || (!named && entries.some(isPaper)) ? free('publications') : undefined;
    case 'Normal': {
      // A certificate has a name, a date and a link: a section whose entries say more stays a section of its own.
      const plain = entries.every((e) => isRecord(e) && !e.summary && !e.highlights && !e.location);
      if (named === 'certificates') return plain ? free(named) : undefined;
      return named === 'projects' || named === 'awards' || named === 'volunteer' || named === 'references'
        ? free(named)
        : undefined;
    }
    case 'OneLine':
      return named === 'skills' || named === 'languages' || named === 'interests' ? free(named) : undefined;
    case 'Text':
    case 'Bullet':
      return named === 'summary' ? free(named) : undefined;
    default:
      return undefined;
  }
}

/** An entry with what only a publication has: authors, a DOI or a journal. */
const isPaper = (e: unknown) => isRecord(e) && ['authors', 'doi', 'journal'].some((k) => e[k]);

/** A section's entries, the section's path and each entry's path in the RenderCV file. */
interface Written {
  entries: unknown[];
  from: DataPath;
  written: DataPath[];
}

function fillBuiltin(
  resume: Resume,
  id: BuiltinSectionId,
  type: EntryType,
  { entries, from: section, written }: Written,
  { report, sources }: { report: Report; sources: Sources },
): void {
  if (id === 'summary') {
    sources.mark(resume.basics, ['cv'], { summary: section });
    const lines = entries
      .flatMap((e) => (isRecord(e) ? [e.bullet] : [e]))
      .filter((t) => typeof t === 'string');
    resume.basics.summary = type === 'Bullet' ? lines.map((l) => `- ${l}`).join('\n') : lines.join('\n\n');
    return;
  }
  const records = entries.flatMap((e, i) => (isRecord(e) ? [{ e, from: written[i] ?? section }] : []));
  if (records.length < entries.length)
    report.keep(
      [id],
      'entries',
      entries.filter((e) => !isRecord(e)),
    );
  const convert = CONVERTERS[id] as to.Convert<object>;
  const list = records.map(({ e, from }, i) => {
    const entry = convert(e, [id, i] as DataPath, report, type);
    sources.mark(entry, from, entryFields(e, from));
    return entry;
  });
  sources.mark(list, section);
  (resume as unknown as Record<string, unknown[]>)[id] = list;
}

const CONVERTERS: Record<Exclude<BuiltinSectionId, 'summary'>, to.Convert<unknown>> = {
  work: to.toWork,
  volunteer: to.toVolunteer,
  education: to.toEducation,
  projects: to.toProject,
  awards: to.toAward,
  certificates: to.toCertificate,
  publications: to.toPublication,
  skills: to.toSkill,
  languages: to.toLanguage,
  interests: to.toInterest,
  references: to.toReference,
};
