// The posting's text with its terms marked, for the page `resume match --html` writes (and a résumé's bullets,
// for --emphasize): each line as runs of plain text and of a term (by its index in the analysis, so the page can colour it covered or missing and link
// it to the résumé items the report names).
import type { Token } from './analyzer.js';
import type { SectionKind } from './headings.js';
import type { PostingAnalysis } from './terms.js';

export interface Run {
  text: string;
  /** The index of the term this run is, in analysis.terms (and in the report's terms). */
  term?: number;
}

export interface MarkedSection {
  kind: SectionKind;
  heading?: string;
  lines: Run[][];
}

export function markPosting(analysis: PostingAnalysis): MarkedSection[] {
  return analysis.posting.sections.map((section) => ({
    kind: section.kind,
    ...(section.heading ? { heading: section.heading } : {}),
    lines: section.text.split('\n').map((line) => markText(analysis, line, { generic: true })),
  }));
}

const indexes = {
  all: new WeakMap<PostingAnalysis, Map<string, number[]>>(),
  specific: new WeakMap<PostingAnalysis, Map<string, number[]>>(),
};

/** Term indices by their first key, longest first, then weightiest: "event-driven architecture" is marked
 * whole, not as "architecture". */
function termIndex(analysis: PostingAnalysis, generic: boolean): Map<string, number[]> {
  const cache = generic ? indexes.all : indexes.specific;
  let index = cache.get(analysis);
  if (index) return index;
  index = new Map<string, number[]>();
  for (const [i, t] of analysis.terms.entries()) {
    if (t.generic && !generic) continue;
    const list = index.get(t.keys[0] as string) ?? [];
    list.push(i);
    index.set(t.keys[0] as string, list);
  }
  for (const list of index.values()) {
    list.sort((a, b) => {
      const [ta, tb] = [analysis.terms[a], analysis.terms[b]];
      return (
        (tb?.keys.length ?? 0) - (ta?.keys.length ?? 0) || (tb?.weight ?? 0) - (ta?.weight ?? 0) || a - b
      );
    });
  }
  cache.set(analysis, index);
  return index;
}

/** Any text (a line of the posting, a résumé bullet for --emphasize) as runs, the posting's terms marked; its
 * generic terms ("data", "engineers") only when asked: bold on every bullet's "data" says nothing. */
export function markText(
  analysis: PostingAnalysis,
  line: string,
  options: { generic?: boolean } = {},
): Run[] {
  const byFirstKey = termIndex(analysis, options.generic ?? false);
  const words = analysis.analyzer.analyze(line).filter((t) => !t.stop);
  const runs: Run[] = [];
  let cursor = 0;
  for (let i = 0; i < words.length; ) {
    const found = (byFirstKey.get((words[i] as Token).key) ?? []).find((t) =>
      analysis.terms[t]?.keys.every((k, j) => words[i + j]?.key === k),
    );
    if (found === undefined) {
      i++;
      continue;
    }
    const length = analysis.terms[found]?.keys.length ?? 1;
    const start = (words[i] as Token).start;
    const end = (words[i + length - 1] as Token).end;
    if (start > cursor) runs.push({ text: line.slice(cursor, start) });
    runs.push({ text: line.slice(start, end), term: found });
    cursor = end;
    i += length;
  }
  if (cursor < line.length || runs.length === 0) runs.push({ text: line.slice(cursor) });
  return runs;
}
