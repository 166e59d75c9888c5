// A RenderCV section with no built-in place here (a second experience section, "Talks", "Patents") as one of
// our custom sections, whose items are a bold label, a text, dates and bullets: an entry becomes one item (its
// title as the label, its place and summary as the text, its dates and bullets as the item's). Only the entries
// that are a text alone (bullets, numbered lines) are an item each.
import type { DataPath } from '../../core/parse.js';
import type { CustomSection } from '../../core/resume-types.js';
import { plainText } from '../plain-text.js';
import type { Report } from '../report.js';
import type { Sources } from '../sources.js';
import { isRecord, type Json, link, text, texts } from '../values.js';
import { datesOfItem, type EntryType, FIELDS, highlightsOf } from './entries.js';
import { absorbExtras } from './extras.js';
import { entryFields, itemOf } from './sources.js';

type Item = CustomSection['items'][number];

/** The key that holds the text of an entry of a type that is only a text. */
const TEXT_KEY: Partial<Record<EntryType, string>> = {
  Bullet: 'bullet',
  Numbered: 'number',
  ReversedNumbered: 'reversed_number',
};

/** The items of one entry (written at `from`) of the section at `section`, whose first item will be item `first`
 * there; each marked with where it was written. */
export function customItems(
  entry: unknown,
  type: EntryType,
  section: DataPath,
  first: number,
  report: Report,
  source: { sources: Sources; from: DataPath },
): Item[] {
  const items = itemsOf(entry, type, section, first, report);
  const { sources, from } = source;
  const key = TEXT_KEY[type];
  for (const [i, item] of items.entries()) {
    // An entry's item is made from several of its keys; an entry that is a text is one item per text.
    const at = key && isRecord(entry) ? itemOf(entry[key], [...from, key], i) : from;
    sources.mark(item, at, isRecord(entry) ? dateFields(item, entryFields(entry, from)) : undefined);
  }
  return items;
}

/** Where the item's dates were written: the entry's date, start_date or end_date key. */
function dateFields(item: Item, fields: Record<string, DataPath>): Record<string, DataPath> {
  return Object.fromEntries(
    (['date', 'startDate', 'endDate'] as const).flatMap((k) => {
      const from = k === 'date' ? (fields.date ?? fields.endDate) : fields[k];
      return item[k] && from ? [[k, from]] : [];
    }),
  );
}

function itemsOf(entry: unknown, type: EntryType, section: DataPath, first: number, report: Report): Item[] {
  const plain = text(entry);
  if (plain) return [{ text: plain }];
  if (!isRecord(entry)) {
    report.keep(section, 'entry', entry);
    return [];
  }
  const e = entry;
  // What the entry leaves over is kept under its first item, so two entries' left-overs stay apart.
  const at = [...section, 'items', first];
  switch (type) {
    case 'OneLine':
      absorbExtras(e, FIELDS.OneLine, at, report, {});
      return [labelled(text(e.label), text(e.details))];
    case 'Bullet':
    case 'Numbered':
    case 'ReversedNumbered': {
      absorbExtras(e, FIELDS[type], at, report, {});
      return texts(e[TEXT_KEY[type] as string]).map((t) => ({ text: t }));
    }
    default:
      return entryItems(e, type, at, report);
  }
}

function entryItems(e: Json, type: EntryType, at: DataPath, report: Report): Item[] {
  // The label is plain text: links written in it go to the item's url.
  const links: string[] = [];
  const plain = (v: unknown) => {
    const read = plainText(v);
    links.push(...read.links);
    return read.text;
  };
  const title =
    type === 'Experience'
      ? [plain(e.position), plain(e.company)].filter(Boolean).join(', ')
      : type === 'Education'
        ? [[plain(e.degree), plain(e.area)].filter(Boolean).join(' in '), plain(e.institution)]
            .filter(Boolean)
            .join(', ')
        : (plain(e.name) ?? plain(e.title));
  const authors = type === 'Publication' ? texts(e.authors).join(', ') : undefined;
  // A DOI is printed as RenderCV prints it, beside the journal: a printed copy keeps it.
  const doi = text(e.doi);
  const printed = type === 'Publication' ? doi : undefined;
  const facts = [authors, text(e.journal), printed, text(e.location)].filter(Boolean).join(' · ');
  const head = labelled(
    title || undefined,
    [facts, text(e.summary)].filter(Boolean).join(' — ') || undefined,
  );
  const url = doi ? `https://doi.org/${doi}` : (link(e.url)?.url ?? link(links.shift())?.url);
  if (url) head.url = url;
  for (const href of links)
    report.keep(at, 'link', href, 'links written inside names and titles, kept as comments');
  // Bullets and the place are read here for every type, a publication's too (RenderCV's own fields for it have
  // none): a course written with a title only is a publication entry to RenderCV.
  const bullets = highlightsOf(e);
  const known = [...FIELDS[type], 'highlights', 'location'];
  absorbExtras(e, known, at, report, { url: (u) => (head.url ??= u), bullets });
  // An entry that says nothing but its bullets: the first is its line.
  if (!head.text && bullets.length) head.text = bullets.shift() as string;
  if (bullets.length) head.highlights = bullets;
  Object.assign(head, datesOfItem(e, at, report));
  return [head];
}

/** "**label:** text", or the label alone as the text. */
function labelled(label: string | undefined, body: string | undefined): Item {
  if (label && body) return { label, text: body };
  return { text: body ?? label ?? '' };
}
