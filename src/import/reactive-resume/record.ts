// Reactive Resume's app keeps each résumé in a record of its own (id, title, slug, dates) with the document under
// `data`, and its API lists those records: an export can be the document, its record, or a list of records.
// The record's own keys are the app's bookkeeping, not the résumé's.
import type { DataPath } from '../../core/parse.js';
import { UserError } from '../../errors.js';
import { isRecord, type Json, text } from '../values.js';

export interface Found {
  /** The document itself: basics, sections, metadata. */
  document: Json;
  /** Where it is written in the file: [] for the file itself, ['data'] in a record, [0, 'data'] in a list. */
  at: DataPath;
}

/** The document in `data` (the file, a record around it, or a list of records), when it looks like one; a
 * list of several records is found too (their first), for `documentIn` to refuse by name. */
export function findDocument(data: unknown, looksLike: (document: Json) => boolean): Found | undefined {
  const records = Array.isArray(data) ? data : [data];
  if (records.length === 0 || !records.every(isRecord)) return undefined;
  const found = records.map((r) => (isRecord(r.data) && looksLike(r.data) ? r.data : r));
  if (!found.every(looksLike)) return undefined;
  const wrapped = found[0] !== records[0];
  const at: DataPath = [...(Array.isArray(data) ? [0] : []), ...(wrapped ? ['data'] : [])];
  return { document: found[0] as Json, at };
}

/** The one document of the file; a list of several records is refused, naming them: this tool builds one
 * résumé from a file, and taking the first would build one the user may not have meant. */
export function documentIn(name: string, data: unknown, found: Found | undefined): Found {
  if (!found) return { document: {}, at: [] };
  if (!Array.isArray(data) || data.length === 1) return found;
  const titles = data.map((r, i) => `"${text(isRecord(r) ? r.title : undefined) ?? `record ${i + 1}`}"`);
  throw new UserError(
    `${name} holds ${data.length} Reactive Resume records (${titles.join(', ')}): this tool reads one résumé a file; save the one you want on its own (the record, or its "data") and read that file`,
  );
}
