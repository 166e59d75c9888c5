// Code spans (`useReducer()`): read as CommonMark reads them, their text as written (no markup inside), in every
// renderer's own form; a run of backticks nothing closes is text.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline, plainText } from '../../src/core/markdown.js';
import { inlineHtml } from '../../src/render/html/index.js';

const micromark = createRequire(import.meta.url)('micromark') as (markdown: string) => string;

const html = (source: string) => inlineHtml(parseInline(source));

describe('code spans', () => {
  it.each([
    ['the hook `useReducer()` for state', 'the hook <code>useReducer()</code> for state'],
    ['`**kwargs**` stays as written', '<code>**kwargs**</code> stays as written'],
    ['**`bold code`**', '<strong><code>bold code</code></strong>'],
    ['[a `link`](https://x.org)', '<a href="https://x.org">a <code>link</code></a>'],
    ['`` a ` b ``', '<code>a &#x60; b</code>'],
    ['one ` unclosed', 'one &#x60; unclosed'],
    ['``two` unequal', '&#x60;&#x60;two&#x60; unequal'],
    ['\\`not code\\`', '&#x60;not code&#x60;'],
    ['`a\nb`', '<code>a b</code>'],
  ])('%s', (source, expected) => {
    expect(html(source)).toBe(expected);
  });

  it('gives its text as written to a reader', () => {
    expect(plainText(parseInline('Wrote `a_b_c` and *d*'))).toBe('Wrote a_b_c and d');
  });

  // Emphasis markers beside a backtick left as text pair by rules tested in emphasis-runs.test.ts.
  it('agrees with a CommonMark parser (micromark) on backticks and words', () => {
    const piece = fc.constantFrom('`', '``', '```', 'ab', 'c d', ' ', 'x_y', '\\`');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }), (pieces) => {
        const source = `x ${pieces.join('')} y`;
        const ours = `<p>${html(source).replaceAll('&#x60;', '`')}</p>`;
        expect(ours).toBe(micromark(source).replaceAll('&#x60;', '`'));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a text of many unclosed backticks in one pass', () => {
    const source = '` x '.repeat(20_000).replace(/`/g, (m, i: number) => (i % 8 === 0 ? '``' : m));
    const tokens = parseInline(source);
    expect(plainText(tokens).length).toBeGreaterThan(source.length / 2);
  });
});
