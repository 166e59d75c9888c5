// Stage 2, plan: which documents a run makes (the full résumé, a tag selection, one variant or all of them, in
// each language built), each named after its whole selection and tailored. A bad selection fails here, before
// anything is rendered.
import type { Resume, Variant } from '../core/resume-types.js';
import { type Decision, type Selection, tailorResume } from '../core/tailor.js';
import { UsageError, UserError } from '../errors.js';
import type { Edition } from './load.js';

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
}

export interface Target {
  /** The file name of its outputs, without extension. */
  stem: string;
  selection: Selection;
}

export interface PlannedDocument {
  target: Target;
  /** The résumé as tailored for the target. */
  resume: Resume;
  variant?: Variant;
  /** What tailoring kept and dropped, and why (--explain). */
  decisions: Decision[];
  maxPages?: number;
  /** The locale of its headings and dates (its language's, for a résumé in several). */
  locale?: string;
}

/** Which résumés a run makes. */
export function targets(resume: Resume, choice: Choice): Target[] {
  const common = { tags: choice.tags, excludeTags: choice.excludeTags, public: choice.public };
  // Outputs are named after the whole selection, so a tailored build never overwrites another one.
  const suffix = [
    ...(choice.tags ?? []),
    ...(choice.excludeTags?.length ? ['without', ...choice.excludeTags] : []),
    ...(choice.public ? ['public'] : []),
  ].join('-');
  const named = (stem: string) => (suffix ? `${stem}-${suffix}` : stem);
  if (choice.allVariants) return allVariants(resume, choice, common, named);
  if (choice.variant) {
    const v = resume.variants?.[choice.variant];
    return [
      {
        stem: choice.name ?? named(v?.output ?? `resume-${choice.variant}`),
        selection: { ...common, variant: choice.variant },
      },
    ];
  }
  return [{ stem: choice.name ?? named('resume'), selection: common }];
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

/** Every target in every language built, tailored; throws on a bad selection before anything is rendered. A
 * language other than the default adds its locale to the names (resume.de.pdf), so none overwrites another. */
export function plan(editions: readonly Edition[], choice: Choice): PlannedDocument[] {
  return editions.flatMap(({ resume, locale, suffix }) =>
    targets(resume, choice).map(({ stem, selection }) => {
      const tailored = tailorResume(resume, selection);
      const maxPages = choice.maxPages ?? tailored.variant?.maxPages;
      return { target: { stem: `${stem}${suffix}`, selection }, ...tailored, maxPages, locale };
    }),
  );
}
