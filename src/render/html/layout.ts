// Which sections go where in a theme with a sidebar. A PDF's text is read page by page, and on each page column
// by column: a sidebar that ran on to page 2 would be read after page 1's main column, out of order. So the
// sidebar takes, in the résumé's order, the sections it may hold that surely fit beside the first page; the rest
// (a long skills list, say) flow in the main column. The fit is estimated from the text's length (the HTML is
// made without a layout engine), with a margin for the estimate's error.
import { type Inline, plainText } from '../../core/markdown.js';
import { unknownKind, type ViewModel, type ViewSection } from '../../core/view.js';
import type { ThemeFolder, ThemeLayout } from '../theme-folder.js';
import { viewTokens } from '../tokens.js';

export interface Regions {
  sidebar: ViewSection[];
  main: ViewSection[];
}

/** The share of the estimated room the sidebar may fill: the estimate errs by up to a few lines. */
const SAFETY = 0.9;

export function regions(view: ViewModel, layout: ThemeLayout | undefined, bodyPt: number): Regions {
  const side = layout?.sidebar;
  if (!side) return { sidebar: [], main: view.sections };
  // A larger font holds fewer lines and characters.
  const scale = side.bodyPt / bodyPt;
  const chars = Math.floor(side.chars * scale);
  let room = side.lines * scale * SAFETY - (view.contacts.length ? 2 + view.contacts.length : 0);
  const sidebar: ViewSection[] = [];
  for (const section of view.sections) {
    if (!side.sections.includes(section.id)) continue;
    const lines = estimateLines(section, chars);
    if (lines > room) continue;
    room -= lines;
    sidebar.push(section);
  }
  return { sidebar, main: view.sections.filter((s) => !sidebar.includes(s)) };
}

/** The view with its sections in the order a reader of the theme's HTML or PDF meets them: the sidebar first. */
export function readingOrder(view: ViewModel, theme: ThemeFolder): ViewModel {
  if (!theme.layout) return view;
  const { sidebar, main } = regions(view, theme.layout, viewTokens(theme.tokens, view).fontSize);
  return { ...view, sections: [...sidebar, ...main] };
}

/** Lines a section takes in a column `chars` characters wide: its title, then each item (an entry's heading
 * lines, a group's name on its own line, an item's label run in with its text), with a little space between. */
export function estimateLines(section: ViewSection, chars: number): number {
  const wrap = (text: string | undefined, indent = 0) =>
    text ? Math.ceil(text.length / Math.max(8, chars - indent)) : 0;
  const inline = (tokens: Inline[]) => plainText(tokens);
  let lines = 2;
  switch (section.kind) {
    case 'summary':
      for (const p of section.paragraphs) lines += wrap(inline(p)) + 0.4;
      for (const b of section.bullets) lines += wrap(inline(b), 3);
      break;
    case 'entries':
      for (const e of section.entries) {
        lines += wrap(e.title) + wrap(e.org) + wrap(e.date) + wrap(e.location) + wrap(e.detail) + 0.6;
        for (const p of e.description) lines += wrap(inline(p));
        for (const h of e.highlights) lines += wrap(inline(h), 3);
        lines += wrap(e.keywords);
      }
      break;
    case 'groups':
      for (const g of section.groups)
        lines += wrap(`${g.name} ${g.detail ?? ''}`) + wrap(g.keywords.map(inline).join(', ')) + 0.3;
      break;
    case 'items':
      for (const item of section.items) lines += wrap(`${item.label ?? ''}: ${inline(item.text)}`) + 0.4;
      break;
    default:
      return unknownKind(section);
  }
  return lines;
}
