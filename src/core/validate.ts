import type { ErrorObject } from 'ajv';
import { type Diagnostic, UserError, uniqueDiagnostics } from '../errors.js';
import { COMMON_LOCALES, isKnownLocale, PRESENT_WORDS } from './locales.js';
import { isSafeHref, linkTargets } from './markdown.js';
import { type RawDates, STRICT_DATE } from './normalize.js';
import {
  type DataPath,
  displayPath,
  type LocatedResume,
  locate,
  locateText,
  type ParsedResume,
  rawValue,
  withPositions,
} from './parse.js';
import type { Resume } from './resume-types.js';
import { validateSchema } from './schema-validator.js';
import { BUILTIN_SECTIONS, BULLET_LISTS, DATED_LISTS, ENTRY_LISTS, isBuiltinSection } from './sections.js';
import { didYouMean } from './suggest.js';
import { contentTags } from './tagged.js';

export interface ValidateOptions {
  /** Theme names meta.theme may use (the renderers' registry knows them; core does not). */
  themes?: readonly string[];
  /** Whether a theme path in meta.theme leads to a theme folder. */
  themeFolder?: (path: string) => boolean;
  /** Whether a theme name in meta.theme is an installed JSON Resume theme package. */
  themePackage?: (name: string) => boolean;
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
  const warnings: Problem[] = [...(options.notices ?? [])];
  if (lenient) {
    if (data && typeof data === 'object' && !Array.isArray(data) && data.basics === undefined)
      data.basics = {};
    const unknown = stripUnknownKeys(data);
    if (unknown.length) {
      const n = unknown.length;
      warnings.push({
        path: unknown[0] as DataPath,
        at: 'key',
        message: `${n} key${n === 1 ? '' : 's'} this tool does not use ${n === 1 ? 'is' : 'are'} left out: ${unknown.map(displayPath).join(', ')}`,
      });
    }
  }
  const blank = blankEntries(data);
  const raw = options.rawDates ?? new Set<string>();
  const errors = validateSchema(data)
    ? []
    : (validateSchema.errors ?? []).filter((e) => {
        const path = pointerToPath(e.instancePath);
        if (blank.some((b) => isWithin(path, b))) return false; // an empty entry is skipped, not checked
        if (raw.has(path.join('/')) && defName(e) === 'date') return false; // printed as written
        if (!lenient) return true;
        if (e.keyword === 'required') return false;
        return !(path.at(-1) === 'countryCode' && e.keyword === 'pattern');
      });
  const problems: Problem[] = [...(options.extra ?? []), ...schemaProblems(errors)];
  // The rules beyond the schema run on invalid data too (guarding every shape), so every problem comes at once.
  problems.push(
    ...semanticProblems(data as unknown as Resume, {
      ...options,
      themes: lenient ? undefined : options.themes,
    }),
  );
  const meta = mapOf<unknown>(data?.meta);
  if (
    lenient &&
    typeof meta.theme === 'string' &&
    options.themes &&
    !options.themes.includes(meta.theme) &&
    !options.themePackage?.(meta.theme)
  ) {
    warnings.push({
      path: ['meta', 'theme'],
      message: `theme "${meta.theme}" is not available here: using the default theme`,
    });
    delete meta.theme;
  }
  if (lenient && typeof mapOf(data?.basics).name !== 'string') {
    warnings.push({ path: ['basics'], message: 'no basics.name: the résumé has no name at the top' });
  }
  for (const path of blank) warnings.push({ path, message: 'this entry has no text: skipped' });

  if (options.strict)
    problems.push(...warnings.map((w) => ({ ...w, message: `${w.message} (an error under --strict)` })));
  if (problems.length > 0 || parsed.diagnostics.length > 0 || warnings.length > 0) {
    const located = await withPositions(parsed);
    const sorted = (list: Diagnostic[]) =>
      uniqueDiagnostics(list).sort((a, b) => a.line - b.line || a.col - b.col);
    const warned = sorted(
      warnings.map((w) => ({ ...toDiagnostic(located, w), severity: 'warning' as const })),
    );
    if (problems.length > 0 || parsed.diagnostics.length > 0) {
      const diagnostics = sorted([...parsed.diagnostics, ...problems.map((p) => toDiagnostic(located, p))]);
      const count = diagnostics.length;
      // The warnings come too, in place: everything the file needs is said in one pass.
      const all = options.strict ? diagnostics : sorted([...diagnostics, ...warned]);
      throw new UserError(`${count} problem${count === 1 ? '' : 's'} in ${parsed.source.name}`, all);
    }
    removeEntries(data, blank);
    return { resume: data as unknown as Resume, warnings: warned };
  }
  return { resume: data as unknown as Resume, warnings: [] };
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

export interface Problem {
  path: DataPath;
  message: string;
  /** Point at the key rather than its value (unknown keys). */
  at?: 'key';
  /** Point at this text inside the value (a link inside a long summary). */
  find?: string;
  /** Append the value's own source text, quoted: for a value YAML read as a number. */
  quote?: boolean;
}

function toDiagnostic(parsed: LocatedResume, p: Problem): Diagnostic {
  const where = p.find ? locateText(parsed, p.path, p.find) : locate(parsed, p.path, p.at ?? 'value');
  const raw = p.quote ? rawValue(parsed, p.path) : undefined;
  const message = raw ? `${p.message}: "${raw.replace(/^["']|["']$/g, '')}"` : p.message;
  return { file: parsed.source.name, path: displayPath(p.path), message, ...where };
}

/** ajv's JSON pointer as a path; numeric segments are list indexes (variant names and tags are never all digits). */
function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const truncated = (v: string, n = 40) => (v.length > n ? `${v.slice(0, n)}…` : v);

const show = (v: unknown) =>
  typeof v === 'string' ? `"${v.length > 60 ? `${v.slice(0, 60)}…` : v}"` : JSON.stringify(v);

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  object: 'a mapping (key: value lines)',
  array: 'a list (lines starting with "- ")',
  integer: 'a whole number',
  number: 'a number',
};

