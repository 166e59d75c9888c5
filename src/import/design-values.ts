// Design values as other tools write them (sizes with units, colours in any CSS form, bullet characters, date
// templates), read into the values meta.design takes, or undefined when ours has no such value.
import type { Meta } from '../core/resume-types.js';

type Design = NonNullable<Meta['design']>;

/** "2cm", "0.7in", "15mm", "72pt" in millimetres. */
export function millimetres(value: unknown): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)\s*$/i.exec(String(value ?? ''));
  if (!m) return undefined;
  const mm =
    Number(m[1]) * { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72 }[(m[2] as string).toLowerCase() as 'mm'];
  return Math.round(mm * 10) / 10;
}

/** "10pt", "11", 11 in points. */
export function points(value: unknown): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(pt)?\s*$/i.exec(String(value ?? ''));
  return m ? Number(m[1]) : undefined;
}

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  navy: '#000080',
  teal: '#008080',
  maroon: '#800000',
  purple: '#800080',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  darkblue: '#00008b',
};

/** #RGB, #RRGGBB, rgb(r, g, b), rgba(r, g, b, a) or a common colour name, as #rrggbb. */
export function colour(value: unknown): string | undefined {
  const t = String(value ?? '')
    .trim()
    .toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(t)) return t;
  if (/^#[0-9a-f]{3}$/.test(t)) return `#${[...t.slice(1)].map((c) => c + c).join('')}`;
  // An alpha is dropped: the colour is drawn on white paper.
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/.exec(t);
  if (rgb)
    return `#${rgb
      .slice(1)
      .map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0'))
      .join('')}`;
  return NAMED[t];
}

const BULLETS: Record<string, Design['bullet']> = {
  '•': 'disc',
  '●': 'disc',
  '◦': 'circle',
  '○': 'circle',
  '■': 'square',
  '◆': 'square',
  '▪': 'square',
  '-': 'dash',
  '—': 'dash',
  '–': 'dash',
};

export const bullet = (value: unknown): Design['bullet'] | undefined => BULLETS[String(value ?? '').trim()];

const SHIPPED = ['Source Sans 3', 'Source Serif 4', 'Noto Sans'];

export const font = (value: unknown): string | undefined =>
  SHIPPED.find((f) => f === String(value ?? '').trim());

/** RenderCV's date templates ("MONTH_ABBREVIATION YEAR") as our date formats. */
export function dateFormat(value: unknown): Design['dateFormat'] | undefined {
  const t = String(value ?? '').trim();
  const formats: Record<string, Design['dateFormat']> = {
    'MONTH_ABBREVIATION YEAR': 'MMM YYYY',
    'FULL_MONTH_NAME YEAR': 'MMMM YYYY',
    'MONTH_NAME YEAR': 'MMMM YYYY',
    'MONTH_IN_TWO_DIGITS/YEAR': 'MM/YYYY',
    'YEAR-MONTH_IN_TWO_DIGITS': 'YYYY-MM',
    YEAR: 'YYYY',
  };
  return formats[t];
}
