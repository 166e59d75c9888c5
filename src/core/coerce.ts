// A JSON Resume document's values in the shapes people give them, read into the shapes the schema expects,
// before validation. Walked beside the schema, so a rule holds wherever its kind of value is: `null` and "" mean
// not set, a list where one text is expected is paragraphs, a mapping where text is expected is its texts, a
// plain text where an entry is expected is its name, a link without a scheme gets https://. Each guess is a
// warning at its place that says the fix. Changes the data in place; list items to drop are only marked (their
// removal would shift the positions messages point at) and removed after validation.
import schema from '../../schema/resume.schema.json' with { type: 'json' };
import { languageFor } from './languages.js';
import { isLanguageKey } from './locales.js';
import type { Notice } from './normalize.js';
import type { DataPath } from './parse.js';
import { tagName } from './tagged.js';
import { isEmail } from './view-parts.js';

interface Shape {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Shape>;
  items?: Shape;
  anyOf?: Shape[];
}

export interface Coerced {
  notices: Notice[];
  /** List items that hold nothing ("" or null in a list): skipped, removed after validation. */
  dropped: DataPath[];
  /** Text read but not shown (a relative link's address, a keyword's notes), named in the notices. */
  omitted: string[];
}

export interface CoerceOptions {
  /** The document is YAML: a number where text is expected may have lost characters (+48…, 1.10). */
  yaml: boolean;
  /** The language whose text is read from a text given per language ({ en: …, fr: … }). */
  locale?: string;
  /** Texts, lists and dates given per language are left as they are (import writes every language). */
  keepLanguages?: boolean;
}

/** Reads the document's values into the schema's shapes, in place. */
export function coerceShapes(data: unknown, options: CoerceOptions): Coerced {
  const reader = new Reader(options);
  if (data && typeof data === 'object' && !Array.isArray(data))
    reader.object(data, schema as unknown as Shape, 'resume', []);
  reader.tagNotices();
  return { notices: reader.notices, dropped: reader.dropped, omitted: reader.omitted };
}

/** The field an entry given as plain text is read into, by the schema definition of the entry. */
const NAME_FIELD: Readonly<Record<string, string>> = {
  work: 'name',
  position: 'position',
  volunteer: 'organization',
  education: 'institution',
  award: 'title',
  certificate: 'name',
  publication: 'name',
  skill: 'name',
  language: 'language',
  interest: 'name',
  reference: 'reference',
  project: 'name',
  location: 'city',
};

/** The field a mapping's value goes to when a mapping of name → value stands for a list (skills: {Go: …}). */
const VALUE_FIELD: Readonly<Record<string, string>> = { language: 'fluency', skill: 'level' };

const defs = (schema as unknown as { $defs: Record<string, Shape> }).$defs;

/** A schema node with its reference followed, and the name of the definition it came from. A value that may
 * also be given per language (text, markdown, url) is read as its one-language form, under its own name: a
 * JSON Resume document's maps by language are read in one language (mappingText). */
function resolve(node: Shape | undefined): { shape: Shape; def?: string } {
  let shape = node ?? {};
  let def: string | undefined;
  while (shape.$ref) {
    def = shape.$ref.split('/').pop();
    shape = defs[def ?? ''] ?? {};
  }
  const single = shape.anyOf?.filter((branch) => !branch.$ref?.endsWith('ByLanguage'));
  if (single?.length === 1 && shape.anyOf?.length === 2) return { shape: resolve(single[0]).shape, def };
  return { shape, def };
}

const DROP = Symbol('not set');
/** A value given per language, left as it is (keepLanguages). */
const KEPT = Symbol('kept per language');
type Result = unknown | typeof DROP;

const FILE_EXTENSION =
  /^(html?|pdf|php|aspx?|jpe?g|png|gif|svg|webp|avif|md|json|ya?ml|txt|docx?|xml|css|js)$/i;
const truncated = (v: string) => (v.length > 50 ? `${v.slice(0, 49)}…` : v);

/** Every text inside a value, in order. */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsIn);
  return [];
}

class Reader {
  readonly notices: Notice[] = [];
  readonly dropped: DataPath[] = [];
  readonly omitted: string[] = [];
  readonly renamedTags = new Map<string, DataPath>();
  constructor(readonly options: CoerceOptions) {}

  note(path: DataPath, message: string): void {
    this.notices.push({ path, message });
  }

