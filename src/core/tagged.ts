import { bulletsOf, entryParts } from './entry-parts.js';
import type { DataPath } from './parse.js';
import type { Resume } from './resume-types.js';
import { ENTRY_LISTS } from './sections.js';

/** One piece of content that can carry tags: an entry (job, project, profile, …) or a single bullet. */
export interface TaggedItem {
  kind: 'entry' | 'bullet';
  path: DataPath;
  tags: readonly string[];
}

/** A tag as people write it (`Clinical_Research`), as a tag name (`clinical-research`): the same tag either way. */
export function tagName(tag: string): string {
  return tag
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_./]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

/** Whether an entry, item or bullet is marked `private: true`. */
export function isPrivate(value: unknown): boolean {
  return !!value && typeof value === 'object' && (value as { private?: unknown }).private === true;
}

/** The tags of any value: also safe on data the schema has not accepted (validation reports every problem). */
export function tagsOf(value: unknown): readonly string[] {
  const tags = value && typeof value === 'object' ? (value as { tags?: unknown }).tags : undefined;
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Every taggable item of the résumé, in source order. */
export function* taggedItems(resume: Resume): Generator<TaggedItem> {
  const data = resume as unknown as Record<string, unknown>;
  for (const [i, p] of listOf((resume.basics as { profiles?: unknown } | undefined)?.profiles).entries()) {
    yield { kind: 'entry', path: ['basics', 'profiles', i], tags: tagsOf(p) };
  }
  for (const key of ENTRY_LISTS)
    for (const [i, entry] of listOf(data[key]).entries()) yield* entryAndBullets(entry, [key, i]);
  for (const [i, section] of listOf(data.sections).entries()) {
    yield { kind: 'entry', path: ['sections', i], tags: tagsOf(section) };
    for (const [j, item] of listOf((section as { items?: unknown } | null)?.items).entries())
      yield* entryAndBullets(item, ['sections', i, 'items', j]);
  }
}

/** An entry (a custom section's item too) and its bullets; several roles under one employer are each tagged like
 * an entry. */
function* entryAndBullets(entry: unknown, path: DataPath): Generator<TaggedItem> {
  for (const part of entryParts(entry, path)) {
    yield { kind: 'entry', path: part.path, tags: tagsOf(part.value) };
    const list = bulletsOf(part);
    if (list)
      for (const [j, h] of list.bullets.entries())
        yield { kind: 'bullet', path: [...list.path, j], tags: tagsOf(h) };
  }
}

/** Tags used on content (not the ones variants ask for), sorted. */
export function contentTags(resume: Resume): string[] {
  const tags = new Set<string>();
  for (const item of taggedItems(resume)) for (const t of item.tags) tags.add(t);
  return [...tags].sort();
}
