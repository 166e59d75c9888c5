// Characters no output can hold: control characters (a YAML "\u0001", a JSON "\u001b"), which make a DOCX's XML
// ill-formed and drive a terminal, and what XML forbids besides (a lone surrogate, U+FFFE, U+FFFF). Found in the
// parsed data with their paths, and dropped, each place a warning at its line.
import type { DataPath } from './parse.js';

/** Tab, newline and carriage return are text; every other C0 control, DEL, the C1 controls, the two
 * non-characters XML excludes, and a surrogate without its pair are not. */
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const EVERY = new RegExp(CONTROL.source, 'g');

export interface ControlNotice {
  path: DataPath;
  message: string;
  /** Point at the key (a key held the character) rather than its value. */
  at?: 'key';
}

/** The text without the characters no output can hold. */
export function withoutControls(text: string): string {
  return text.replace(EVERY, '');
}

/** U+001B, as messages name a character. */
export function codeOf(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function notice(text: string, path: DataPath, at?: 'key'): ControlNotice {
  const found = [...new Set(text.match(EVERY))].map(codeOf);
  const message =
    found.length === 1
      ? `a control character (${found[0]}) dropped: it cannot stand in a document (write the text without it)`
      : `control characters (${found.join(', ')}) dropped: they cannot stand in a document (write the text without them)`;
  return {
    path,
    message,
    ...(at && { at }),
  };
}

/** Removes the characters from every string of `data`, keys included (in place), and says where each was. */
export function dropControlChars(data: unknown): ControlNotice[] {
  const notices: ControlNotice[] = [];
  const stack: { value: unknown; path: DataPath }[] = [{ value: data, path: [] }];
  const clean = (v: unknown, path: DataPath): unknown => {
    if (typeof v !== 'string' || !CONTROL.test(v)) {
      stack.push({ value: v, path });
      return v;
    }
    notices.push(notice(v, path));
    return withoutControls(v);
  };
  while (stack.length) {
    const { value, path } = stack.pop() as { value: unknown; path: DataPath };
    if (Array.isArray(value)) for (const [i, item] of value.entries()) value[i] = clean(item, [...path, i]);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const renamed = Object.keys(record).some((key) => CONTROL.test(key));
      const entries = Object.entries(record).map(([key, v]): [string, unknown] => {
        const cleaned = clean(v, [...path, key]);
        if (!renamed && cleaned !== v) define(record, key, cleaned);
        if (!CONTROL.test(key)) return [key, cleaned];
        notices.push(notice(key, [...path, key], 'key'));
        return [withoutControls(key), cleaned];
      });
      if (!renamed) continue;
      // Rebuilt in order: the order of keys is the order of sections and variants.
      for (const key of Object.keys(record)) delete record[key];
      for (const [key, v] of entries) define(record, key, v);
    }
  }
  return notices;
}

/** Sets an own property, whatever its name ("__proto__" as a key is data, not the prototype). */
function define(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
