import { CORE_SCHEMA, load } from 'js-yaml';
import type { Document, LineCounter, Node } from 'yaml';
import { type Diagnostic, UserError, uniqueDiagnostics } from '../errors.js';
import { type Dialect, dialectOf } from './dialect.js';
import { jsonMistakes, TRAILING_COMMA } from './json-syntax.js';
import { LIMITS, limitText } from './limits.js';
import { inputError, type Source } from './source.js';

export interface ReadAnyway {
  offset: number;
  message: string;
}

export interface ParsedResume {
  source: Source;
  /** Plain data, as JSON would give it. Not yet validated. */
  data: unknown;
  /** Our format (strict) or a JSON Resume document (read leniently): see dialect.ts. */
  dialect: Dialect;
  /** Problems that did not stop parsing (duplicate keys); reported together with the schema's. */
  diagnostics: Diagnostic[];
  /** The document with source positions, when the careful parser made it (see withPositions). */
  positions?: Positions;
  /** What was read though the format does not allow it (a .json file's comma after a last item, a YAML file's
   * second document): each said as a warning at its offset in the text, an error under --strict. */
  readAnyway?: ReadAnyway[];
  /** Where values moved while reading (a key renamed, contact details moved into basics) were written, so a
   * message about them points at the source. */
  aliases: Aliases;
}

/** A value's path in the data → its path in the source, for the values that moved. */
export type Aliases = Map<string, DataPath>;

/** Records that the value now at `path` was written at `from` (a path in the data as it was before the move). */
export function noteAlias(aliases: Aliases, path: DataPath, from: DataPath): void {
  aliases.set(path.join('/'), sourcePathOf(aliases, from));
}

/** Where a path of the data was written in the source: its longest moved prefix replaced. */
export function sourcePathOf(aliases: Aliases | undefined, path: DataPath): DataPath {
  if (!aliases?.size) return path;
  for (let i = path.length; i > 0; i--) {
    const moved = aliases.get(path.slice(0, i).join('/'));
    if (moved) return [...moved, ...path.slice(i)];
  }
  return path;
}

