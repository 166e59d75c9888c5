// Smoke test by deletion: take a résumé that uses every field, remove one key at a time, and check that no
// "undefined", "null" or empty heading leaks into the HTML or the DOCX. Plus the golden HTML of the sample.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { prepareResume } from '../../src/core/prepare.js';
import type { Resume } from '../../src/core/resume-types.js';
import { validateSchema } from '../../src/core/schema-validator.js';
import { renderDocx } from '../../src/render/docx/document.js';
import { renderHtml } from '../../src/render/html/index.js';
import { markdownRenderer, textRenderer } from '../../src/render/text/index.js';
import { listThemes } from '../../src/render/theme.js';
import { loadThemeFolder } from '../../src/render/theme-folder.js';
import { decodeEntities, root, sample } from '../helpers.js';

const theme = await loadThemeFolder('classic');
const everything = parse(
  readFileSync(join(root, 'test', 'fixtures', 'hostile', 'everything.yaml'), 'utf8'),
) as Resume;

/** Every path to a removable key: top-level sections, and each field of basics and of the first entry of each list. */
function removablePaths(resume: Resume): (string | number)[][] {
  const paths: (string | number)[][] = [];
  for (const [key, value] of Object.entries(resume)) {
    if (key !== 'basics') paths.push([key]);
    if (key === 'basics')
      for (const field of Object.keys(value)) if (field !== 'name') paths.push([key, field]);
    if (Array.isArray(value) && value[0] && typeof value[0] === 'object') {
      for (const field of Object.keys(value[0])) paths.push([key, 0, field]);
    }
  }
  return paths;
}

function without(resume: Resume, path: (string | number)[]): Resume {
  const copy = structuredClone(resume) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  delete node[path.at(-1) as string | number];
  return copy as unknown as Resume;
}

describe('removing any one key the schema lets go', () => {
  // Required keys cannot go: validation refuses the document before anything renders.
  const optional = removablePaths(everything).filter((path) => validateSchema(without(everything, path)));
  it('covers every section and most fields', () => expect(optional.length).toBeGreaterThan(45));
  for (const path of optional) {
    it(`without ${path.join('.')}`, async () => {
      const view = prepareResume(without(everything, path));
      const html = renderHtml(view, theme).replace(/<style>[\s\S]*?<\/style>/, '');
      expect(html).not.toMatch(/\b(undefined|null|NaN)\b|\[object Object\]/);
      expect(html).not.toMatch(/<h[1-3][^>]*>\s*<\/h[1-3]>|<li>\s*<\/li>|<p[^>]*>\s*<\/p>/);
      const zip = await JSZip.loadAsync(await renderDocx(view, theme.tokens));
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      expect(xml).not.toMatch(/>(undefined|null|NaN)<|\[object Object\]/);
    });
  }
});

describe.each(listThemes())('the built-in theme %s', (name) => {
  it('renders every section kind, with no empty or undefined leak', async () => {
    const builtin = await loadThemeFolder(name);
    const view = prepareResume(everything);
    expect(new Set(view.sections.map((s) => s.kind))).toEqual(
      new Set(['summary', 'entries', 'groups', 'items']),
    );
    const html = renderHtml(view, builtin).replace(/<style>[\s\S]*?<\/style>/, '');
    for (const s of view.sections) expect(html).toContain(`id="${s.id}-title"`);
    expect(html).not.toMatch(/\b(undefined|null|NaN)\b|\[object Object\]/);
    const zip = await JSZip.loadAsync(await renderDocx(view, builtin.tokens));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const s of view.sections) expect(decodeEntities(xml)).toContain(s.title);
  });
});

// A theme that extends another without templates of its own renders the same HTML (its look is its CSS).
const folders = await Promise.all(listThemes().map((name) => loadThemeFolder(name)));
const withTemplates = listThemes().filter((_, i) => existsSync(join(folders[i]?.dir ?? '', 'resume.hbs')));
it.each(withTemplates)(
  'the %s theme renders the sample to its golden HTML (reviewed by eye; update with vitest -u)',
  async (name) => {
    // Fonts are base64 data, unreadable in a diff: the golden file holds the page without its <style>.
    const html = renderHtml(prepareResume(sample()), await loadThemeFolder(name)).replace(
      /<style>[\s\S]*?<\/style>/,
      '<style>…</style>',
    );
    await expect(html).toMatchFileSnapshot(join(root, 'test', 'golden', `${name}-resume.html`));
  },
);

// A section kind added to the view model but not drawn by a format is an error there, never a silent gap.
describe('a section kind no format draws', () => {
  const view = prepareResume(sample());
  const odd = { ...view, sections: [{ id: 'timeline', title: 'Timeline', kind: 'timeline' } as never] };

  it.each(listThemes())('is an error in the %s theme’s HTML', async (name) => {
    const folder = await loadThemeFolder(name);
    expect(() => renderHtml(odd, folder)).toThrow(/partial timeline could not be found/);
  });
  it('is an error in the DOCX, Markdown and text', async () => {
    await expect(renderDocx(odd, theme.tokens)).rejects.toThrow(/a section kind no renderer draws/);
    for (const r of [markdownRenderer, textRenderer])
      await expect(r.render(odd, {} as never)).rejects.toThrow(/a section kind no renderer draws/);
  });
});
