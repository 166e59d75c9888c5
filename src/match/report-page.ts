// The report as a page (`resume match --html`, and the preview of `resume serve --job`): the posting with each key
// term marked, covered in one colour and missing in another, each linked to the term's line in the list of terms,
// which links to the résumé's items that cover it; and the score. A page like our others: every text escaped, no
// script, nothing loaded from anywhere (its policy says so to the browser).
import type { Resume } from '../core/resume-types.js';
import { markPosting, markText, type Run } from './marks.js';
import { weight } from './report-text.js';
import { type ResumeText, resumeTexts } from './resume-items.js';
import type { MatchReport, TermCoverage } from './score.js';
import type { PostingAnalysis } from './terms.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** How many of the items covering a term its line lists (the list of items below has them all). */
const WHERE_SHOWN = 6;

/** "work[0].highlights[2]" → "item-work-0-highlights-2" */
const itemId = (path: string) => `item-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

const STYLE = `
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #1b1f24; background: #f6f7f9; }
  header { padding: 16px 24px; background: #1f3a5f; color: #fff; }
  header h1 { margin: 0; font-size: 20px; }
  header p { margin: 4px 0 0; opacity: .9; }
  .score { font-size: 28px; font-weight: 700; }
  main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; padding: 24px; }
  section, aside { background: #fff; border: 1px solid #dde1e6; border-radius: 6px; padding: 8px 20px 16px; }
  h2 { font-size: 16px; margin: 12px 0 8px; }
  h3 { font-size: 14px; margin: 16px 0 4px; text-transform: none; color: #48525e; }
  p, li { margin: 2px 0; }
  a.term, span.term { color: inherit; text-decoration: none; border-radius: 3px; padding: 0 2px; }
  .covered { background: #d3f9d8; border-bottom: 2px solid #2b8a3e; }
  .missing { background: #ffe3e3; border-bottom: 2px dashed #c92a2a; }
  .legend span { padding: 0 4px; margin-right: 8px; color: #1b1f24; }
  ol.terms { padding-left: 0; list-style: none; }
  ol.terms > li { padding: 6px 0; border-top: 1px solid #eef0f2; }
  ol.terms > li:target, .items p:target { outline: 2px solid #1f3a5f; }
  .weight { color: #48525e; font-variant-numeric: tabular-nums; margin-left: 6px; }
  .where { margin: 2px 0 0; padding-left: 18px; font-size: 13px; }
  code { font: 12px ui-monospace, monospace; color: #48525e; }
  .items { grid-column: 1 / -1; }
  @media (max-width: 800px) { main { grid-template-columns: 1fr; } }
`;

export interface ReportPage {
  report: MatchReport;
  analysis: PostingAnalysis;
  /** The résumé as matched (a tailored one when the report is on a selection). */
  resume: Resume;
  /** The report's path of a path of `resume` (the source's, when `resume` is tailored). */
  pathOf?: (path: string) => string;
  /** The posting's file, as the user named it. */
  file: string;
}

export function matchPage({ report, analysis, resume, pathOf = (p) => p, file }: ReportPage): string {
  const { posting } = analysis;
  const title = posting.title ?? file;
  const texts = new Map(resumeTexts(resume).map((t) => [pathOf(t.path), t]));
  const covered = report.terms.filter((t) => t.covered).length;
  // The page's own words are English; the posting's are in its language, and marked so (a reader, a
  // screen reader, a translator then reads each in its own).
  const lang = `lang="${escapeHtml(posting.language)}"`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Match ${report.score}/100: ${title}`)}</title>
<style>${STYLE}</style></head>
<body>
<header><h1 ${lang}>${escapeHtml(title)}</h1>
<p>${escapeHtml([posting.company, file].filter(Boolean).join(' · '))}</p>
<p><span class="score">${report.score}</span>/100 · ${covered} of ${report.terms.length} key terms covered, weighted
<span class="legend">· <span class="covered">covered</span><span class="missing">missing</span></span></p></header>
<main>
<section class="posting"><h2>The posting</h2>
<div ${lang}>
${postingHtml(analysis, report)}
</div></section>
<aside><h2>Key terms, weightiest first</h2>
<ol class="terms">
${report.terms.map((t, i) => termHtml(t, i, report, texts, posting.language)).join('\n')}
</ol></aside>
${itemsHtml(report, analysis, texts)}
</main>
</body></html>
`;
}

/** Runs of text, the terms marked and linked to their line in the list of terms. */
function runsHtml(runs: Run[], report: MatchReport): string {
  return runs
    .map((r) => {
      const term = r.term === undefined ? undefined : report.terms[r.term];
      if (!term) return escapeHtml(r.text);
      const cls = `term ${term.covered ? 'covered' : 'missing'}`;
      return `<a class="${cls}" href="#term-${r.term}">${escapeHtml(r.text)}</a>`;
    })
    .join('');
}

function postingHtml(analysis: PostingAnalysis, report: MatchReport): string {
  return markPosting(analysis)
    .map((section) => {
      const heading = section.heading ? `<h3>${escapeHtml(section.heading)}</h3>\n` : '';
      const lines = section.lines.filter((runs) => runs.some((r) => r.text.trim()));
      const body = lines.map((runs) => {
        const first = runs[0];
        if (first?.term === undefined && first?.text.startsWith('- ')) {
          const rest = [{ text: first.text.slice(2) }, ...runs.slice(1)];
          return `<li>${runsHtml(rest, report)}</li>`;
        }
        return `<p>${runsHtml(runs, report)}</p>`;
      });
      return `${heading}${body.join('\n').replace(/(<li>[\s\S]*?<\/li>\n?)+/g, (list) => `<ul>${list}</ul>`)}`;
    })
    .join('\n');
}

function termHtml(
  t: TermCoverage,
  i: number,
  report: MatchReport,
  texts: Map<string, ResumeText>,
  language: string,
): string {
  const head = `<span class="term ${t.covered ? 'covered' : 'missing'}" lang="${escapeHtml(language)}">${escapeHtml(t.term)}</span><span class="weight">${weight(t.weight)}</span>`;
  const where = t.where
    .slice(0, WHERE_SHOWN)
    .map((path) => {
      const text = texts.get(path)?.text ?? '';
      const short = text.length > 90 ? `${text.slice(0, 89)}…` : text;
      return `<li><a href="#${itemId(path)}"><code>${escapeHtml(path)}</code></a> ${escapeHtml(short)}</li>`;
    })
    .join('');
  const cover = report.cover.find((c) => c.term === t.term);
  const elsewhere = cover
    ? ` — in the résumé outside this build: ${escapeHtml([...cover.variants.map((v) => `variant ${v}`), ...cover.tags.map((tag) => `tag ${tag}`)].join(', '))}`
    : '';
  const body = t.covered
    ? `<ul class="where">${where}</ul>`
    : `<div class="where">not in the résumé${elsewhere}</div>`;
  return `<li id="term-${i}">${head}${body}</li>`;
}

/** Every résumé item that covers a term, its terms marked: where the list of terms links to. */
function itemsHtml(report: MatchReport, analysis: PostingAnalysis, texts: Map<string, ResumeText>): string {
  const paths = [...new Set(report.terms.flatMap((t) => t.where))];
  if (paths.length === 0) return '';
  const order = [...texts.keys()];
  paths.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const items = paths.map((path) => {
    const runs = markText(analysis, texts.get(path)?.text ?? '', { generic: true });
    return `<p id="${itemId(path)}"><code>${escapeHtml(path)}</code> ${runsHtml(runs, report)}</p>`;
  });
  return `<section class="items"><h2>The résumé's items that cover a term</h2>\n${items.join('\n')}\n</section>`;
}
