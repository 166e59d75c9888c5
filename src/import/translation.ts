// A second-language document read as translations of a résumé: the two walked side by side along the schema,
// entries paired by position, anchors and names (align.ts), each text of the other document becoming the
// translation of the text at the same place. What cannot be paired is said, never guessed.
import { type DataPath, displayPath } from '../core/parse.js';
import { childOf, DOCUMENT, isRecord, isTextNode, type SchemaNode, shapeOf } from '../core/text-slots.js';
import { align } from './align.js';

export interface Translation {
  /** Where the text is in the résumé (a text, or a bullet's text). */
  path: DataPath;
  text: string;
}

export interface Translations {
  translations: Translation[];
  /** Texts the other document writes exactly as the résumé: they stay one text for every language. */
  same: number;
  /** What could not be paired or placed, one line each. */
  notes: string[];
}

export interface Names {
  /** The résumé's file and the other document's, as the notes name them. */
  target: string;
  other: string;
}

/** `target` is the résumé in its default language; `other` the same résumé in another language. */
export function translationsOf(target: unknown, other: unknown, names: Names): Translations {
  const walk = new SideBySide(names);
  for (const [key, value] of Object.entries(isRecord(other) ? other : {}))
    if (key !== 'meta' && isRecord(target) && key in target) {
      const node = childOf(DOCUMENT, key);
      if (node) walk.pair(target[key], value, node, [key], [key]);
    }
  return { translations: walk.translations, same: walk.same, notes: walk.notes };
}

class SideBySide {
  readonly translations: Translation[] = [];
  readonly notes: string[] = [];
  same = 0;

  constructor(private readonly names: Names) {}

  pair(a: unknown, b: unknown, node: SchemaNode, at: DataPath, from: DataPath): void {
    const shape = shapeOf(node, a);
    if (!shape) return;
    if (isTextNode(shape)) {
      this.text(a, b, at);
      return;
    }
    // A bullet with tags in the résumé, plain text in the other document.
    if (isRecord(a) && typeof a.text === 'string' && typeof b === 'string') {
      const text = childOf(shape, 'text');
      if (text) this.pair(a.text, b, text, [...at, 'text'], from);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      this.list(a, b, shape, at, from);
      return;
    }
    if (!isRecord(a) || !isRecord(b)) return;
    for (const [key, value] of Object.entries(b)) {
      const sub = childOf(shape, key);
      if (!sub) continue;
      if (key in a) this.pair(a[key], value, sub, [...at, key], [...from, key]);
      else if (hasText(value))
        this.notes.push(
          `${this.names.other} ${displayPath([...from, key])}: not in ${this.names.target}, left out`,
        );
    }
  }

  private text(a: unknown, b: unknown, at: DataPath): void {
    const text = typeof b === 'string' ? b : isRecord(b) && typeof b.text === 'string' ? b.text : undefined;
    if (text === undefined || text.trim() === '') return;
    if (text === a) this.same++;
    else this.translations.push({ path: at, text });
  }

  private list(a: unknown[], b: unknown[], shape: SchemaNode, at: DataPath, from: DataPath): void {
    const items = childOf(shape, 0);
    if (!items) return;
    const { pairs, onlyTarget, onlyOther } = align(a, b);
    for (const [i, j] of pairs) this.pair(a[i], b[j], items, [...at, i], [...from, j]);
    if (onlyOther.length === 0) return;
    const entries = b.some(isRecord);
    if (!entries) {
      this.notes.push(
        `${displayPath(at)}: ${a.length} in ${this.names.target}, ${b.length} in ${this.names.other}, ${pairs.length} paired by their text: ${onlyOther.length} of ${this.names.other} not merged (${indexes(onlyOther)})`,
      );
      return;
    }
    const unpaired = onlyTarget.length ? `; unpaired here: ${indexes(onlyTarget)}` : '';
    for (const j of onlyOther)
      this.notes.push(
        `${this.names.other} ${displayPath([...from, j])}${describe(b[j])}: no entry of ${this.names.target} ${displayPath(at)} has its dates or names, not merged${unpaired}`,
      );
  }
}

/** "[3], [5], [7]", the first few of a long list. */
function indexes(list: number[]): string {
  const shown = list.slice(0, 8).map((i) => `[${i}]`);
  return list.length > shown.length ? `${shown.join(', ')}, … (${list.length} in all)` : shown.join(', ');
}

function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasText);
  return isRecord(value) && Object.values(value).some(hasText);
}

const NAMES = ['position', 'name', 'institution', 'organization', 'title', 'language', 'network'];
const DATES = ['startDate', 'endDate', 'date', 'releaseDate'];

/** " (Engineer · Acme, 2019-03 – 2021-04)": how the user finds an entry. */
function describe(entry: unknown): string {
  if (!isRecord(entry)) return '';
  const pick = (keys: string[]) =>
    keys.map((k) => entry[k]).filter((v): v is string => typeof v === 'string' && v !== '');
  const what = [pick(NAMES).slice(0, 2).join(' · '), pick(DATES).join(' – ')].filter(Boolean).join(', ');
  return what ? ` (${what})` : '';
}
