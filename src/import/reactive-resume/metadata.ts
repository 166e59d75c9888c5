// Reactive Resume's `metadata` and section names as our meta: the sections' order (its layout, read page by page
// and column by column), titles the user renamed, the paper, the accent colour, a shipped typeface and the font
// size. Its templates, columns, margins and the rest have no equivalent here and are named.
import { isKnownLocale } from '../../core/locales.js';
import { paperNamed } from '../../core/paper.js';
import type { Meta } from '../../core/resume-types.js';
import { colour, font } from '../design-values.js';
import type { Report } from '../report.js';
import { isRecord, type Json, text } from '../values.js';

/** Reactive Resume's own names for its sections: a section still so named keeps our (localised) title. */
const DEFAULT_NAMES: Record<string, string> = {
  summary: 'Summary',
  awards: 'Awards',
  certifications: 'Certifications',
  education: 'Education',
  experience: 'Experience',
  volunteer: 'Volunteering',
  interests: 'Interests',
  languages: 'Languages',
  profiles: 'Profiles',
  projects: 'Projects',
  publications: 'Publications',
  references: 'References',
  skills: 'Skills',
};

const UNMAPPED = 'design settings with no equivalent here';

/** Its defaults: a setting left so is not worth a note. */
const DEFAULTS: Record<string, unknown> = {
  'page.margin': 18,
  'page.options.breakLine': true,
  'page.options.pageNumbers': true,
  'theme.background': '#ffffff',
  'theme.text': '#000000',
  'typography.lineHeight': 1.5,
  'typography.hideIcons': false,
  'typography.underlineLinks': true,
};

/** `ids` maps each of its section ids (custom ones as `custom.<id>`) to ours, for those imported. */
export function readMetadata(data: Json, ids: ReadonlyMap<string, string>, report: Report): Meta {
  const metadata = isRecord(data.metadata) ? data.metadata : {};
  const meta: Meta = { ...orderOf(metadata, ids, report), ...titlesOf(data, ids) };
  const template = text(metadata.template);
  if (template)
    report.note('Reactive Resume templates have no match here: choose a theme with meta.theme', template);
  const page = isRecord(metadata.page) ? metadata.page : {};
  // Its default (en-US, en before version 5) is left to our detector: it stays so under text in any language.
  const chosen = ['en', 'en-US'].includes(String(page.locale)) ? undefined : text(page.locale);
  const locale = localeOf(chosen);
  if (locale) meta.locale = locale;
  else if (chosen) report.note('languages with no locale here', chosen);
  const paper = paperNamed(page.format);
  if (paper) meta.paper = paper;
  const design = designOf(metadata, report);
  if (Object.keys(design).length) meta.design = design;
  for (const [setting, value] of Object.entries(DEFAULTS)) {
    const given = valueAt(metadata, setting);
    if (given !== undefined && given !== value) report.note(UNMAPPED, setting);
  }
  const css = isRecord(metadata.css) ? metadata.css : {};
  if (css.visible === true && text(css.value))
    report.note('custom CSS not applied (a theme of your own can hold it: resume create-theme)');
  if (text(metadata.notes)) report.keep([], 'notes', metadata.notes);
  return meta;
}

/** Its locale (en-US, de-DE) as one of ours: as it is, else its language. */
function localeOf(value: unknown): string | undefined {
  const code = text(value);
  if (!code) return undefined;
  return [code, code.split('-')[0] as string].find(isKnownLocale);
}

/** The value at a dotted path ("typography.font.size"), if every step is a mapping. */
const valueAt = (record: Json, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (isRecord(v) ? v[k] : undefined), record);

/** The accent colour, a typeface we ship (another is named unless it is Reactive Resume's default), and the font
 * size (Reactive Resume's pixels as points). */
function designOf(metadata: Json, report: Report): NonNullable<Meta['design']> {
  const accent = colour(valueAt(metadata, 'theme.primary'));
  const given = text(valueAt(metadata, 'typography.font.family'));
  const family = font(given);
  if (given && !family && given !== 'IBM Plex Serif')
    report.note('typefaces not shipped here (Source Sans 3, Source Serif 4 and Noto Sans are)', given);
  const pixels = valueAt(metadata, 'typography.font.size');
  const size = typeof pixels === 'number' ? Math.round(pixels * 0.75 * 2) / 2 : undefined;
  return {
    ...(accent ? { accent } : {}),
    ...(family ? { font: family } : {}),
    ...(size && size >= 8 && size <= 14 ? { fontSize: size } : {}),
  };
}

/** The sections in the order its layout shows them: each page's columns in turn, the main column first. */
function orderOf(metadata: Json, ids: ReadonlyMap<string, string>, report: Report): Pick<Meta, 'order'> {
  const pages = (Array.isArray(metadata.layout) ? metadata.layout : []).map((page) =>
    (Array.isArray(page) ? page : []).map((column) => (Array.isArray(column) ? column : [])),
  );
  if (pages.some((columns) => columns.filter((c) => c.length).length > 1))
    report.note('layout columns not kept: the sections follow one another, the main column first');
  if (pages.length > 1) report.note('layout pages not kept: the sections flow from page to page');
  const listed = pages.flat(2).map((id) => ids.get(String(id)));
  const order = [...new Set(listed.filter((id): id is string => id !== undefined))];
  return order.length ? { order } : {};
}

/** The titles the user gave: a section's name when it is not Reactive Resume's default one. */
function titlesOf(data: Json, ids: ReadonlyMap<string, string>): Pick<Meta, 'titles'> {
  const sections = isRecord(data.sections) ? data.sections : {};
  const titles: Record<string, string> = {};
  for (const [key, section] of Object.entries(sections)) {
    const ours = ids.get(key);
    const name = isRecord(section) ? text(section.name) : undefined;
    if (ours && name && name !== DEFAULT_NAMES[key]) titles[ours] = name;
  }
  return Object.keys(titles).length ? { titles } : {};
}
