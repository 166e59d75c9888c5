// A problem found in the data, at a path: made into a diagnostic at its file:line:col when it is reported.
import type { Diagnostic } from '../errors.js';
import { type DataPath, displayPath, type LocatedResume, locate, locateText, rawValue } from './parse.js';

export interface Problem {
  path: DataPath;
  message: string;
  /** Point at the key rather than its value (unknown keys). */
  at?: 'key';
  /** Point at this text inside the value (a link inside a long summary). */
  find?: string;
  /** Append the value's own source text, quoted: for a value YAML read as a number. */
  quote?: boolean;
  /** The path as said, when it stands for many places (work[*].technologies). */
  shown?: string;
  /** In a JSON Resume document (read leniently) a warning, not an error: what the reader does instead. */
  soft?: string;
  /** What the reader does instead, done (with `soft`): the data changed so that nothing false is printed. */
  repair?: () => void;
}

export function toDiagnostic(parsed: LocatedResume, p: Problem): Diagnostic {
  const where = p.find ? locateText(parsed, p.path, p.find) : locate(parsed, p.path, p.at ?? 'value');
  const raw = p.quote ? rawValue(parsed, p.path) : undefined;
  const message = raw ? `${p.message}: "${raw.replace(/^["']|["']$/g, '')}"` : p.message;
  return { file: parsed.source.name, path: p.shown ?? displayPath(p.path), message, ...where };
}

/** From how many repeats one message is said once: a warning's places need no visit each, so three are one line
 * (a JSON Resume 0.x file with three jobs warned, caret and all, of each "company" and "website"); an error's
 * places each need a fix, so they are each shown until they are a flood. */
export const GROUPED_FROM = { warning: 3, error: 5 };

/** A flood of one mistake (the same message at the same place in many entries) said once, at its first place,
 * with how many more there are. */
export function groupRepeats(problems: Problem[], atLeast: number): Problem[] {
  const template = (p: Problem) =>
    `${starred(p.path)} ${p.message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, '0')}`;
  const groups = new Map<string, Problem[]>();
  for (const p of problems) groups.set(template(p), [...(groups.get(template(p)) ?? []), p]);
  return [...groups.values()].flatMap((list) => {
    const first = list[0] as Problem;
    if (list.length < atLeast) return list;
    const message = `${first.message} (and ${list.length - 1} more like it)`;
    return [{ ...first, shown: starred(first.path), message }];
  });
}

/** work[3].technologies as work[*].technologies. */
export function starred(path: DataPath): string {
  return displayPath(path).replace(/\[\d+\]/g, '[*]');
}

/** A list from data that may not have passed the schema: anything else counts as empty. */
export const listOf = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
/** A mapping from data that may not have passed the schema. */
export const mapOf = <T>(value: unknown): Record<string, T> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, T>) : {};
export const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
