// Stage 3, prepare: a view per planned document (the one view every format draws), in the theme's date format,
// and what the theme cannot show of it, said before anything is printed.
import { prepareResume, shownText } from '../core/prepare.js';
import { inputError, type Source } from '../core/source.js';
import type { BuildRecord, Paper, ViewModel } from '../core/view.js';
import type { Diagnostic } from '../errors.js';
import type { Theme } from '../render/theme.js';
import type { Loaded } from './load.js';
import type { PlannedDocument } from './plan.js';

/** One document to render: a view and what its outputs are called. */
export interface Document {
  stem: string;
  view: ViewModel;
  /** The page budget (--max-pages, or the variant's maxPages). */
  maxPages?: number;
}

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
  const documents = planned.map(({ target, resume, maxPages }) => {
    const view = prepareResume(resume, {
      ...presentation,
      photo: loaded.photo,
      fonts: loaded.fonts,
      dateFormat: theme.tokens.dateFormat,
    });
    const record: BuildRecord = {
      ...target.selection,
      locale: view.document.locale,
      theme: presentation.theme ?? loaded.resume.meta?.theme,
    };
    view.document.build = JSON.stringify(record);
    return { stem: target.stem, maxPages, view };
  });
  const warnings = [
    ...theme.warnings,
    ...glyphWarnings(loaded.source, documents, theme),
    ...designWarnings(loaded, theme),
  ];
  return { documents, warnings };
}

/** A character no font of the theme draws is a warning at its first place in the source. */
function glyphWarnings(source: Source, documents: Document[], theme: Theme): Diagnostic[] {
  const text = documents.map((d) => shownText(d.view)).join('');
  return theme.uncovered(text).map((ch) => {
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

export function warningAt(source: Source, message: string, offset: number): Diagnostic {
  const at = inputError(source.name, message, { text: source.text, offset: Math.max(0, offset) });
  return { ...(at.diagnostics[0] as Diagnostic), severity: 'warning' };
}
