import { describe, expect, it } from 'vitest';
import type { Fit, ViewModel } from '../../src/core/view.js';
import { cutToPages, droppedWhat, fitLadder } from '../../src/pipeline/fit.js';
import type { Document } from '../../src/pipeline/prepare.js';
import type { RenderContext } from '../../src/render/types.js';

/** A printer whose page count is a sum: the lines left after `cut` bullets, at the spacing's height per line. */
function printerOf(lines: number, perPage: number) {
  const ctx = {
    print: async (view: { cut: number; fit?: Fit }) => {
      const scale = view.fit ? 0.5 + view.fit.space / 2 : 1;
      const pages = Math.ceil(((lines - view.cut) * scale) / perPage);
      return new TextEncoder().encode('/Type /Page\n'.repeat(pages));
    },
  } as unknown as RenderContext;
  return { ctx };
}

const docOf = (bullets: number): Document =>
  ({
    stem: 'resume-acme',
    view: { cut: 0 } as unknown as ViewModel,
    cuts: {
      order: Array.from({ length: bullets }, (_, i) => `work[0].highlights[${i}]`),
      view: (n: number) => ({ cut: n }) as unknown as ViewModel,
      listOf: () => undefined,
      unmatched: [],
    },
  }) as unknown as Document;

const mild = fitLadder({ bodyPt: 10, leading: 1.3, minBodyPt: 9 })[1] as Fit;

describe('cutToPages', () => {
  it('drops no bullet where tighter spacing alone fits the page', async () => {
    // 110 lines on 100-line pages: two pages as written, one at spacing 0.6× (110 × 0.8 = 88).
    const { ctx } = printerOf(110, 100);
    const { doc, note } = await cutToPages(docOf(20), ctx, 1, mild);
    expect(note).toBeUndefined();
    expect(doc.dropped).toBeUndefined();
  });

  it('drops as few bullets as fit at that spacing, fewer than at the natural one', async () => {
    // 140 lines: at 0.6× (×0.8) 125 lines fit, so 15 go; at the natural spacing 40 would.
    const { ctx } = printerOf(140, 100);
    const { doc, note } = await cutToPages(docOf(60), ctx, 1, mild);
    expect(doc.dropped).toHaveLength(15);
    expect(note).toBe('resume-acme: dropped the 15 least relevant bullets to fit 1 page (from 2)');
    const natural = await cutToPages(docOf(60), printerOf(140, 100).ctx, 1);
    expect(natural.doc.dropped).toHaveLength(40);
  });
});

describe('droppedWhat', () => {
  const listOf = (path: string) => /^(\w+)\[\d+\]$/.exec(path)?.[1];
  it('counts bullets and entries, one or many, the longest list first', () => {
    expect(droppedWhat(['work[0].highlights[1]'], listOf)).toBe('1 least relevant bullet');
    expect(droppedWhat(['work[0].highlights[1]', 'awards[3]', 'talks[1]', 'talks[2]'], listOf)).toBe(
      '1 least relevant bullet and 3 least relevant entries (talks: 2, awards: 1)',
    );
    expect(droppedWhat(['awards[3]'], listOf)).toBe('1 least relevant entry (awards: 1)');
  });
});
