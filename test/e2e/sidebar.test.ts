// The two-column theme (issue 12): its PDF reads column by column, and its sidebar never runs on past page 1,
// where it would be read after the first page's main column. Checked on résumés of many shapes, both papers,
// larger type and fitted type, rendered through the library in process on one browser.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderOptions } from '../../src/index.js';
import { root, sampleYaml } from '../helpers.js';
import { pdfOf, rendered, sharedBrowser } from '../library.js';

const browser = sharedBrowser();

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

/** The résumé as a file, or as text for the long skills list (in 12 pt with `-12`). */
const inputOf = (given: string): RenderOptions =>
  given.startsWith('long-skills')
    ? { source: (given.endsWith('12') ? 'meta:\n  design:\n    fontSize: 12\n' : '') + longSkills }
    : { file: given };

const cases: [string, string, RenderOptions][] = [
  ['the sample on A4', sampleYaml, {}],
  ['the sample on Letter', sampleYaml, { paper: 'Letter' }],
  ['the sample, fitted to 7 pages', sampleYaml, { maxPages: 7 }],
  [
    'JSON Resume\u2019s sample',
    join(root, 'test', 'fixtures', 'valid', 'json-resume.json'),
    { paper: 'Letter' },
  ],
  ['every field', join(root, 'test', 'fixtures', 'hostile', 'everything.yaml'), {}],
  ['a long skills list', 'long-skills', { paper: 'Letter' }],
  ['a long skills list in 12 pt', 'long-skills-12', {}],
];

describe('the sidebar theme', () => {
  it.each(cases)('%s: the sidebar ends on page 1, read before the main column', async (_, given, options) => {
    const r = await rendered({
      ...inputOf(given),
      ...options,
      theme: 'sidebar',
      formats: ['html', 'pdf'],
      browser,
    });
    const [html = '', pdfName = ''] = r.names;
    const side = words(sidebarText(r.text(html)));
    expect(side.length).toBeGreaterThan(20);
    const first = words((await pdfOf(r, pdfName)).pages[0] ?? '');
    // The whole sidebar on page 1, before the main column's first heading.
    expect(first).toContain(side.slice(-30));
    const main = /<main class="main">[\s\S]*?<section[^>]*>\s*<h2[^>]*>([^<]+)</.exec(
      r.text(html),
    )?.[1] as string;
    expect(first.indexOf(side.slice(-30))).toBeLessThan(first.indexOf(words(main)));
  });

  it('keeps a long skills list out of the sidebar, and a short one in it', async () => {
    const sidebarOf = async (source: string) =>
      sidebarText((await rendered({ source, theme: 'sidebar', formats: ['html'] })).text('resume.html'));
    const side = await sidebarOf(longSkills);
    expect(side).toContain('University of Somewhere');
    expect(side).toContain('English');
    expect(side).not.toContain('Keyword0x0');
    const short = longSkills.replace(/ {2}- name: Group (1[0-4]|[2-9])\n.*\n/g, '');
    expect(await sidebarOf(short)).toContain('Keyword0x0');
  });
});
