// Validation: the schema, then the rules it cannot express, every problem at once at its file:line:col. A
// JSON Resume document is read as leniently as its own schema allows; our YAML is strict about unknown keys.
import type { ErrorObject } from 'ajv';
import { type Diagnostic, UserError, uniqueDiagnostics } from '../errors.js';
import { allowedLeniently, setAside } from './lenient.js';
import type { RawDates } from './normalize.js';
import { type DataPath, type ParsedResume, withPositions } from './parse.js';
import { GROUPED_FROM, groupRepeats, listOf, mapOf, type Problem, toDiagnostic } from './problems.js';
import type { Resume } from './resume-types.js';
import { type RuleOptions, semanticProblems } from './rules.js';
import { defName, pointerToPath, schemaProblems } from './schema-problems.js';
import { validateSchema } from './schema-validator.js';
import { ENTRY_LISTS } from './sections.js';
import { inputError } from './source.js';

export interface ValidateOptions extends RuleOptions {
  /** Problems found by other checks of the same load (the photo), reported together with these. */
  extra?: readonly Problem[];
  /** Guesses made while reading (legacy names, loose dates, a missing photo): warnings at their place. */
  notices?: readonly Problem[];
  /** Dates kept as written because they could not be read (their paths, /-joined). */
  rawDates?: RawDates;
  /** List items the reader found empty: skipped, removed once their places have been reported. */
  dropped?: readonly DataPath[];
  /** Every warning is an error (for CI). */
  strict?: boolean;
}

export interface Checked {
  resume: Resume;
  /** Things worth telling the user that did not stop the build, at file:line:col. */
  warnings: Diagnostic[];
  /** Text of the document that is not shown, each named in a warning (for check). */
  omitted: string[];
}

/** Checks the parsed data against the schema and the rules a schema cannot express; throws every problem at once. */
export async function validateResume(parsed: ParsedResume, options: ValidateOptions = {}): Promise<Resume> {
  return (await checkResume(parsed, options)).resume;
}

/**
 * The check with its warnings. Our own format is strict: what the schema refuses is an error to fix. A JSON
 * Resume document is read leniently: what the schema still refuses after reading (keys this tool does not read,
 * values it cannot place) is set aside with a warning, and only a contradiction is an error.
 */
export async function checkResume(parsed: ParsedResume, options: ValidateOptions = {}): Promise<Checked> {
  const lenient = parsed.dialect === 'jsonresume';
  const data = parsed.data as Record<string, unknown>;
  const raw = options.rawDates ?? new Set();
  const skipped: DataPath[] = [...(options.dropped ?? []), ...blankEntries(data)];
  const warnings: Problem[] = [...(options.notices ?? [])];
  const omitted: string[] = [];
  if (lenient) {
    const keys = Object.keys(mapOf(data));
    const aside = readLeniently(data, skipped, raw, options);
    if (holdsNothing(data)) throw nothingToRead(parsed, keys);
    warnings.push(...aside.warnings);
    omitted.push(...aside.omitted);
  }
  const rules = semanticProblems(data as unknown as Resume, {
    ...options,
    themes: lenient ? undefined : options.themes,
  });
  if (lenient) {
    warnings.push(...rules.flatMap((p) => (p.soft ? [{ ...p, message: `${p.message} (${p.soft})` }] : [])));
    for (const p of rules) if (p.soft) p.repair?.();
  }
  const problems: Problem[] = [
    ...(options.extra ?? []),
    ...schemaProblems(schemaErrors(data, skipped, raw).filter((e) => !(lenient && allowedLeniently(e)))),
    // The rules beyond the schema run on invalid data too (guarding every shape), so every problem comes at once.
    ...rules.filter((p) => !(lenient && p.soft)),
  ];
  // Entries left with nothing once what is not read was set aside are skipped too, not drawn as empty ones.
  for (const path of blankEntries(data)) {
    warnings.push({ path, message: 'this entry has no text: skipped' });
    skipped.push(path);
  }
  if (options.strict)
    problems.push(...warnings.map((w) => ({ ...w, message: `${w.message} (an error under --strict)` })));
  const quiet = problems.length === 0 && parsed.diagnostics.length === 0 && warnings.length === 0;
  const warned = quiet ? [] : await report(parsed, problems, warnings, options.strict);
  removeItems(data, skipped);
  return { resume: data as unknown as Resume, warnings: warned, omitted };
}

/** A JSON Resume document's liberties, taken with a warning each: what the schema refuses set aside, a theme that
 * is not here replaced by the default, no name. */