interface Positions {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export type LocatedResume = ParsedResume & { positions: Positions };

// The yaml library is loaded only when needed: for error messages and unusual files. Clean files never pay for it.
type YamlLibrary = typeof import('yaml');
let yamlLibrary: YamlLibrary | undefined;
async function loadYamlLibrary(): Promise<YamlLibrary> {
  if (!yamlLibrary) {
    // A CommonJS package: bundled, its exports come as the default export.
    const loaded = (await import('yaml')) as YamlLibrary & { default?: YamlLibrary };
    yamlLibrary = loaded.default ?? loaded;
  }
  return yamlLibrary;
}
function yaml(): YamlLibrary {
  if (!yamlLibrary) throw new Error('the yaml library is used before it was loaded');
  return yamlLibrary;
}

export type DataPath = readonly (string | number)[];

/** work[0].highlights[2], as users see paths in messages. */
export function displayPath(path: DataPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** Aliases are legitimate YAML, but a few thousand of them is a "billion laughs" bomb. */
const MAX_ALIAS_COUNT = 100;

const NESTING_MESSAGE = 'the document is nested too deeply to be a résumé';

/** Words a résumé author understands, for the YAML library's error codes. */
const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate key: each key may appear only once in a mapping',
  TAB_AS_INDENT: 'tab used for indentation: YAML indents with spaces only',
  MISSING_CHAR: 'a closing bracket, brace or quote is missing',
  MULTIPLE_DOCS: 'more than one YAML document (a second ---): keep the résumé in one document',
  BLOCK_AS_IMPLICIT_KEY: 'a "key:" inside a value: check the indentation of the next lines',
  MULTILINE_IMPLICIT_KEY: 'a "key:" inside a value: check the indentation of the next lines',
  UNEXPECTED_TOKEN: 'unexpected character',
  BAD_INDENT: 'this line is not indented like the lines around it',
};

/**
 * Parses the résumé. A clean file takes the fast path (js-yaml, several times faster on a cold start); anything
 * unusual (a syntax error, duplicate keys, anchors and aliases) goes through the `yaml` library, which reports
 * positions and bounds alias expansion. Both read YAML 1.2's core schema, so they agree on the data.
 */
export async function parseResume(source: Source): Promise<ParsedResume> {
  const tooDeep = excessiveNesting(source.text);
  if (tooDeep >= 0) throw inputError(source.name, NESTING_MESSAGE, { text: source.text, offset: tooDeep });
  const commas = source.json ? checkJson(source).map((offset) => ({ offset, message: TRAILING_COMMA })) : [];
  const data = quickLoad(source.text);
  if (data !== undefined) {
    const dialect = dialectOf(source.text, data);
    return { source, data, dialect, diagnostics: [], aliases: new Map(), readAnyway: commas };
  }
  await loadYamlLibrary();
  const careful = parseCarefully(source);
  return { ...careful, readAnyway: [...commas, ...(careful.readAnyway ?? [])] };
}

/** A .json file is held to JSON's own rules (the YAML parser that reads it is laxer), in JSON's words; the
 * commas after a last item are read (YAML reads them so), and returned to be named. */
function checkJson(source: Source): number[] {
  try {
    JSON.parse(source.text);
    return [];
  } catch {
    const { mistake, trailingCommas } = jsonMistakes(source.text);
    if (mistake)
      throw inputError(source.name, mistake.message, { text: source.text, offset: mistake.offset });
    return trailingCommas;
  }
}

/** The parsed résumé with source positions, for pointing at problems. The fast parser read this text; where the
 * careful one is stricter (a quoted text whose next lines are indented less than YAML 1.2 allows, which PyYAML and
 * js-yaml read), its positions are used as far as they go, and the data stays as read. */
export async function withPositions(parsed: ParsedResume): Promise<LocatedResume> {
  if (parsed.positions) return parsed as LocatedResume;
  await loadYamlLibrary();
  return { ...parsed, positions: positionsOf(parsed.source) };
}

function positionsOf(source: Source): Positions {
  try {
    return parseCarefully(source).positions;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const { LineCounter, parseDocument } = yaml();
    const lineCounter = new LineCounter();
    const doc = parseDocument(source.text, { lineCounter, version: '1.2', schema: 'core' });
    return { doc, lineCounter };
  }
}

/** A résumé nests a few levels deep. Both parsers recurse per level, so a file nested thousands of levels deep
 * (by brackets or by indentation) is refused before parsing: the offset where it goes too deep, or -1. */
function excessiveNesting(text: string, limit = 64): number {
  let depth = 0;
  let quote = '';
  let lineStart = true;
  let indent = 0;
  /** The last character on this line that is not a space: a quote after ":", "-", "?" or at the start of a line
   * opens a quoted value (elsewhere, as in O'Brien, it is a character of the text). */
  let before = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      before = '';
      continue;
    }
    if (lineStart) {
      if (c === ' ' || c === '-') {
        if (++indent > limit * 4) return i;
        before = c === '-' ? c : before;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (depth > 0 || before === '' || ':-?'.includes(before)) quote = c;
    } else if (c === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
    } else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    if (c !== ' ') before = c as string;
  }
  return -1;
}

