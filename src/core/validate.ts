// Validation: the schema, then the rules it cannot express, every problem at once at its file:line:col. A
// JSON Resume document is read as leniently as its own schema allows; our YAML is strict about unknown keys.
import type { ErrorObject } from 'ajv';
import { type Diagnostic, UserError, uniqueDiagnostics } from '../errors.js';
import type { RawDates } from './normalize.js';
import { type DataPath, displayPath, type ParsedResume, withPositions } from './parse.js';
import { listOf, mapOf, type Problem, toDiagnostic } from './problems.js';
import type { Resume } from './resume-types.js';
import { type RuleOptions, semanticProblems } from './rules.js';
import { defName, pointerToPath, schemaProblems } from './schema-problems.js';
import { validateSchema } from './schema-validator.js';
import { ENTRY_LISTS } from './sections.js';

export interface ValidateOptions extends RuleOptions {
  /** Problems found by other checks of the same load (the photo), reported together with these. */
  extra?: readonly Problem[];
  /** Guesses made while reading (legacy names, loose dates, a missing photo): warnings at their place. */
  notices?: readonly Problem[];
  /** Dates kept as written because they could not be read (their paths, /-joined). */
  rawDates?: RawDates;
  /** Every warning is an error (for CI). */
  strict?: boolean;
}

export interface Checked {
  resume: Resume;
  /** Things worth telling the user that did not stop the build, at file:line:col. */
  warnings: Diagnostic[];
}

/** Checks the parsed data against the schema and the rules a schema cannot express; throws every problem at once. */
export async function validateResume(parsed: ParsedResume, options: ValidateOptions = {}): Promise<Resume> {
  return (await checkResume(parsed, options)).resume;
}

/**
 * The check with its warnings. A JSON Resume document (.json) is read as leniently as the JSON Resume schema
 * allows: keys it does not know are left out with one warning, nothing is required, country codes are free text,
 * and a theme it cannot use falls back to the default. Errors stay errors where the output would be wrong.
 */
export async function checkResume(parsed: ParsedResume, options: ValidateOptions = {}): Promise<Checked> {
  const lenient = parsed.source.json;
  const data = parsed.data as Record<string, unknown>;
  const warnings: Problem[] = [...(options.notices ?? []), ...(lenient ? readLeniently(data, options) : [])];
  const blank = blankEntries(data);
  const problems: Problem[] = [
    ...(options.extra ?? []),
    ...schemaProblems(schemaErrors(data, { lenient, blank, raw: options.rawDates ?? new Set() })),
    // The rules beyond the schema run on invalid data too (guarding every shape), so every problem comes at once.
    ...semanticProblems(data as unknown as Resume, {
      ...options,
      themes: lenient ? undefined : options.themes,
    }),
  ];
  for (const path of blank) warnings.push({ path, message: 'this entry has no text: skipped' });
  if (options.strict)
    problems.push(...warnings.map((w) => ({ ...w, message: `${w.message} (an error under --strict)` })));
  if (problems.length === 0 && parsed.diagnostics.length === 0 && warnings.length === 0)
    return { resume: data as unknown as Resume, warnings: [] };
  const warned = await report(parsed, problems, warnings, options.strict);
  removeEntries(data, blank);
  return { resume: data as unknown as Resume, warnings: warned };
}

/** A JSON Resume document's liberties, taken with a warning each: unknown keys left out, a theme that is not
 * here replaced by the default, no name. */
function readLeniently(data: Record<string, unknown>, options: ValidateOptions): Problem[] {
  const warnings: Problem[] = [];
  if (data && typeof data === 'object' && !Array.isArray(data) && data.basics === undefined) data.basics = {};
  const unknown = stripUnknownKeys(data);
  if (unknown.length) {
    const n = unknown.length;
    warnings.push({
      path: unknown[0] as DataPath,
      at: 'key',
      message: `${n} key${n === 1 ? '' : 's'} this tool does not use ${n === 1 ? 'is' : 'are'} left out: ${unknown.map(displayPath).join(', ')}`,
    });
  }
  const meta = mapOf<unknown>(data?.meta);
  const theme = meta.theme;
  if (
    typeof theme === 'string' &&
    options.themes &&
    !options.themes.includes(theme) &&
    !options.themePackage?.(theme)
  ) {
    warnings.push({
      path: ['meta', 'theme'],
      message: `theme "${theme}" is not available here: using the default theme`,
    });
    delete meta.theme;
  }
  if (typeof mapOf(data?.basics).name !== 'string')
    warnings.push({ path: ['basics'], message: 'no basics.name: the résumé has no name at the top' });
  return warnings;
}

