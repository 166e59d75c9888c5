// ajv's errors in words a job seeker understands (like rendercv's error table): the raw path kept, the noise of
// anyOf branches that could never apply dropped, a mistyped key answered with the key that was meant.
import type { ErrorObject } from 'ajv';
import { PRESENT_WORDS } from './locales.js';
import { displayPath } from './parse.js';
import type { Problem } from './problems.js';
import { didYouMean } from './suggest.js';
import { LANGUAGE_CODE } from './text-slots.js';

export /** ajv's JSON pointer as a path; numeric segments are list indexes (variant names and tags are never all digits). */
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
export const SYNONYMS: Record<string, string> = {
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
  roles: 'positions',
  technologies: 'keywords',
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
  muted: 'is not a colour: write it as #RRGGBB, e.g. "#55595F"',
  rule: 'is not a colour: write it as #RRGGBB, e.g. "#C9D1DB"',
  extends: "is not a built-in theme's name: a theme extends a built-in one (resume themes lists them)",
  fontFiles: 'is not a font file: name a .ttf, .otf, .woff or .woff2 file in the theme folder',
};

/** The schema definition an error comes from, e.g. "date" for #/$defs/date/pattern. */
export function defName(e: ErrorObject): string | undefined {
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
      if (e.params.type === 'string' && strayKey(e.data))
        return `"${strayKey(e.data)}" reads as a key with no value: a comma inside { … } starts a new key, so put each text in quotes ({ en: "…, …" })`;
      return `must be ${TYPE_WORDS[String(e.params.type)] ?? e.params.type}, not ${describe(e.data)}`;
    case 'pattern':
    case 'format':
      if (def === 'date' && typeof e.data === 'string' && PRESENT_WORDS.has(e.data.trim().toLowerCase()))
        return `leave ${e.instancePath.split('/').pop()} out for something still going on (it shows as "Present")`;
      if (def === 'date') return wrongDate(e.data);
      if (def === 'url' || def === 'link')
        return `${show(e.data)} is not an allowed link: use an http(s)://, mailto: or tel: address`;
      if (def === 'email') return `${show(e.data)} is not a valid e-mail address`;
      if (def === 'name')
        return `${show(e.data)} is not a valid name: use lower-case letters, digits and dashes`;
      if (def === 'languageCode')
        return `${show(e.data)} is not a language code: use one such as en, de or pt-BR`;
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
      // Text or a map by language, given neither: said as for text, the usual intent.
      if (isTextOrMap(e)) return schemaMessage({ ...e, keyword: 'type', params: { type: 'string' } });
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
export function schemaProblems(ajvErrors: ErrorObject[]): Problem[] {
  const allErrors = oneReadingOfText(ajvErrors);
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
      // Keep the summary only if nothing more precise was said about this value (a bullet's summary is more
      // precise than that of the text it may be).
      return !errors.some(
        (o) =>
          o !== e &&
          o.instancePath.startsWith(e.instancePath) &&
          (o.keyword === 'anyOf' ? isTextOrMap(e) && !isTextOrMap(o) : !isBranchNoise(o, anyOfPaths)),
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
    if (e.propertyName !== undefined)
      return { path: [...path, e.propertyName], message: schemaMessage(e), at: 'key' as const };
    const quote =
      ((e.keyword === 'type' && e.params.type === 'string') || isTextOrMap(e)) && typeof e.data !== 'object';
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

/** The "text or a map by language" alternatives (the text, markdown and url definitions). ajv's schemaPath starts
 * again at each definition, so the alternative is known by its branches. */
const isTextOrMap = (e: ErrorObject) =>
  e.keyword === 'anyOf' &&
  ((e.parentSchema as { anyOf?: { $ref?: string }[] } | undefined)?.anyOf ?? []).some((b) =>
    b.$ref?.endsWith('ByLanguage'),
  );

/** An error of the map branch of a text at `at`: its keys and the texts under them. */
const ofMap = (e: ErrorObject, at: string) =>
  e.instancePath === at
    ? e.propertyName !== undefined ||
      e.keyword === 'propertyNames' ||
      e.keyword === 'minProperties' ||
      (e.keyword === 'type' && e.params.type === 'object')
    : e.instancePath.startsWith(`${at}/`) &&
      !e.instancePath.slice(at.length + 1).includes('/') &&
      e.schemaPath.startsWith('#/additionalProperties/');

/** Where text may be a map by language, only one reading of the value is reported: a mapping whose keys look
 * like language codes is a map by language, and only its keys and texts are checked (not as the bullet mapping
 * it might have been); anything else is text, or the mapping a bullet may be. */
function oneReadingOfText(errors: ErrorObject[]): ErrorObject[] {
  const readings = new Map<string, 'text' | 'map'>();
  for (const e of errors.filter(isTextOrMap))
    readings.set(e.instancePath, looksLikeMap(e.data) ? 'map' : 'text');
  const within = (e: ErrorObject, at: string) => e.instancePath === at || e.instancePath.startsWith(`${at}/`);
  return errors.filter(
    (e) =>
      ![...readings].some(([at, reading]) =>
        reading === 'map' ? within(e, at) && !ofMap(e, at) : ofMap(e, at),
      ),
  );
}

/** Every key looks like a language tag, if not always a well-written one (fr_FR, EN): a bullet's { text, alt }
 * does not. */
const looksLikeMap = (data: unknown) =>
  !!data &&
  typeof data === 'object' &&
  !Array.isArray(data) &&
  Object.keys(data).length > 0 &&
  Object.keys(data).every((k) => /^[a-z]{2,3}([-_][a-z]{2,4})?$/i.test(k));

/** A branch of an anyOf that failed on type alone says nothing useful: the other branch is the real story. */
function isBranchNoise(e: ErrorObject, anyOfPaths: Set<string>): boolean {
  return e.keyword === 'type' && anyOfPaths.has(e.instancePath);
}

/** A date the schema refuses: a month that does not exist is said as such ("2025-13" is in the right form). */
function wrongDate(value: unknown): string {
  const month = typeof value === 'string' ? Number(/^\d{4}-(\d{1,2})\b/.exec(value.trim())?.[1]) : Number.NaN;
  if (month === 0 || month > 12) return `${show(value)} has no month ${month}: months go from 01 to 12`;
  return `${show(value)} is not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD`;
}

/** A key with no value among texts per language ({ de: …, en: Working Student, Data Analysis }): the end of a text
 * that had a comma in it, which YAML's { … } reads as one more key. */
function strayKey(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  const texts = entries.filter(([, v]) => typeof v === 'string').length;
  // "Madrid, España" unquoted: "España" is a key with no value, and no language code ("de:" left empty is one).
  const stray = entries.find(([k, v]) => v === null && (/\s/.test(k) || !LANGUAGE_CODE.test(k)));
  return texts > 0 && stray ? stray[0] : undefined;
}
