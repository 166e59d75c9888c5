// A letter file read: its front matter with positions, its body's blocks, its placeholders.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/core/markdown.js';
import type { Source } from '../../src/core/source.js';
import { UserError } from '../../src/errors.js';
import { letterBlocks } from '../../src/letter/body.js';
import { fillLetter } from '../../src/letter/placeholders.js';
import { calendarDay, readLetter } from '../../src/letter/read.js';

const source = (text: string): Source => ({ path: 'acme.md', name: 'acme.md', text, json: false });
const read = (text: string) => readLetter(source(text));
const where = (d: { line: number; col: number; path: string; message: string }) =>
  `${d.line}:${d.col} ${d.path} ${d.message}`;

describe('the front matter', () => {
  it('reads every key, a recipient with its address as a list or as lines, numbers as written', () => {
    const { file, problems } = read(
      '---\ncompany: 3M\nposition: "Engineer"\ndate: 2025-03-14\nrecipient:\n  name: Jo Lee\n  title: CTO\n  address:\n    - 1 Main St\n    - Springfield\nsubject: 007\n---\nHello.\n',
    );
    expect(problems).toEqual([]);
    expect(file.fields).toEqual({
      company: '3M',
      position: 'Engineer',
      date: '2025-03-14',
      recipient: { name: 'Jo Lee', title: 'CTO', address: ['1 Main St', 'Springfield'] },
      subject: '007',
    });
    expect(file.body).toBe('Hello.\n');
    expect(file.source.text.slice(file.bodyOffset)).toBe('Hello.\n');
    const lines = read('---\nrecipient:\n  address: |\n    1 Main St\n    Springfield\n---\nHi\n');
    expect(lines.file.fields.recipient?.address).toEqual(['1 Main St', 'Springfield']);
  });

  it('takes a letter without front matter, all of it text', () => {
    const { file, problems } = read('Dear team,\n\nHello.\n');
    expect(problems).toEqual([]);
    expect(file.fields).toEqual({});
    expect(file.body).toBe('Dear team,\n\nHello.\n');
  });

  it('says every problem at its line and column: unknown keys with a suggestion, wrong shapes, empty values', () => {
    const { problems } = read(
      '---\ncompnay: Acme\nrecipient:\n  nmae: Jo\ndate: 2025-02-30\nposition:\nclosing: [a, b]\n---\nHi\n',
    );
    expect(problems.map(where)).toEqual([
      '2:1 compnay unknown key "compnay"; did you mean "company"?; a letter\'s keys: company, position, subject, date, salutation, closing, locale, job, signature, recipient',
      '4:3 recipient.nmae unknown key "nmae"; did you mean "name"?; a recipient has civility, name, title, address',
      '6:1 position position is empty: give it a value, or leave the line out',
      '7:10 closing closing is text: write it on one line after "closing:"',
      '5:7 date date "2025-02-30" is not a day of the calendar (YYYY-MM-DD)',
    ]);
    expect(read('---\nrecipient: Jo Lee\n---\nHi\n').problems.map(where)).toEqual([
      '2:12 recipient recipient is "name:", "title:" and "address:" lines, indented under it',
    ]);
  });

  it('points at YAML syntax errors and at a letter with no text', () => {
    const { problems } = read('---\ncompany: "Acme\n---\n');
    expect(problems[0]).toMatchObject({ line: 3, col: 1, message: 'YAML: Missing closing "quote' });
    expect(problems.map((p) => p.message)).toContain(
      'the letter has no text: write its paragraphs under the front matter',
    );
  });

  it('refuses front matter left open, at its first line', () => {
    try {
      read('---\ncompany: Acme\n\nHello.\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).diagnostics.map(where)).toEqual([
        '1:1  the front matter opened here is not closed: end it with a line "---"',
      ]);
    }
  });

  it('knows a calendar day from a date that is none', () => {
    expect(calendarDay('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(calendarDay('2025-02-29')).toBeUndefined();
    expect(calendarDay('14 March 2025')).toBeUndefined();
  });
});

describe('the body', () => {
  const shapes = (body: string) =>
    letterBlocks(body).map((b) =>
      b.kind === 'paragraph'
        ? `p: ${plainText(b.text)}`
        : `${b.ordered ? 'ol' : 'ul'}: ${b.items.map((i) => plainText(i)).join(' | ')}`,
    );

  it('joins lines an editor wrapped, keeps hard breaks, and reads lists in the order written', () => {
    expect(
      shapes(
        'First line\nwraps here.\n\nSign here:  \nnext line\\\nlast\n\nIntro:\n- one\n  continues\n* two\n1. first\n2) second\nAfter the list.\n',
      ),
    ).toEqual([
      'p: First line wraps here.',
      'p: Sign here:\nnext line\nlast',
      'p: Intro:',
      'ul: one continues | two',
      'ol: first | second After the list.',
    ]);
  });

  it('reads inline markup and links as the résumé does', () => {
    const [block] = letterBlocks('I **led** the *move* ([notes](https://example.com/notes)).\n');
    expect(block).toEqual({
      kind: 'paragraph',
      text: [
        { type: 'text', text: 'I ' },
        { type: 'strong', children: [{ type: 'text', text: 'led' }] },
        { type: 'text', text: ' the ' },
        { type: 'em', children: [{ type: 'text', text: 'move' }] },
        { type: 'text', text: ' (' },
        { type: 'link', href: 'https://example.com/notes', children: [{ type: 'text', text: 'notes' }] },
        { type: 'text', text: ').' },
      ],
    });
  });
});

describe('placeholders', () => {
  it('fills {{company}}, {{position}} and {{recipient.name}} from the front matter, then the posting', () => {
    const { file } = read(
      '---\nposition: Engineer\nrecipient:\n  name: Jo Lee\nsalutation: "Dear {{recipient.name}},"\n---\nThe {{ position }} role at {{company}}, \\{{company}} and a_b* C.\n',
    );
    const { texts, values, problems } = fillLetter(file, {
      file: 'job.md',
      company: 'A*B [Co]',
      title: 'Ignored',
    });
    expect(problems).toEqual([]);
    expect(values).toEqual({ company: 'A*B [Co]', position: 'Engineer', 'recipient.name': 'Jo Lee' });
    expect(texts.salutation).toBe('Dear Jo Lee,');
    // A value is text: its markup characters are escaped, so "A*B [Co]" prints as itself.
    expect(texts.body).toBe('The Engineer role at A\\*B \\[Co\\], \\{{company}} and a_b* C.\n');
    const [block] = letterBlocks(texts.body);
    expect(block?.kind === 'paragraph' && plainText(block.text)).toBe(
      'The Engineer role at A*B [Co], {{company}} and a_b* C.',
    );
  });

  it('says an unknown placeholder, one with no value, and one where nothing is filled, each at its place', () => {
    const { file } = read(
      '---\ncompany: "Acme {{position}}"\nclosing: "Yours, {{recipient.nam}}"\n---\nAt {{compnay}}\nas {{position}}.\n<!-- {{ignored}} in a comment -->\n',
    );
    expect(fillLetter(file, undefined).problems.map(where)).toEqual([
      '5:4  unknown placeholder {{compnay}}: did you mean {{company}}? placeholders: {{company}}, {{position}}, {{recipient.name}}',
      '6:4  {{position}} has no value: set position: in the front matter, or name a posting that names it (job: in the front matter, or --job)',
      '3:18 closing unknown placeholder {{recipient.nam}}: did you mean {{recipient.name}}? placeholders: {{company}}, {{position}}, {{recipient.name}}',
      '2:16 company company is printed as written: placeholders are filled in the text, subject, salutation and closing',
    ]);
  });

  it('writes one full stop after a value that ends with its own: "Acme S.L." ends the sentence', () => {
    const { file } = read(
      '---\ncompany: Acme S.L.\nposition: Engineer\n---\nAt {{company}}. As {{position}}. {{company}}.. {{company}}.com\n',
    );
    expect(fillLetter(file, undefined).texts.body).toBe(
      'At Acme S.L. As Engineer. Acme S.L... Acme S.L..com\n',
    );
  });

  it('says which value a named posting does not give, so the fix is in the front matter', () => {
    const { file } = read('---\njob: postings/nordlicht.md\n---\nThe {{position}} role at {{company}}.\n');
    const posting = { file: 'postings/nordlicht.md', title: 'Data Engineer' };
    const { texts, problems } = fillLetter(file, posting);
    expect(problems.map(where)).toEqual([
      '4:26  {{company}} has no value: set company: in the front matter: postings/nordlicht.md names no company',
    ]);
    expect(texts.body).toBe('The Data Engineer role at {{company}}.\n');
    const named = fillLetter(file, { file: 'postings/nordlicht.md', company: 'Nordlicht' }).problems;
    expect(named.map((d) => d.message)).toEqual([
      '{{position}} has no value: set position: in the front matter: postings/nordlicht.md names no title',
    ]);
  });
});