  value(value: unknown, node: Shape | undefined, path: DataPath): Result {
    const { shape, def } = resolve(node);
    if (value === null || value === undefined) return DROP;
    if (def === 'tags') return this.tags(value, path);
    if (shape.anyOf) return this.bullet(value, shape.anyOf, path);
    if (shape.type === 'string') return this.text(value, def, path);
    if (shape.type === 'array') return this.list(value, shape, def, path);
    if (shape.type === 'object') return this.object(value, shape, def, path);
    return value;
  }

  /** Tags as people name them (`clinical_research`, `Data Science`, one text): our tag names, the same tag
   * however it is written (--tag accepts either). A renamed tag is said once, at its first place. */
  tags(value: unknown, path: DataPath): Result {
    const list = (Array.isArray(value) ? value : [value]).filter(
      (t) => typeof t === 'string' || typeof t === 'number',
    );
    if (typeof value === 'string')
      this.note(
        path,
        `one text where a list of tags is expected: read as a list (write tags: [${tagName(value)}])`,
      );
    for (const tag of list.map(String))
      if (tagName(tag) !== tag && !this.renamedTags.has(tag)) this.renamedTags.set(tag, path);
    const names = [...new Set(list.map((t) => tagName(String(t))).filter(Boolean))];
    return names.length ? names : DROP;
  }

  /** One warning per tag read under another name. */
  tagNotices(): void {
    for (const [tag, path] of this.renamedTags)
      this.note(
        path,
        `"${tag}" read as the tag "${tagName(tag)}" (tag names are lower-case words joined by dashes)`,
      );
  }

  /** One text: a number as written, a list as its paragraphs, a mapping as its name or its texts. */
  text(value: unknown, def: string | undefined, path: DataPath): Result {
    if (def === 'date') return this.date(value, path);
    if (typeof value === 'number') {
      if (this.options.yaml && def !== 'name')
        this.note(path, 'YAML read this as a number: write it in quotes, as it should print');
      return String(value);
    }
    if (typeof value === 'boolean') {
      this.note(path, `${value} is a yes/no value where text is expected: left out`);
      return DROP;
    }
    if (Array.isArray(value)) return this.joined(value, def, path);
    if (value && typeof value === 'object')
      return this.mappingText(value as Record<string, unknown>, def, path);
    if (typeof value !== 'string' || value.trim() === '') return DROP;
    if (def === 'url') return this.link(value.trim(), path);
    if (def === 'email' && !isEmail(value.trim()))
      this.note(path, `"${truncated(value)}" is not an e-mail address: shown as text, not linked`);
    return value;
  }

  /** A date as written (the dates' reader reads it), or written per language: read in the locale's. */
  date(value: unknown, path: DataPath): Result {
    if (typeof value === 'string' && value.trim() === '') return DROP;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const map = value as Record<string, unknown>;
    const key = this.languageOf(map, (v) => typeof v === 'string', 'a date', path);
    return typeof key === 'string' ? map[key] : value;
  }

  joined(list: unknown[], def: string | undefined, path: DataPath): Result {
    const texts = textsIn(list);
    if (texts.length === 0) return DROP;
    const paragraphs = def === 'markdown';
    this.note(
      path,
      paragraphs
        ? 'a list where one text is expected: read as paragraphs (write one text, a blank line between paragraphs)'
        : 'a list where one text is expected: read as one line, comma-separated (write one text)',
    );
    return texts.join(paragraphs ? '\n\n' : ', ');
  }

  /** A mapping where text is expected: a text per language, a named thing (a keyword with a level), or a
   * place ({ city, country }) read as its texts. */
  mappingText(map: Record<string, unknown>, def: string | undefined, path: DataPath): Result {
    const key = this.languageOf(map, (v) => typeof v === 'string', 'a text', path);
    if (key === KEPT) return map;
    if (key) return this.text(map[key], def, path);
    if (def === 'url' && typeof map.url === 'string') return this.text(map.url, def, path);
    const name = ['name', 'title', 'keyword', 'label', 'text'].find(
      (k) => typeof map[k] === 'string' && map[k] !== '',
    );
    if (name) {
      const level = typeof map.level === 'string' && map.level ? ` (${map.level})` : '';
      const rest = Object.entries(map).filter(([k, v]) => k !== name && k !== 'level' && textsIn(v).length);
      for (const [, v] of rest) this.omitted.push(...textsIn(v));
      const extra = rest.length ? `; not shown: ${rest.map(([k]) => k).join(', ')}` : '';
      this.note(
        path,
        `a mapping where text is expected: read as its ${name}${level ? ' and level' : ''}${extra}`,
      );
      return `${map[name]}${level}`;
    }
    const texts = textsIn(map);
    if (texts.length === 0) return DROP;
    const text = texts.join(', ');
    this.note(path, `a mapping where text is expected: read as "${truncated(text)}" (write one text)`);
    return text;
  }

