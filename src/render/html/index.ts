import Handlebars from 'handlebars/runtime';
import { fontFaceCss } from '../../core/font-file.js';
import type { Inline } from '../../core/markdown.js';
import { shownText, type ViewModel } from '../../core/prepare.js';
import { UserError } from '../../errors.js';
import { mark } from '../../timings.js';
import { facesFor, fontStack } from '../fonts.js';
import type { FolderTheme } from '../theme.js';
import { CUSTOM_FAMILY, tokensCss, viewTokens } from '../tokens.js';
import type { Renderer } from '../types.js';
import { regions } from './layout.js';
import { compileTheme, type Template } from './templates.js';

const escapeHtml = Handlebars.Utils.escapeExpression;

// A line break after the hyphen of "low-latency" (or the slash of "CI/CD") makes PDF text read "low- latency",
// which breaks ATS keyword matching; such words are kept on one line (class "nobr"). Long ones may still wrap,
// or they would overflow. A match starts only at the start of a word (the lookbehind), so a long word costs one
// pass, not one per letter.
const COMPOUND = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+)/u;

function textHtml(text: string): string {
  return text
    .split(COMPOUND)
    .map((part, i) =>
      i % 2 === 1 && part.length <= 40 ? `<span class="nobr">${escapeHtml(part)}</span>` : escapeHtml(part),
    )
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
        default:
          return `<a href="${escapeHtml(t.href)}">${inlineHtml(t.children)}</a>`;
      }
    })
    .join('');
}

const compiled = new WeakMap<FolderTheme, Template>();

/** Compiles a theme once; user text is only ever data to the template, never template source. */
function templateFor(theme: FolderTheme): Template {
  let template = compiled.get(theme);
  if (!template) {
    template = compileTheme(theme, (hbs) => {
      hbs.registerHelper('inline', (tokens: Inline[]) => new hbs.SafeString(inlineHtml(tokens)));
      hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
      hbs.registerHelper('join', (list: unknown[], separator: unknown) =>
        Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '',
      );
    });
    compiled.set(theme, template);
  }
  return template;
}

export function renderHtml(view: ViewModel, theme: FolderTheme): string {
  const tokens = viewTokens(theme.tokens, view);
  // The typeface: font files of the résumé's, else a shipped family it names, else the theme's own.
  const stack = tokens.font === theme.tokens.font ? theme.fontFaces : fontStack(tokens.font);
  const ownFonts = view.fonts?.length
    ? fontFaceCss(view.fonts, CUSTOM_FAMILY)
    : tokens.font === theme.tokens.font
      ? fontFaceCss(theme.fonts, theme.tokens.font)
      : '';
  const context = {
    ...view,
    regions: regions(view, theme.layout, tokens.fontSize),
    css: theme.css,
    // The theme's tokens under meta.design and the sizes --max-pages chose, as the custom properties its CSS reads.
    tokens: tokensCss(tokens, view.fit?.space),
    fontFaces: `${ownFonts}\n${facesFor(stack, shownText(view))}`,
  };

  const template = templateFor(theme);
  let html: string;
  try {
    html = template(context);
  } catch (error) {
    // A user's theme can name a partial it does not have, or misuse a helper: its fault, said as such.
    if (theme.builtin) throw error;
    throw new UserError(`theme ${theme.name}: ${(error as Error).message}`);
  }
  mark('html rendered');
  return html;
}

export const htmlRenderer: Renderer = {
  format: 'html',
  extension: 'html',
  async render(view, ctx) {
    return ctx.html(view);
  },
};
