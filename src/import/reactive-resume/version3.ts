// Reactive Resume 3 (before 2023) kept the summary, profiles, website and photo in `basics`, dates as
// {start, end} (no end: a current role), links as plain addresses, the jobs under `sections.work`, and Markdown
// for rich text. Read into version 4's shape, one reader serves it too; keys it does not name stay on their
// entries, so the reader keeps them as comments.
import type { DataPath } from '../../core/parse.js';
import { renamedFields, type Sources } from '../sources.js';
import { isRecord, type Json, text } from '../values.js';

/** Version 3's document: `basics` with its photo or `sections.work`, and `public`. */
export const isVersion3 = (data: Json): boolean =>
  isRecord(data.basics) &&
  isRecord(data.sections) &&
  (isRecord(data.sections.work) || isRecord(data.basics.photo) || typeof data.public === 'boolean');

/** Version 3's names for version 4's sections. */
const SECTION_KEYS: Record<string, string> = { work: 'experience' };
/** Its names for version 4's fields, by section (skills' and languages' `level` is words, `levelNum` a rating). */
const FIELDS: Record<string, Record<string, string>> = {
  work: { name: 'company' },
  education: { degree: 'studyType' },
  skills: { level: 'description', levelNum: 'level' },
  languages: { level: 'description', levelNum: 'level' },
  references: { relationship: 'description' },
};

/** Version 3's document in version 4's shape, each value of it marked in `sources` with where it was written. */
export function v3AsVersion4(v3: Json, sources: Sources): Json {
  const { summary, profiles, website, photo, birthdate, location, ...basics } = isRecord(v3.basics)
    ? v3.basics
    : ({} as Json);
  const body = isRecord(summary) ? summary : { body: summary };
  const picture = isRecord(photo) ? photo : {};
  const summaryAt = isRecord(summary) ? ['basics', 'summary', 'body'] : ['basics', 'summary'];
  const sections: Json = {
    summary: { name: body.heading, visible: body.visible !== false, content: body.body },
    profiles: { items: itemsAt(profiles, ['basics', 'profiles'], {}, sources) },
    custom: {},
  };
  sources.mark(sections.summary as Json, ['basics', 'summary'], {
    content: summaryAt,
    name: ['basics', 'summary', 'heading'],
  });
  for (const [key, value] of Object.entries(isRecord(v3.sections) ? v3.sections : {})) {
    if (!isRecord(value)) continue;
    const section = {
      ...value,
      items: itemsAt(value.items, ['sections', key, 'items'], FIELDS[key] ?? {}, sources),
    };
    sources.mark(section, ['sections', key]);
    if (value.type === 'custom') (sections.custom as Json)[key] = section;
    else sections[SECTION_KEYS[key] ?? key] = section;
  }
  const v4 = {
    basics: {
      ...basics,
      location: isRecord(location) ? place(location) : location,
      url: { href: website, label: '' },
      customFields: text(birthdate) ? [{ name: 'Birthdate', value: birthdate }] : [],
      picture: { url: picture.url, effects: { hidden: picture.visible === false } },
    },
    sections,
    metadata: metadata(isRecord(v3.metadata) ? v3.metadata : {}, sections.custom as Json),
  };
  sources.mark(v4.basics, ['basics'], {
    url: ['basics', 'website'],
    'url/href': ['basics', 'website'],
    customFields: ['basics', 'birthdate'],
    'customFields/0/value': ['basics', 'birthdate'],
    picture: ['basics', 'photo'],
    'picture/url': ['basics', 'photo', 'url'],
  });
  sources.mark(v4.metadata, ['metadata'], {
    'page/locale': ['metadata', 'locale'],
    'typography/font/family': ['metadata', 'typography', 'family', 'body'],
    'typography/font/size': ['metadata', 'typography', 'size', 'body'],
  });
  return v4;
}

/** A list of items at `from` in version 4's shape, each marked at its place there, its renamed keys at their
 * own, its link's address at the plain one version 3 wrote. */
function itemsAt(list: unknown, from: DataPath, words: Record<string, string>, sources: Sources): Json[] {
  return (Array.isArray(list) ? list : []).flatMap((item, i) => {
    if (!isRecord(item)) return [];
    const v4 = renamed(linked(dated(item)), words);
    const at = [...from, i];
    sources.mark(v4, at, { ...renamedFields(item, at, words), 'url/href': [...at, 'url'] });
    return [v4];
  });
}

/** {start, end} as version 4's one text: "2019-03 - 2021-06", "2022-01 - Present". */
function dated(item: Json): Json {
  if (!isRecord(item.date)) return item;
  const [start, end] = [text(item.date.start), text(item.date.end)];
  const date = start ? `${start} - ${end ?? 'Present'}` : end;
  return { ...item, date };
}

/** A plain address as version 4's {href, label}. */
const linked = (item: Json): Json =>
  typeof item.url === 'string' ? { ...item, url: { href: item.url, label: '' } } : item;

function renamed(item: Json, words: Record<string, string>): Json {
  return Object.fromEntries(Object.entries(item).map(([key, value]) => [words[key] ?? key, value]));
}

/** Its address parts as one text, as version 4 wrote it. */
const place = (location: Json): string =>
  [location.address, location.city, location.region, location.country].map(text).filter(Boolean).join(', ');

function metadata(m: Json, custom: Json): Json {
  const typography = isRecord(m.typography) ? m.typography : {};
  const family = isRecord(typography.family) ? typography.family.body : undefined;
  const size = isRecord(typography.size) ? typography.size.body : undefined;
  const id = (s: unknown) =>
    typeof s === 'string' && s in custom ? `custom.${s}` : (SECTION_KEYS[String(s)] ?? s);
  const layout = Array.isArray(m.layout) ? m.layout : [];
  return {
    template: m.template,
    layout: layout.map((page) =>
      (Array.isArray(page) ? page : []).map((c) => (Array.isArray(c) ? c.map(id) : [])),
    ),
    page: { locale: m.locale },
    theme: isRecord(m.theme) ? { primary: m.theme.primary } : {},
    typography: { font: { family, size } },
    css: m.css,
  };
}
