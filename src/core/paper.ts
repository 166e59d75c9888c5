// Paper: the names a size goes by, and the size a résumé is printed on when nothing says which.
import { countryOf, usesLetter } from './country.js';
import type { Resume } from './resume-types.js';
import type { Paper } from './view.js';

/** Every spelling met: ours, RenderCV's (`us-letter`, LaTeX's `letterpaper`), Reactive Resume's, YAMLResume's. */
const NAMES: Readonly<Record<string, Paper>> = {
  a4: 'A4',
  a4paper: 'A4',
  letter: 'Letter',
  'us-letter': 'Letter',
  'us letter': 'Letter',
  usletter: 'Letter',
  letterpaper: 'Letter',
};

/** The paper a name means, in any letter case, or undefined. */
export function paperNamed(value: unknown): Paper | undefined {
  return typeof value === 'string' ? NAMES[value.trim().toLowerCase()] : undefined;
}

/** The paper a résumé is printed on when neither the command nor meta.paper says: Letter for one written for a
 * Letter country (see country.ts), else A4. */
export function defaultPaper(resume: Resume, locale: string): Paper {
  return usesLetter(countryOf(resume, locale)) ? 'Letter' : 'A4';
}
