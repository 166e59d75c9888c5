// resumake.io's "Save" file: JSON Resume (with 0.x names: company, website, gpa) plus the template it used,
// headings (section titles), the order of its sections, and in its last version custom sections of bullets,
// tables and paragraphs.
import type { DataPath } from '../core/parse.js';
import type { CustomSection, Meta } from '../core/resume-types.js';
import { isLanguageMap } from '../core/text-slots.js';
import { fitToSchema } from './fit.js';
import { readJsonResume } from './jsonresume.js';
import { newReport, type Report } from './report.js';
import { markInPlace, newSources, type Sources } from './sources.js';
import type { Importer } from './types.js';
import { isRecord, type Json, sectionId, text, texts } from './values.js';

const OWN = ['selectedTemplate', 'headings', 'sections'];
type Item = CustomSection['items'][number];

export const resumake: Importer = {
  format: 'resumake',
  describe: 'a resumake.io export',
  reads: 'document',
  detect: (input) =>
    input.kind === 'document' &&
    isRecord(input.data) &&
    ('selectedTemplate' in input.data ||
      (isRecord(input.data.headings) && Array.isArray(input.data.sections))),
  read(input) {
    const data = structuredClone(input.kind === 'document' && isRecord(input.data) ? input.data : {});
    const report = newReport();
    const sources = newSources();
    markInPlace(sources, data);
    if (data.selectedTemplate !== undefined)
      report.note(
        'resumake templates have no match here: choose a theme with meta.theme',
        `template ${data.selectedTemplate}`,
      );
    const custom = customSections(data, report, sources);
    const order = Array.isArray(data.sections) ? data.sections : [];
    const titles = isRecord(data.headings) ? data.headings : {};
    const basics = isRecord(data.basics) ? data.basics : undefined;
    const location = isRecord(basics?.location) ? basics.location : undefined;
    // resumake's one location field is a free text ("Sydney, Australia"): ours prints the city.
    if (location && text(location.address) && !text(location.city)) {
      location.city = location.address;
      delete location.address;
      sources.mark(location, ['basics', 'location'], { city: ['basics', 'location', 'address'] });
    }
    // Its headings are our titles, a heading per language too (read with the texts per language).
    const named = Object.entries(titles).filter(([, t]) => text(t) || isLanguageMap(t));
    if (named.length)
      data.meta = { ...(isRecord(data.meta) ? data.meta : {}), titles: Object.fromEntries(named) };
    for (const key of OWN) delete data[key];
    const resume = readJsonResume(data, report);
    if (custom.length) resume.sections = custom;
    const listed = order
      .map((s, i) => ({ name: isRecord(s) ? text(s.name) : text(s), at: ['sections', i] as DataPath }))
      .filter((s) => s.name !== undefined && !NOT_SECTIONS.includes(s.name));
    const ids = listed.map(({ name }) => custom.find((c) => c.title === name)?.id ?? (name as string));
    const meta: Meta = { ...resume.meta, ...(ids.length ? { order: ids } : {}) };
    // The order is resumake's list of sections, its titles its headings.
    const placed = listed.map(({ at }, i): [string, DataPath] => [`order/${i}`, at]);
    sources.mark(meta, ['sections'], { titles: ['headings'], ...Object.fromEntries(placed) });
    resume.meta = meta;
    const fitted = fitToSchema(resume, report);
    return { ...report.finish(fitted), sources: sources.of(fitted) };
  },
};

/** Entries of resumake's list of sections that are no section of a résumé: its pickers. */
const NOT_SECTIONS = ['templates', 'profile', 'basics'];

/** The custom sections of resumake's last version: `sections` lists {name, displayName, type}, the entries are
 * under `name`. */
function customSections(data: Json, report: Report, sources: Sources): CustomSection[] {
  const out: CustomSection[] = [];
  for (const [i, s] of (Array.isArray(data.sections) ? data.sections : []).entries()) {
    if (!isRecord(s) || s.type === 'default' || !text(s.name)) continue;
    const name = text(s.name) as string;
    const title = text(s.displayName) ?? name;
    const items = (Array.isArray(data[name]) ? (data[name] as unknown[]) : []).flatMap((e, j) =>
      subsectionItems(e, [name, j], sources),
    );
    const section = { id: sectionId(title, new Set(out.map((c) => c.id))), title, items };
    sources.mark(section, [name], { title: ['sections', i, text(s.displayName) ? 'displayName' : 'name'] });
    out.push(section);
    s.name = title;
    delete data[name];
    if (items.length === 0) report.note('empty custom sections', title);
  }
  return out;
}

/** The items of the entry at `from`, each marked with where it was written: a head made of several keys at the
 * entry, each bullet and paragraph at its own. */
function subsectionItems(e: unknown, from: DataPath, sources: Sources): Item[] {
  const marked = (item: Item, at: DataPath) => {
    sources.mark(item, at);
    return item;
  };
  const lines = (value: unknown, at: DataPath) =>
    textsAt(value, at).map(([t, path]) => marked({ text: t }, path));
  if (!isRecord(e)) return lines(e, from);
  if (Array.isArray(e.keywords))
    return [
      marked({ ...(text(e.name) ? { label: text(e.name) } : {}), text: texts(e.keywords).join(', ') }, from),
    ];
  const facts = [e.topRightText, e.bottomLeftText, e.bottomRightText].map(text).filter(Boolean).join(' · ');
  const label = text(e.topLeftText);
  const head: Item[] =
    label && facts ? [{ label, text: facts }] : label || facts ? [{ text: (label ?? facts) as string }] : [];
  return [
    ...head.map((item) => marked(item, from)),
    ...lines(e.bullets, [...from, 'bullets']),
    ...lines(e.paragraph, [...from, 'paragraph']),
  ];
}

/** The texts of a list (or the one text) at `from`, each with its path, blanks left out. */
function textsAt(value: unknown, from: DataPath): [string, DataPath][] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v, i) => {
    const t = text(v);
    return t ? [[t, Array.isArray(value) ? [...from, i] : from] as [string, DataPath]] : [];
  });
}
