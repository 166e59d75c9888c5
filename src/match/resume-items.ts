// The résumé as match/ sees it: every piece of the person's text with its path (work[2].highlights[3],
// skills[0].keywords[1], basics.summary), the unit it ranks with (a bullet, an entry, a skill group), its tags,
// and the wording written for variants. References are left out: they are someone else's words.
import { entryParts } from '../core/entry-parts.js';
import { type DataPath, displayPath } from '../core/parse.js';
import type { Resume } from '../core/resume-types.js';
import { ENTRY_LISTS } from '../core/sections.js';

export type UnitLevel = 'summary' | 'entry' | 'bullet' | 'group' | 'item';

export interface ResumeText {
  path: string;
  text: string;
  /** The unit it ranks with: a bullet is its own unit; an entry's other fields rank with the entry. */
  unit: string;
  level: UnitLevel;
  /** The entry it belongs to, when it belongs to one. */
  entry?: string;
  /** The role it belongs to (work[0].positions[1]), when its entry has several. */
  role?: string;
  tags: string[];
  /** Wording written for variants, by variant name. */
  alt: Record<string, string>;
}

/** Fields that are not prose: addresses, dates, grades. */
const NOT_TEXT = new Set([
  'url',
  'startDate',
  'endDate',
  'date',
  'releaseDate',
  'score',
  'private',
  'tags',
  'alt',
  'id',
]);
/** Lists whose items are bullets of their own; other lists (keywords, courses) belong to the entry. */
const BULLET_FIELDS = new Set(['highlights']);
/** A job's roles, read as parts of their own (see entryParts). */
const ROLES = 'positions';

/** Markdown → the words a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2');
}

const tagsOf = (value: unknown): string[] => {
  const tags = value && typeof value === 'object' ? (value as { tags?: unknown }).tags : undefined;
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
};

const altOf = (value: unknown): Record<string, string> => {
  const alt = value && typeof value === 'object' ? (value as { alt?: unknown }).alt : undefined;
  if (!alt || typeof alt !== 'object') return {};
  return Object.fromEntries(
    Object.entries(alt as Record<string, unknown>)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .map(([k, v]) => [k, plainText(v)]),
  );
};

/** Every text of the résumé, in source order. */
export function resumeTexts(resume: Resume): ResumeText[] {
  const out: ResumeText[] = [];
  const basics = resume.basics ?? ({} as Resume['basics']);
  for (const field of ['label', 'summary'] as const) {
    const text = basics[field];
    if (typeof text !== 'string' || !text.trim()) continue;
    const alt: Record<string, string> = {};
    for (const [v, a] of Object.entries(basics.alt ?? {}))
      if (a?.[field]) alt[v] = plainText(a[field] as string);
    for (const [v, variant] of Object.entries(resume.variants ?? {}))
      if (variant?.[field]) alt[v] = plainText(variant[field] as string);
    const path = `basics.${field}`;
    out.push({ path, text: plainText(text), unit: path, level: 'summary', tags: [], alt });
  }
  const data = resume as unknown as Record<string, unknown>;
  for (const key of ENTRY_LISTS) {
    if (key === 'references') continue;
    const list = data[key];
    if (!Array.isArray(list)) continue;
    for (const [i, entry] of list.entries())
      entryTexts(entry, [key, i], key === 'skills' ? 'group' : 'entry', out);
  }
  const sections = Array.isArray(resume.sections) ? resume.sections : [];
  sections.forEach((section, i) => {
    (Array.isArray(section?.items) ? section.items : []).forEach((item, j) => {
      const unit = `sections[${i}].items[${j}]`;
      const tags = [...tagsOf(section), ...tagsOf(item)];
      // An item's bullets count with it (they move with their item), and each is a bullet of its own, ranked and
      // dropped as a job's are.
      const bullets = (item?.highlights ?? []).map((h, k) => [`highlights[${k}]`, h] as const);
      for (const [field, value] of [['label', item?.label], ['text', item?.text], ...bullets] as const) {
        const text = typeof value === 'string' ? value : value?.text;
        const bullet = field.startsWith('highlights');
        if (typeof text === 'string' && text.trim())
          out.push({
            path: `${unit}.${field}`,
            text: plainText(text),
            unit: bullet ? `${unit}.${field}` : unit,
            level: bullet ? 'bullet' : 'item',
            entry: unit,
            tags: [...tags, ...tagsOf(value)],
            alt: altOf(value),
          });
      }
    });
  });
  return out;
}

/** An entry's fields, its lists and its bullets, and its roles' (work[].positions): a role's title, summary and
 * keywords rank with its entry, and its bullets are bullets of their own. */
function entryTexts(entry: unknown, at: DataPath, level: 'entry' | 'group', out: ResumeText[]): void {
  const path = displayPath(at);
  for (const part of entryParts(entry, at)) {
    const role = part.role === undefined ? undefined : displayPath(part.path);
    const tags = role ? [...tagsOf(entry), ...tagsOf(part.value)] : tagsOf(entry);
    partTexts(part.value, { path: role ?? path, entry: path, role, level, tags }, out);
  }
}

interface Owner {
  /** Where the fields are: the entry's path, or its role's. */
  path: string;
  entry: string;
  role?: string;
  level: 'entry' | 'group';
  tags: string[];
}

/** The text fields and lists of an entry or a role. */
function partTexts(value: Record<string, unknown>, owner: Owner, out: ResumeText[]): void {
  const { path, entry, role, level, tags } = owner;
  const at = role ? { entry, role } : { entry };
  for (const [field, v] of Object.entries(value)) {
    if (NOT_TEXT.has(field)) continue;
    if (typeof v === 'string' && v.trim()) {
      out.push({ path: `${path}.${field}`, text: plainText(v), unit: entry, level, ...at, tags, alt: {} });
    } else if (Array.isArray(v) && field !== ROLES) {
      v.forEach((item, j) => {
        const itemPath = `${path}.${field}[${j}]`;
        const text = typeof item === 'string' ? item : (item as { text?: unknown } | null)?.text;
        if (typeof text !== 'string' || !text.trim()) return;
        const bullet = BULLET_FIELDS.has(field);
        out.push({
          path: itemPath,
          text: plainText(text),
          unit: bullet ? itemPath : entry,
          level: bullet ? 'bullet' : level,
          ...at,
          tags: [...tags, ...tagsOf(item)],
          alt: altOf(item),
        });
      });
    }
  }
}
