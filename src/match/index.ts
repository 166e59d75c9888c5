// Job postings, offline and deterministic: read a posting, find its weighted terms, match a résumé against
// them, and plan a tailored build. Pure: the caller reads the files and prints the results.
//
//   const posting = readPosting(text, 'acme.md');
//   const analysis = analyzePosting(posting, { aliases: resumeAliases(resume) });
//   const report = matchReport(resume, analysis);          // resume match --job acme.md [--json]
//   const plan = planTailoring(resume, analysis);           // resume build --job acme.md
//   const marked = markPosting(analysis);                   // the posting, terms marked, for --html
//   formatMatchReport(report, analysis, 'acme.md');         // the report as the terminal shows it
//   matchPage({ report, analysis, resume, file: 'acme.md' }); // and as a page
export { type AliasInput, BUILTIN_ALIASES, resumeAliases } from './aliases.js';
export type { Language } from './language.js';
export { type MarkedSection, markPosting, markText, type Run } from './marks.js';
export { type ListOrder, planTailoring, type TailoringPlan } from './plan.js';
export { type Posting, type PostingSection, readPosting, type SectionKind } from './posting.js';
export { matchPage, type ReportPage } from './report-page.js';
export { formatMatchReport } from './report-text.js';
export type { UnitLevel } from './resume-items.js';
export {
  type CoverSuggestion,
  type MatchOptions,
  type MatchReport,
  matchReport,
  scoreUnits,
  type TermCoverage,
  type UnitScore,
} from './score.js';
export {
  analyzePosting,
  type PostingAnalysis,
  SECTION_WEIGHT,
  type Term,
  type TermOptions,
} from './terms.js';
