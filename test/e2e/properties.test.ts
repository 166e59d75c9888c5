// Property-based: random valid résumés go through parse → validate → tailor → prepare → render in every format
// without throwing, and every text of the input shows up in every output.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseResume } from '../../src/core/parse.js';
import { prepareResume } from '../../src/core/prepare.js';
import type { Resume } from '../../src/core/resume-types.js';
import { tailorResume } from '../../src/core/tailor.js';
import { validateResume } from '../../src/core/validate.js';
import { renderDocx } from '../../src/render/docx/document.js';
import { renderHtml } from '../../src/render/html/index.js';
import { BrowserSession } from '../../src/render/pdf/browser.js';
import { discoverBrowser } from '../../src/render/pdf/discover.js';
import { loadThemeFolder } from '../../src/render/theme-folder.js';
import { decodeEntities, flat, htmlText, tempDir } from '../helpers.js';
import { pdfText } from '../pdf.js';

const theme = await loadThemeFolder('classic');

// Words of letters, digits and characters that must be escaped; no markdown markers, so text is literal.
const word = fc.stringMatching(/^[A-Za-z0-9éüß<>&"'{}=/]{1,12}$/).filter((w) => /[A-Za-z0-9]/.test(w));
const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
const date = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }))
  .map(([y, m]) => (m ? `${y}-${String(m).padStart(2, '0')}` : String(y)));
const tags = fc.option(fc.uniqueArray(fc.constantFrom('a', 'b'), { minLength: 1, maxLength: 2 }), {
  nil: undefined,
});

const resumeArb: fc.Arbitrary<Resume> = fc
  .record(
    {
      basics: fc.record({ name: text, label: text, summary: text }, { requiredKeys: ['name'] }),
      work: fc.array(
        fc.record(
          {
            name: text,
            position: text,
            startDate: date,
            tags,
            highlights: fc.array(fc.oneof(text, fc.record({ text, tags }, { requiredKeys: ['text'] })), {
              maxLength: 4,
            }),
          },
          { requiredKeys: ['name', 'highlights'] },
        ),
        { maxLength: 4 },
      ),
      skills: fc.array(fc.record({ name: text, keywords: fc.array(text, { maxLength: 4 }) }), {
        maxLength: 3,
      }),
      sections: fc.array(
        fc.record({
          title: text,
          items: fc.array(fc.record({ label: text, text }), { minLength: 1, maxLength: 3 }),
        }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ['basics'] },
  )
  .map((r) => ({ ...r, sections: r.sections?.map((s, i) => ({ id: `custom-${i}`, ...s })) }) as Resume);

/** Every string the input puts on the page. */
function texts(r: Resume): string[] {
  const out = [r.basics.name, r.basics.label, r.basics.summary];
  for (const w of r.work ?? [])
    out.push(w.name, w.position, ...(w.highlights ?? []).map((h) => (typeof h === 'string' ? h : h.text)));
  for (const s of r.skills ?? []) out.push(s.name, ...(s.keywords ?? []));
  for (const s of r.sections ?? []) out.push(s.title, ...s.items.flatMap((i) => [i.label, i.text]));
  return out.filter((t): t is string => Boolean(t));
}

/** Through the real pipeline, from YAML text. */
async function pipeline(r: Resume) {
  const yaml = stringify(r);
  const resume = await validateResume(
    await parseResume({ path: 'r.yaml', name: 'r.yaml', text: yaml, json: false }),
  );
  const view = prepareResume(tailorResume(resume).resume);
  return { resume, view };
}

describe('random valid résumés', () => {
  it('build as HTML and DOCX with every text present and escaped', async () => {
    await fc.assert(
      fc.asyncProperty(resumeArb, async (r) => {
        const { resume, view } = await pipeline(r);
        expect(resume).toEqual(JSON.parse(JSON.stringify(r)));
        const html = renderHtml(view, theme);
        expect(html).not.toMatch(
          /<(?!\/?(html|head|meta|title|style|body|main|header|div|h1|h2|h3|p|ul|li|section|article|span|strong|em|a|dl|dt|dd)\b)[a-z]/i,
        );
        const visible = flat(htmlText(html));
        const docx = await JSZip.loadAsync(await renderDocx(view, theme.tokens));
        const xml = (await docx.file('word/document.xml')?.async('string')) ?? '';
        const docxText = flat(
          decodeEntities(
            [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<\/w:p>/g)].map((m) => m[1] ?? ' ').join(''),
          ),
        );
        for (const t of texts(r)) {
          expect(visible).toContain(flat(t));
          expect(docxText).toContain(flat(t));
        }
      }),
      { numRuns: 60 },
    );
  });

  describe('as PDF', () => {
    const session = BrowserSession.start(discoverBrowser());
    afterAll(() => session.close());

    it('print with every text present', async () => {
      const dir = tempDir();
      let n = 0;
      await fc.assert(
        fc.asyncProperty(resumeArb, async (r) => {
          const { view } = await pipeline(r);
          const file = join(dir, `${n++}.pdf`);
          writeFileSync(file, await session.printPdf(renderHtml(view, theme), { paper: 'A4' }));
          // Headings are set in capitals by the theme's CSS, and lines may wrap at any legal break (after "}",
          // "/", …), which text extraction turns into spaces: compare without case and white space.
          const bare = (s: string) => s.replace(/\s+/g, '').toUpperCase();
          const pdf = bare(await pdfText(file));
          for (const t of texts(r)) expect(pdf).toContain(bare(t));
        }),
        { numRuns: 12 },
      );
    });
  });
});
