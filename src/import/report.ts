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
    finish(resume) {
      const notes = [...topics].map(([topic, { count, examples }]) => {
        const more = examples.length > EXAMPLES ? ', …' : '';
        const list = examples.length ? `: ${examples.slice(0, EXAMPLES).join(', ')}${more}` : '';
        return { topic, message: `${topic} (${count})${list}` };
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
