// What writing our YAML takes (src/import/write.ts writes it): keys in the schema's order, the header that gives
// editors completion and checking, and the yaml library's options.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { Resume } from './resume-types.js';

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** The line that gives editors completion and checking. */
export const yamlHeader = (schemaPath: string) => `# yaml-language-server: $schema=${schemaPath}\n`;

export const YAML_OPTIONS = { lineWidth: 110, singleQuote: false } as const;

/** The yaml library (a CommonJS package: bundled, its exports come as the default export). */
export async function yamlLibrary(): Promise<typeof import('yaml')> {
  const lib = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  return lib.default ?? lib;
}

/** The résumé's data with keys in the order the schema lists them (unknown ones after, as they came). */
export function inSchemaOrder(resume: Resume): unknown {
  const schema = JSON.parse(
    readFileSync(join(packageRoot, 'schema', 'resume.schema.json'), 'utf8'),
  ) as SchemaNode & {
    $defs: Record<string, SchemaNode>;
  };
  const resolve = (node: SchemaNode | undefined): SchemaNode | undefined =>
    node?.$ref ? schema.$defs[node.$ref.replace('#/$defs/', '')] : node;
  const ordered = (value: unknown, node: SchemaNode | undefined): unknown => {
    const shape = resolve(node);
    if (Array.isArray(value)) return value.map((v) => ordered(v, resolve(shape?.items)));
    if (!value || typeof value !== 'object') return value;
    const props = shape?.properties ?? {};
    const keys = Object.keys(value as object).sort((a, b) => rank(props, a) - rank(props, b));
    return Object.fromEntries(keys.map((k) => [k, ordered((value as Record<string, unknown>)[k], props[k])]));
  };
  const { $schema: _, ...data } = resume;
  return ordered(data, schema);
}

function rank(props: Record<string, unknown>, key: string): number {
  const i = Object.keys(props).indexOf(key);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}
