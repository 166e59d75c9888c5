// A JSON Resume document's last liberties, taken after its shapes were read (coerce.ts): what the schema still
// refuses is set aside, never fatal. A key this tool does not read, a value it cannot place: each is named in a
// warning by its path, the same mistake in many entries said once (`work[*].technologies: not shown in 18
// entries`), and its text kept in a list, so `check` knows the loss was said.
import type { ErrorObject } from 'ajv';
import type { DataPath } from './parse.js';
import { listOf, mapOf, type Problem, starred } from './problems.js';
import { defName, pointerToPath, schemaProblems } from './schema-problems.js';
import { validateSchema } from './schema-validator.js';

export interface SetAside {
  warnings: Problem[];
  /** The text of what was set aside: named in the warnings, not shown. */
  omitted: string[];
}

/** What the schema refuses in a document read leniently: dropped from the data, with its warnings. Errors inside
 * `skipped` (list items already dropped) and on dates kept as written are not this function's. */
export function setAside(
  data: unknown,
  skipped: DataPath[],
  isRawDate: (path: DataPath) => boolean,
): SetAside {
  const unknown: Problem[] = [];
  const refused: Problem[] = [];
  const omitted: string[] = [];
  // Each pass sets aside the outermost values the schema refuses; a few passes reach every level.
  for (let pass = 0; pass < 6 && !validateSchema(data); pass++) {
    const errors = (validateSchema.errors ?? []).filter((e) => {
      const path = pointerToPath(e.instancePath);
      // A document that is not a mapping holds no résumé: that stays an error.
      if (path.length === 0 && e.keyword !== 'additionalProperties') return false;
      if (skipped.some((s) => isWithin(path, s))) return false;
      return !(allowedLeniently(e) || (defName(e) === 'date' && isRawDate(path)));
    });
    if (errors.length === 0) break;
    for (const problem of schemaProblems(errors)) {
      const value = remove(data, problem.path, skipped);
      omitted.push(...textsOf(value));
      (problem.at === 'key' ? unknown : refused).push(problem);
    }
  }
  return { warnings: [...grouped(unknown), ...refused.map(notShown)], omitted };
}

/** What JSON Resume's own schema lets through: nothing is required, country codes are free text, and an e-mail
 * address that is not one is shown as text (the reader said so). */
export function allowedLeniently(e: ErrorObject): boolean {
  return (
    e.keyword === 'required' ||
    pointerToPath(e.instancePath).at(-1) === 'countryCode' ||
    defName(e) === 'email'
  );
}

const isWithin = (path: DataPath, base: DataPath) => base.every((s, i) => path[i] === s);

/** Takes the value at a path out of the data (a list item is only marked, to keep positions), returning it. */
function remove(data: unknown, path: DataPath, skipped: DataPath[]): unknown {
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, s) => mapOf(node)[s] ?? listOf(node)[s as number], data);
  const key = path.at(-1);
  if (key === undefined || !parent || typeof parent !== 'object') return undefined;
  const value = (parent as Record<string | number, unknown>)[key];
  if (Array.isArray(parent)) skipped.push(path);
  else delete (parent as Record<string | number, unknown>)[key];
  return value;
}

function notShown(problem: Problem): Problem {
  return { ...problem, message: `not shown: ${problem.message}` };
}

/** Unknown keys, one warning per key and place in the document (work[*].technologies), at its first use. */
function grouped(unknown: Problem[]): Problem[] {
  const groups = new Map<string, Problem[]>();
  for (const p of unknown) groups.set(starred(p.path), [...(groups.get(starred(p.path)) ?? []), p]);
  return [...groups.values()].map((list) => {
    const first = list[0] as Problem;
    const key = String(first.path.at(-1));
    const hint = /; did you mean "[^"]+"\?/.exec(first.message)?.[0] ?? '';
    const where = list.length > 1 ? ` in ${list.length} entries` : '';
    return {
      ...first,
      ...(list.length > 1 && { shown: starred(first.path) }),
      message: `not shown${where}: "${key}" is not a key this tool reads${hint}`,
    };
  });
}

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}
