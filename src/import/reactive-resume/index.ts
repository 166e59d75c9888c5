// Reactive Resume's JSON export (rxresu.me), as version 4 writes it: `basics`, `sections` (each with its items, a
// name and whether it is shown; custom sections under `sections.custom`) and `metadata` (template, layout, page,
// theme, typography, notes). Versions 3 and 5 are read into that shape first (version3.ts, version5.ts). What it
// hides (a section or an item switched off) is kept as comments, not built.
import { htmlToMarkdown } from '../../core/inline-html.js';
import type { Aliases, DataPath } from '../../core/parse.js';
import type { CustomSection } from '../../core/resume-types.js';
import { BUILTIN_SECTIONS } from '../../core/sections.js';
import { fitToSchema } from '../fit.js';
import { isEmpty, newReport, type Report } from '../report.js';
import { newSources, type Sources, through } from '../sources.js';
import type { Importer } from '../types.js';
import { isRecord, type Json, sectionId, text } from '../values.js';
import { readBasics } from './basics.js';
import { customItems, entryFields, HIDDEN, LISTS } from './items.js';
import { readMetadata } from './metadata.js';
import { documentIn, findDocument } from './record.js';
import { isVersion3, v3AsVersion4 } from './version3.js';
import { asVersion4, isVersion5 } from './version5.js';

type Entries = Record<string, unknown>[];

/** Sections that are not lists of items: read with the header (the summary is a section here, the profiles
 * are not). */
const HEADER_SECTIONS = ['summary', 'profiles'];

export const reactiveResume: Importer = {
  format: 'reactiveresume',
  describe: 'a Reactive Resume export',
  reads: 'document',
  detect: (input) => input.kind === 'document' && findDocument(input.data, isDocument) !== undefined,
  read(input) {
    const given = input.kind === 'document' ? input.data : undefined;
    const { document, at } = documentIn(input.name, given, findDocument(given, isDocument));
    const converted = newSources();
    const data = inVersion4(document, converted);
    const sections = isRecord(data.sections) ? data.sections : {};
    const report = newReport();
    const sources = newSources();
    const basics = readAll(isRecord(data.basics) ? data.basics : {}, ['basics'], report, (b) =>
      readBasics(b, sections, report, sources),
    );
    const resume: Record<string, unknown> = { basics };
    const ids = new Map<string, string>(basics.summary ? [['summary', 'summary']] : []);
    for (const [key, { key: ours, read }] of Object.entries(LISTS)) {
      const section = isRecord(sections[key]) ? sections[key] : {};
      const entries: Entries = [];
      for (const item of shown(section, key, [ours], report)) {
        const at = [ours, entries.length];
        const entry = readAll(item, at, report, (e) => read(e, at, report));
        const from = itemAt(section, ['sections', key], item);
        sources.mark(entry, from, entryFields(ours, item, from));
        entries.push(entry);
      }
      if (entries.length === 0) continue;
      sources.mark(entries, ['sections', key, 'items']);
      resume[ours] = entries;
      ids.set(key, ours);
    }
    const custom = customSections(sections, ids, { report, sources });
    if (custom.length) resume.sections = custom;
    if (custom.length) sources.mark(custom, ['sections', 'custom']);
    for (const [key, value] of Object.entries(sections))
      if (!(key in LISTS) && !HEADER_SECTIONS.includes(key) && key !== 'custom') report.keep([], key, value);
    for (const [key, value] of Object.entries(data))
      if (!['basics', 'sections', 'metadata'].includes(key)) report.keep([], key, value);
    const meta = readMetadata(data, ids, report);
    if (Object.keys(meta).length) resume.meta = meta;
    sources.mark(meta, ['metadata'], metaFields(ids));
    const fitted = fitToSchema(resume as never, report);
    // Versions 3 and 5 were read in version 4's shape: the paths go on to the file's own, inside its record.
    const paths = through(sources.of(fitted), converted.of(data));
    return { ...report.finish(fitted), sources: within(paths, at) };
  },
};

/** Any version's document: a mapping of sections (ours, and JSON Resume's extensions, a list) beside basics. */
const isDocument = (data: Json): boolean =>
  isVersion5(data) ||
  (isRecord(data.basics) &&
    isRecord(data.sections) &&
    ['summary', 'experience', 'education', 'skills', 'custom', 'work'].some((k) =>
      isRecord((data.sections as Json)[k]),
    ));

