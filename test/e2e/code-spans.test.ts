// Code spans written in a résumé (`useReducer()`, as GitHub-kept JSON Resume files write them): no backtick is
// printed, the words inside are as written (no markup read there), and Markdown keeps them as code.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, root, runCli, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const FIXTURE = join(root, 'test', 'fixtures', 'valid', 'code-spans.json');

/** Each bullet as a reader sees it. */
const WORDS = [
  'Moved state into the React hook useReducer(), which cut re-renders by half',
  'Wrote the **kwargs helpers and a make release target',
  'Documented the a ` b edge case; a lone ` backtick stays as written',
];

describe('code spans, in every format', () => {
  const dir = tempDir();
  const file = (ext: string) => readFileSync(join(dir, 'out', `resume.${ext}`), 'utf8');
  let pdf = '';
  let docx = '';

  beforeAll(async () => {
    copyFileSync(FIXTURE, join(dir, 'resume.json'));
    const r = await runCli(['build', 'resume.json', '-f', 'html,pdf,docx,md,txt', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    pdf = (await readPdf(join(dir, 'out', 'resume.pdf'))).text.replace(/\s+/g, ' ');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'resume.docx')));
    docx = decodeEntities((await zip.file('word/document.xml')?.async('string')) ?? '').replace(
      /<[^>]+>/g,
      '',
    );
  });

  it('shows the words without backticks in text, the PDF and the DOCX', () => {
    for (const text of [file('txt'), pdf, docx]) for (const words of WORDS) expect(text).toContain(words);
  });

  it('marks them as code in the HTML and keeps them as code in Markdown', () => {
    expect(file('html')).toContain('the React hook <code>useReducer()</code>, which');
    expect(file('html')).toContain('<strong><code>make release</code></strong>');
    const md = file('md');
    expect(md).toContain('- Moved state into the React hook `useReducer()`, which cut re-renders by half\n');
    expect(md).toContain('the ``a ` b`` edge case; a lone \\` backtick');
  });

  it('is read back whole by check', async () => {
    const outputs = ['html', 'pdf', 'docx', 'md', 'txt'].map((ext) => join('out', `resume.${ext}`));
    const r = await runCli(['check', '--resume', 'resume.json', ...outputs], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('all 5 outputs read back whole');
  });
});

describe('a code span in French', () => {
  it('keeps its spaces as written: no no-break space before ? or %', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'r.yaml'),
      'meta:\n  locale: fr\nbasics:\n  name: Léa Exemple\nwork:\n  - name: Acme\n    highlights: ["Écrit `a ? b : c` et `x = 50 %` ici ?"]\n',
    );
    const r = await runCli(['build', 'r.yaml', '-f', 'md', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(dir, 'out', 'resume.md'), 'utf8');
    expect(md).toContain('Écrit `a ? b : c` et `x = 50 %` ici\u202f?');
  });
});
