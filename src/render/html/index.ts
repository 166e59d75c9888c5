import Handlebars from 'handlebars/runtime';
import { fontFaceCss } from '../../core/font-file.js';
import type { Inline } from '../../core/markdown.js';
import { shownText } from '../../core/prepare.js';
import type { ViewModel } from '../../core/view.js';
import { UserError } from '../../errors.js';
import { isLetter, type LetterView, type PageView, shownLetterText } from '../../letter/view.js';
import { mark } from '../../timings.js';
import { facesFor, fontStack } from '../fonts.js';
import type { ThemeFolder } from '../theme-folder.js';
import { CUSTOM_FAMILY, letterCss, tokensCss, viewTokens } from '../tokens.js';
import type { Renderer } from '../types.js';
import { regions } from './layout.js';
import { readHtml } from './read.js';
import { compileTheme, type Environment, loadTheme, type Template, type Templates } from './templates.js';

const escapeHtml = Handlebars.Utils.escapeExpression;

// A line break after the hyphen of "low-latency" (or the slash of "CI/CD") makes PDF text read "low- latency",
// which breaks ATS keyword matching; such words are kept on one line (class "nobr"). Long ones may still wrap,
// or they would overflow. A match starts only at the start of a word (the lookbehind), so a long word costs one
// pass, not one per letter.
const COMPOUND = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+)/u;

function textHtml(text: string): string {
  // Most text has no compound word: one escape, without the Unicode-class expression.
  if (!/[-/]/.test(text)) return escapeHtml(text);
  return text
    .split(COMPOUND)
    .map((part, i) =>
      i % 2 === 1 && part.length <= 40 ? `<span class="nobr">${escapeHtml(part)}</span>` : escapeHtml(part),
    )
    .join('');
}

// A place's part in brackets ("Frankfurt am Main (Hessen, Deutschland)") is one unit (class "unit"): a narrow
// column breaks the place before or after it, not inside, unless the part is longer than a line.
const BRACKETED = /(\([^()]+\))/;

/** A place as HTML: its bracketed parts each one unit, its hyphenated words whole. */
function placeHtml(text: string): string {
  return text
    .split(BRACKETED)
    .map((part, i) => (i % 2 === 1 ? `<span class="unit">${textHtml(part)}</span>` : textHtml(part)))
    .join('');
}

/** Inline tokens as HTML; every piece of user text goes through escapeHtml, and hrefs were vetted by the parser. */
export function inlineHtml(tokens: Inline[]): string {
  return tokens
    .map((t) => {
      switch (t.type) {
        case 'text':
          return textHtml(t.text);
        case 'strong':
          return `<strong>${inlineHtml(t.children)}</strong>`;
        case 'em':
          return `<em>${inlineHtml(t.children)}</em>`;
        case 'break':
          return '<br>';
        case 'code':
          return `<code>${textHtml(t.text)}</code>`;
        default:
          return `<a href="${escapeHtml(t.href)}">${inlineHtml(t.children)}</a>`;
      }
    })
    .join('');
}

const compiled = new WeakMap<ThemeFolder, Templates>();

/** The helpers every theme's templates may call; user text is only ever data to a template, never its source. */
function registerHelpers(hbs: Environment): void {
  hbs.registerHelper('inline', (tokens: Inline[]) => new hbs.SafeString(inlineHtml(tokens)));
  hbs.registerHelper('place', (text: unknown) =>
    typeof text === 'string' ? new hbs.SafeString(placeHtml(text)) : '',
  );
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('join', (list: unknown[], separator: unknown) =>
    Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '',
  );
}

/** Gets the theme's templates ready before its first page: a built-in theme's precompiled set is loaded (each is
 * a chunk of its own in the bundle), any other compiled. */
export async function loadTemplates(theme: ThemeFolder): Promise<void> {
  if (!compiled.has(theme)) compiled.set(theme, await loadTheme(theme, registerHelpers));
}

/** The theme's templates, compiled once (here, unless loadTemplates did). */
function templatesFor(theme: ThemeFolder): Templates {
  let templates = compiled.get(theme);
  if (!templates) {
    templates = compileTheme(theme, registerHelpers);
    compiled.set(theme, templates);
  }
  return templates;
}

/** What every page of the theme is styled with: its stylesheet, the tokens as custom properties, the faces. */
function pageStyle(view: PageView, theme: ThemeFolder, css: string) {
  const tokens = viewTokens(theme.tokens, view);
  // The typeface: font files of the résumé's, else a shipped family it names, else the theme's own.
  const stack = tokens.font === theme.tokens.font ? theme.fontFaces : fontStack(tokens.font);
  const ownFonts = view.fonts?.length
    ? fontFaceCss(view.fonts, CUSTOM_FAMILY)
    : tokens.font === theme.tokens.font
      ? fontFaceCss(theme.fonts, theme.tokens.font)
      : '';
  const shown = isLetter(view) ? shownLetterText(view) : shownText(view);
  return {
    css,
    // The theme's tokens under meta.design and the sizes fitting chose, as the custom properties its CSS reads.
    tokens: `${tokensCss(tokens, view.fit?.space)}${isLetter(view) ? letterCss(tokens) : ''}`,
    fontFaces: `${ownFonts}\n${facesFor(stack, shown)}`,
  };
}

/** Runs a theme's template; a user's theme can name a partial it does not have, or misuse a helper: its fault,
 * said as such. */
function run(template: Template, context: object, theme: ThemeFolder): string {
  try {
    return template(context);
  } catch (error) {
    if (theme.builtin) throw error;
    throw new UserError(`theme ${theme.name}: ${(error as Error).message}`);
  }
}

export function renderHtml(view: ViewModel, theme: ThemeFolder): string {
  const tokens = viewTokens(theme.tokens, view);
  const context = {
    ...view,
    regions: regions(view, theme.layout, tokens.fontSize),
    ...pageStyle(view, theme, theme.css),
  };
  const html = run(templatesFor(theme).main, context, theme);
  mark('html rendered');
  return html;
}

/** The letter's page, in the theme's letter.hbs: its stylesheet is style.css and then letter.css. */
export function renderLetterHtml(view: LetterView, theme: ThemeFolder): string {
  const { letter } = templatesFor(theme);
  if (!letter) throw new Error(`theme ${theme.name} has no letter.hbs`);
  const context = { ...view, ...pageStyle(view, theme, `${theme.css}\n${theme.letterCss}`) };
  return run(letter, context, theme);
}

export const htmlRenderer: Renderer = {
  format: 'html',
  extension: 'html',
  reading: 'layout',
  async render(view, ctx) {
    return ctx.html(view);
  },
  async renderLetter(view, ctx) {
    return ctx.html(view);
  },
  read: readHtml,
};
