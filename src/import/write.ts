// An imported résumé as our YAML: the schema header, keys in the schema's order, and what could not be placed
// commented out under the entry it came from, so the user sees it while editing and nothing is lost.
import type { Document, Node } from 'yaml';
import type { DataPath } from '../core/parse.js';
import { inSchemaOrder, YAML_OPTIONS, yamlHeader, yamlLibrary } from '../core/to-yaml.js';
import type { ImportResult, LeftOver } from './types.js';

/** `schemaPath` is where the header points (relative to the file written); `source` names the format ("a
 * RenderCV file"). */
export async function importedYaml(
  result: ImportResult,
  schemaPath: string,
  source: string,
): Promise<string> {
  const yaml = await yamlLibrary();
  const doc = new yaml.Document(withoutEmptyParts(inSchemaOrder(result.resume)));
  for (const [at, items] of byEntry(result.leftOver)) {
    const { node, missing } = nearestCollection(doc, at, yaml.isCollection);
    const lines = [
      `not imported from ${source} (no place for it here):`,
      ...yaml
        .stringify(nested(missing, byKey(items)), YAML_OPTIONS)
        .trimEnd()
        .split('\n'),
    ];
    const comment = lines.map((l) => ` ${l}`).join('\n');
    if (node) node.comment = node.comment ? `${node.comment}\n${comment}` : comment;
    else doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
  }
  // Multi-line texts (summaries with bullets) as literal blocks: they read as they print.
  return `${yamlHeader(schemaPath)}${doc.toString({ ...YAML_OPTIONS, blockQuote: 'literal' })}`;
}

/** The left-overs of one entry as one mapping; a key met twice (two spare e-mail addresses) lists its values. */
function byKey(items: readonly LeftOver[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const repeated = new Set<string>();
  for (const { key, value } of items) {
    if (!(key in out)) out[key] = value;
    else if (repeated.has(key)) (out[key] as unknown[]).push(value);
    else {
      out[key] = [out[key], value];
      repeated.add(key);
    }
  }
  return out;
}

/** Left-overs grouped by the entry they belong to, in the order they came. */
function byEntry(leftOver: readonly LeftOver[]): Map<DataPath, LeftOver[]> {
  const groups = new Map<string, { at: DataPath; items: LeftOver[] }>();
  for (const item of leftOver) {
    const key = JSON.stringify(item.at);
    const group = groups.get(key) ?? { at: item.at, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return new Map([...groups.values()].map((g) => [g.at, g.items]));
}

/** The mapping or list at `path`, or the closest one above it (undefined: the top of the document), and the keys
 * of the path below it that the document does not have. */
function nearestCollection(
  doc: Document,
  path: DataPath,
  isCollection: (node: unknown) => node is Node & { comment?: string | null },
): { node?: Node & { comment?: string | null }; missing: DataPath } {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isCollection(node)) return { node, missing: path.slice(n) };
  }
  return { missing: path };
}

/** The left-overs under the keys the document does not have (`meta: theme: …` where no meta is written), so the
 * comment says where they were; a list's place stays unsaid (there is no entry to put them under). */
function nested(keys: DataPath, value: Record<string, unknown>): Record<string, unknown> {
  return keys.reduceRight<Record<string, unknown>>(
    (inner, key) => (typeof key === 'string' ? { [key]: inner } : inner),
    value,
  );
}

/** The top-level parts that hold nothing (an empty `meta` once its theme was set aside): not written as `{}`. */
function withoutEmptyParts(resume: unknown): unknown {
  if (!resume || typeof resume !== 'object') return resume;
  return Object.fromEntries(
    Object.entries(resume).filter(
      ([, v]) => !(v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0),
    ),
  );
}
