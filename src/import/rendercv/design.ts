// RenderCV's `design` and `settings` (`rendercv_settings` before 2.4), in all three shapes they had (v1 flat;
// 2.0–2.3 page/colors/text; 2.4+ page/colors/typography), mapped to meta where we have the same setting.
// Everything else is named in one note per block. The locale block is locale.ts's.

import { paperNamed } from '../../core/paper.js';
import type { Meta } from '../../core/resume-types.js';
import { bullet, colour, dateFormat, font, millimetres, points } from '../design-values.js';
import type { Report } from '../report.js';
import { isRecord } from '../values.js';
import { applyRules, design, type Rule, set } from './rules.js';

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

/** The design and settings blocks read into meta; what has no equivalent here, named in a note per block. */
export function readDesign(blocks: { design?: unknown; settings?: unknown }, report: Report): Meta {
  const meta: Meta = {};
  const apply = (block: unknown, rules: Rule[], topic: string) => {
    for (const [path] of applyRules(block, rules, meta)) report.note(topic, path.join('.'));
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
  apply(blocks.settings, [], 'RenderCV settings with no equivalent here');
  return meta;
}
