// Stage 4, fit: --max-pages fits a résumé on N pages by shrinking, in order, the vertical spacing, the line height and the
// font size, never below the theme's floor. The ladder of steps is fixed, so the same input gives the same
// output; the first print tells whether anything is needed, and a binary search over the ladder finds the
// gentlest step that fits in at most four more prints. A résumé tailored to a posting may first tighten its
// spacing (to MILD_STEP, its size untouched), and loses its least relevant bullets only where that is not enough,
// then the least relevant entries of its long lists (see planTailoring): as few as fit at that spacing, found by a
// binary search too; the size shrinks only when losing them all is not enough either.
import type { Fit } from '../core/view.js';
import { UsageError, UserError } from '../errors.js';
import { isLetter, type PageView } from '../letter/view.js';
import { lastPageFill, pageCount } from '../render/pdf/fill.js';
import type { Theme } from '../render/theme.js';
import { letterText, resolveTokens } from '../render/tokens.js';
import type { RenderContext } from '../render/types.js';
import type { AnyDocument, Document } from './prepare.js';
import type { RenderedOutput } from './render.js';

export interface FitSettings {
  bodyPt: number;
  leading: number;
  minBodyPt: number;
}

/** The steps, gentlest first: spacing, then line height, then the body size down to the floor. */
export function fitLadder(theme: FitSettings): Fit[] {
  const { bodyPt, leading, minBodyPt } = theme;
  const tight = Math.max(1.18, leading - 0.1);
  const steps: Fit[] = [
    { space: 0.8, leading, bodyPt },
    { space: 0.6, leading, bodyPt },
    { space: 0.5, leading: (leading + tight) / 2, bodyPt },
    { space: 0.4, leading: tight, bodyPt },
  ];
  for (const size of [bodyPt - 0.4, bodyPt - 0.7])
    if (size > minBodyPt) steps.push({ space: 0.4, leading: tight, bodyPt: size });
  steps.push({ space: 0.35, leading: tight, bodyPt: minBodyPt });
  return steps.map((s) => ({ ...s, leading: Math.round(s.leading * 100) / 100 }));
}

export function describeFit(fit: Fit, theme: FitSettings): string {
  const parts = [`spacing ${fit.space.toFixed(2)}×`];
  if (fit.leading !== theme.leading) parts.push(`line height ${fit.leading}`);
  parts.push(`body ${fit.bodyPt} pt`);
  return parts.join(', ');
}

const pages = (n: number) => `${n} ${n === 1 ? 'page' : 'pages'}`;

/** How a document is named in what fitting says, and how its page budget is raised where it was set. */
export interface Budgeted {
  name: string;
  /** The setting that allows `n` pages: "--max-pages 3", "maxPages: 3 in variants.acme". */
  allow?: (n: number) => string;
  /** Sections with nothing a posting asks for: the first a variant's order could leave out. */
  unmatched?: readonly string[];
  /** What the sizes are as the page prints them, for what is said (a letter's text is set larger than the body). */
  shown?: (fit: Fit) => Fit;
}

/** Even the theme's floor does not fit the pages: what it would take, and what would help. */
export class PagesOverflow extends UserError {
  constructor(readonly reason: string) {
    super(`${reason}; nothing was written`);
  }
}

/** The view fitted to `maxPages` (the view itself when it already fits), with what was done; throws a
 * PagesOverflow when even the floor does not fit. */
