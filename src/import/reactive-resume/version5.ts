// Reactive Resume 5 (rxresu.me since 2025) wrote its export in new words: `hidden` for `visible`, `website` for
// `url`, `period` for `date`, `description` for the rich text, `title` for a section's name; the summary and the
// picture moved out of basics, custom sections into a list (a rich text each, or items), the layout into pages
// of a main column and a sidebar. Read into version 4's shape, one reader serves both.
import { isRecord, type Json } from '../values.js';

/** Version 5's document (or the record the app saves, with the document under `data`), else undefined. */
export function version5(data: Json): Json | undefined {
  const inner = isRecord(data.data) && isRecord(data.data.sections) ? data.data : data;
  const v5 = 'customSections' in inner || isRecord(inner.summary) || isRecord(inner.picture);
  return v5 && isRecord(inner.basics) && isRecord(inner.sections) ? inner : undefined;
}

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

export function asVersion4(v5: Json): Json {
  const sections = isRecord(v5.sections) ? v5.sections : {};
  const custom = (Array.isArray(v5.customSections) ? v5.customSections : []).filter(isRecord);
  const basics = isRecord(v5.basics) ? v5.basics : {};
  const picture = isRecord(v5.picture) ? v5.picture : {};
  return {
    basics: {
      ...renamed(basics, { website: 'url' }),
      picture: { url: picture.url, effects: { hidden: picture.hidden === true } },
    },
    sections: {
      ...(isRecord(v5.summary) ? { summary: section(v5.summary, 'summary') } : {}),
      ...Object.fromEntries(Object.entries(sections).map(([key, s]) => [key, section(s, key)])),
      custom: Object.fromEntries(custom.map((s) => [String(s.id), customSection(s)])),
    },
    metadata: metadata(isRecord(v5.metadata) ? v5.metadata : {}, new Set(custom.map((s) => String(s.id)))),
  };
}

function section(value: unknown, key: string): Json {
  const s = isRecord(value) ? value : {};
  const items = (Array.isArray(s.items) ? s.items : []).filter(isRecord).map((item) => {
    const words = { ...RENAMED[key], ...(PLAIN_DESCRIPTION.includes(key) ? {} : { description: 'summary' }) };
    return renamed(item, { ...words, period: 'date', website: 'url' });
  });
  return { ...renamed(s, { title: 'name' }), ...(Array.isArray(s.items) ? { items } : {}) };
}

/** A custom section: its items, or its one rich text as an item without a name. */
function customSection(s: Json): Json {
  const own = section(s, 'custom');
  const content = own.content;
  delete own.content;
  return Array.isArray(s.items) ? own : { ...own, items: content ? [{ summary: content }] : [] };
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