function quickLoad(text: string): unknown {
  // Anchors (&name) can hide an alias bomb, which only the careful parser bounds.
  if (/(^|[\s[{,:-])&[^\s[\]{},]/m.test(text)) return undefined;
  try {
    const data = load(text, { schema: CORE_SCHEMA });
    return data === null ? undefined : data;
  } catch {
    return undefined;
  }
}

function parseCarefully(source: Source): LocatedResume {
  let doc: Document.Parsed;
  let lineCounter: LineCounter;
  let readAnyway: ReadAnyway[];
  try {
    ({ doc, lineCounter, readAnyway } = resumeDocument(source.text));
  } catch (error) {
    if (error instanceof RangeError) throw inputError(source.name, NESTING_MESSAGE);
    throw error;
  }
  const at = (offset: number, message: string): Diagnostic => ({
    file: source.name,
    ...position(lineCounter, offset),
    path: '',
    message,
    source: lineOf(source.text, lineCounter, offset),
  });
  const syntax = (e: (typeof doc.errors)[number]): Diagnostic => {
    if (/Maximum call stack/.test(e.message)) return at(e.pos[0], NESTING_MESSAGE);
    if (e.code === 'DUPLICATE_KEY')
      return at(
        e.pos[0],
        `YAML syntax: duplicate key "${keyAt(source.text, e.pos[0])}": each key may appear only once in a mapping`,
      );
    if (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) {
      // The parser notices at the end of the file; the mistake is where the quote opened.
      const open = openingQuote(source.text, e.pos[0]);
      if (open >= 0) return at(open, 'YAML syntax: this quote is never closed');
    }
    if (/^Flow (sequence|mapping)/.test(e.message)) {
      const bracket = e.message.startsWith('Flow sequence') ? '[ … ]' : '{ … }';
      return at(e.pos[0], `YAML syntax: a ${bracket} above is not closed before this line`);
    }
    if (e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
      const lineStart = source.text.lastIndexOf('\n', e.pos[0] - 1) + 1;
      const indent = /^[ \t-]*/.exec(source.text.slice(lineStart))?.[0].length ?? 0;
      const multiline = doc.errors.some((o) => o.code === 'MULTILINE_IMPLICIT_KEY' && o.pos[0] === e.pos[0]);
      const message =
        e.pos[0] <= lineStart + indent
          ? 'this line is not indented like the lines around it'
          : multiline
            ? 'the next line is indented further than this one: keys of one mapping line up'
            : 'a second ": " on this line: put the value in quotes, e.g. key: "a: b"';
      return at(e.pos[0], `YAML syntax: ${message}`);
    }
    return at(e.pos[0], `YAML syntax: ${YAML_MESSAGES[e.code] ?? firstLine(e.message)}`);
  };
  // One syntax error sends the parser off track, and what it says after that is mostly noise: report the first
  // (a tab first of all, as it is the usual cause), and every duplicate key, which leaves the document usable.
  const broken = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0]);
  const cause = broken.find((e) => e.code === 'TAB_AS_INDENT') ?? broken[0];
  const diagnostics = uniqueDiagnostics(
    doc.errors.filter((e) => e.code === 'DUPLICATE_KEY' || e === cause).map(syntax),
  );
  // A duplicate key leaves a usable document, so its schema errors can be reported too; other syntax errors cannot.
  if (cause) throw new UserError('the file is not valid YAML', diagnostics);
  const data = documentData(doc, source, at);
  const positions = { doc, lineCounter };
  const dialect = dialectOf(source.text, data);
  return { source, data, dialect, diagnostics, positions, aliases: new Map(), readAnyway };
}

/** Keys only a résumé's document has (ours, JSON Resume's, RenderCV's, YAMLResume's, FRESH's). */
const RESUME_KEYS = ['basics', 'work', 'education', 'skills', 'projects', 'cv', 'content', 'employment'];

/** The file's one YAML document; of a file of several (front matter for a site generator, then the résumé),
 * the one résumé among them, the others named as not read. Two résumés, or none among several, are a mistake. */
function resumeDocument(text: string): {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  readAnyway: ReadAnyway[];
} {
  const { LineCounter, parseAllDocuments, parseDocument } = yaml();
  const options = { prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' as const };
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...options, lineCounter, schema: 'core' });
  const all = Array.isArray(docs) ? docs : [];
  if (all.length === 1) return { doc: all[0] as Document.Parsed, lineCounter, readAnyway: [] };
  const resumes = all.filter((d) => d.errors.length === 0 && RESUME_KEYS.some((k) => d.has(k)));
  const [resume] = resumes;
  // No document, or not one résumé among several: the document as one, with the error a second one gets. Its
  // lines are counted afresh (a counter fed twice would place every message further down).
  if (resumes.length !== 1 || !resume) {
    const fresh = new LineCounter();
    return {
      doc: parseDocument(text, { ...options, lineCounter: fresh, schema: 'core' }),
      lineCounter: fresh,
      readAnyway: [],
    };
  }
  const others = all.filter((d) => d !== resume);
  const key = RESUME_KEYS.find((k) => resume.has(k));
  const rest = others.length === 1 ? 'the other is' : `the other ${others.length} are`;
  const message = `the file holds ${all.length} YAML documents: the résumé is the one with ${key}; ${rest} not read (keep the résumé in a file of its own)`;
  return {
    doc: resume,
    lineCounter,
    readAnyway: [{ offset: (others[0] as Document.Parsed).range[0], message }],
  };
}

/** The document as plain data, its aliases bounded twice: how many (the yaml library counts them), and how
 * much text they make (measured here). */
