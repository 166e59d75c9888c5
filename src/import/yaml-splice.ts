// Edits of a YAML file made where they belong, in its own text: a text becomes a map by language, a map gets a
// language, meta.languages gets one. Everything else stays byte for byte as the user wrote it (comments, quotes,
// flow or block style, blank lines), which re-printing the whole document would not keep. The yaml library's
// Document gives the places (node ranges) and writes the new values.
import type { Document, LineCounter, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { yamlLibrary } from '../core/to-yaml.js';

/** Replace [start, end) with text. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

export interface Place {
  doc: Document.Parsed;
  lines: LineCounter;
  source: string;
}

const column = (place: Place, offset: number) => place.lines.linePos(offset).col - 1;

/** Where the line after a value starts (after its trailing comment); a block scalar ends with its newline. */
function afterLine(source: string, valueEnd: number): number {
  if (source[valueEnd - 1] === '\n') return valueEnd;
  const end = source.indexOf('\n', valueEnd);
  return end < 0 ? source.length : end + 1;
}

/** An inserted line, at the start of a line (or after the last one, with its newline). */
function lineAt(source: string, at: number, line: string): Splice {
  const lead = at === source.length && !source.endsWith('\n') ? '\n' : '';
  return { start: at, end: at, text: `${lead}${line}\n` };
}

/** Lines after the first moved right, so a value stays inside the key it now sits under. */
const indentRest = (text: string, by: number) => text.replace(/\n(?=[^\n])/g, `\n${' '.repeat(by)}`);

/** `key: value` as a block mapping writes it, its own lines indented to `pad`. */
async function blockPair(key: string, value: string, pad: number): Promise<string> {
  const { stringify } = await yamlLibrary();
  return indentRest(stringify({ [key]: value }, { lineWidth: 0 }).replace(/\n$/, ''), pad);
}

/** The value written to sit in a flow collection: plain where YAML reads it back as it is, else quoted. */
async function flowValue(value: string): Promise<string> {
  const { stringify } = await yamlLibrary();
  const plain = stringify(value, { lineWidth: 0 }).replace(/\n$/, '') === value && !/[,[\]{}]/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Whether a node sits inside a flow collection ([…] or {…}), and whether the file pads its flow mappings
 * ({ a: b }, as Prettier writes them, its lists often not): as the nearest flow mapping around, else as the
 * file's first. */
async function flowAround(place: Place, path: readonly (string | number)[]) {
  const { isMap } = await yamlLibrary();
  const parents = path.map(
    (_, n) => place.doc.getIn(path.slice(0, n), true) as YAMLMap | YAMLSeq | undefined,
  );
  if (!parents.some((p) => p?.flow)) return { flow: false, padded: false };
  const map = parents.findLast((p) => isMap(p) && p.flow);
  const opening = map?.range ? map.range[0] : place.source.search(/[:\-[,]\s*\{/);
  const brace = place.source.indexOf('{', Math.max(0, opening));
  return { flow: true, padded: brace < 0 || place.source[brace + 1] === ' ' };
}

/** A text (a scalar) made a map by language: the text under `first`, the translation under `language`. */
export async function textToMap(
  place: Place,
  path: readonly (string | number)[],
  keys: { first: string; language: string; text: string },
): Promise<Splice[]> {
  const { isPair, isMap, isScalar } = await yamlLibrary();
  const node = place.doc.getIn(path, true) as Node | undefined;
  const range = node?.range;
  if (!isScalar(node) || !range) return [];
  const [start, valueEnd] = range;
  // A block scalar's range takes its last newline, which stays where it is.
  const end = place.source[valueEnd - 1] === '\n' ? valueEnd - 1 : valueEnd;
  const own = place.source.slice(start, end);
  const around = await flowAround(place, path);
  if (around.flow) {
    const space = around.padded ? ' ' : '';
    const map = `{${space}${keys.first}: ${own}, ${keys.language}: ${await flowValue(keys.text)}${space}}`;
    return [{ start, end, text: map }];
  }
  const parent = place.doc.getIn(path.slice(0, -1), true);
  const pair = isMap(parent)
    ? (parent.items.find((p) => p.value === node) as Pair<Node> | undefined)
    : undefined;
  const keyRange = isPair(pair) ? pair.key.range : undefined;
  const pad = keyRange ? column(place, keyRange[0]) + 2 : column(place, start);
  const first = `${keys.first}: ${indentRest(own, 2)}`;
  // After the key: its colon, and a comment that may end its line (kept).
  const between = keyRange ? place.source.slice(keyRange[1], start) : '';
  const comment = between.includes('#') ? between.slice(0, between.indexOf('\n')) : ':';
  const opening = keyRange
    ? { start: keyRange[1], end, text: `${comment}\n${' '.repeat(pad)}${first}` }
    : { start, end, text: first };
  const line = `${' '.repeat(pad)}${await blockPair(keys.language, keys.text, pad)}`;
  return [opening, lineAt(place.source, afterLine(place.source, valueEnd), line)];
}

/** A language added to a map by language, or its text there replaced. */
export async function setInMap(
  place: Place,
  path: readonly (string | number)[],
  language: string,
  text: string,
): Promise<Splice[]> {
  const { isMap, isScalar } = await yamlLibrary();
  const map = place.doc.getIn(path, true);
  if (!isMap(map) || !map.range) return [];
  const existing = map.get(language, true);
  const flow = Boolean(map.flow) || (await flowAround(place, path)).flow;
  if (isScalar(existing) && existing.range) {
    const [start, end] = existing.range;
    const pad = column(place, start);
    const value = flow
      ? await flowValue(text)
      : (await blockPair(language, text, pad)).slice(language.length + 2);
    return [{ start, end: end - (place.source[end - 1] === '\n' ? 1 : 0), text: value }];
  }
  if (flow) {
    const close = place.source.lastIndexOf('}', map.range[1]);
    const before = place.source.slice(0, close).match(/\s*$/)?.[0].length ?? 0;
    return [{ start: close - before, end: close - before, text: `, ${language}: ${await flowValue(text)}` }];
  }
  const [firstKey] = map.items;
  const last = map.items.at(-1)?.value as Node | undefined;
  if (!firstKey || !last?.range) return [];
  const pad = column(place, (firstKey.key as Node).range?.[0] ?? 0);
  const line = `${' '.repeat(pad)}${await blockPair(language, text, pad)}`;
  return [lineAt(place.source, afterLine(place.source, last.range[1]), line)];
}

/** `language` added to meta.languages, which is made (`[first, language]`) where there is none. */
export async function addLanguage(place: Place, first: string, language: string): Promise<Splice[]> {
  const { isMap, isSeq } = await yamlLibrary();
  const { doc, source } = place;
  const list = doc.getIn(['meta', 'languages'], true);
  if (isSeq(list) && list.range) {
    if (list.items.some((i) => (i as { value?: unknown }).value === language)) return [];
    if (list.flow) {
      const close = source.lastIndexOf(']', list.range[1]);
      return [{ start: close, end: close, text: `, ${language}` }];
    }
    const last = list.items.at(-1) as Node | undefined;
    if (!last?.range) return [];
    const dash = ' '.repeat(Math.max(0, column(place, last.range[0]) - 2));
    return [lineAt(source, afterLine(source, last.range[1]), `${dash}- ${language}`)];
  }
  const meta = doc.get('meta', true);
  const entry = `languages: [${first}, ${language}]`;
  if (isMap(meta) && !meta.flow) {
    const key = meta.items[0]?.key as Node | undefined;
    if (!key?.range) return [];
    const at = key.range[0] - column(place, key.range[0]);
    return [lineAt(source, at, `${' '.repeat(column(place, key.range[0]))}${entry}`)];
  }
  if (meta !== undefined || !isMap(doc.contents) || doc.contents.flow) return [];
  const top = doc.contents.items[0]?.key as Node | undefined;
  const at = top?.range ? top.range[0] - column(place, top.range[0]) : source.length;
  return [lineAt(source, at, `meta:\n  ${entry}`)];
}

/** The splices applied from the end, so each one's offsets still hold. */
export function applySplices(source: string, splices: readonly Splice[]): string {
  return [...splices]
    .sort((a, b) => b.start - a.start || b.end - a.end)
    .reduce((text, s) => text.slice(0, s.start) + s.text + text.slice(s.end), source);
}
