// A setting written another way than the schema's that plainly means one of its values: another case
// (`paper: letter`, `bullet: Dash`, as the command line takes `--paper letter`), or a language by its name
// (`locale: English`, `Deutsch`) or with an underscore (`en_GB`). Read as that value, with a warning saying how to
// write it, in our format as in any other. The values come from the schema, their one home.
import schema from '../../schema/resume.schema.json' with { type: 'json' };
import { TRANSLATED } from './locales.js';
import type { Notice } from './normalize.js';
import type { DataPath } from './parse.js';

const { meta, basics } = schema.$defs;
const localePattern = new RegExp(meta.properties.locale.pattern);

/** Each setting with a fixed set of values: where it is, and its values. A list's items are each a setting. */
const SETTINGS: [DataPath, readonly string[]][] = [
  [['meta', 'paper'], meta.properties.paper.enum],
  [['meta', 'design', 'dateFormat'], meta.properties.design.properties.dateFormat.enum],
  [['meta', 'design', 'bullet'], meta.properties.design.properties.bullet.enum],
  [['basics', 'privateFields'], basics.properties.privateFields.items.enum],
];

const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** Reads, in place, each setting written another way (see above) as the schema's value. */
export function readLooseSettings(data: unknown): Notice[] {
  const notices: Notice[] = [];
  const locale = localeOf(record(data)?.meta);
  if (locale) notices.push(locale);
  for (const [path, values] of SETTINGS) {
    const holder = path
      .slice(0, -1)
      .reduce<Record<string, unknown> | undefined>((at, key) => record(at?.[key]), record(data));
    const key = path.at(-1) as string;
    const value = holder?.[key];
    if (!holder) continue;
    if (Array.isArray(value))
      value.forEach((item, i) => {
        const read = settingOf(item, values);
        if (read === undefined) return;
        value[i] = read;
        notices.push(noticeOf([...path, i], item as string, read));
      });
    else {
      const read = settingOf(value, values);
      if (read === undefined) continue;
      holder[key] = read;
      notices.push(noticeOf(path, value as string, read));
    }
  }
  return notices;
}

/** The schema's value `written` stands for, when it is not already that value. */
function settingOf(written: unknown, values: readonly string[]): string | undefined {
  if (typeof written !== 'string' || values.includes(written)) return undefined;
  const plain = written.trim().toLowerCase();
  return values.find((v) => v.toLowerCase() === plain);
}

const noticeOf = (path: DataPath, written: string, read: string): Notice => ({
  path,
  message: `"${written}" read as "${read}" (write ${read})`,
});

/** Our languages by their names, in English and in their own words: "english", "deutsch", "german". */
let languageNames: Map<string, string> | undefined;
export function languageNamed(name: string): string | undefined {
  languageNames ??= new Map(
    TRANSLATED.flatMap((code) => {
      const names = [
        new Intl.DisplayNames(['en'], { type: 'language' }),
        new Intl.DisplayNames([code], { type: 'language' }),
      ];
      return names.map((n): [string, string] => [(n.of(code) ?? code).toLowerCase(), code]);
    }),
  );
  return languageNames.get(name.trim().toLowerCase());
}

/** meta.locale as a language's name or with an underscore or another case ("en_gb"): read as its code. */
function localeOf(metaValue: unknown): Notice | undefined {
  const meta = record(metaValue);
  const written = meta?.locale;
  if (!meta || typeof written !== 'string' || localePattern.test(written)) return undefined;
  const parts = /^\s*([a-z]{2,3})[-_]([a-z]{2})\s*$/i.exec(written);
  const read = parts
    ? `${parts[1]?.toLowerCase()}-${parts[2]?.toUpperCase()}`
    : (languageNamed(written) ??
      (/^\s*[a-z]{2,3}\s*$/i.test(written) ? written.trim().toLowerCase() : undefined));
  if (read === undefined) return undefined;
  meta.locale = read;
  return noticeOf(['meta', 'locale'], written, read);
}
