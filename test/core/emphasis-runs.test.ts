import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline, plainText } from '../../src/core/markdown.js';
import { inlineHtml } from '../../src/render/html/index.js';

const micromark = createRequire(import.meta.url)('micromark') as (markdown: string) => string;

const html = (source: string) => inlineHtml(parseInline(source));

describe('emphasis pairs as CommonMark pairs it', () => {
  it.each([
    ['***John Doe***', '<em><strong>John Doe</strong></em>'],
    ['Frodo Baggins, ***John Doe***', 'Frodo Baggins, <em><strong>John Doe</strong></em>'],
    ['___x___', '<em><strong>x</strong></em>'],
    ['__bold__', '<strong>bold</strong>'],
    ['**bold *italic* bold**', '<strong>bold <em>italic</em> bold</strong>'],
    ['*italic **bold** italic*', '<em>italic <strong>bold</strong> italic</em>'],
    ['**bold *italic***', '<strong>bold <em>italic</em></strong>'],
    ['***bold** italic*', '<em><strong>bold</strong> italic</em>'],
    ['***italic* bold**', '<strong><em>italic</em> bold</strong>'],
    ['**a**b', '<strong>a</strong>b'],
    ['**pipelines**.', '<strong>pipelines</strong>.'],
    ['(*tools*),', '(<em>tools</em>),'],
    ['snake_case_name', 'snake_case_name'],
    ['a ** b', 'a ** b'],
    ['\\***a**', '*<strong>a</strong>'],
    ['*a [b*](https://x.org)', '*a <a href="https://x.org">b*</a>'],
    ['(*) advisee, (**) postdoc: marks, not emphasis', '(*) advisee, (**) postdoc: marks, not emphasis'],
    ['Kim (*), Lee (**)', 'Kim (*), Lee (**)'],
  ])('%s', (source, expected) => {
    expect(html(source)).toBe(expected);
  });

  it('reads bold and italic words without their markers', () => {
    expect(plainText(parseInline('Frodo Baggins, ***John Doe***'))).toBe('Frodo Baggins, John Doe');
  });

  it('nests at most 8 deep: deeper markers are text', () => {
    const stars = '*'.repeat(20);
    expect(html(`${stars}a${stars}`)).toBe(`${'<strong>'.repeat(8)}****a****${'</strong>'.repeat(8)}`);
  });

  it.each([
    // The spec's "rule of 3": a run that can open and close pairs by the lengths of both runs.
    ['*foo**bar**baz*', '<em>foo<strong>bar</strong>baz</em>'],
    ['*foo**bar*', '<em>foo**bar</em>'],
  ])('%s, by the rule of 3', (source, expected) => {
    expect(html(source)).toBe(expected);
  });

  // micromark 2 applies the rule of 3 to what is left of a run, not to the run as written (as the spec and
  // commonmark.js do), so the words here never have a marker run between two letters or two punctuation marks.
  const runs = ['', '*', '**', '***', '_', '__', '___'];
  const word = fc
    .record({
      before: fc.constantFrom('', '('),
      open: fc.constantFrom(...runs),
      core: fc.constantFrom('a', 'bc', 'x\\*', '[a](https://x.org)'),
      close: fc.constantFrom(...runs),
      after: fc.constantFrom('', '.', ','),
    })
    .map(({ before, open, core, close, after }) =>
      [/^\w/.test(core) ? before : '', open, core, close, /\w$/.test(core) ? after : ''].join(''),
    );

  it('agrees with a CommonMark parser (micromark) on words in and out of emphasis', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        // Words either side keep a marker at the start from reading as a list item or a rule.
        const source = `x ${words.join(' ')} y`;
        expect(`<p>${html(source)}</p>`).toBe(micromark(source));
      }),
      { numRuns: 3000 },
    );
  });
});
