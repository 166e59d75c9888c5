// Reactive Resume 5 (rxresu.me since 2025) wrote its export in new words: `hidden` for `visible`, `website` for
// `url`, `period` for `date`, `description` for the rich text, `title` for a section's name; the summary and the
// picture moved out of basics, custom sections into a list (a rich text each, or items), the layout into pages
// of a main column and a sidebar. Read into version 4's shape, one reader serves both.
import type { DataPath } from '../../core/parse.js';
import { renamedFields, type Sources } from '../sources.js';
import { isRecord, type Json } from '../values.js';

/** Whether a document is version 5's: its summary, picture or custom sections beside basics and sections. */
export const isVersion5 = (data: Json): boolean =>
  ('customSections' in data || isRecord(data.summary) || isRecord(data.picture)) &&
  isRecord(data.basics) &&
  isRecord(data.sections);

/** Each section's own v5 names for v4's fields (the rest are shared: `description` is the rich text). */
const RENAMED: Record<string, Record<string, string>> = {
  education: { school: 'institution', degree: 'studyType', grade: 'score' },
  certifications: { title: 'name' },
  publications: { title: 'name' },
  skills: { proficiency: 'description' },
  languages: { language: 'name', fluency: 'description' },
  references: { position: 'description' },
};
/** Sections whose `description` is a short text (a level), not the rich text. */
const PLAIN_DESCRIPTION = ['skills', 'languages', 'references'];

/** Version 5's document `v5` in version 4's shape, each value of it marked in `sources` with where it was
 * written. */
export function asVersion4(v5: Json, sources: Sources): Json {
  const sections = isRecord(v5.sections) ? v5.sections : {};
  const custom = (Array.isArray(v5.customSections) ? v5.customSections : []).filter(isRecord);
  const basics = isRecord(v5.basics) ? v5.basics : {};
  const picture = isRecord(v5.picture) ? v5.picture : {};
  const own = (key: string, s: unknown) => section(s, key, { sources, from: ['sections', key] });
  const v4 = {
    basics: {
      ...renamed(basics, { website: 'url' }),
      picture: { url: picture.url, effects: { hidden: picture.hidden === true } },
    },
    sections: {
      ...(isRecord(v5.summary)
        ? { summary: section(v5.summary, 'summary', { sources, from: ['summary'] }) }
        : {}),
      ...Object.fromEntries(Object.entries(sections).map(([key, s]) => [key, own(key, s)])),
      custom: Object.fromEntries(
        custom.map((s) => [
          String(s.id),
          customSection(s, {
            sources,
            from: ['customSections', (v5.customSections as unknown[]).indexOf(s)],
          }),
        ]),
      ),
    },
    metadata: metadata(isRecord(v5.metadata) ? v5.metadata : {}, new Set(custom.map((s) => String(s.id)))),
  };
  sources.mark(v4.basics, ['basics'], { ...WEBSITE(['basics']), picture: ['picture'] });
  sources.mark(v4.sections, ['sections']);
  sources.mark(v4.sections.custom, ['customSections']);
  sources.mark(v4.metadata, ['metadata'], metadataFields(['metadata']));
  return v4;
}

/** Version 4's link, {href, label}, at version 5's `website`, {url, label}. */
const WEBSITE = (from: DataPath): Record<string, DataPath> => ({
  url: [...from, 'website'],
  'url/href': [...from, 'website', 'url'],
});

interface Marking {
  sources: Sources;
  from: DataPath;
}

function section(value: unknown, key: string, { sources, from }: Marking): Json {
  const s = isRecord(value) ? value : {};
  const words = {
    ...RENAMED[key],
    ...(PLAIN_DESCRIPTION.includes(key) ? {} : { description: 'summary' }),
    period: 'date',
    website: 'url',
  };
  const items = (Array.isArray(s.items) ? s.items : []).flatMap((item, i) => {
    if (!isRecord(item)) return [];
    const v4 = renamed(item, words);
    const at = [...from, 'items', i];
    sources.mark(v4, at, { ...renamedFields(item, at, words), ...WEBSITE(at) });
    return [v4];
  });
  const v4 = { ...renamed(s, { title: 'name' }), ...(Array.isArray(s.items) ? { items } : {}) };
  sources.mark(v4, from, renamedFields(s, from, { title: 'name' }));
  return v4;
}

/** A custom section: its items, or its one rich text as an item without a name. */
function customSection(s: Json, marking: Marking): Json {
  const own = section(s, 'custom', marking);
  const content = own.content;
  delete own.content;
  if (Array.isArray(s.items)) return own;
  const item = { summary: content };
  marking.sources.mark(item, marking.from, { summary: [...marking.from, 'content'] });
  own.items = content ? [item] : [];
  return own;
}

/** `hidden` as `visible`, links as `{href, label}`, and the names in `words` as v4's. */
function renamed(record: Json, words: Record<string, string>): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'hidden') out.visible = value !== true;
    else if (key === 'website' && isRecord(value)) out.url = { href: value.url, label: value.label };
    else out[words[key] ?? key] = value;
  }
  return out;
}

/** Where version 4's settings were written in version 5's `metadata` (at `from`). */
const metadataFields = (from: DataPath): Record<string, DataPath> => ({
  layout: [...from, 'layout', 'pages'],
  'theme/primary': [...from, 'design', 'colors', 'primary'],
  'typography/font/family': [...from, 'typography', 'body', 'fontFamily'],
  'typography/font/size': [...from, 'typography', 'body', 'fontSize'],
});

/** The layout's pages as v4's columns (custom sections named `custom.<id>`), and the settings v4 names so. */
function metadata(m: Json, customIds: ReadonlySet<string>): Json {
  const layout = isRecord(m.layout) && Array.isArray(m.layout.pages) ? m.layout.pages.filter(isRecord) : [];
  const id = (s: unknown) => (customIds.has(String(s)) ? `custom.${s}` : s);
  const columns = (page: Json) =>
    [page.main, page.sidebar].map((c) => (Array.isArray(c) ? c.map(id) : [])).filter((c) => c.length);
  const design = isRecord(m.design) && isRecord(m.design.colors) ? m.design.colors : {};
  const body = isRecord(m.typography) && isRecord(m.typography.body) ? m.typography.body : {};
  const page = isRecord(m.page) ? m.page : {};
  const css = isRecord(m.css) ? m.css : {};
  return {
    template: m.template,
    layout: layout.map(columns),
    page: { format: page.format, locale: page.locale },
    theme: { primary: design.primary },
    // Its sizes are points; v4's were pixels.
    typography: {
      font: {
        family: body.fontFamily,
        size: typeof body.fontSize === 'number' ? body.fontSize / 0.75 : undefined,
      },
    },
    css: { visible: css.enabled, value: css.value },
    notes: m.notes,
  };
}