export async function fitToPages<V extends PageView>(
  view: V,
  ctx: RenderContext,
  maxPages: number,
  theme: FitSettings,
  { name, allow = (n) => `--max-pages ${n}`, shown = (fit) => fit, unmatched = [] }: Budgeted,
): Promise<{ view: V; note?: string }> {
  const said = (fit: Fit) =>
    describeFit(shown(fit), { ...theme, leading: shown({ space: 1, ...theme }).leading });
  const printed = async (v: V) => pageCount(await ctx.print(v));
  const natural = await printed(view);
  if (natural <= maxPages) return { view };
  const ladder = fitLadder(theme);
  const at = (i: number): V => ({ ...view, fit: ladder[i] as Fit });
  const floor = await printed(at(ladder.length - 1));
  if (floor > maxPages) {
    throw new PagesOverflow(
      `${name} does not fit on ${pages(maxPages)}: it takes ${natural}, and still ${floor} at the smallest the theme allows ` +
        `(${said(ladder.at(-1) as Fit)}): ${pages(floor - maxPages)} over. ` +
        `Shorten it${isLetter(view) ? '' : ` (a variant's order: can leave whole sections out${unmatchedSaid(unmatched)}; -t compact is denser)`}, ` +
        `or allow ${floor}: ${allow(floor)}`,
    );
  }
  // The gentlest step that fits: binary search over the steps before the floor.
  let lo = 0;
  let hi = ladder.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await printed(at(mid))) <= maxPages) hi = mid;
    else lo = mid + 1;
  }
  const fit = ladder[hi] as Fit;
  return { view: at(hi), note: `fitted ${name} to ${pages(maxPages)} (from ${natural}): ${said(fit)}` };
}

function unmatchedSaid(ids: readonly string[]): string {
  if (!ids.length) return '';
  return `, such as ${ids.join(', ')}, with nothing the posting asks for`;
}

/** The ladder's step a tailored résumé may take before it loses a bullet: tighter spacing, the same type. A
 * relevant bullet is worth more than a little white space. */
const MILD_STEP = 1;

/** The document without as few of its least relevant bullets (then entries) as make it fit at `allowedFit` (a
 * step the sizes may take anyway, see MILD_STEP); all of them when even that is not enough (the sizes then shrink
 * further). Pages only ever grow back as they return, so a binary search finds how many. */
export async function cutToPages<D extends AnyDocument>(
  doc: D,
  ctx: RenderContext,
  maxPages: number,
  allowedFit?: Fit,
): Promise<{ doc: D; note?: string }> {
  const cuts = 'cuts' in doc ? doc.cuts : undefined;
  if (!cuts || cuts.order.length === 0) return { doc };
  const viewOf = (n: number) => (n === 0 ? doc.view : cuts.view(n));
  const printed = async (n: number, fit?: Fit) =>
    pageCount(await ctx.print(fit ? { ...viewOf(n), fit } : viewOf(n)));
  const natural = await printed(0);
  if (natural <= maxPages || (allowedFit && (await printed(0, allowedFit)) <= maxPages)) return { doc };
  const without = (n: number) => printed(n, allowedFit);
  let lo = 1;
  let hi = cuts.order.length;
  if ((await without(hi)) <= maxPages) {
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if ((await without(mid)) <= maxPages) hi = mid;
      else lo = mid + 1;
    }
  }
  const dropped = cuts.order.slice(0, hi);
  const note = `${doc.stem}: dropped the ${droppedWhat(dropped, cuts.listOf)} to fit ${pages(maxPages)} (from ${natural})`;
  return { doc: { ...doc, view: cuts.view(hi), dropped } as D, note };
}

/** "40 least relevant bullets and 12 least relevant entries (Invited Talks: 9, publications: 3)". */
export function droppedWhat(paths: readonly string[], listOf: (path: string) => string | undefined): string {
  const lists = new Map<string, number>();
  for (const list of paths.map(listOf)) if (list !== undefined) lists.set(list, (lists.get(list) ?? 0) + 1);
  const entries = [...lists.values()].reduce((a, b) => a + b, 0);
  const bullets = paths.length - entries;
  const said = [
    bullets ? `${bullets} least relevant ${bullets === 1 ? 'bullet' : 'bullets'}` : '',
    entries
      ? `${entries} least relevant ${entries === 1 ? 'entry' : 'entries'} (${[...lists]
          .sort((a, b) => b[1] - a[1])
          .map(([l, n]) => `${l}: ${n}`)
          .join(', ')})`
      : '',
  ];
  return said.filter(Boolean).join(' and ');
}

/** Every document with a page budget, fitted; what was done, one note each. Every format then follows the sizes
 * chosen. Explaining, a document that does not fit is kept as cut, and why it does not fit is said in
 * `overflows` (by stem) rather than thrown. */
