// RenderCV's `design`, `locale` (`locale_catalog` in v1) and `settings` (`rendercv_settings` before 2.4), in all
// three shapes they had (v1 flat; 2.0–2.3 page/colors/text; 2.4+ page/colors/typography), mapped to meta where
// we have the same setting. Everything else is named in one note per block.

import { isKnownLocale } from '../../core/locales.js';
import { paperNamed } from '../../core/paper.js';
import type { Meta } from '../../core/resume-types.js';
import { bullet, colour, dateFormat, font, millimetres, points } from '../design-values.js';
import type { Report } from '../report.js';
import { isRecord } from '../values.js';

type Design = NonNullable<Meta['design']>;
type Rule = [paths: string[], apply: (value: unknown, meta: Meta) => boolean];

const design = (meta: Meta): Design => (meta.design ??= {});
const set =
  <K extends keyof Design>(key: K, read: (v: unknown) => Design[K] | undefined) =>
  (value: unknown, meta: Meta) => {
    const v = read(value);
    if (v === undefined || design(meta)[key] !== undefined) return v !== undefined;
    design(meta)[key] = v;
    return true;
  };
const margin = (side: 'top' | 'bottom' | 'left' | 'right') => (value: unknown, meta: Meta) => {
  const mm = millimetres(value);
  if (mm === undefined || mm > 50) return false;
  design(meta).margins = { ...design(meta).margins, [side]: mm };
  return true;
};
const paper = (value: unknown, meta: Meta) => {
  const size = paperNamed(value);
  if (size) meta.paper = size;
  return size !== undefined;
};
const inRange = (min: number, max: number, read: (v: unknown) => number | undefined) => (v: unknown) => {
  const n = read(v);
  return n !== undefined && n >= min && n <= max ? n : undefined;
};

const DESIGN_RULES: Rule[] = [
  [['page_size', 'page.size'], paper],
  [['margins.page.top', 'page.top_margin'], margin('top')],
  [['margins.page.bottom', 'page.bottom_margin'], margin('bottom')],
  [['margins.page.left', 'page.left_margin'], margin('left')],
  [['margins.page.right', 'page.right_margin'], margin('right')],
  [['colors.section_titles', 'colors.name', 'color'], set('accent', colour)],
  [['colors.body', 'colors.text'], set('text', colour)],
  [['typography.font_family.body', 'typography.font_family', 'text.font_family', 'font'], set('font', font)],
  [['typography.font_size.body', 'text.font_size', 'font_size'], set('fontSize', inRange(8, 14, points))],
  [['entries.highlights.bullet', 'highlights.bullet'], set('bullet', bullet)],
  [['templates.single_date'], set('dateFormat', dateFormat)],
];
const LOCALE_RULES: Rule[] = [
  [['language'], (value, meta) => setLocale(value, meta)],
  [['date_template', 'date_style'], set('dateFormat', dateFormat)],
];

/** RenderCV 2.4+ names its locales; 2.0–2.3 used ISO codes; a YAML 1.1 reader turns `no` (Norwegian) into false. */
const LANGUAGES: Record<string, string> = {
  english: 'en',
  arabic: 'ar',
  danish: 'da',
  dutch: 'nl',
  french: 'fr',
  german: 'de',
  hebrew: 'he',
  hindi: 'hi',
  hungarian: 'hu',
  indonesian: 'id',
  italian: 'it',
  japanese: 'ja',
  korean: 'ko',
  mandarin_chinese: 'zh',
  norwegian_bokmål: 'nb',
  norwegian_nynorsk: 'nn',
  persian: 'fa',
  portuguese: 'pt',
  russian: 'ru',
  spanish: 'es',
  turkish: 'tr',
  vietnamese: 'vi',
};

function setLocale(value: unknown, meta: Meta): boolean {
  const code =
    value === false ? 'no' : (LANGUAGES[String(value).toLowerCase()] ?? String(value).toLowerCase());
  if (!/^[a-z]{2,3}$/.test(code) || !isKnownLocale(code)) return false;
  meta.locale = code;
  return true;
}

export function readDesign(
  blocks: { design?: unknown; locale?: unknown; settings?: unknown },
  report: Report,
): Meta {
  const meta: Meta = {};
  const leaves = (node: unknown, prefix = ''): [string, unknown][] =>
    isRecord(node)
      ? Object.entries(node).flatMap(([k, v]) =>
          isRecord(v) ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
        )
      : [];
  const apply = (block: unknown, rules: Rule[], topic: string) => {
    const all = leaves(block);
    const used = new Set<string>();
    for (const [paths, rule] of rules) {
      for (const path of paths) {
        // A family given per part ({body, name}) is read at its body; the object itself is not a value.
        const value = all.find(([p]) => p === path)?.[1];
        if (value !== undefined && rule(value, meta)) used.add(path);
      }
    }
    for (const [path, value] of all)
      if (!used.has(path) && value !== null && value !== undefined) report.note(topic, path);
  };
  if (isRecord(blocks.design) && blocks.design.theme)
    report.note(
      "RenderCV's theme, not read (its designs are not ours, a name in common included: choose one of ours with meta.theme: classic, sidebar, compact)",
      String(blocks.design.theme),
    );
  apply(
    isRecord(blocks.design) ? { ...blocks.design, theme: undefined } : undefined,
    DESIGN_RULES,
    'design settings with no equivalent here',
  );
  apply(
    blocks.locale,
    LOCALE_RULES,
    'locale words and formats with no equivalent here (our locale has its own)',
  );
  apply(blocks.settings, [], 'RenderCV settings with no equivalent here');
  return meta;
}
