import type { DataPath } from './parse.js';
import type { Highlight, Resume } from './resume-types.js';
import { ENTRY_LISTS } from './sections.js';

/** One piece of content that can carry tags: an entry (job, project, profile, …) or a single bullet. */
export interface TaggedItem {
  kind: 'entry' | 'bullet';
  path: DataPath;
  tags: readonly string[];
}

export function highlightTags(h: Highlight): readonly string[] {
  return typeof h === 'string' ? [] : (h.tags ?? []);
}

/** Every taggable item of the résumé, in source order. */
export function* taggedItems(resume: Resume): Generator<TaggedItem> {
  for (const [i, p] of (resume.basics.profiles ?? []).entries()) {
    yield { kind: 'entry', path: ['basics', 'profiles', i], tags: p.tags ?? [] };
  }
  for (const key of ENTRY_LISTS) {
    for (const [i, entry] of (resume[key] ?? []).entries()) {
      yield { kind: 'entry', path: [key, i], tags: entry.tags ?? [] };
      if ('highlights' in entry) {
        for (const [j, h] of (entry.highlights ?? []).entries()) {
          yield { kind: 'bullet', path: [key, i, 'highlights', j], tags: highlightTags(h) };
        }
      }
    }
  }
  for (const [i, section] of (resume.sections ?? []).entries()) {
    yield { kind: 'entry', path: ['sections', i], tags: section.tags ?? [] };
    for (const [j, item] of section.items.entries()) {
      yield { kind: 'entry', path: ['sections', i, 'items', j], tags: item.tags ?? [] };
    }
  }
}

/** Tags used on content (not the ones variants ask for), sorted. */
export function contentTags(resume: Resume): string[] {
  const tags = new Set<string>();
  for (const item of taggedItems(resume)) for (const t of item.tags) tags.add(t);
  return [...tags].sort();
}