/** The schema's errors that count: none inside a skipped blank entry or a date printed as written; in a JSON
 * Resume document, nothing is required and country codes are free text. */
function schemaErrors(
  data: unknown,
  { lenient, blank, raw }: { lenient: boolean; blank: DataPath[]; raw: RawDates },
): ErrorObject[] {
  if (validateSchema(data)) return [];
  return (validateSchema.errors ?? []).filter((e) => {
    const path = pointerToPath(e.instancePath);
    if (blank.some((b) => isWithin(path, b))) return false;
    if (raw.has(path.join('/')) && defName(e) === 'date') return false;
    if (!lenient) return true;
    if (e.keyword === 'required') return false;
    return !(path.at(-1) === 'countryCode' && e.keyword === 'pattern');
  });
}

/** Problems and warnings at their places: throws when there is any problem (the warnings said with them, in
 * place), else returns the warnings. */
async function report(
  parsed: ParsedResume,
  problems: Problem[],
  warnings: Problem[],
  strict: boolean | undefined,
): Promise<Diagnostic[]> {
  const located = await withPositions(parsed);
  const sorted = (list: Diagnostic[]) =>
    uniqueDiagnostics(list).sort((a, b) => a.line - b.line || a.col - b.col);
  const warned = sorted(warnings.map((w) => ({ ...toDiagnostic(located, w), severity: 'warning' as const })));
  if (problems.length === 0 && parsed.diagnostics.length === 0) return warned;
  const diagnostics = sorted([...parsed.diagnostics, ...problems.map((p) => toDiagnostic(located, p))]);
  const count = diagnostics.length;
  const all = strict ? diagnostics : sorted([...diagnostics, ...warned]);
  throw new UserError(`${count} problem${count === 1 ? '' : 's'} in ${parsed.source.name}`, all);
}

const isWithin = (path: DataPath, base: DataPath) => base.every((s, i) => path[i] === s);

/** Deletes the keys the schema does not know (JSON Resume allows any), returning their paths. */
function stripUnknownKeys(data: unknown): DataPath[] {
  const removed: DataPath[] = [];
  // Each pass removes the outermost unknown keys; a few passes reach every level.
  for (let pass = 0; pass < 4 && !validateSchema(data); pass++) {
    const unknown = (validateSchema.errors ?? []).filter((e) => e.keyword === 'additionalProperties');
    if (unknown.length === 0) break;
    for (const e of unknown) {
      const parent = pointerToPath(e.instancePath).reduce<unknown>(
        (node, segment) => (node as Record<string | number, unknown> | undefined)?.[segment],
        data,
      );
      const key = String(e.params.additionalProperty);
      if (parent && typeof parent === 'object' && key in parent) {
        delete (parent as Record<string, unknown>)[key];
        removed.push([...pointerToPath(e.instancePath), key]);
      }
    }
  }
  return removed;
}

/** Entries with no text at all (a template's placeholder left blank): skipped with a warning. */
function blankEntries(data: unknown): DataPath[] {
  const root = mapOf<unknown>(data);
  const hasText = (value: unknown): boolean =>
    typeof value === 'string'
      ? value.trim() !== ''
      : typeof value === 'number' ||
        (Array.isArray(value)
          ? value.some(hasText)
          : Object.entries(mapOf(value)).some(([k, v]) => k !== 'tags' && hasText(v)));
  const blank: DataPath[] = [];
  for (const key of ENTRY_LISTS) {
    for (const [i, entry] of listOf<unknown>(root[key]).entries()) {
      if (entry && typeof entry === 'object' && !hasText(entry)) blank.push([key, i]);
    }
  }
  return blank;
}

function removeEntries(data: unknown, paths: DataPath[]): void {
  const root = mapOf<unknown[]>(data);
  // From the end, so earlier indexes stay right.
  for (const [key, i] of [...paths].reverse()) root[key as string]?.splice(i as number, 1);
}
