// The packet's merge, on small PDFs laid out as Chrome writes them (a classic cross-reference table, a tagged page
// with a link, an outline whose one top item is the name): references move, structure keys move, strings and
// stream bytes stay as they were, and pdf.js reads the whole.
import { describe, expect, it } from 'vitest';
import { mergePdfs, parsePdfObjects } from '../../src/render/pdf/merge.js';
import { loadPdfJs } from '../../src/render/pdf/pdfjs.js';

/** A one-page tagged PDF: `heading` in the outline under the name, a link to `url`, and a content stream whose
 * bytes include "endobj" and a reference-like "9 0 R" (which must not be read as such). */
function chromeLikePdf(name: string, heading: string, url: string): Uint8Array {
  const content = `BT /F1 12 Tf 72 720 Td (${name}) Tj ET % endobj 9 0 R`;
  const objects = [
    `<</Title (${name} 3 0 R) /Producer (Skia/PDF m156)>>`, // 1: info, a title that reads like a reference
    '<</Type /Page /Parent 4 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources <<>> /StructParents 0 /Annots [9 0 R]>>',
    `<</Length ${content.length}>> stream\n${content}\nendstream`,
    '<</Type /Pages /Count 1 /Kids [2 0 R]>>',
    '<</Type /StructTreeRoot /K 6 0 R /ParentTreeNextKey 2 /ParentTree 7 0 R>>',
    '<</Type /StructElem /S /Document /P 5 0 R /K [8 0 R]>>',
    '<</Type /ParentTree /Nums [0 [8 0 R] 1 8 0 R]>>',
    '<</Type /StructElem /S /Link /P 6 0 R /Pg 2 0 R /K [0 <</Type /OBJR /Obj 9 0 R>>]>>',
    `<</Type /Annot /Subtype /Link /Rect [72 700 200 730] /A <</S /URI /URI (${url})>> /StructParent 1>>`,
    '<</Type /Outlines /First 11 0 R /Last 11 0 R /Count 2>>',
    `<</Title (${name}) /Parent 10 0 R /Dest [2 0 R /XYZ 0 792 0] /First 12 0 R /Last 12 0 R /Count 1>>`,
    `<</Title (${heading}) /Parent 11 0 R /Dest [2 0 R /XYZ 0 700 0]>>`,
    '<</Type /Catalog /Pages 4 0 R /StructTreeRoot 5 0 R /Outlines 10 0 R /MarkInfo <</Marked true>>>>',
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(text.length);
    const [dict, stream] = object.split(' stream\n');
    text += `${i + 1} 0 obj\n${dict}${stream === undefined ? '' : `\nstream\n${stream}`}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<</Size ${objects.length + 1}\n/Root 13 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

const letter = chromeLikePdf('Letter Page', 'Dear team', 'https://example.com/letter');
const resume = chromeLikePdf('Resume Page', 'Experience', 'https://example.com/resume');
const merged = mergePdfs(
  [
    { pdf: letter, title: 'Cover letter' },
    { pdf: resume, title: 'Résumé' },
  ],
  'en',
);

describe('mergePdfs', () => {
  it("moves the second part's references and structure keys, and leaves strings and streams as they were", () => {
    const { objects } = parsePdfObjects(merged);
    const texts = [...objects.values()].map((o) => o.text);
    // The second part's page, moved past the first part's 14 numbers, with its structure key after the first's 2.
    expect(texts).toContainEqual(
      '<</Type /Page /Parent 29 0 R /MediaBox [0 0 612 792] /Contents 17 0 R /Resources <<>> /StructParents 2 /Annots [23 0 R]>>',
    );
    expect(texts).toContainEqual(
      '<</Type /Annot /Subtype /Link /Rect [72 700 200 730] /A <</S /URI /URI (https://example.com/resume)>> /StructParent 3>>',
    );
    const streams = [...objects.values()].flatMap((o) =>
      o.stream ? [new TextDecoder().decode(o.stream)] : [],
    );
    expect(streams).toEqual([
      'BT /F1 12 Tf 72 720 Td (Letter Page) Tj ET % endobj 9 0 R',
      'BT /F1 12 Tf 72 720 Td (Resume Page) Tj ET % endobj 9 0 R',
    ]);
    expect(texts).toContainEqual('<< /Type /ParentTree /Nums [0 [8 0 R] 1 8 0 R 2 [22 0 R] 3 22 0 R] >>');
    // The parts' own catalogs, roots and information are not carried over.
    expect(texts.filter((t) => t.includes('/Type /Catalog'))).toHaveLength(1);
    expect(texts.some((t) => t.includes('3 0 R) /Producer'))).toBe(false);
  });

  it('reads as one document: both pages, both links, an outline item per part with its headings', async () => {
    const { getDocument } = await loadPdfJs();
    const doc = await getDocument({ data: merged.slice(), verbosity: 0 }).promise;
    expect(doc.numPages).toBe(2);
    const links = [];
    for (const n of [1, 2]) {
      const annotations = await (await doc.getPage(n)).getAnnotations();
      links.push(...annotations.map((a: { url?: string }) => a.url));
    }
    expect(links).toEqual(['https://example.com/letter', 'https://example.com/resume']);
    const outline = (await doc.getOutline()) ?? [];
    const shape = await Promise.all(
      outline.map(async (item) => ({
        title: item.title,
        page: (await doc.getPageIndex((item.dest as [never])[0])) + 1,
        items: item.items.map((i) => i.title),
      })),
    );
    // The name, the one top item of each part's own outline, gives way to the part's item.
    expect(shape).toEqual([
      { title: 'Cover letter', page: 1, items: ['Dear team'] },
      { title: 'Résumé', page: 2, items: ['Experience'] },
    ]);
    expect(await doc.getMarkInfo()).toMatchObject({ Marked: true });
    await doc.destroy();
  });
});
