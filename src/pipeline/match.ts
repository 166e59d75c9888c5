// `resume match`: a résumé against a job posting, as a report (text, JSON, a page). The same load and the same
// posting reader as a build; the résumé is matched as a selection builds it (a variant, tags, --public), so a
// missing term may be found in what the selection leaves out, and the report says which tags or variants have it.
import type { Resume } from '../core/resume-types.js';
import { type Decision, type Selection, tailorResume } from '../core/tailor.js';
import { UsageError } from '../errors.js';
import { formatMatchReport, type MatchReport, matchPage } from '../match/index.js';
import { mark } from '../timings.js';
import { type Job, readJobs } from './job.js';
import { type LoadInput, type LoadOptions, load } from './load.js';
import { type Choice, postingLanguagesOf, targets } from './plan.js';
import { sourcePaths } from './relevance.js';

export interface MatchRunOptions
  extends LoadInput,
    Pick<LoadOptions, 'locale'>,
    Pick<Choice, 'job' | 'variant' | 'tags' | 'excludeTags' | 'public'> {}

export interface MatchResult {
  report: MatchReport;
  job: Job;
  resume: Resume;
  /** The report as the terminal shows it. */
  text(): string;
  /** The report as a page: the posting with its terms marked and linked to the résumé's items. */
  page(): string;
}

export async function match(options: MatchRunOptions): Promise<MatchResult> {
  // A résumé in several languages is matched in one: the text the posting's reader would get.
  const loaded = await load(options, {
    locale: options.locale,
    postingLanguages: postingLanguagesOf(options),
  });
  mark('validated');
  const [target] = targets(loaded.resume, options, loaded.baseDir);
  if (!target?.job)
    throw new UsageError(
      '--job FILE names the posting to match against (or --variant NAME, for a variant with a job:)',
    );
  const job = (await readJobs([target.job], loaded.resume, loaded.source)).get(target.job.path) as Job;
  mark('posting read');
  const { selection } = target;
  const selected = Boolean(
    selection.variant || selection.tags?.length || selection.excludeTags?.length || selection.public,
  );
  const { resume, pathOf, report } = selected
    ? selectionReport(loaded.resume, selection, job)
    : { resume: loaded.resume, pathOf: undefined, report: job.report(loaded.resume) };
  mark('matched');
  return {
    report,
    job,
    resume: loaded.resume,
    text: () => formatMatchReport(report, job.analysis, job.file),
    page: () => matchPage({ report, analysis: job.analysis, resume, pathOf, file: job.file }),
  };
}

/** The report on what the selection builds (a variant's own wording included), in the source's paths; the terms
 * it misses that the rest of the résumé has come with the tags and variants that would bring them in. */
function selectionReport(source: Resume, selection: Selection, job: Job) {
  const tailored = tailorResume(source, selection);
  const pathOf = sourcePaths(tailored.decisions);
  const built = job.report(tailored.resume);
  const whole = job.report(source, { isIncluded: includedBy(tailored.decisions) });
  const missing = new Set(built.terms.filter((t) => !t.covered).map((t) => t.term));
  const report: MatchReport = {
    score: built.score,
    terms: built.terms.map((t) => ({ ...t, where: t.where.map(pathOf) })),
    cover: whole.cover.filter((c) => missing.has(c.term)),
  };
  return { resume: tailored.resume, pathOf, report };
}

/** Whether a path of the source is in the build the decisions describe: what was dropped, and whatever is in a
 * section the variant leaves out, is not. */
function includedBy(decisions: Decision[]): (path: string) => boolean {
  const dropped = new Set(decisions.filter((d) => !d.kept).map((d) => d.path));
  return (path) => {
    if (dropped.has(path)) return false;
    const section = path.startsWith('basics.summary') ? 'summary' : /^[^.[]+/.exec(path)?.[0];
    return !(section && dropped.has(section));
  };
}