function documentData(
  doc: Document.Parsed,
  source: Source,
  at: (offset: number, message: string) => Diagnostic,
): unknown {
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) throw inputError(source.name, NESTING_MESSAGE);
    if (error instanceof ReferenceError) {
      const alias = firstAliasOffset(doc);
      const unresolved = /Unresolved alias[^:]*: (.*)$/.exec(error.message)?.[1];
      const message = unresolved
        ? `YAML syntax: unknown alias *${unresolved}: define the anchor &${unresolved} before using it`
        : `YAML aliases expand too much (over ${MAX_ALIAS_COUNT}): is this a "billion laughs" file?`;
      throw new UserError(unresolved ? 'the file is not valid YAML' : 'too many aliases', [
        at(alias, message),
      ]);
    }
    throw error;
  }
  if (data === null || data === undefined) {
    throw new UserError('no résumé', [at(0, 'the file holds no résumé: it is empty or only comments')]);
  }
  // Each alias is the very object of its anchor, so the data is small in memory; every later stage (tailoring,
  // rendering) makes it whole, once per alias. Measured here, it stays the size of a résumé.
  if (exceeds(data, LIMITS.expandedChars)) {
    const message = `YAML aliases expand the résumé to over ${limitText(LIMITS.expandedChars)} of text (from ${limitText(source.text.length)}): is this a "billion laughs" file?`;
    throw new UserError('aliases expand too much', [at(firstAliasOffset(doc), message)]);
  }
  return data;
}

/** Whether the data, with every shared (aliased) value counted each time it appears, holds more than `limit`
 * characters (keys and text, and a few for each value). Stops as soon as it knows: at most `limit` steps. */
function exceeds(data: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    const children: [string, unknown][] = Array.isArray(value)
      ? value.map((v) => ['', v])
      : value && typeof value === 'object'
        ? Object.entries(value)
        : [];
    // Each value is counted as it is put on the stack, so the stack too stays under the limit.
    for (const [key, child] of children) {
      size += key.length + (typeof child === 'string' ? child.length : 4);
      if (size > limit) return true;
      stack.push(child);
    }
  }
  return false;
}

/** Where a data path points in the source: the key for `which: 'key'`, else the value. */
export function locate(parsed: LocatedResume, dataPath: DataPath, which: 'key' | 'value' = 'value') {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  const path = sourcePathOf(parsed.aliases, dataPath);
  const { doc, lineCounter } = parsed.positions;
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      const key = pair.key as Node;
      if (last && which === 'key') {
        offset = key.range?.[0] ?? offset;
        break;
      }
      node = pair.value;
      offset = (node as Node | null)?.range?.[0] ?? key.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  return {
    ...position(lineCounter, offset),
    source: lineOf(parsed.source.text, lineCounter, offset),
  };
}

/** The source text of the value at a data path (for "write it in quotes: …"), if it is a scalar. */
export function rawValue(parsed: LocatedResume, path: DataPath): string | undefined {
  const node = parsed.positions.doc.getIn(sourcePathOf(parsed.aliases, path), true) as Node | undefined;
  const range = node?.range;
  return range ? parsed.source.text.slice(range[0], range[1]).trim() : undefined;
}

/** Where `needle` occurs inside the value at a data path: a link inside a multi-line summary, not its "|". */
export function locateText(parsed: LocatedResume, path: DataPath, needle: string) {
  const node = parsed.positions.doc.getIn(sourcePathOf(parsed.aliases, path), true) as Node | undefined;
  const range = node?.range;
  const found = range ? parsed.source.text.slice(range[0], range[1]).indexOf(needle) : -1;
  if (!range || found < 0) return locate(parsed, path);
  const offset = range[0] + found;
  const { lineCounter } = parsed.positions;
  return { ...position(lineCounter, offset), source: lineOf(parsed.source.text, lineCounter, offset) };
}

function position(lineCounter: LineCounter, offset: number) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, col };
}

function lineOf(text: string, lineCounter: LineCounter, offset: number): string {
  const { line } = lineCounter.linePos(offset);
  const start = lineCounter.lineStarts[line - 1] ?? 0;
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}

function keyAt(text: string, offset: number): string {
  const m = /^\s*["']?([^"':\n]*)/.exec(text.slice(offset, offset + 120));
  return (m?.[1] ?? '').trim();
}

/** Offset of the last quote before `end` that opens a scalar (after "key: ", "- ", "[" or ","). */
function openingQuote(text: string, end: number): number {
  let found = -1;
  for (const m of text.slice(0, end).matchAll(/(?:^|[:\-[,{])[ \t]*(["'])/gm))
    found = (m.index ?? 0) + m[0].length - 1;
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

function firstAliasOffset(doc: Document.Parsed): number {
  const { isAlias, visit } = yaml();
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node)) offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}
