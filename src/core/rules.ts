// The rules a JSON Schema cannot express: date order, known section ids, tags, variants, themes and locales,
// safe links. They run whether or not the schema passed, so every shape is guarded, and every problem comes at once.
import { languageProblems } from './languages.js';
import { COMMON_LOCALES, isKnownLocale } from './locales.js';
import { isSafeHref, linkTargets } from './markdown.js';
import { STRICT_DATE } from './normalize.js';
import type { DataPath } from './parse.js';
import { listOf, mapOf, type Problem, textOf as text } from './problems.js';
import type { Resume } from './resume-types.js';
import { SYNONYMS } from './schema-problems.js';
import { BUILTIN_SECTIONS, BULLET_LISTS, DATED_LISTS, isBuiltinSection } from './sections.js';
import { didYouMean } from './suggest.js';
import { contentTags } from './tagged.js';
import { unknownThemeMessage } from './unknown-theme.js';

export interface RuleOptions {
  /** Theme names meta.theme may use (the themes module knows them; core does not). */
  themes?: readonly string[];
  /** Whether a theme path in meta.theme leads to a theme folder. */
  themeFolder?: (path: string) => boolean;
  /** Whether a theme name in meta.theme is an installed JSON Resume theme package. */
  themePackage?: (name: string) => boolean;
  /** A theme was given on the command line: meta.theme is not used, so it is not checked. */
  themeGiven?: boolean;
}

/** The document as the rules see it: any shape, guarded at every step. */
interface Seen {
  data: Record<string, unknown>;
  meta: Record<string, unknown>;
  /** Every section id there is: built-ins, then custom ones. */
  ids: string[];
  variants: Record<string, Record<string, unknown>>;
}

type Rule = (seen: Seen, options: RuleOptions) => Problem[];

/** Problems the schema cannot see, from every rule. */
export function semanticProblems(resume: Resume, options: RuleOptions): Problem[] {
  const data = mapOf<unknown>(resume);
  const sections = listOf<Record<string, unknown>>(data.sections);
  const seen: Seen = {
    data,
    meta: mapOf<unknown>(data.meta),
    ids: [...BUILTIN_SECTIONS, ...sections.map((s) => text(s?.id)).filter((id) => id !== undefined)],
    variants: mapOf<Record<string, unknown>>(data.variants),
  };
  return RULES.flatMap((rule) => rule(seen, options));
}

/** An end before its start would print something false. Only valid dates are compared (a malformed one has its
 * own message); the roles of a job with several and the items of custom sections are dated too. */
const datesInOrder: Rule = ({ data }) => [
  ...DATED_LISTS.flatMap((key) =>
    listOf<Record<string, unknown>>(data[key]).flatMap((entry, i): Problem[] => [
      ...endsAfterStart(entry, [key, i]),
      ...listOf<Record<string, unknown>>(entry?.positions).flatMap((role, j) =>
        endsAfterStart(role, [key, i, 'positions', j]),
      ),
    ]),
  ),
  ...customItems(data).flatMap(([item, path]) => endsAfterStart(item, path)),
];

/** Each item of each custom section, with its path. */
function customItems(data: Record<string, unknown>): [Record<string, unknown>, DataPath][] {
  return listOf<Record<string, unknown>>(data.sections).flatMap((section, i) =>
    listOf<Record<string, unknown>>(section?.items).map((item, j): [Record<string, unknown>, DataPath] => [
      item,
      ['sections', i, 'items', j],
    ]),
  );
}

/** A custom item has one date or a span: with both, which one prints would be a guess. */
const oneDateOrSpan: Rule = ({ data }) =>
  customItems(data).flatMap(([item, path]): Problem[] => {
    const span = ['startDate', 'endDate'].filter((k) => item?.[k] !== undefined);
    if (item?.date === undefined || span.length === 0) return [];
    return [
      {
        path: [...path, 'date'],
        message: `a date and a span (${span.join(', ')}) on one item: keep date for one day or month, or startDate/endDate for a span`,
      },
    ];
  });

/** An end before its start would print something false: in our format an error to fix; in a JSON Resume
 * document the entry is shown without its dates, with a warning that says so. */
