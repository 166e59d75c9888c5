// A bounded fuzz run (issue 19), seconds long: hostile text through the inline parser, hostile YAML through the
// parser, hostile résumés through prepare and the text and HTML renderers, and hostile requests through the
// preview's routing. Nothing throws but a user error; links stay links; no output holds a control character.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { route } from '../../src/cli/preview.js';
import { dropControlChars } from '../../src/core/control-chars.js';
import { type Inline, isSafeHref, linkTargets, parseInline, plainText } from '../../src/core/markdown.js';
import { parseResume } from '../../src/core/parse.js';
import { prepareResume } from '../../src/core/prepare.js';
import { tailorResume } from '../../src/core/tailor.js';
import { validateResume } from '../../src/core/validate.js';
import { UserError } from '../../src/errors.js';
import { renderHtml } from '../../src/render/html/index.js';
import { markdownRenderer, textRenderer } from '../../src/render/text/index.js';
import { loadThemeFolder } from '../../src/render/theme-folder.js';

const micromark = createRequire(import.meta.url)('micromark') as (
  markdown: string,
  options: { allowDangerousProtocol: boolean },
) => string;

/** Pieces that make markup, links, escapes, control characters and text of every script. */
const piece = fc.constantFrom(
  '`',
  '``',
  '*',
  '**',
  '_',
  '__',
  '\\',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  ' ',
  '\n',
  '!',
  '<',
  '>',
  '&',
  '#',
  '|',
  '`',
  'a',
  'word',
  'C#',
  'é',
  '中文',
  'ع',
  '🚀',
  '\u0001',
  '\u001b[2J',
  '\u0085',
  '\ud800',
  'https://x.org',
  'https://x.org/a)b',
  'mailto:a@b.c',
  'tel:+1 (555) 0',
  'javascript:alert(1)',
  '[a](https://y.org)',
);
const hostileText = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function depth(tokens: Inline[]): number {
  return Math.max(0, ...tokens.map((t) => ('children' in t ? 1 + depth(t.children) : 0)));
}

function hrefs(tokens: Inline[]): string[] {
  return tokens.flatMap((t) =>
    t.type === 'link' ? [t.href, ...hrefs(t.children)] : 'children' in t ? hrefs(t.children) : [],
  );
}

describe('fuzz: inline Markdown', () => {
  it('parses anything without throwing, nests at most 8 deep, and makes only safe links', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const tokens = parseInline(s);
        expect(depth(tokens)).toBeLessThanOrEqual(8);
        for (const href of hrefs(tokens)) expect(isSafeHref(href)).toBe(true);
        expect(plainText(tokens).length).toBeLessThanOrEqual(s.length);
        linkTargets(s);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('fuzz: YAML', () => {
  const yamlPiece = fc.constantFrom(
    'a: ',
    'b:\n',
    '  ',
    '- ',
    '&x ',
    '*x',
    '[',
    ']',
    '{',
    '}',
    ',',
    '"',
    "'",
    '#',
    '\n',
    '\t',
    '? ',
    '!!str ',
    '|\n',
    '>\n',
    '---\n',
    'basics:\n  name: Ada\n',
    '\\u0001',
    '\\e',
    '%YAML 1.2\n',
    'é',
    '<<: *x\n',
  );
  it('any text is a résumé or a user error, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(yamlPiece, { maxLength: 40 }), async (pieces) => {
        const text = pieces.join('');
        try {
          const parsed = await parseResume({ path: 'r.yaml', name: 'r.yaml', text, json: false });
          dropControlChars(parsed.data);
          await validateResume(parsed);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
        }
      }),
      { numRuns: 400 },
    );
  });
});

const classic = await loadThemeFolder('classic');

describe('fuzz: rendering', () => {
  const theme = classic;
  const resumeArb = fc.record({
    basics: fc.record({
      name: hostileText.filter((t) => t.trim() !== ''),
      label: hostileText,
      summary: hostileText,
      url: fc.constantFrom(
        'https://example.com/a)b',
        'https://en.wikipedia.org/wiki/Foo_(bar)',
        'https://x.org/![',
      ),
    }),
    work: fc.array(
      fc.record({
        name: hostileText,
        position: hostileText,
        highlights: fc.array(hostileText, { maxLength: 3 }),
      }),
      { maxLength: 2 },
    ),
    skills: fc.array(fc.record({ name: hostileText, keywords: fc.array(hostileText, { maxLength: 3 }) }), {
      maxLength: 2,
    }),
  });

  /** Every link address the view holds (contacts, titles, inline links), as a reader decodes it. */
  function viewLinks(value: unknown, out = new Set<string>()): Set<string> {
    if (Array.isArray(value)) for (const v of value) viewLinks(v, out);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if (key === 'resume') continue;
        if (key === 'href' && typeof v === 'string') out.add(decoded(v));
        else viewLinks(v, out);
      }
    return out;
  }
  const decoded = (href: string) => {
    try {
      return decodeURI(href.replaceAll('&amp;', '&'));
    } catch {
      return href;
    }
  };

  it('hostile text renders to Markdown whose links are the view’s, and to text and HTML, with no control character', async () => {
    await fc.assert(
      fc.asyncProperty(resumeArb, async (r) => {
        let view: ReturnType<typeof prepareResume>;
        try {
          const parsed = await parseResume({
            path: 'r.yaml',
            name: 'r.yaml',
            text: stringify(r),
            json: false,
          });
          dropControlChars(parsed.data);
          view = prepareResume(tailorResume(await validateResume(parsed)).resume);
        } catch (error) {
          if (error instanceof UserError) return; // a link the validator refuses, say
          throw error;
        }
        const md = await markdownRenderer.render(view, {} as never);
        const html = micromark(String(md), { allowDangerousProtocol: true });
        expect(html).not.toContain('<img');
        const expected = viewLinks(view);
        for (const m of html.matchAll(/<a href="([^"]*)"/g)) expect(expected).toContain(decoded(m[1] ?? ''));
        const txt = String(await textRenderer.render(view, {} as never));
        const page = renderHtml(view, theme);
        for (const out of [String(md), txt, page]) expect(out).not.toMatch(CONTROL);
      }),
      { numRuns: 150 },
    );
  });
});

describe('fuzz: the preview server', () => {
  const state = {
    status: () => ({ files: ['resume.html'] }),
    file: (name: string) => (name === 'resume.html' ? '/nonexistent/resume.html' : undefined),
    match: () => '<p>report</p>',
  };
  const target = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc
      .array(
        fc.constantFrom(
          '/',
          'files',
          '%',
          '%E0',
          '%A4',
          '%2e',
          '%2f',
          '..',
          '?',
          '#',
          'x',
          '%00',
          '%zz',
          '//',
          '*',
        ),
        {
          maxLength: 20,
        },
      )
      .map((p) => p.join('')),
  );
  it('answers every request target with a status, never an exception', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('GET', 'HEAD', 'POST', 'OPTIONS'),
        target,
        fc.constantFrom('127.0.0.1:4000', 'evil:4000', ''),
        (method, t, host) => {
          const reply = route(method, t, host, 4000, state);
          expect([200, 400, 403, 404, 405]).toContain(reply.status);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
