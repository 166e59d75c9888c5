// Stage 2, plan: which documents a run makes (the full résumé, a tag selection, one variant or all of them, each
// perhaps for a job posting, in each language built), each named after its whole selection and tailored. A bad
// selection fails here, before anything is rendered.
import { resolve } from 'node:path';
import { languageFor } from '../core/languages.js';
import { mapOf, textOf } from '../core/problems.js';
import type { Resume, Variant } from '../core/resume-types.js';
import { type Decision, type Selection, tailorResume } from '../core/tailor.js';
import { UsageError, UserError } from '../errors.js';
import { type Job, postingLanguage, postingStem } from './job.js';
import type { Edition, LoadOptions } from './load.js';
import { type Relevance, relevanceOf, scoredDecisions } from './relevance.js';

/** What chooses the résumés a run makes. */
export interface Choice {
  tags?: string[];
  excludeTags?: string[];
  variant?: string;
  allVariants?: boolean;
  /** Output file name without extension, for a single target. */
  name?: string;
  /** Leave out everything marked private (entries, bullets, basics.privateFields). */
  public?: boolean;
  /** Fit every résumé on at most this many pages (a variant's maxPages applies to it otherwise). */
  maxPages?: number;
  /** A job posting to tailor to (a file): entries, bullets and skill groups ranked by relevance to it. */
  job?: string;
  /** With a posting: keep the source's order (relevance then only chooses what --max-pages drops). */
  keepOrder?: boolean;
  /** With a posting: the posting's terms in bold in the bullets kept. */
  emphasize?: boolean;
}

/** A posting a target is tailored to: where to read it, and how to name it (as given, or as the résumé says). */
export interface JobRef {
  path: string;
  file: string;
  /** The variant whose job: names it. */
  variant?: string;
}

export interface Target {
  /** The file name of its outputs, without extension. */
  stem: string;
  selection: Selection;
  job?: JobRef;
}

export interface PlannedDocument {
  target: Target;
  /** The résumé as tailored for the target. */
  resume: Resume;
  variant?: Variant;
  /** What tailoring kept and dropped, and why (--explain). */
  decisions: Decision[];
  maxPages?: number;
  /** The variant whose maxPages set the budget, when no --max-pages did (what raises it, when it is too few). */
  maxPagesVariant?: string;
  /** Set when tailored to a posting. */
  relevance?: Relevance;
  /** The locale of its headings and dates (its language's, for a résumé in several). */
  locale?: string;
}

/** Which résumés a run makes; a variant's job: is read from `baseDir`, the résumé's folder. */
export function targets(resume: Resume, choice: Choice, baseDir = '.'): Target[] {
  const common = { tags: choice.tags, excludeTags: choice.excludeTags, public: choice.public };
  // Outputs are named after the whole selection, so a tailored build never overwrites another one.
  const suffix = selectionWords(common).join('-');
  const named = (stem: string) => (suffix ? `${stem}-${suffix}` : stem);
  const variantJob = (name: string) => variantPosting(resume, name, baseDir);
  if (choice.allVariants) {
    if (choice.job)
      throw new UsageError('--job names one posting: --all-variants tailors each variant to its own job:');
    return allVariants(resume, choice, common, named).map((t) =>
      t.selection.variant ? { ...t, job: variantJob(t.selection.variant) } : t,
    );
  }
  // A posting given on the command line names the output after itself: resume-acme, or <variant>-acme.
  const given = choice.job ? { path: choice.job, file: choice.job } : undefined;
  const forJob = (stem: string) => (given ? `${stem}-${postingStem(given.file)}` : stem);
  if (choice.variant) {
    const v = resume.variants?.[choice.variant];
    return [
      {
        stem: choice.name ?? named(forJob(v?.output ?? `resume-${choice.variant}`)),
        selection: { ...common, variant: choice.variant },
        job: given ?? variantJob(choice.variant),
      },
    ];
  }
  return [{ stem: choice.name ?? named(forJob('resume')), selection: common, job: given }];
}

/** What a résumé's name says of its selection besides its variant: its tags, the tags it leaves out, --public. */
export function selectionWords(selection: Selection): string[] {
  const { tags = [], excludeTags = [] } = selection;
  return [
    ...tags,
    ...(excludeTags.length ? ['without', ...excludeTags] : []),
    ...(selection.public ? ['public'] : []),
  ];
}

/** What a document made with a résumé (a letter's packet) adds to its name, so that two made with different
 * résumés never take one name: its variant, the posting --job tailored it to, then selectionWords. */
