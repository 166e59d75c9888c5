// A dated custom item in every format: its dates after its text, as the résumé's language writes dates (at the
// line's end on the page and in the DOCX, after " · " in Markdown and text), kept in the JSON Resume export,
// and expected by check.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { expectedItems } from '../../src/check/index.js';
import { prepareResume } from '../../src/core/prepare.js';
import type { Resume } from '../../src/core/resume-types.js';
import { renderDocx } from '../../src/render/docx/document.js';
import { renderHtml } from '../../src/render/html/index.js';
import { toJsonResume } from '../../src/render/json/index.js';
import { markdownRenderer, textRenderer } from '../../src/render/text/index.js';
import { loadThemeFolder } from '../../src/render/theme-folder.js';

const resume = {
  basics: { name: 'Lucía Ferrer' },
  meta: { locale: 'es' },
  sections: [
    {
      id: 'patentes',
      title: 'Patentes',
      items: [
        { label: 'Pinza flexible', text: 'ES 2023-0001', startDate: '2023-03', endDate: '2024-12' },
        { label: 'Sensor', text: 'En trámite', startDate: '2024-06', tags: ['hw'] },
        { text: 'Charla en PyConES', date: 'otoño 2022' },
        { label: 'Sin fecha', text: 'Nota' },
      ],
    },
  ],
} as Resume;
const view = prepareResume(resume);
const decode = (bytes: string | Uint8Array) =>
  typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);

describe('a dated custom item', () => {
  it('ends its line in Markdown and text with its dates, after " · "', async () => {
    const md = decode(await markdownRenderer.render(view, {} as never));
    expect(md).toContain('- **Pinza flexible:** ES 2023-0001 · mar. 2023 – dic. 2024\n');
    expect(md).toContain('- **Sensor:** En trámite · jun. 2024 – actualidad\n');
    expect(md).toContain('- Charla en PyConES · otoño 2022\n');
    expect(md).toContain('- **Sin fecha:** Nota\n');
    const txt = decode(await textRenderer.render(view, {} as never));
    expect(txt).toContain('- Pinza flexible: ES 2023-0001 · mar. 2023 – dic. 2024\n');
    expect(txt).not.toMatch(/present|2023-03/);
  });

  it('has its dates at the line’s end on the page, in every built-in theme', async () => {
    for (const name of ['classic', 'compact', 'sidebar']) {
      const html = renderHtml(view, await loadThemeFolder(name)).replace(/<style>[\s\S]*?<\/style>/, '');
      expect(html).toContain(
        '<div class="item-line"><span class="item-text"><strong class="item-label">Sensor:</strong> En trámite</span> <span class="item-date">jun. 2024 – actualidad</span></div>',
      );
      // An item without dates is drawn as before: no line of its own.
      expect(html).toContain('<li><strong class="item-label">Sin fecha:</strong> Nota</li>');
    }
  });

  it('has its dates at a right tab in the DOCX, in the dates’ style', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(view, (await loadThemeFolder('classic')).tokens));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const item = /<w:p>(?:(?!<w:p>).)*Pinza flexible(?:(?!<\/w:p>).)*<\/w:p>/.exec(xml)?.[0] ?? '';
    expect(item).toMatch(/<w:tab w:val="right" w:pos="\d+"\/>/);
    expect(item).toMatch(/<w:rStyle w:val="EntryDate"\/>.*<w:tab\/><w:t[^>]*>mar. 2023 – dic. 2024<\/w:t>/);
  });

  it('keeps its dates in the JSON Resume export, one that could not be read as written', () => {
    const json = toJsonResume(resume) as { meta: { resume: { sections: Resume['sections'] } } };
    expect(json.meta.resume.sections?.[0]?.items.slice(0, 3)).toEqual([
      { label: 'Pinza flexible', text: 'ES 2023-0001', startDate: '2023-03', endDate: '2024-12' },
      { label: 'Sensor', text: 'En trámite', startDate: '2024-06' },
      { text: 'Charla en PyConES', date: 'otoño 2022' },
    ]);
  });

  it('is expected by check with its dates, after its text', () => {
    const items = expectedItems(view);
    expect(items.slice(items.indexOf('Pinza flexible'), items.indexOf('Pinza flexible') + 3)).toEqual([
      'Pinza flexible',
      'ES 2023-0001',
      'mar. 2023 – dic. 2024',
    ]);
  });
});