/** Any version's document in version 4's shape, each value marked in `converted` with where it was written.
 * Version 3's says whether it is public: that is not the résumé's. */
function inVersion4(given: Json, converted: Sources): Json {
  if (isVersion5(given)) return asVersion4(given, converted);
  return isVersion3(given) ? v3AsVersion4(given, converted) : given;
}

/** Paths into the document as paths into the file that holds it at `at`. */
function within(paths: Aliases, at: DataPath): Aliases {
  return new Map([...paths].map(([ours, from]) => [ours, [...at, ...from]]));
}

/** Where an item of a section was written: its place in the section's items as written (hidden ones too). */
const itemAt = (section: Json, at: DataPath, item: Json): DataPath => [
  ...at,
  'items',
  (section.items as unknown[]).indexOf(item),
];

/** Where meta's settings were written: the order in the layout, a title at its section's name. */
function metaFields(ids: ReadonlyMap<string, string>): Record<string, DataPath> {
  const titles = [...ids].map(([key, ours]): [string, DataPath] => [
    `titles/${ours}`,
    ['sections', ...key.split('.'), 'name'],
  ]);
  return {
    order: ['metadata', 'layout'],
    locale: ['metadata', 'page', 'locale'],
    paper: ['metadata', 'page', 'format'],
    'design/accent': ['metadata', 'theme', 'primary'],
    'design/font': ['metadata', 'typography', 'font', 'family'],
    'design/fontSize': ['metadata', 'typography', 'font', 'size'],
    ...Object.fromEntries(titles),
  };
}

/** What `read` makes of a record; each of its keys that `read` never looked at is kept as a comment under `at`
 * (a field this reader does not know, from a version it has not seen, is not lost). */
function readAll<T>(record: Json, at: DataPath, report: Report, read: (record: Json) => T): T {
  const looked = new Set(['id', 'visible']);
  const watched = new Proxy(record, {
    get: (target, key) => {
      if (typeof key === 'string') looked.add(key);
      return Reflect.get(target, key);
    },
  });
  const out = read(watched);
  for (const [key, value] of Object.entries(record)) if (!looked.has(key)) report.keep(at, key, value);
  return out;
}

/** A section's items that are shown; those switched off, or all of a section switched off, are kept as comments
 * under `at` (the section's name says where they were). */
function shown(section: Json, key: string, at: DataPath, report: Report): Json[] {
  const items = Array.isArray(section.items) ? section.items.filter(isRecord) : [];
  const hidden = items.filter((item) => section.visible === false || item.visible === false);
  const name = `${text(section.name) ?? key} (hidden)`;
  for (const item of hidden) report.keep(at, name, bare(item), HIDDEN);
  return items.filter((item) => !hidden.includes(item));
}

/** An item as it was written (its rich text as Markdown), without the editor's bookkeeping (its id, whether it is
 * shown) or blanks. */
function bare(item: Json): Json {
  return Object.fromEntries(
    Object.entries(item)
      .filter(([key, value]) => key !== 'id' && key !== 'visible' && !isEmpty(value))
      .map(([key, value]) => [
        key,
        typeof value === 'string' ? (htmlToMarkdown(value)?.text ?? value) : value,
      ]),
  );
}

/** `sections.custom`, by id: each a custom section of ours, its id made from its name. */
function customSections(
  sections: Json,
  ids: Map<string, string>,
  { report, sources }: { report: Report; sources: Sources },
): CustomSection[] {
  const out: CustomSection[] = [];
  const taken = new Set<string>(BUILTIN_SECTIONS);
  for (const [key, section] of Object.entries(isRecord(sections.custom) ? sections.custom : {})) {
    if (!isRecord(section)) continue;
    const title = text(section.name) ?? 'Section';
    const id = sectionId(title, taken);
    const at: DataPath = ['sections', out.length];
    const from = ['sections', 'custom', key];
    const items = shown(section, title, at, report).flatMap((item) =>
      readAll(item, at, report, (e) =>
        customItems(e, at, report, { sources, from: itemAt(section, from, item) }),
      ),
    );
    if (items.length === 0) continue;
    taken.add(id);
    ids.set(`custom.${key}`, id);
    const custom = { id, title, items };
    sources.mark(custom, from, { title: [...from, 'name'] });
    out.push(custom);
  }
  return out;
}
