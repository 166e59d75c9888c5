// YAMLResume's presentation settings: before 0.8 one `layout` (holding `locale` too), since 0.8 a `locale` and a
// list of `layouts`, one per engine (latex, html, docx, markdown). The LaTeX one is the PDF, so it is read first.

import { isKnownLocale } from '../../core/locales.js';
import { paperNamed } from '../../core/paper.js';
import type { DataPath } from '../../core/parse.js';
import type { Meta } from '../../core/resume-types.js';
import { font, millimetres, points } from '../design-values.js';
import type { Report } from '../report.js';
import type { Sources } from '../sources.js';
import { isRecord, type Json, text } from '../values.js';

const LOCALES: Record<string, string> = {
  'zh-hans': 'zh',
  'zh-hant-hk': 'zh-HK',
  'zh-hant-tw': 'zh-TW',
  'pt-br': 'pt-BR',
};
const MAPPED = new Set([
  'engine',
  'page.paperSize',
  'page.margins.top',
  'page.margins.bottom',
  'page.margins.left',
  'page.margins.right',
  'margins.top',
  'margins.bottom',
  'margins.left',
  'margins.right',
  'typography.fontSize',
  'typography.fontFamily',
  'sections.aliases',
  'sections.order',
  'locale.language',
]);
const UNMAPPED = 'layout settings with no equivalent here';

export function readLayout(data: Json, report: Report, sources: Sources): Meta {
  const layouts = Array.isArray(data.layouts)
    ? data.layouts.filter(isRecord)
    : isRecord(data.layout)
      ? [data.layout]
      : [];
  const pdf = layouts.find((l) => l.engine === 'latex' || l.engine === undefined) ?? layouts[0];
  const meta: Meta = {};
  sources.mark(meta, ...layoutSources(data, pdf));
  const locale = isRecord(data.locale)
    ? data.locale.language
    : isRecord(pdf?.locale)
      ? pdf.locale.language
      : undefined;
  // `language: no` is Norwegian; a YAML 1.1 reader makes it false.
  const code = locale === false ? 'no' : text(locale) && (LOCALES[text(locale) as string] ?? text(locale));
  if (code && isKnownLocale(code)) meta.locale = code;
  else if (code) report.note('languages with no locale here', code);
  if (!pdf) return meta;
  const page = isRecord(pdf.page) ? pdf.page : {};
  const paper = paperNamed(page.paperSize);
  if (paper) meta.paper = paper;
  const margins = isRecord(page.margins) ? page.margins : isRecord(pdf.margins) ? pdf.margins : {};
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const mm = millimetres(margins[side]);
    if (mm !== undefined && mm <= 50)
      meta.design = { ...meta.design, margins: { ...meta.design?.margins, [side]: mm } };
  }
  const typography = isRecord(pdf.typography) ? pdf.typography : {};
  const size = points(typography.fontSize);
  if (size && size >= 8 && size <= 14) meta.design = { ...meta.design, fontSize: size };
  const family = font(typography.fontFamily);
  if (family) meta.design = { ...meta.design, font: family };
  readSections(pdf, meta);
  for (const path of leaves(pdf))
    if (!MAPPED.has(path) && !path.startsWith('sections.')) report.note(UNMAPPED, path);
  for (const other of layouts)
    if (other !== pdf)
      report.note('layouts for other engines, not read (the LaTeX one is)', String(other.engine));
  return meta;
}

/** Where meta's settings were written: in the layout read (`layouts[i]`, or the one `layout`), the locale in
 * its own block since 0.8. */
function layoutSources(data: Json, pdf: Json | undefined): [DataPath, Record<string, DataPath>] {
  const at: DataPath =
    Array.isArray(data.layouts) && pdf ? ['layouts', data.layouts.indexOf(pdf)] : ['layout'];
  const margins =
    isRecord(pdf?.page) && isRecord(pdf.page.margins) ? [...at, 'page', 'margins'] : [...at, 'margins'];
  const fields: Record<string, DataPath> = {
    locale: isRecord(data.locale) ? ['locale', 'language'] : [...at, 'locale', 'language'],
    paper: [...at, 'page', 'paperSize'],
    titles: [...at, 'sections', 'aliases'],
    'titles/summary': [...at, 'sections', 'aliases', 'basics'],
    order: [...at, 'sections', 'order'],
    'design/fontSize': [...at, 'typography', 'fontSize'],
    'design/font': [...at, 'typography', 'fontFamily'],
  };
  for (const side of ['top', 'bottom', 'left', 'right'])
    fields[`design/margins/${side}`] = [...margins, side];
  return [at, fields];
}

/** Section titles (aliases) and order; YAMLResume's `basics` section is our summary. */
function readSections(layout: Json, meta: Meta): void {
  const sections = isRecord(layout.sections) ? layout.sections : {};
  const id = (s: string) => (s === 'basics' ? 'summary' : s);
  if (isRecord(sections.aliases)) {
    const titles = Object.entries(sections.aliases).filter(([, t]) => text(t));
    if (titles.length) meta.titles = Object.fromEntries(titles.map(([k, t]) => [id(k), text(t) as string]));
  }
  if (Array.isArray(sections.order) && sections.order.length)
    meta.order = sections.order.map((s) => id(String(s)));
}

function leaves(node: Json, prefix = ''): string[] {
  return Object.entries(node).flatMap(([k, v]) =>
    isRecord(v) ? leaves(v, `${prefix}${k}.`) : v === null || v === undefined ? [] : [`${prefix}${k}`],
  );
}