/** Keys people write for one we have, where edit distance would not find it. */
const SYNONYMS: Record<string, string> = {
  experience: 'work',
  employment: 'work',
  jobs: 'work',
  positions: 'work',
  workexperience: 'work',
  schools: 'education',
  studies: 'education',
  skill: 'skills',
  certifications: 'certificates',
  company: 'name',
  employer: 'name',
  website: 'url',
  picture: 'image',
  photo: 'image',
  gpa: 'score',
  title: 'position',
  bullets: 'highlights',
  achievements: 'highlights',
};

const FIELD_FORMS: Record<string, string> = {
  font: 'is not a font: use Source Sans 3, Source Serif 4, Noto Sans, or a font file (.ttf, .otf, .woff, .woff2)',
  output: 'is not a file name: use letters, digits, dots, dashes and underscores, no folders',
  theme:
    "is not a theme: use a built-in theme's name (see resume themes), a folder (./path) or an npm theme package",
  countryCode: 'is not a country code: use two capital letters, e.g. GB',
  locale: 'is not a locale: use a language code such as en or en-GB',
  accent: 'is not a colour: write it as #RRGGBB, e.g. "#1F3A5F"',
  text: 'is not a colour: write it as #RRGGBB, e.g. "#1F3A5F"',
};

/** The schema definition an error comes from, e.g. "date" for #/$defs/date/pattern. */
function defName(e: ErrorObject): string | undefined {
  return /#\/\$defs\/([^/]+)\/[^/]+$/.exec(e.schemaPath)?.[1];
}

function schemaMessage(e: ErrorObject): string {
  const def = defName(e);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const synonym = SYNONYMS[key.toLowerCase()];
      const hint =
        (synonym && allowed.includes(synonym) ? `; did you mean "${synonym}"?` : '') ||
        didYouMean(key, allowed) ||
        (allowed.length ? `; allowed here: ${allowed.join(', ')}` : '');
      return `unknown key "${key}"${hint}`;
    }
    case 'required':
      return `missing required key "${e.params.missingProperty}"`;
    case 'type':
      if (def === 'date' && typeof e.data === 'number')
        return `write the date as text, in quotes: "${e.data}"`;
      if (e.params.type === 'string' && (typeof e.data === 'number' || typeof e.data === 'boolean'))
        return `YAML read this as a ${typeof e.data === 'number' ? 'number' : 'yes/no value'}: write it in quotes`;
      return `must be ${TYPE_WORDS[String(e.params.type)] ?? e.params.type}, not ${describe(e.data)}`;
    case 'pattern':
    case 'format':
      if (def === 'date' && typeof e.data === 'string' && PRESENT_WORDS.has(e.data.trim().toLowerCase()))
        return `leave ${e.instancePath.split('/').pop()} out for something still going on (it shows as "Present")`;
      if (def === 'date') return `${show(e.data)} is not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD`;
      if (def === 'url')
        return `${show(e.data)} is not an allowed link: use an http(s)://, mailto: or tel: address`;
      if (def === 'email') return `${show(e.data)} is not a valid e-mail address`;
      if (def === 'name')
        return `${show(e.data)} is not a valid name: use lower-case letters, digits and dashes`;
      return `${show(e.data)} ${FIELD_FORMS[e.instancePath.split('/').findLast((k) => !/^\d+$/.test(k)) ?? ''] ?? 'is not in the expected form'}`;
    case 'enum':
      return `${show(e.data)} is not allowed: use one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
    case 'minLength':
      return 'must not be empty';
    case 'maxLength':
      return `is too long (at most ${e.params.limit} characters)`;
    case 'uniqueItems':
      return `lists the same item twice (items ${e.params.j + 1} and ${e.params.i + 1})`;
    case 'minimum':
      return `must be at least ${e.params.limit}`;
    case 'maximum':
      return `must be at most ${e.params.limit}`;
    case 'anyOf':
      return 'a bullet must be text, or a mapping with "text:" (and optional "tags:")';
    default:
      return e.message ?? 'is not valid';
  }
}

function describe(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text ${show(v)}`;
  return `${typeof v} ${String(v)}`;
}

