import type { ErrorObject } from 'ajv';
import { type Diagnostic, UserError } from '../errors.js';
import { isSafeHref, linkTargets } from './markdown.js';
import {
  type DataPath,
  displayPath,
  type LocatedResume,
  locate,
  type ParsedResume,
  withPositions,
} from './parse.js';
import type { Resume } from './resume-types.js';
import { validateSchema } from './schema-validator.js';
import { isBuiltinSection, sectionIds } from './sections.js';
import { didYouMean } from './suggest.js';
import { contentTags } from './tagged.js';

/** Checks the parsed data against the schema and the rules a schema cannot express; throws every problem at once. */
export async function validateResume(parsed: ParsedResume): Promise<Resume> {
  const problems: Problem[] = [];
  if (!validateSchema(parsed.data)) {
    problems.push(...schemaProblems(validateSchema.errors ?? []));
  } else {
    problems.push(...semanticProblems(parsed.data));
  }
  if (problems.length > 0 || parsed.diagnostics.length > 0) {
    const located = await withPositions(parsed);
    const diagnostics = [...parsed.diagnostics, ...problems.map((p) => toDiagnostic(located, p))].sort(
      (a, b) => a.line - b.line || a.col - b.col,
    );
    const count = diagnostics.length;
    throw new UserError(`${count} problem${count === 1 ? '' : 's'} in ${parsed.source.name}`, diagnostics);
  }
  return parsed.data as Resume;
}

interface Problem {
  path: DataPath;
  message: string;
  /** Point at the key rather than its value (unknown keys). */
  at?: 'key';
}

function toDiagnostic(parsed: LocatedResume, p: Problem): Diagnostic {
  const where = locate(parsed, p.path, p.at ?? 'value');
  return { file: parsed.source.name, path: displayPath(p.path), message: p.message, ...where };
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

const show = (v: unknown) =>
  typeof v === 'string' ? `"${v.length > 60 ? `${v.slice(0, 60)}…` : v}"` : JSON.stringify(v);

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  object: 'a mapping (key: value lines)',
  array: 'a list (lines starting with "- ")',
  integer: 'a whole number',
  number: 'a number',
};

const FIELD_FORMS: Record<string, string> = {
  output: 'is not a file name: use letters, digits, dots, dashes and underscores, no folders',
  countryCode: 'is not a country code: use two capital letters, e.g. GB',
  locale: 'is not a locale: use a language code such as en or en-GB',
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
      const hint =
        didYouMean(key, allowed) || (allowed.length ? `; allowed here: ${allowed.join(', ')}` : '');
      return `unknown key "${key}"${hint}`;
    }
    case 'required':
      return `missing required key "${e.params.missingProperty}"`;
    case 'type':
      if (def === 'date' && typeof e.data === 'number')
        return `write the date as text, in quotes: "${e.data}"`;
      return `must be ${TYPE_WORDS[String(e.params.type)] ?? e.params.type}, not ${describe(e.data)}`;
    case 'pattern':
    case 'format':
      if (def === 'date') return `${show(e.data)} is not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD`;
      if (def === 'url')
        return `${show(e.data)} is not an allowed link: use an http(s)://, mailto: or tel: address`;
      if (def === 'email') return `${show(e.data)} is not a valid e-mail address`;
      if (def === 'name')
        return `${show(e.data)} is not a valid name: use lower-case letters, digits and dashes`;
      return `${show(e.data)} ${FIELD_FORMS[e.instancePath.split('/').pop() ?? ''] ?? 'is not in the expected form'}`;
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
function schemaProblems(errors: ErrorObject[]): Problem[] {
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
    return { path, message: schemaMessage(e) };
  });
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

/** Rules a JSON Schema cannot express: date order, known section ids, known tags and variants, safe links. */
function semanticProblems(resume: Resume): Problem[] {
  const problems: Problem[] = [];
  const ids = sectionIds(resume);

  for (const key of ['work', 'volunteer', 'education', 'projects'] as const) {
    for (const [i, entry] of (resume[key] ?? []).entries()) {
      if (entry.startDate && entry.endDate && entry.endDate < entry.startDate) {
        problems.push({
          path: [key, i, 'endDate'],
          message: `ends (${entry.endDate}) before it starts (${entry.startDate})`,
        });
      }
    }
  }

  const seenIds = new Set<string>();
  for (const [i, section] of (resume.sections ?? []).entries()) {
    if (isBuiltinSection(section.id)) {
      problems.push({
        path: ['sections', i, 'id'],
        message: `"${section.id}" is a built-in section; choose another id`,
      });
    } else if (seenIds.has(section.id)) {
      problems.push({
        path: ['sections', i, 'id'],
        message: `two custom sections have the id "${section.id}"`,
      });
    }
    seenIds.add(section.id);
  }

  const checkOrder = (order: readonly string[] | undefined, base: DataPath) => {
    for (const [i, id] of (order ?? []).entries()) {
      if (!ids.includes(id))
        problems.push({ path: [...base, i], message: `unknown section "${id}"${didYouMean(id, ids)}` });
    }
  };
  checkOrder(resume.meta?.order, ['meta', 'order']);
  for (const id of Object.keys(resume.meta?.titles ?? {})) {
    if (!ids.includes(id)) {
      problems.push({
        path: ['meta', 'titles', id],
        message: `unknown section "${id}"${didYouMean(id, ids)}`,
        at: 'key',
      });
    }
  }

  const tags = contentTags(resume);
  const variants = Object.keys(resume.variants ?? {});
  for (const [name, variant] of Object.entries(resume.variants ?? {})) {
    checkOrder(variant.order, ['variants', name, 'order']);
    for (const field of ['tags', 'excludeTags'] as const) {
      for (const [i, tag] of (variant[field] ?? []).entries()) {
        if (!tags.includes(tag)) {
          problems.push({
            path: ['variants', name, field, i],
            message: `no content is tagged "${tag}"${didYouMean(tag, tags)}`,
          });
        }
      }
    }
  }

  walkMarkdown(resume, (text, path) => {
    for (const href of linkTargets(text)) {
      if (!isSafeHref(href)) {
        problems.push({
          path,
          message: `link "${href}" is not allowed: use an http(s)://, mailto: or tel: address`,
        });
      }
    }
  });
  for (const [name, alt] of Object.entries(resume.basics.alt ?? {})) {
    const variant = resume.variants?.[name];
    if (!variant) {
      problems.push({
        path: ['basics', 'alt', name],
        message: `unknown variant "${name}"${didYouMean(name, variants)}`,
        at: 'key',
      });
      continue;
    }
    for (const field of ['label', 'summary'] as const) {
      if (alt[field] && variant[field]) {
        problems.push({
          path: ['variants', name, field],
          message: `the ${field} for "${name}" is also in basics.alt.${name}.${field}: keep one of them`,
          at: 'key',
        });
      }
    }
  }
  for (const key of ['work', 'volunteer', 'projects'] as const) {
    for (const [i, entry] of (resume[key] ?? []).entries()) {
      for (const [j, h] of (entry.highlights ?? []).entries()) {
        if (typeof h === 'string') continue;
        for (const v of Object.keys(h.alt ?? {})) {
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