function endsAfterStart(entry: Record<string, unknown> | undefined, path: DataPath): Problem[] {
  const [start, end] = [text(entry?.startDate), text(entry?.endDate)];
  if (!entry || !start || !end || !STRICT_DATE.test(start) || !STRICT_DATE.test(end) || end >= start)
    return [];
  const repair = () => {
    delete entry.startDate;
    delete entry.endDate;
  };
  const message = `ends (${end}) before it starts (${start})`;
  return [
    { path: [...path, 'endDate'], message, soft: 'shown without its dates until they are fixed', repair },
  ];
}

const customSectionIds: Rule = ({ data }) => {
  const problems: Problem[] = [];
  const seenIds = new Set<string>();
  for (const [i, section] of listOf<Record<string, unknown>>(data.sections).entries()) {
    const id = text(section?.id);
    if (id === undefined) continue;
    if (isBuiltinSection(id))
      problems.push({
        path: ['sections', i, 'id'],
        message: `"${id}" is a built-in section; choose another id`,
      });
    else if (seenIds.has(id))
      problems.push({ path: ['sections', i, 'id'], message: `two custom sections have the id "${id}"` });
    seenIds.add(id);
  }
  return problems;
};

/** Section ids in an order list (meta.order, a variant's order) that name no section. */
function unknownInOrder(order: unknown, base: DataPath, ids: string[]): Problem[] {
  return listOf<unknown>(order).flatMap((id, i): Problem[] =>
    typeof id === 'string' && !ids.includes(id)
      ? [{ path: [...base, i], message: `unknown section "${id}"${sectionHint(id, ids)}` }]
      : [],
  );
}

const sectionNames: Rule = ({ meta, ids, variants }) => [
  ...unknownInOrder(meta.order, ['meta', 'order'], ids),
  ...Object.keys(mapOf(meta.titles))
    .filter((id) => !ids.includes(id))
    .map(
      (id): Problem => ({
        path: ['meta', 'titles', id],
        message: `unknown section "${id}"${sectionHint(id, ids)}`,
        at: 'key',
      }),
    ),
  ...Object.entries(variants).flatMap(([name, v]) =>
    unknownInOrder(v?.order, ['variants', name, 'order'], ids),
  ),
];

const PACKAGE_NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/;

