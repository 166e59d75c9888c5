// Stage 3, prepare: a view per planned document (the one view every format draws), in the theme's date format,
// and what the theme cannot show of it, said before anything is printed.
import { emphasize } from '../core/emphasis.js';
import { prepareResume, shownText } from '../core/prepare.js';
import { inputError, type Source } from '../core/source.js';
import type { Selection } from '../core/tailor.js';
import type { BuildRecord, Paper, ViewModel } from '../core/view.js';
import type { Diagnostic } from '../errors.js';
import type { LetterView } from '../letter/view.js';
import type { Theme } from '../render/theme.js';
import type { Loaded } from './load.js';
import type { PlannedDocument } from './plan.js';
import { arrange, listOf, unmatchedSections } from './relevance.js';

/** One document to render: a view and what its outputs are called. */
export interface Document {
  stem: string;
  view: ViewModel;
  /** The page budget (--max-pages, or the variant's maxPages). */
  maxPages?: number;
  /** The variant whose maxPages set the budget, when no --max-pages did. */
  maxPagesVariant?: string;
  /** A document tailored to a posting can lose its least relevant bullets, then entries, to fit its pages. */
  cuts?: Cuts;
  /** The bullets and entries it lost (the tailored résumé's paths), once fitted. */
  dropped?: string[];
}

export interface Cuts {
  /** Paths of the tailored résumé's bullets, then entries, the first to drop first. */
  order: readonly string[];
  /** The view without the first n of them. */
  view(n: number): ViewModel;
  /** The name of the list an entry of `order` is in ("publications", a custom section's title); none for a bullet. */
  listOf(path: string): string | undefined;
  /** The long lists with nothing the posting asks for, by id (see unmatchedSections). */
  unmatched: readonly string[];
}

/** A cover letter to render: its view and what its outputs are called. */
export interface LetterDocument {
  stem: string;
  view: LetterView;
  /** Its page budget: one page, unless asked otherwise. */
  maxPages: number;
}

/** Either kind of document: fitting and rendering treat both alike. */
export type AnyDocument = Document | LetterDocument;

export interface Presentation {
  paper?: Paper;
  /** Language of titles, "Present" and month names (default meta.locale, else en). */
  locale?: string;
  /** The theme as given (--theme), recorded in the outputs with the selection. */
  theme?: string;
}

export function prepare(
  planned: PlannedDocument[],
  loaded: Loaded,
  theme: Theme,
  presentation: Presentation,
): { documents: Document[]; warnings: Diagnostic[] } {
  const common = {
    ...presentation,
    photo: loaded.photo,
    fonts: loaded.fonts,
    dateFormat: theme.tokens.dateFormat,
  };
  const documents = planned.map(
    ({ target, resume, maxPages, maxPagesVariant, relevance, locale }): Document => {
      const options = { ...common, locale: locale ?? presentation.locale };
      const made = (view: ViewModel) =>
        recorded(view, target.selection, presentation.theme ?? loaded.resume.meta?.theme);
      const budget = { maxPages, ...(maxPagesVariant === undefined ? {} : { maxPagesVariant }) };
      if (!relevance) return { stem: target.stem, ...budget, view: made(prepareResume(resume, options)) };
      const viewWithout = (dropped: readonly string[]) => {
        const view = prepareResume(arrange(resume, relevance, new Set(dropped)), options);
        return made(relevance.emphasize ? emphasize(view, relevance.job.mark) : view);
      };
      const order = relevance.plan.dropOrder;
      return {
        stem: target.stem,
        ...budget,
        view: viewWithout([]),
        cuts: {
          order,
          view: (n) => viewWithout(order.slice(0, n)),
          listOf: (path) => listOf(resume, path),
          unmatched: unmatchedSections(resume, relevance),
        },
      };
    },
  );
  const warnings = [
    ...theme.warnings,
    ...glyphWarnings(loaded.source, documents, theme),
    ...designWarnings(loaded, theme),
    ...customSectionWarnings(loaded, theme),
  ];
  return { documents, warnings };
}

/** A character no font of the theme draws is a warning at its first place in the source. */
function glyphWarnings(source: Source, documents: Document[], theme: Theme): Diagnostic[] {
  return uncoveredWarnings(source, theme.uncovered(documents.map((d) => shownText(d.view)).join('')));
}

/** Each character no font draws, as a warning at its first place in `source` (the résumé, or a letter). */
export function uncoveredWarnings(source: Source, chars: string[]): Diagnostic[] {
  return chars.map((ch) => {
    const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    const message = `no font of the theme draws "${ch}" (${code}): the PDF may show it from another font or as an empty box`;
    return warningAt(source, message, source.text.indexOf(ch));
  });
}

/** meta.design set for a theme whose look is its own: it reaches only the formats the theme does not make. */
function designWarnings({ source, resume }: Loaded, theme: Theme): Diagnostic[] {
  if (theme.supports.design || !resume.meta?.design) return [];
  const message = `meta.design does not reach the HTML and PDF of ${theme.name}, a JSON Resume theme with its own look; the DOCX follows it`;
  return [{ ...warningAt(source, message, source.text.search(/["']?design["']?\s*:/)), path: 'meta.design' }];
}

/** Custom sections built with a theme that does not draw them: its HTML and PDF leave them out, said once. */
function customSectionWarnings({ source, resume }: Loaded, theme: Theme): Diagnostic[] {
  const sections = resume.sections ?? [];
  if (theme.supports.customSections || sections.length === 0) return [];
  const items = sections.reduce((n, s) => n + (s.items?.length ?? 0), 0);
  const names = sections.map((s) => (typeof s.title === 'string' ? s.title : s.id)).join(', ');
  const message = `${sections.length === 1 ? 'a custom section' : `${sections.length} custom sections`} (${names}: ${items} item${items === 1 ? '' : 's'}) not in the HTML and PDF of ${theme.name}, a JSON Resume theme that draws JSON Resume's sections only; the DOCX, Markdown and text show them, as does a built-in theme`;
  return [{ ...warningAt(source, message, source.text.search(/["']?sections["']?\s*:/)), path: 'sections' }];
}

/** A view that says how it was built (its selection, locale and theme), for its outputs' metadata: check reads
 * it back and needs no flags. */
function recorded(view: ViewModel, selection: Selection, theme: string | undefined): ViewModel {
  const { variant, tags, excludeTags } = selection;
  const record: BuildRecord = {
    variant,
    tags,
    excludeTags,
    public: selection.public,
    locale: view.document.locale,
    theme,
  };
  view.document.build = JSON.stringify(record);
  return view;
}

export function warningAt(source: Source, message: string, offset: number): Diagnostic {
  const at = inputError(source.name, message, { text: source.text, offset: Math.max(0, offset) });
  return { ...(at.diagnostics[0] as Diagnostic), severity: 'warning' };
}
