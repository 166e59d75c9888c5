// A résumé written as our YAML (what `resume import` makes of a JSON Resume document): keys in the schema's
// order, with the header that gives editors completion and checking.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { Resume } from './resume-types.js';

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** The YAML text of a résumé; `schemaPath` is where the header points (relative to the file written). */
export async function toYaml(resume: Resume, schemaPath: string): Promise<string> {
  const schema = JSON.parse(
    readFileSync(join(packageRoot, 'schema', 'resume.schema.json'), 'utf8'),
  ) as SchemaNode & {
    $defs: Record<string, SchemaNode>;
  };
  const resolve = (node: SchemaNode | undefined): SchemaNode | undefined =>
    node?.$ref ? schema.$defs[node.$ref.replace('#/$defs/', '')] : node;
  /** Keys in the order the schema lists them (unknown ones after, as they came). */
  const ordered = (value: unknown, node: SchemaNode | undefined): unknown => {
    const shape = resolve(node);
    if (Array.isArray(value)) return value.map((v) => ordered(v, resolve(shape?.items)));
    if (!value || typeof value !== 'object') return value;
    const props = shape?.properties ?? {};
    const keys = Object.keys(value as object).sort((a, b) => rank(props, a) - rank(props, b));
    return Object.fromEntries(keys.map((k) => [k, ordered((value as Record<string, unknown>)[k], props[k])]));
  };
  const { $schema: _, ...data } = resume;
  // A CommonJS package: bundled, its exports come as the default export.
  const lib = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  const { stringify } = lib.default ?? lib;
  const body = stringify(ordered(data, schema), { lineWidth: 110, singleQuote: false });
  return `# yaml-language-server: $schema=${schemaPath}\n${body}`;
}

/** What JSON Resume lets through but our YAML would refuse: country codes that are not two letters are left
 * out (with a note), so the YAML written validates as it is. */
export function forYaml(resume: Resume): { resume: Resume; notes: string[] } {
  const out = structuredClone(resume);
  const notes: string[] = [];
  const location = out.basics?.location;
  if (location?.countryCode !== undefined && !/^[A-Z]{2}$/.test(location.countryCode)) {
    notes.push(
      `basics.location.countryCode "${location.countryCode}" is not a two-letter code (such as US): left out`,
    );
    delete location.countryCode;
  }
  return { resume: out, notes };
}

function rank(props: Record<string, unknown>, key: string): number {
  const i = Object.keys(props).indexOf(key);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** The yaml library (a CommonJS package: bundled, its exports come as the default export). */
export async function yamlLibrary(): Promise<typeof import('yaml')> {
  const lib = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  return lib.default ?? lib;
}
