// `resume import other.json --locale de --into resume.yaml`: a second-language document merged into a résumé's
// YAML as translations. Its texts are paired with the résumé's (translation.ts), each written beside the text
// it translates, in the résumé's own file: comments, order and layout kept (yaml-splice.ts). The file written
// is read back before it is used; should a splice not read as intended, the yaml Document writes the same
// change (comments and order still kept, the layout of the library).
import { isDeepStrictEqual } from 'node:util';
import type { Document } from 'yaml';
import { inLanguage, languageFor, languagesOf } from '../core/languages.js';
import { mapOf, textOf } from '../core/problems.js';
import { yamlLibrary } from '../core/to-yaml.js';
import { UserError } from '../errors.js';
import { type Names, type Translation, translationsOf } from './translation.js';
import { addLanguage, applySplices, type Place, type Splice, setInMap, textToMap } from './yaml-splice.js';

export interface MergeInput {
  /** The résumé's YAML as written (the caller has validated it). */
  text: string;
  /** The same résumé in another language, read. */
  other: unknown;
  language: string;
  /** Replace translations into `language` the résumé already has. */
  replace: boolean;
  names: Names;
}

export interface Merged {
  text: string;
  /** The language merged in, as meta.languages names it. */
  language: string;
  /** Texts translated into it by this merge. */
  added: number;
  /** Texts the other document writes as the résumé does: one text for every language. */
  same: number;
  /** Translations the résumé had already, the same as the other file's (a merge run again). */
  present: number;
  /** Translations the résumé had already, kept (`replace` changes them). */
  kept: number;
  notes: string[];
}

export async function mergeLanguage(input: MergeInput): Promise<Merged> {
  const yaml = await yamlLibrary();
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(input.text, { lineCounter: lines, version: '1.2', schema: 'core' });
  const written = doc.toJS() as unknown;
  const { first, language } = languagesFor(written, input);
  const found = translationsOf(inLanguage(written, first), input.other, input.names);
  const place: Place = { doc, lines, source: input.text };
  const changes = chosen(doc, found.translations, language, input.replace);
  const splices: Splice[] = await addLanguage(place, first, language);
  for (const t of changes.apply)
    splices.push(
      ...(yaml.isMap(doc.getIn(t.path, true))
        ? await setInMap(place, t.path, language, t.text)
        : await textToMap(place, t.path, { first, language, text: t.text })),
    );
  const spliced = applySplices(input.text, splices);
  const edited = viaDocument(yaml, doc, changes.apply, { first, language });
  const text = isDeepStrictEqual(yaml.parse(spliced, { version: '1.2' }), edited.toJS())
    ? spliced
    : edited.toString({ lineWidth: 0 });
  return {
    text,
    language,
    added: changes.apply.length,
    same: found.same,
    present: changes.same,
    kept: changes.kept,
    notes: found.notes,
  };
}

/** The résumé's default language, and the code the merged one goes by (de-AT merges into a listed de). */
function languagesFor(written: unknown, input: MergeInput): { first: string; language: string } {
  const languages = languagesOf(written);
  const first = languages[0] ?? textOf(mapOf(mapOf(written).meta).locale);
  const { target } = input.names;
  if (!first)
    throw new UserError(
      `${target} does not say which language it is written in: add languages: [en] (its language) under meta, then merge ${input.language} into it`,
    );
  const language = languageFor(input.language, languages) ?? input.language;
  if (languageFor(language, [first]))
    throw new UserError(
      `${input.language} is the language ${target} is written in (${first}): merge another one`,
    );
  return { first, language };
}

/** Which translations change the file: not one it has already (unless replacing), not one it has the same. */
function chosen(doc: Document.Parsed, translations: Translation[], language: string, replace: boolean) {
  const apply: Translation[] = [];
  let kept = 0;
  let same = 0;
  for (const t of translations) {
    const current = doc.getIn([...t.path, language]);
    if (typeof current !== 'string') apply.push(t);
    else if (current === t.text) same++;
    else if (replace) apply.push(t);
    else kept++;
  }
  return { apply, kept, same };
}

/** The same change made through the yaml Document (a copy of it). */
function viaDocument(
  yaml: typeof import('yaml'),
  doc: Document.Parsed,
  apply: Translation[],
  { first, language }: { first: string; language: string },
): Document {
  const copy = doc.clone();
  for (const { path, text } of apply) {
    const node = copy.getIn(path, true);
    if (yaml.isMap(node)) node.set(language, text);
    else copy.setIn(path, copy.createNode({ [first]: node, [language]: text }));
  }
  const list = copy.getIn(['meta', 'languages'], true);
  if (!yaml.isSeq(list))
    copy.setIn(['meta', 'languages'], copy.createNode([first, language], { flow: true }));
  else if (!list.items.some((i) => yaml.isScalar(i) && i.value === language)) list.add(language);
  return copy;
}