export function resumeWords(target: Target): string[] {
  const { job, selection } = target;
  const posting = job && !job.variant ? postingStem(job.file) : undefined;
  return [selection.variant, posting, ...selectionWords(selection)].filter((w): w is string => Boolean(w));
}

/** The posting a variant's job: names, read from the résumé's folder; none where it names none (the document may
 * not have been checked yet: see postingPaths). */
function variantPosting(data: unknown, name: string, baseDir: string): JobRef | undefined {
  const file = textOf(mapOf(mapOf(mapOf(data).variants)[name]).job);
  return file === undefined ? undefined : { path: resolve(baseDir, file), file, variant: name };
}

/** Where each target's posting is (undefined: it has none), as targets() finds them, from the document as parsed:
 * load reads them for their language before it checks the document. */
export function postingPaths(data: unknown, choice: Choice, baseDir = '.'): (string | undefined)[] {
  if (choice.job) return [choice.job];
  const jobOf = (name: string) => variantPosting(data, name, baseDir)?.path;
  if (choice.allVariants) return [undefined, ...Object.keys(mapOf(mapOf(data).variants)).map(jobOf)];
  return [choice.variant === undefined ? undefined : jobOf(choice.variant)];
}

/** The languages of the postings of the run's targets, for load (LoadOptions.postingLanguages). */
export function postingLanguagesOf(choice: Choice): NonNullable<LoadOptions['postingLanguages']> {
  return (data, baseDir) =>
    Promise.all(postingPaths(data, choice, baseDir).map((path) => path && postingLanguage(path)));
}

function allVariants(
  resume: Resume,
  choice: Choice,
  common: Selection,
  named: (stem: string) => string,
): Target[] {
  if (choice.variant) throw new UsageError('one variant and all variants cannot be built together');
  if (choice.name) throw new UsageError('a name names one output; it cannot be used for all variants');
  const variants = Object.entries(resume.variants ?? {});
  if (variants.length === 0)
    throw new UsageError('all variants: this résumé defines no variants (add a variants: map)');
  const list = [
    { stem: named('resume'), selection: common },
    ...variants.map(([name, v]) => ({
      stem: named(v.output ?? `resume-${name}`),
      selection: { ...common, variant: name },
    })),
  ];
  const stems = list.map((t) => t.stem);
  const clash = stems.find((stem, i) => stems.indexOf(stem) !== i);
  if (clash) throw new UserError(`two outputs would be named "${clash}": give each variant its own output`);
  return list;
}

/** Every target in every language built, tailored (to its posting too, from `jobs`, read by path); throws on a
 * bad selection before anything is rendered. A language other than the default adds its locale to the names
 * (resume.de.pdf), so none overwrites another. */
export function plan(
  editions: readonly Edition[],
  choice: Choice,
  jobs: ReadonlyMap<string, Job> = new Map(),
  baseDir = '.',
): PlannedDocument[] {
  const builtIn = builtInEdition(editions, jobs);
  return editions.flatMap((edition) =>
    targets(edition.resume, choice, baseDir).flatMap((each) => {
      if (!builtIn(each, edition)) return [];
      const { resume, locale, suffix } = edition;
      const target = { ...each, stem: `${each.stem}${suffix}` };
      const tailored = tailorResume(resume, target.selection);
      const maxPages = choice.maxPages ?? tailored.variant?.maxPages;
      const variant = target.selection.variant;
      const budget = {
        maxPages,
        ...(choice.maxPages === undefined && maxPages !== undefined && variant
          ? { maxPagesVariant: variant }
          : {}),
      };
      const job = target.job && jobs.get(target.job.path);
      if (!job) return [{ target, ...tailored, ...budget, locale }];
      const relevance = relevanceOf(tailored, job, choice);
      const decisions = scoredDecisions(tailored.decisions, relevance);
      return [{ target, ...tailored, decisions, ...budget, relevance, locale }];
    }),
  );
}

/** Whether a target is built in an edition: in every one, unless editions were chosen by the postings' languages
 * (no locale asked); then in its posting's language's, else in the default one (as load chose them). */
function builtInEdition(
  editions: readonly Edition[],
  jobs: ReadonlyMap<string, Job>,
): (target: Target, edition: Edition) => boolean {
  const chosen = editions.filter((e) => e.chosenBy === 'posting');
  if (!chosen.length) return () => true;
  const standard = editions.find((e) => e.chosenBy !== 'posting') ?? chosen[0];
  const languages = editions.flatMap((e) => (e.language ? [e.language] : []));
  return (target, edition) => {
    const job = target.job && jobs.get(target.job.path);
    const language = job && languageFor(job.analysis.posting.language, languages);
    return (chosen.find((e) => e.language === language) ?? standard) === edition;
  };
}
