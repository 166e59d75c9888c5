// Where the résumé holds text: every value the schema takes as "text or a map by language" (the text, markdown
// and url definitions), found by walking the document beside the schema. The schema is the one home of that
// fact, so a field added to it is translatable with no change here.
import schema from '../../schema/resume.schema.json' with { type: 'json' };
import type { DataPath } from './parse.js';

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  pattern?: string;
}

const defs = schema.$defs as Record<string, SchemaNode>;
/** The schema of the whole document. */
export const DOCUMENT = schema as SchemaNode;

/** A language code as the schema writes it (en, de, pt-BR). */
export const LANGUAGE_CODE = new RegExp(defs.languageCode?.pattern ?? '^[a-z]{2,3}(-[A-Z]{2})?$');

const deref = (node: SchemaNode): SchemaNode =>
  node.$ref ? deref(defs[node.$ref.replace('#/$defs/', '')] ?? {}) : node;
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** Whether the schema takes text (or a link) here, or a map of them by language (textByLanguage, linkByLanguage). */
export const isTextNode = (node: SchemaNode) =>
  node.anyOf?.some((b) => b.$ref?.endsWith('ByLanguage')) ?? false;

/** A text given per language: a mapping whose keys are all language codes. */
export function isLanguageMap(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => LANGUAGE_CODE.test(k))
  );
}

/** Which alternative of an anyOf a value is (a bullet: its text, or a mapping with text and tags). */
function fits(value: unknown, node: SchemaNode): boolean {
  if (isTextNode(node)) return typeof value === 'string' || isLanguageMap(value);
  if (node.type === 'object') return isRecord(value);
  return true;
}

/** The node that describes a value: references followed, and the alternative of an anyOf the value is. */
export function shapeOf(node: SchemaNode, value: unknown): SchemaNode | undefined {
  const shape = deref(node);
  if (isTextNode(shape) || !shape.anyOf) return shape;
  const branch = shape.anyOf.find((b) => fits(value, deref(b)));
  return branch && shapeOf(branch, value);
}

/** What the schema says about a key of a mapping, or the items of a list. */
export function childOf(shape: SchemaNode, segment: string | number): SchemaNode | undefined {
  if (typeof segment === 'number') return shape.items;
  const extra = shape.additionalProperties;
  return shape.properties?.[segment] ?? (typeof extra === 'object' ? extra : undefined);
}

function walk(value: unknown, node: SchemaNode, path: DataPath, each: TextVisit): unknown {
  const shape = shapeOf(node, value);
  if (!shape) return value;
  if (isTextNode(shape)) return each(value, path);
  if (Array.isArray(value)) {
    const items = shape.items;
    return items ? value.map((v, i) => walk(v, items, [...path, i], each)) : value;
  }
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      const sub = childOf(shape, key);
      return [key, sub ? walk(v, sub, [...path, key], each) : v];
    }),
  );
}

/** Told each text of the document (a string, or a map by language) with its path; returns what replaces it. */
export type TextVisit = (value: unknown, path: DataPath) => unknown;

/** A copy of the document with each text replaced by what `each` returns (any shape is walked safely). */
export function mapTexts(data: unknown, each: TextVisit): unknown {
  return walk(data, DOCUMENT, [], each);
}

/** Every text of the document, with its path, in the document's order. */
export function textsOf(data: unknown): { path: DataPath; value: unknown }[] {
  const found: { path: DataPath; value: unknown }[] = [];
  mapTexts(data, (value, path) => {
    found.push({ path, value });
    return value;
  });
  return found;
}
