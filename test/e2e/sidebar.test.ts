// The two-column theme (issue 12): its PDF reads column by column, and its sidebar never runs on past page 1,
// where it would be read after the first page's main column. Checked on résumés of many shapes, both papers,
// larger type and fitted type.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const words = (text: string) => text.replace(/\s+/g, '').toLowerCase(); // headings print in capitals

/** The sidebar's text, as the HTML has it. */
function sidebarText(html: string): string {
  const aside = /<aside class="sidebar">([\s\S]*?)<\/aside>/.exec(html)?.[1] ?? '';
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return aside
    .replace(/<span class="entry-sep"[^>]*>[^<]*<\/span>/g, ' ') // hidden in the narrow column
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
      e.startsWith('#') ? String.fromCodePoint(Number(`0${e.slice(1)}`)) : (named[e] ?? all),
    );
}

const longSkills = `basics:
  name: Long Skills
  label: Engineer
  email: long@example.com
skills:
${Array.from({ length: 14 }, (_, i) => `  - name: Group ${i + 1}\n    keywords: [${Array.from({ length: 9 }, (_, k) => `Keyword${i}x${k}`).join(', ')}]`).join('\n')}
education:
  - institution: University of Somewhere
    area: Computer Science
    studyType: BSc
    endDate: "2015"
languages:
  - language: English
    fluency: Native
work:
${Array.from({ length: 6 }, (_, i) => `  - name: Company ${i}\n    position: Engineer\n    startDate: "201${i}-01"\n    highlights:\n      - Built the thing number ${i} that did a great deal of useful work for many people`).join('\n')}
`;

const cases: [string, string, string[]][] = [
  ['the sample on A4', sampleYaml, []],
  ['the sample on Letter', sampleYaml, ['--paper', 'Letter']],
  ['the sample, fitted to 7 pages', sampleYaml, ['--max-pages', '7']],
  [
    'JSON Resume\u2019s sample',
    join(root, 'test', 'fixtures', 'valid', 'json-resume.json'),
    ['--paper', 'Letter'],
  ],
  ['every field', join(root, 'test', 'fixtures', 'hostile', 'everything.yaml'), []],
  ['a long skills list', 'long-skills', ['--paper', 'Letter']],
  ['a long skills list in 12 pt', 'long-skills-12', []],
];

describe('the sidebar theme', () => {
  it.each(cases)('%s: the sidebar ends on page 1, read before the main column', async (_, given, args) => {
    const dir = tempDir();
    let file = given;
    if (given.startsWith('long-skills')) {
      file = join(dir, 'resume.yaml');
      const design = given.endsWith('12') ? 'meta:\n  design:\n    fontSize: 12\n' : '';
      writeFileSync(file, design + longSkills);
    }
    const r = await runCli(['build', file, '--theme', 'sidebar', '-f', 'html,pdf', '-o', dir, ...args]);
    expect(r.code, r.stderr).toBe(0);
    const stem = readdirSync(dir)
      .find((f) => f.endsWith('.pdf'))
      ?.replace(/\.pdf$/, '') as string;
    const side = words(sidebarText(readFileSync(join(dir, `${stem}.html`), 'utf8')));
    expect(side.length).toBeGreaterThan(20);
    const pdf = await readPdf(join(dir, `${stem}.pdf`));
    const first = words(pdf.pages[0] ?? '');
    // The whole sidebar on page 1, before the main column's first heading.
    expect(first).toContain(side.slice(-30));
    const main = /<main class="main">\s*<section[^>]*>\s*<h2[^>]*>([^<]+)</.exec(
      readFileSync(join(dir, `${stem}.html`), 'utf8'),
    )?.[1] as string;
    expect(first.indexOf(side.slice(-30))).toBeLessThan(first.indexOf(words(main)));
  });

  it('keeps a long skills list out of the sidebar, and a short one in it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), longSkills);
    expect(
      (await runCli(['build', '--theme', 'sidebar', '-f', 'html', '-o', 'out'], { cwd: dir })).code,
    ).toBe(0);
    const side = sidebarText(readFileSync(join(dir, 'out', 'resume.html'), 'utf8'));
    expect(side).toContain('University of Somewhere');
    expect(side).toContain('English');
    expect(side).not.toContain('Keyword0x0');
    const short = longSkills.replace(/ {2}- name: Group (1[0-4]|[2-9])\n.*\n/g, '');
    writeFileSync(join(dir, 'resume.yaml'), short);
    expect(
      (await runCli(['build', '--theme', 'sidebar', '-f', 'html', '-o', 'out'], { cwd: dir })).code,
    ).toBe(0);
    expect(sidebarText(readFileSync(join(dir, 'out', 'resume.html'), 'utf8'))).toContain('Keyword0x0');
  });
});