  /** The language to read of a mapping of language codes to values `of` that kind (a text or a list per
   * language, { de: …, en: … }): the locale's, else the first; the others' texts are named as not shown. */
  languageOf(
    map: Record<string, unknown>,
    of: (v: unknown) => boolean,
    what: string,
    path: DataPath,
  ): string | typeof KEPT | undefined {
    const keys = Object.keys(map);
    if (!keys.length || !keys.every((k) => isLanguageKey(k) && of(map[k]))) return undefined;
    if (this.options.keepLanguages) return KEPT;
    const key = languageFor(this.options.locale ?? 'en', keys) ?? (keys[0] as string);
    this.note(path, `${what} per language: read in "${key}" (--locale or meta.locale picks another)`);
    for (const other of keys) if (other !== key) this.omitted.push(...textsIn(map[other]));
    return key;
  }

  /** A link as people write it: without a scheme it is a web address; a relative one cannot work on paper. */
  link(href: string, path: DataPath): Result {
    if (/^(https?:\/\/[^\s/?#]+\S*|mailto:\S+|tel:[+0-9()\-. ]+)$/i.test(href)) return href;
    const web = /^(\/\/)?((www\.)?[\p{L}\d-]+(\.[\p{L}\d-]+)*\.(\p{L}{2,}))(:\d+)?([/?#]\S*)?$/u.exec(href);
    // index.html and photo.jpg are files next to the page, not hosts.
    if (web && !FILE_EXTENSION.test(web[5] ?? '')) {
      const fixed = `https://${href.replace(/^\/\//, '')}`;
      this.note(path, `"${truncated(href)}" has no scheme: read as ${truncated(fixed)} (add https://)`);
      return fixed;
    }
    if (/^[^\s@]+@[^\s@]+\.\w+$/.test(href)) {
      this.note(path, `"${href}" is an e-mail address: read as mailto:${href} (add mailto:)`);
      return `mailto:${href}`;
    }
    this.omitted.push(href);
    const scheme = /^([a-z][a-z\d+.-]*):/i.exec(href)?.[1];
    // Words with spaces between them are a sentence written in the link's place, not an address.
    const prose = !scheme && /\S\s+\S/.test(href);
    this.note(
      path,
      scheme
        ? `"${truncated(href)}" is not linked: only http(s)://, mailto: and tel: links are made, not ${scheme}:`
        : prose
          ? `not shown: "${truncated(href)}" is text where a link belongs (move it to the summary or highlights)`
          : `"${truncated(href)}" is not linked: a relative link cannot work on paper (write the full address, https://…)`,
    );
    return DROP;
  }

  /** A profile or basics link that cannot be linked stays as text where the entry has room for it. */
  relativeLink(entry: Record<string, unknown>, original: Record<string, unknown>): void {
    const url = original.url;
    if (entry.url !== undefined || typeof url !== 'string' || entry.username !== undefined) return;
    if ('network' in entry) entry.username = url;
  }

  object(value: unknown, shape: Shape, def: string | undefined, path: DataPath): Result {
    if (typeof value === 'string' || typeof value === 'number') {
      // A custom section's item is its text; where no field takes it, the schema's refusal names it (set aside).
      const field = NAME_FIELD[def ?? ''] ?? (shape.properties?.text ? 'text' : undefined);
      if (String(value).trim() === '') return DROP;
      if (!field) return value;
      this.note(path, `plain text where an entry is expected: read as its ${field} (write ${field}: …)`);
      return this.object({ [field]: String(value) }, shape, def, path);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const entry = value as Record<string, unknown>;
    const original = { ...entry };
    for (const [key, child] of Object.entries(entry)) {
      const property = shape.properties?.[key];
      if (!property) continue;
      const read = this.value(child, property, [...path, key]);
      if (read === DROP) delete entry[key];
      else entry[key] = read;
    }
    if (path.at(-2) === 'profiles') this.relativeLink(entry, original);
    return entry;
  }

  list(value: unknown, shape: Shape, def: string | undefined, path: DataPath): Result {
    if (value === '' || value === 0 || value === false) return DROP;
    if (typeof value === 'string' || typeof value === 'number') {
      this.note(path, `one text where a list is expected: read as a list of one (write it as a list: - …)`);
      return this.list([value], shape, def, path);
    }
    if (!Array.isArray(value)) {
      if (!value || typeof value !== 'object') return value;
      const map = value as Record<string, unknown>;
      const key = this.languageOf(map, Array.isArray, 'a list', path);
      if (key === KEPT) return map;
      if (key) return this.list(map[key], shape, def, path);
      const list = this.entriesOf(map, shape);
      if (!list) return value;
      this.note(
        path,
        `a mapping where a list is expected: read as ${list.length} entries, one per key (write a list: - …)`,
      );
      return this.list(list, shape, def, path);
    }
    for (const [i, item] of value.entries()) {
      const read = this.value(item, shape.items, [...path, i]);
      if (read === DROP || (typeof read === 'string' && read.trim() === '')) this.dropped.push([...path, i]);
      else value[i] = read;
    }
    return value;
  }

  /** A mapping of name → value standing for a list of entries (skills: { Languages: [Go, Rust] }). */
  entriesOf(map: Record<string, unknown>, shape: Shape): unknown[] | undefined {
    const { shape: item, def } = resolve(shape.items);
    // Texts named by their keys: each key with what it holds ("web: React, Vue", "Python (expert)").
    if (item.type === 'string') return Object.entries(map).map(([key, v]) => textEntry(key, v));
    const name = NAME_FIELD[def ?? ''] ?? (item.properties?.network ? 'network' : undefined);
    if (!name) return undefined;
    return Object.entries(map).map(([key, v]) => {
      if (v && typeof v === 'object' && !Array.isArray(v)) return { [name]: key, ...v };
      if (Array.isArray(v) && item.properties?.keywords) return { [name]: key, keywords: v };
      if (name === 'network')
        return { network: key, [/^[\w.+-]+:|\.\w/.test(String(v)) ? 'url' : 'username']: v };
      return { [name]: key, [VALUE_FIELD[def ?? ''] ?? 'summary']: v };
    });
  }

  /** A bullet: text, or a mapping with text (what people name it otherwise is read as the text). */
  bullet(value: unknown, branches: Shape[], path: DataPath): Result {
    if (typeof value === 'string') return value.trim() === '' ? DROP : value;
    if (typeof value === 'number') return String(value);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const entry = value as Record<string, unknown>;
    const keys = Object.keys(entry);
    // A bullet per language ({ en: …, de: … }) is read as any text per language; one key is a bullet with ": ".
    if (keys.length > 1) {
      const key = this.languageOf(entry, (v) => typeof v === 'string', 'a bullet', path);
      if (key === KEPT) return entry;
      if (key !== undefined) return entry[key];
    }
    if (entry.text === undefined && keys.length === 1 && typeof entry[keys[0] as string] === 'string') {
      // "- Lead: grew the team" unquoted: YAML read the bullet as a key and its value.
      const [key] = keys as [string];
      this.note(
        path,
        `this bullet has ": " in it, so YAML read it as a key: read as text (put the whole bullet in quotes)`,
      );
      return `${key}: ${entry[key]}`;
    }
    if (entry.text === undefined) {
      const key = ['content', 'highlight', 'description', 'summary', 'name', 'title'].find(
        (k) => typeof entry[k] === 'string',
      );
      if (!key) return value;
      this.note([...path, key], `a bullet's text is in "text": read "${key}" as it`);
      entry.text = entry[key];
      delete entry[key];
    }
    const mapping = branches.map((b) => resolve(b).shape).find((b) => b.type === 'object') ?? {};
    return this.object(entry, mapping, undefined, path);
  }
}

/** A key and its value as one text: the value's texts after a colon, a single word in brackets. */
function textEntry(key: string, value: unknown): string {
  const texts = textsIn(value);
  if (texts.length === 0) return key;
  return Array.isArray(value) || texts.length > 1 ? `${key}: ${texts.join(', ')}` : `${key} (${texts[0]})`;
}
