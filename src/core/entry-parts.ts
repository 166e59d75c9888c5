// The parts of an entry that hold its text: the entry itself and, for a job with several roles under one employer
// (work[].positions, the shape `resume import` writes from a LinkedIn export), each role, with its own title,
// summary and bullets. One home for "an entry's bullets, its roles' included", so counting, matching, ranking,
// emphasis and cutting to pages all read a role's bullets as bullets.
import type { DataPath } from './parse.js';
import { isRecord } from './text-slots.js';

export interface EntryPart {
  /** work[0], or work[0].positions[1] for a role. */
  path: DataPath;
  value: Record<string, unknown>;
  /** The role's place under its entry; undefined for the entry itself. */
  role?: number;
}

export interface BulletList {
  /** The entry or role the bullets belong to. */
  part: EntryPart;
  /** work[0].highlights, or work[0].positions[1].highlights */
  path: DataPath;
  bullets: unknown[];
}

/** The entry, then each of its roles, in source order; nothing for a value that is not an entry. */
export function entryParts(entry: unknown, path: DataPath): EntryPart[] {
  if (!isRecord(entry)) return [];
  const parts: EntryPart[] = [{ path, value: entry }];
  const roles = Array.isArray(entry.positions) ? entry.positions : [];
  for (const [j, role] of roles.entries())
    if (isRecord(role)) parts.push({ path: [...path, 'positions', j], value: role, role: j });
  return parts;
}

/** The entry's bullet lists: its own, then each role's. */
export function bulletLists(entry: unknown, path: DataPath): BulletList[] {
  return entryParts(entry, path).flatMap((part) => bulletsOf(part) ?? []);
}

/** The bullets of one part (an entry's own, or one role's), when it has a list of them. */
export function bulletsOf(part: EntryPart): BulletList | undefined {
  const bullets = part.value.highlights;
  return Array.isArray(bullets) ? { part, path: [...part.path, 'highlights'], bullets } : undefined;
}