const themeExists: Rule = ({ meta }, options) => {
  const theme = text(meta.theme);
  if (theme === undefined || options.themeGiven) return [];
  const { themes, themePackage, themeFolder } = options;
  if (PACKAGE_NAME.test(theme) && themes && !themes.includes(theme) && !themePackage?.(theme)) {
    // A folder of that name beside the résumé: only the ./ was missing.
    const folder = themeFolder?.(`./${theme}`) ?? false;
    return [{ path: ['meta', 'theme'], message: unknownThemeMessage(theme, themes, folder) }];
  }
  if (/^(\.{1,2})?\//.test(theme) && themeFolder && !themeFolder(theme))
    return [
      {
        path: ['meta', 'theme'],
        message: `no theme folder at ${theme} (no theme.json there; paths are relative to the résumé)`,
      },
    ];
  return [];
};

/** What the schema takes for a locale: one it refuses is said by the schema, once. */
const LOCALE_FORM = /^[a-z]{2,3}(-[A-Z]{2})?$/;

const localeExists: Rule = ({ meta }) => {
  const locale = text(meta.locale);
  return locale === undefined || !LOCALE_FORM.test(locale) || isKnownLocale(locale)
    ? []
    : [
        {
          path: ['meta', 'locale'],
          message: `unknown locale "${locale}"${didYouMean(locale, COMMON_LOCALES)}: use a language code such as en, de, fr or en-GB`,
          soft: 'the default, en, is used',
          // A locale the runtime does not know cannot format dates: the default is used.
          repair: () => {
            delete meta.locale;
          },
        },
      ];
};

/** A variant's tags must be carried by some content, or it would select nothing. */
const variantTags: Rule = ({ data, variants }) => {
  const tags = contentTags(data as unknown as Resume);
  return Object.entries(variants).flatMap(([name, variant]) =>
    (['tags', 'excludeTags'] as const).flatMap((field) =>
      listOf<unknown>(variant?.[field]).flatMap((tag, i): Problem[] =>
        typeof tag === 'string' && !tags.includes(tag)
          ? [
              {
                path: ['variants', name, field, i],
                message: `no content is tagged "${tag}"${didYouMean(tag, tags)}`,
              },
            ]
          : [],
      ),
    ),
  );
};

/** Every output of --all-variants has a name of its own: the plain résumé's (resume), each variant's (its output,
 * else resume-<name>). A clash is found here, not only by a build of all variants. */
const variantOutputs: Rule = ({ variants }) => {
  const owners = new Map<string, string>([['resume', 'the plain résumé']]);
  return Object.entries(variants).flatMap(([name, variant]): Problem[] => {
    const given = text(variant?.output);
    const stem = given ?? `resume-${name}`;
    const other = owners.get(stem);
    owners.set(stem, `the variant "${name}"`);
    if (!other) return [];
    return [
      {
        path: given ? ['variants', name, 'output'] : ['variants', name],
        at: given ? undefined : 'key',
        message: `"${stem}" is ${other}'s output name too: --all-variants would write both to ${stem}.*; give each its own output`,
        soft: '--all-variants refuses to build until it is renamed',
      },
    ];
  });
};

/** Links inside text (markdown) are held to the same schemes as link fields. */
const safeLinks: Rule = ({ data }) => {
  const problems: Problem[] = [];
  walkStrings(data, (value, path) => {
    for (const href of linkTargets(value))
      if (!isSafeHref(href))
        problems.push({
          path,
          find: href,
          message: `link "${href}" is not allowed: use an http(s)://, mailto: or tel: address`,
          soft: 'its text is shown, not linked',
        });
  });
  return problems;
};

/** Text written for a variant (basics.alt, a bullet's alt) names a variant that exists, and says a thing once. */
const altTexts: Rule = ({ data, variants }) => {
  const names = Object.keys(variants);
  const unknown = (path: DataPath, v: string): Problem => ({
    path,
    message: `unknown variant "${v}"${didYouMean(v, names)}`,
    at: 'key',
  });
  const problems: Problem[] = [];
  for (const [name, alt] of Object.entries(mapOf<Record<string, unknown>>(mapOf(data.basics).alt))) {
    const variant = variants[name];
    if (!variant) {
      problems.push(unknown(['basics', 'alt', name], name));
      continue;
    }
    for (const field of ['label', 'summary'] as const)
      if (alt?.[field] && variant[field])
        problems.push({
          path: ['variants', name, field],
          message: `the ${field} for "${name}" is also in basics.alt.${name}.${field}: keep one of them`,
          at: 'key',
        });
  }
  for (const key of BULLET_LISTS)
    for (const [i, entry] of listOf<Record<string, unknown>>(data[key]).entries())
      for (const [j, h] of listOf<unknown>(entry?.highlights).entries())
        for (const v of Object.keys(mapOf(mapOf(h).alt)))
          if (!names.includes(v)) problems.push(unknown([key, i, 'highlights', j, 'alt', v], v));
  return problems;
};

/** meta.languages, and texts given per language: keys among the languages, the default's text there. */
const languageMaps: Rule = ({ data }) => languageProblems(data);

const RULES: Rule[] = [
  datesInOrder,
  oneDateOrSpan,
  customSectionIds,
  sectionNames,
  themeExists,
  localeExists,
  variantTags,
  variantOutputs,
  safeLinks,
  altTexts,
  languageMaps,
];

/** "; did you mean …?" for a section id, and the ids there are. */
function sectionHint(id: string, ids: string[]): string {
  const synonym = SYNONYMS[id.toLowerCase()];
  const mean = synonym && ids.includes(synonym) ? `; did you mean "${synonym}"?` : didYouMean(id, ids);
  return `${mean || ';'} (sections: ${ids.join(', ')})`;
}

/** Calls `visit` for every string of the document with its path. */
function walkStrings(
  value: unknown,
  visit: (text: string, path: DataPath) => void,
  path: DataPath = [],
): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) walkStrings(v, visit, [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkStrings(v, visit, [...path, k]);
  }
}