function readLeniently(
  data: Record<string, unknown>,
  skipped: DataPath[],
  raw: RawDates,
  options: ValidateOptions,
) {
  if (data && typeof data === 'object' && !Array.isArray(data) && data.basics === undefined) data.basics = {};
  const aside = setAside(data, skipped, (path) => raw.has(path.join('/')));
  const meta = mapOf<unknown>(data?.meta);
  const theme = meta.theme;
  if (typeof theme === 'string' && !options.themeGiven && !themeAvailable(theme, options)) {
    aside.warnings.push({
      path: ['meta', 'theme'],
      message: options.themeFolder?.(`./${theme}`)
        ? `theme "${theme}" is not available here: using the default theme (the folder ${theme} is a theme: name it as a path, "./${theme}")`
        : `theme "${theme}" is not available here: using the default theme (or give --theme)`,
    });
    delete meta.theme;
  }
  if (typeof mapOf(data?.basics).name !== 'string' && Object.keys(mapOf(data)).length)
    aside.warnings.push({ path: ['basics'], message: 'no basics.name: the résumé has no name at the top' });
  return aside;
}

/** A theme meta.theme may name: a folder that has a theme.json, a built-in theme, an installed package. */
function themeAvailable(ref: string, options: ValidateOptions): boolean {
  if (/^(\.{1,2})?\//.test(ref)) return options.themeFolder?.(ref) ?? true;
  return !options.themes || options.themes.includes(ref) || Boolean(options.themePackage?.(ref));
}

/** A document in which nothing is left that a résumé shows: no name, no summary, no entry. */
function holdsNothing(data: Record<string, unknown>): boolean {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  const basics = mapOf<unknown>(data.basics);
  return (
    !basics.name && !basics.summary && !basics.label && ENTRY_LISTS.every((k) => listOf(data[k]).length === 0)
  );
}

/** One clear message for a file in another vocabulary, instead of a page of keys not shown. */
function nothingToRead(parsed: ParsedResume, keys: string[]): UserError {
  const shown = keys.slice(0, 8).join(', ') + (keys.length > 8 ? ', …' : '');
  return inputError(
    parsed.source.name,
    `nothing here is a résumé this tool can read: no basics (name, email, …) and no sections (work, education, skills, …)${shown ? `, only ${shown}` : ''}; write it in JSON Resume's keys (jsonresume.org/schema), or convert it with resume import`,
  );
}

/** The schema's errors that count: none inside a skipped list item or on a date printed as written. */
function schemaErrors(data: unknown, skipped: DataPath[], raw: RawDates): ErrorObject[] {
  if (validateSchema(data)) return [];
  return (validateSchema.errors ?? []).filter((e) => {
    const path = pointerToPath(e.instancePath);
    if (skipped.some((b) => isWithin(path, b))) return false;
    return !(raw.has(path.join('/')) && defName(e) === 'date');
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
  // A key written twice in a JSON Resume document: read as JSON readers do, the last one wins.
  const [duplicates, syntax] =
    parsed.dialect === 'jsonresume' ? [parsed.diagnostics.map(lastKeyWins), []] : [[], parsed.diagnostics];
  const warned = sorted([
    ...groupRepeats(warnings, GROUPED_FROM.warning).map((w) => ({
      ...toDiagnostic(located, w),
      severity: 'warning' as const,
    })),
    ...(strict ? [] : duplicates),
  ]);
  if (problems.length === 0 && syntax.length === 0 && !(strict && duplicates.length)) return warned;
  const diagnostics = sorted([
    ...syntax,
    ...(strict
      ? duplicates.map(({ severity: _, ...d }) => ({
          ...d,
          message: `${d.message} (an error under --strict)`,
        }))
      : []),
    ...groupRepeats(problems, GROUPED_FROM.error).map((p) => toDiagnostic(located, p)),
  ]);
  const count = diagnostics.length;
  const all = strict ? diagnostics : sorted([...diagnostics, ...warned]);
  throw new UserError(`${count} problem${count === 1 ? '' : 's'} in ${parsed.source.name}`, all);
}

function lastKeyWins(d: Diagnostic): Diagnostic {
  const key = /duplicate key ("[^"]*")/.exec(d.message)?.[1] ?? 'key';
  const message = `duplicate key ${key}: this last one is read, the one before it is not shown (keep one)`;
  return { ...d, message, severity: 'warning' };
}

const isWithin = (path: DataPath, base: DataPath) => base.every((s, i) => path[i] === s);

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

/** Takes out the list items set aside: the deepest first and, in one list, from the last, so the place of every
 * item still to remove stays right. */
function removeItems(data: unknown, paths: DataPath[]): void {
  const order = (a: DataPath, b: DataPath) =>
    b.length - a.length || (a.join('/') === b.join('/') ? 0 : Number(b.at(-1)) - Number(a.at(-1)));
  const unique = [...new Map(paths.map((p) => [p.join('/'), p])).values()].sort(order);
  for (const path of unique) {
    const list = path
      .slice(0, -1)
      .reduce<unknown>((node, s) => (node as Record<string | number, unknown> | undefined)?.[s], data);
    if (Array.isArray(list)) list.splice(path.at(-1) as number, 1);
  }
}
