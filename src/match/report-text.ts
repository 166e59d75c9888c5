// The report `resume match` prints: the posting named, the score, each key term (weightiest first) covered with
// where, or missing, and what in the résumé would bring the missing ones in.
import type { MatchReport } from './score.js';
import type { PostingAnalysis } from './terms.js';

/** How many places a covered term lists before "+N". */
const WHERE_SHOWN = 3;

export function formatMatchReport(report: MatchReport, analysis: PostingAnalysis, file: string): string {
  const { posting } = analysis;
  const covered = report.terms.filter((t) => t.covered).length;
  const named = [posting.title, posting.company].filter(Boolean).join(' at ');
  const width = Math.min(30, Math.max(4, ...report.terms.map((t) => displayWidth(t.term))));
  const rows = report.terms.map((t) => {
    const where = t.covered
      ? `${t.where.slice(0, WHERE_SHOWN).join(', ')}${t.where.length > WHERE_SHOWN ? ` +${t.where.length - WHERE_SHOWN}` : ''}`
      : 'missing';
    return `${t.covered ? '✓' : '✗'} ${weight(t.weight).padStart(6)}  ${padEnd(t.term, width)}  ${where}`;
  });
  const lines = [
    `${named ? `${named} — ` : ''}${file} (${posting.language})`,
    `match score ${report.score}/100: ${covered} of ${report.terms.length} key terms covered, weighted`,
    '',
    `  weight  ${'term'.padEnd(width)}  where in the résumé`,
    ...rows,
  ];
  if (report.cover.length) {
    lines.push('', 'missing terms the résumé has elsewhere:');
    for (const c of report.cover) {
      const parts = [
        c.variants.length ? `variant${c.variants.length === 1 ? '' : 's'} ${c.variants.join(', ')}` : '',
        c.tags.length ? `tag${c.tags.length === 1 ? '' : 's'} ${c.tags.join(', ')}` : '',
      ].filter(Boolean);
      lines.push(`  ${padEnd(c.term, width)}  ${parts.join('; ')}`);
    }
  }
  return lines.join('\n');
}

/** A weight as people read it: at most two decimals, no trailing zeros. */
export function weight(value: number): string {
  return String(Math.round(value * 100) / 100);
}

// East Asian wide and fullwidth characters (Han, kana, Hangul, fullwidth forms, emoji) take two columns in a
// terminal; combining marks take none.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** How many terminal columns a text takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) width += /\p{M}/u.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
  return width;
}

/** A text padded with spaces to a width in columns. */
function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
