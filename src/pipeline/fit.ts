// Stage 4, fit: --max-pages fits a résumé on N pages by shrinking, in order, the vertical spacing, the line height and the
// font size, never below the theme's floor. The ladder of steps is fixed, so the same input gives the same
// output; the first print tells whether anything is needed, and a binary search over the ladder finds the
// gentlest step that fits in at most four more prints. A résumé tailored to a posting may first tighten its
// spacing (to MILD_STEP, its size untouched), and loses its least relevant bullets only where that is not enough:
// as few as fit at that spacing, found by a binary search too; the size shrinks only when losing them all is not
// enough either.
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

/** The view fitted to `maxPages` (the view itself when it already fits), with what was done; throws when even
 * the floor does not fit. */
export async function fitToPages<V extends PageView>(
  view: V,
  ctx: RenderContext,
  maxPages: number,
  theme: FitSettings,
  name: string,
  // What the sizes are as the page prints them, for what is said (a letter's text is set larger than the body).
  shown: (fit: Fit) => Fit = (fit) => fit,
): Promise<{ view: V; note?: string }> {
  const said = (fit: Fit) =>
    describeFit(shown(fit), { ...theme, leading: shown({ space: 1, ...theme }).leading });
  const pages = async (v: V) => pageCount(await ctx.print(v));
  const natural = await pages(view);
  if (natural <= maxPages) return { view };
  const ladder = fitLadder(theme);
  const at = (i: number): V => ({ ...view, fit: ladder[i] as Fit });
  const floor = await pages(at(ladder.length - 1));
  const want = `${maxPages} page${maxPages === 1 ? '' : 's'}`;
  if (floor > maxPages) {
    throw new UserError(
      `${name} does not fit on ${want}: it takes ${natural}, and still ${floor} at the smallest the theme allows ` +
        `(${said(ladder.at(-1) as Fit)}): ${floor - maxPages} page${floor - maxPages === 1 ? '' : 's'} over. ` +
        `Shorten it${isLetter(view) ? '' : " (a variant's order: can leave whole sections out; -t compact is denser)"}, ` +
        `or allow ${floor}: --max-pages ${floor}; nothing was written`,
    );
  }
  // The gentlest step that fits: binary search over the steps before the floor.
  let lo = 0;
  let hi = ladder.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await pages(at(mid))) <= maxPages) hi = mid;
    else lo = mid + 1;
  }
  const fit = ladder[hi] as Fit;
  return { view: at(hi), note: `fitted ${name} to ${want} (from ${natural}): ${said(fit)}` };
}

/** The ladder's step a tailored résumé may take before it loses a bullet: tighter spacing, the same type. A
 * relevant bullet is worth more than a little white space. */
const MILD_STEP = 1;

/** The document without as few of its least relevant bullets as make it fit at `allowedFit` (a step the sizes
 * may take anyway, see MILD_STEP); all of them when even that is not enough (the sizes then shrink further).
 * Pages only ever grow back as bullets return, so a binary search finds how many. */
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
  const pages = (n: number) => printed(n, allowedFit);
  let lo = 1;
  let hi = cuts.order.length;
  if ((await pages(hi)) <= maxPages) {
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if ((await pages(mid)) <= maxPages) hi = mid;
      else lo = mid + 1;
    }
  }
  const want = `${maxPages} page${maxPages === 1 ? '' : 's'}`;
  const note = `${doc.stem}: dropped the ${hi} least relevant bullet${hi === 1 ? '' : 's'} to fit ${want} (from ${natural})`;
  return { doc: { ...doc, view: cuts.view(hi), dropped: cuts.order.slice(0, hi) } as D, note };
}

/** Every document with a page budget, fitted; what was done, one note each. Every format then follows the sizes
 * chosen. */
export async function fitPages<D extends AnyDocument>(
  documents: readonly D[],
  ctx: RenderContext,
  theme: Theme,
): Promise<{ documents: D[]; notes: string[] }> {
  const notes: string[] = [];
  const fitted = await Promise.all(
    documents.map(async (doc): Promise<D> => {
      if (doc.maxPages === undefined) return doc;
      // A letter is always drawn in a layout of ours (see Theme.letter), which can be fitted.
      if (!isLetter(doc.view) && !theme.supports.fit)
        throw new UsageError(
          `fitting to pages needs one of our themes: ${theme.name} is a JSON Resume theme, whose sizes are its own`,
        );
      const tokens = resolveTokens(theme.tokens, doc.view.design);
      const start = { bodyPt: tokens.fontSize, leading: tokens.lineHeight, minBodyPt: tokens.minFontSize };
      const shown = (fit: Fit): Fit => {
        const letter = letterText({ ...tokens, fontSize: fit.bodyPt, lineHeight: fit.leading });
        return { space: fit.space, bodyPt: letter.bodyPt, leading: letter.leading };
      };
      const cut = await cutToPages(doc, ctx, doc.maxPages, fitLadder(start)[MILD_STEP]);
      const dropped = 'dropped' in cut.doc ? cut.doc.dropped?.length : undefined;
      const name = dropped ? `${doc.stem} (without its ${dropped} least relevant bullets)` : doc.stem;
      const result = await fitToPages(
        cut.doc.view,
        ctx,
        doc.maxPages,
        start,
        name,
        isLetter(doc.view) ? shown : undefined,
      );
      notes.push(...[cut.note, result.note].filter((n): n is string => n !== undefined));
      return { ...cut.doc, view: result.view };
    }),
  );
  return { documents: fitted, notes };
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