export async function fitPages<D extends AnyDocument>(
  documents: readonly D[],
  ctx: RenderContext,
  theme: Theme,
  { explaining = false } = {},
): Promise<{ documents: D[]; notes: string[]; overflows: Map<string, string> }> {
  const notes: string[] = [];
  const overflows = new Map<string, string>();
  const fitted = await Promise.all(
    documents.map(async (doc): Promise<D> => {
      if (doc.maxPages === undefined) return doc;
      const settings = fitSettings(doc, theme);
      const cut = await cutToPages(doc, ctx, doc.maxPages, fitLadder(settings)[MILD_STEP]);
      const result = await fitToPages(
        cut.doc.view,
        ctx,
        doc.maxPages,
        settings,
        budgeted(cut.doc, theme),
      ).catch((error: unknown) => {
        if (!explaining || !(error instanceof PagesOverflow)) throw error;
        overflows.set(doc.stem, error.reason);
        return { view: cut.doc.view, note: undefined };
      });
      notes.push(...[cut.note, result.note].filter((n): n is string => n !== undefined));
      return { ...cut.doc, view: result.view };
    }),
  );
  return { documents: fitted, notes, overflows };
}

/** The sizes a document starts from and may shrink to; only our themes' can be fitted. */
function fitSettings(doc: AnyDocument, theme: Theme): FitSettings {
  // A letter is always drawn in a layout of ours (see Theme.letter), which can be fitted.
  if (!isLetter(doc.view) && !theme.supports.fit)
    throw new UsageError(
      `fitting to pages needs one of our themes: ${theme.name} is a JSON Resume theme, whose sizes are its own`,
    );
  const tokens = resolveTokens(theme.tokens, doc.view.design);
  return { bodyPt: tokens.fontSize, leading: tokens.lineHeight, minBodyPt: tokens.minFontSize };
}

/** How a document is named as fitted (with what it lost), its sizes as printed, and where its budget is raised:
 * the variant's maxPages when that set it (in `resume letter`, --max-pages is the letter's own budget). */
function budgeted(doc: AnyDocument, theme: Theme): Budgeted {
  if (isLetter(doc.view)) {
    const tokens = resolveTokens(theme.tokens, doc.view.design);
    const shown = (fit: Fit): Fit => {
      const letter = letterText({ ...tokens, fontSize: fit.bodyPt, lineHeight: fit.leading });
      return { space: fit.space, bodyPt: letter.bodyPt, leading: letter.leading };
    };
    return { name: doc.stem, shown };
  }
  const resume = doc as Document;
  const lost = resume.dropped?.length && resume.cuts ? droppedWhat(resume.dropped, resume.cuts.listOf) : '';
  const variant = resume.maxPagesVariant;
  return {
    name: lost ? `${doc.stem} (without its ${lost})` : doc.stem,
    ...(resume.cuts ? { unmatched: resume.cuts.unmatched } : {}),
    ...(variant === undefined ? {} : { allow: (n: number) => `maxPages: ${n} in variants.${variant}` }),
  };
}

/** Less of a last page than this is a page a reader turns to for a line or two. */
const SPILL = 0.2;
const MM = 72 / 25.4;

/** The hint a résumé earns when its last page holds less than a fifth of a page: the --max-pages that would
 * likely fit it. Documents fitted already, single pages and outputs that are not PDFs say nothing. */
export function spillHints(documents: Document[], outputs: RenderedOutput[], theme: Theme): string[] {
  return documents.flatMap((doc) => {
    const pdf = outputs.find((o) => o.format === 'pdf' && o.name === `${doc.stem}.pdf`);
    if (!pdf || doc.maxPages !== undefined || !theme.supports.fit) return [];
    const { margins } = resolveTokens(theme.tokens, doc.view.design);
    const fill = lastPageFill(pdf.bytes, { top: margins.top * MM, bottom: margins.bottom * MM });
    if (!fill || fill.pages < 2 || fill.fill >= SPILL) return [];
    const percent = Math.max(1, Math.round(fill.fill * 100));
    return [
      `${pdf.name}: page ${fill.pages}, the last, is only ${percent}% full: --max-pages ${fill.pages - 1} would likely fit it on ${fill.pages - 1} page${fill.pages === 2 ? '' : 's'}`,
    ];
  });
}
