// --emphasize: the posting's terms in bold in the bullets a tailored résumé keeps, in every format (each draws bold
// its own way; plain text has none). Only the person's own words are marked; nothing is added or moved.
import type { Inline } from './markdown.js';
import type { ViewModel } from './view.js';

/** A text as runs, those that are one of the posting's terms marked with it. */
export type TermMarker = (text: string) => readonly { text: string; term?: number }[];

export function emphasize(view: ViewModel, mark: TermMarker): ViewModel {
  const sections = view.sections.map((s) =>
    s.kind === 'entries'
      ? {
          ...s,
          entries: s.entries.map((e) => ({
            ...e,
            highlights: e.highlights.map((h) => bold(h, mark)),
            // A job's several roles (work[].positions) have bullets of their own.
            ...(e.roles && {
              roles: e.roles.map((r) => ({ ...r, highlights: r.highlights.map((h) => bold(h, mark)) })),
            }),
          })),
        }
      : s,
  );
  return { ...view, sections };
}

function bold(tokens: Inline[], mark: TermMarker): Inline[] {
  return tokens.flatMap((t): Inline[] => {
    if (t.type === 'text')
      return mark(t.text)
        .filter((r) => r.text)
        .map((r) =>
          r.term === undefined
            ? { type: 'text', text: r.text }
            : { type: 'strong', children: [{ type: 'text', text: r.text }] },
        );
    if (t.type === 'em' || t.type === 'link') return [{ ...t, children: bold(t.children, mark) }];
    // Already bold, a line break, or code (its words as written).
    return [t];
  });
}
