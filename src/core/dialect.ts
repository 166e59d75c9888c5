// Which reading a document gets. A file that declares our schema (the `# yaml-language-server: $schema=…` line
// that init and import write, or a `$schema` key naming it) is our format, read strictly: an unknown key is a
// typo to fix, never something to drop. Any other file is a JSON Resume document, in JSON or YAML syntax alike,
// read leniently: what the tool can place is read, each guess a warning that says the fix. A document that names
// its languages as our format does (meta.languages, a list of language codes) uses what only our format has, and
// is read as ours too; JSON Resume themes have their own `languages: "en,fr"`, which stays a JSON Resume document.

import { languagesOf } from './languages.js';
import { LANGUAGE_CODE } from './text-slots.js';

export type Dialect = 'ours' | 'jsonresume';

/** Our schema's file name, wherever it lives (a relative path, the package, a URL); JSON Resume's is schema.json. */
const OUR_SCHEMA = /(^|[/\\])resume\.schema\.json$/;
const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m;

export function dialectOf(text: string, data: unknown): Dialect {
  const declared = MODELINE.exec(text)?.[1];
  const key =
    data && typeof data === 'object' && !Array.isArray(data)
      ? (data as { $schema?: unknown }).$schema
      : undefined;
  const named = [declared, typeof key === 'string' ? key : undefined];
  if (named.some((ref) => ref !== undefined && OUR_SCHEMA.test(ref.trim()))) return 'ours';
  return writtenInLanguages(data) ? 'ours' : 'jsonresume';
}

function writtenInLanguages(data: unknown): boolean {
  const languages = languagesOf(data);
  return languages.length > 0 && languages.every((code) => LANGUAGE_CODE.test(code));
}
