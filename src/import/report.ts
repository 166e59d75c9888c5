// What an importer tells the user: the left-overs the YAML comments out, and one note per kind of thing it
// guessed, moved or could not place, counted, with a few examples.
import type { DataPath } from '../core/parse.js';
import type { Resume } from '../core/resume-types.js';
import type { ImportResult, LeftOver } from './types.js';

export const LEFT_OUT = 'left out, kept as comments under their entries';

export interface Report {
  /** A value with no place in our format: commented out under the entry at `at`, counted under `topic`. */
  keep(at: DataPath, key: string, value: unknown, topic?: string): void;
  /** One more occurrence of `topic`; `example` says where or what. */
  note(topic: string, example?: string): void;
  /** Item `removed` of the list at `list` was taken out: left-overs under later items move up one, and those
   * under the item itself go to the list. */
  relocate(list: DataPath, removed: number): void;
  finish(resume: Resume): ImportResult;
}

const EXAMPLES = 4;

export function newReport(): Report {
  const leftOver: LeftOver[] = [];
  const topics = new Map<string, { count: number; examples: string[] }>();
  const note = (topic: string, example?: string) => {
    const seen = topics.get(topic) ?? { count: 0, examples: [] };
    seen.count++;
    if (example && !seen.examples.includes(example)) seen.examples.push(example);
    topics.set(topic, seen);
  };
  return {
    keep(at, key, value, topic = LEFT_OUT) {
      if (isEmpty(value)) return;
      leftOver.push({ at, key, value });
      note(topic, key);
    },
    note,
    relocate(list, removed) {
      for (const item of leftOver) {
        const under = list.every((s, i) => item.at[i] === s) && typeof item.at[list.length] === 'number';
        if (!under) continue;
        const index = item.at[list.length] as number;
        if (index === removed) item.at = list;
        else if (index > removed) item.at = [...list, index - 1, ...item.at.slice(list.length + 1)];
      }
    },
    finish(resume) {
      const notes = [...topics].map(([topic, { count, examples }]) => {
        const shown = examples.slice(0, EXAMPLES);
        const more = examples.length > EXAMPLES ? ', …' : '';
        const list = shown.length ? `: ${shown.join(', ')}${more}` : '';
        // A count says something only where the list does not show every one, or there is more than one.
        const counted = count > Math.max(shown.length, 1) ? ` (${count})` : '';
        return { topic, message: `${topic}${counted}${list}` };
      });
      return { resume, notes, leftOver };
    },
  };
}

/** null, "", [] and {}: nothing worth a comment. */
export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}