/** Friendly problems from ajv's errors; the noise of anyOf branches that could never apply is dropped. */
function schemaProblems(allErrors: ErrorObject[]): Problem[] {
  // A bullet written `- Result: Migrated …` is read by YAML as a mapping { Result: "Migrated …" }: say that once,
  // instead of "missing text" and "unknown key Result".
  const colonBullets = new Map<string, Problem>();
  for (const e of allErrors) {
    if (e.keyword !== 'required' || !/\/highlights\/\d+$/.test(e.instancePath)) continue;
    const bullet = e.data as Record<string, unknown>;
    const keys = Object.keys(bullet ?? {});
    if (keys.length === 1 && typeof bullet[keys[0] as string] === 'string') {
      colonBullets.set(e.instancePath, {
        path: pointerToPath(e.instancePath),
        message: `this bullet has ": " in it, so YAML reads it as a key: put the whole bullet in quotes, - "${keys[0]}: ${truncated(String(bullet[keys[0] as string]))}"`,
      });
    }
  }
  const errors = allErrors.filter((e) => ![...colonBullets.keys()].some((p) => e.instancePath.startsWith(p)));
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const kept = errors.filter((e) => {
    if (e.keyword === 'anyOf') {
      // Keep the summary only if nothing more precise was said about this value.
      return !errors.some(
        (o) => o !== e && o.instancePath.startsWith(e.instancePath) && !isBranchNoise(o, anyOfPaths),
      );
    }
    return !isBranchNoise(e, anyOfPaths);
  });
  const problems = kept.map((e): Problem | undefined => {
    const path = pointerToPath(e.instancePath);
    if (e.keyword === 'additionalProperties') {
      return {
        path: [...path, String(e.params.additionalProperty)],
        message: schemaMessage(e),
        at: 'key' as const,
      };
    }
    if (e.keyword === 'propertyNames') return undefined; // reported by the inner pattern error
    const quote = e.keyword === 'type' && e.params.type === 'string' && typeof e.data !== 'object';
    return { path, message: schemaMessage(e), quote: quote && defName(e) !== 'date' };
  });
  problems.push(...colonBullets.values());
  const seen = new Set<string>();
  return problems.filter((p): p is Problem => {
    if (!p) return false;
    const key = `${displayPath(p.path)} ${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A branch of an anyOf that failed on type alone says nothing useful: the other branch is the real story. */
function isBranchNoise(e: ErrorObject, anyOfPaths: Set<string>): boolean {
  return e.keyword === 'type' && anyOfPaths.has(e.instancePath);
}

/** A list from data that may not have passed the schema: anything else counts as empty. */
const listOf = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
/** A mapping from data that may not have passed the schema. */
const mapOf = <T>(value: unknown): Record<string, T> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, T>) : {};
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Rules a JSON Schema cannot express: date order, known section ids, tags, variants, themes and locales, safe
 * links. They run whether or not the schema passed, so every shape is guarded. */
function semanticProblems(resume: Resume, options: ValidateOptions): Problem[] {
  const problems: Problem[] = [];
  const data = mapOf<unknown>(resume);
  const meta = mapOf<unknown>(data.meta);
  const basics = mapOf<unknown>(data.basics);
  const sections = listOf<Record<string, unknown>>(data.sections);
  const variantsMap = mapOf<Record<string, unknown>>(data.variants);
  const ids = [...BUILTIN_SECTIONS, ...sections.map((s) => text(s?.id)).filter((id) => id !== undefined)];

  for (const key of DATED_LISTS) {
    for (const [i, entry] of listOf<Record<string, unknown>>(data[key]).entries()) {
      const [start, end] = [text(entry?.startDate), text(entry?.endDate)];
      // Only dates that are valid themselves are compared; a malformed one has its own message.
      if (start && end && STRICT_DATE.test(start) && STRICT_DATE.test(end) && end < start) {
        problems.push({ path: [key, i, 'endDate'], message: `ends (${end}) before it starts (${start})` });
      }
    }
  }

  const seenIds = new Set<string>();
  for (const [i, section] of sections.entries()) {
    const id = text(section?.id);
    if (id === undefined) continue;
    if (isBuiltinSection(id)) {
      problems.push({
        path: ['sections', i, 'id'],
        message: `"${id}" is a built-in section; choose another id`,
      });
    } else if (seenIds.has(id)) {
      problems.push({ path: ['sections', i, 'id'], message: `two custom sections have the id "${id}"` });
    }
    seenIds.add(id);
  }

  const checkOrder = (order: unknown, base: DataPath) => {
    for (const [i, id] of listOf<unknown>(order).entries()) {
      if (typeof id === 'string' && !ids.includes(id))
        problems.push({ path: [...base, i], message: `unknown section "${id}"${sectionHint(id, ids)}` });
    }
  };
  checkOrder(meta.order, ['meta', 'order']);
  for (const id of Object.keys(mapOf(meta.titles))) {
    if (!ids.includes(id)) {
      problems.push({
        path: ['meta', 'titles', id],
        message: `unknown section "${id}"${sectionHint(id, ids)}`,
        at: 'key',
      });
    }
  }
  const theme = text(meta.theme);
  if (
    theme !== undefined &&
    /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/.test(theme) &&
    options.themes &&
    !options.themes.includes(theme) &&
    !options.themePackage?.(theme)
  ) {
    problems.push({
      path: ['meta', 'theme'],
      message: `unknown theme "${theme}"${didYouMean(theme, options.themes)}; themes: ${options.themes.join(', ')}, or an installed JSON Resume theme (npm install jsonresume-theme-${theme.replace(/^jsonresume-theme-/, '')})`,
    });
  }
  if (
    theme !== undefined &&
    /^(\.{1,2})?\//.test(theme) &&
    options.themeFolder &&
    !options.themeFolder(theme)
  ) {
    problems.push({
      path: ['meta', 'theme'],
      message: `no theme folder at ${theme} (no theme.json there; paths are relative to the résumé)`,
    });
  }
  const locale = text(meta.locale);
  if (locale !== undefined && !isKnownLocale(locale)) {
    problems.push({
      path: ['meta', 'locale'],
      message: `unknown locale "${locale}"${didYouMean(locale, COMMON_LOCALES)}: use a language code such as en, de, fr or en-GB`,
    });
  }

  const tags = contentTags(resume);
  const variants = Object.keys(variantsMap);
  for (const [name, variant] of Object.entries(variantsMap)) {
    checkOrder(variant?.order, ['variants', name, 'order']);
    for (const field of ['tags', 'excludeTags'] as const) {
      for (const [i, tag] of listOf<unknown>(variant?.[field]).entries()) {
        if (typeof tag === 'string' && !tags.includes(tag)) {
          problems.push({
            path: ['variants', name, field, i],
            message: `no content is tagged "${tag}"${didYouMean(tag, tags)}`,
          });
        }
      }
    }
  }

  walkMarkdown(resume, (value, path) => {
    for (const href of linkTargets(value)) {
      if (!isSafeHref(href)) {
        problems.push({
          path,
          find: href,
          message: `link "${href}" is not allowed: use an http(s)://, mailto: or tel: address`,
        });
      }
    }
  });
  for (const [name, alt] of Object.entries(mapOf<Record<string, unknown>>(basics.alt))) {
    const variant = variantsMap[name];
    if (!variant) {
      problems.push({
        path: ['basics', 'alt', name],
        message: `unknown variant "${name}"${didYouMean(name, variants)}`,
        at: 'key',
      });
      continue;
    }
    for (const field of ['label', 'summary'] as const) {
      if (alt?.[field] && variant[field]) {
        problems.push({
          path: ['variants', name, field],
          message: `the ${field} for "${name}" is also in basics.alt.${name}.${field}: keep one of them`,
          at: 'key',
        });
      }
    }
  }
  for (const key of BULLET_LISTS) {
    for (const [i, entry] of listOf<Record<string, unknown>>(data[key]).entries()) {
      for (const [j, h] of listOf<unknown>(entry?.highlights).entries()) {
        for (const v of Object.keys(mapOf(mapOf(h).alt))) {
          if (!variants.includes(v)) {
            problems.push({
              path: [key, i, 'highlights', j, 'alt', v],
              message: `unknown variant "${v}"${didYouMean(v, variants)}`,
              at: 'key',
            });
          }
        }
      }
    }
  }
  return problems;
}

/** "; did you mean …?" for a section id, and the ids there are. */
function sectionHint(id: string, ids: string[]): string {
  const synonym = SYNONYMS[id.toLowerCase()];
  const mean = synonym && ids.includes(synonym) ? `; did you mean "${synonym}"?` : didYouMean(id, ids);
  return `${mean || ';'} (sections: ${ids.join(', ')})`;
}

/** Calls `visit` for every string of the document with its path; markdown links are checked in all of them. */
function walkMarkdown(
  value: unknown,
  visit: (text: string, path: DataPath) => void,
  path: DataPath = [],
): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) walkMarkdown(v, visit, [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkMarkdown(v, visit, [...path, k]);
  }
}
