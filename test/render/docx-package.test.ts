// The DOCX package's ZIP, written by Node's zlib (src/render/docx/package.ts): every part read back as it went in,
// deflated where that helps, dated 1980-01-01, and the same bytes for the same parts.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { steadyIds, zipOf } from '../../src/render/docx/package.js';

const parts = [
  {
    name: '[Content_Types].xml',
    data: new TextEncoder().encode(`<?xml version="1.0"?>${'<a/>'.repeat(500)}`),
  },
  { name: 'word/media/tiny.bin', data: new Uint8Array([1, 2, 3]) },
  { name: 'word/résumé.xml', data: new TextEncoder().encode('Ankit Khandelwal — Senior Engineer') },
];

describe('the DOCX package ZIP', () => {
  it('reads back every part, in order, with its data and the earliest date a ZIP holds', async () => {
    const zip = await JSZip.loadAsync(zipOf(parts));
    const files = Object.values(zip.files);
    expect(files.map((f) => f.name)).toEqual(parts.map((p) => p.name));
    for (const [i, file] of files.entries()) {
      expect(await file.async('uint8array')).toEqual(parts[i]?.data);
      expect(file.date.getUTCFullYear()).toBe(1980);
    }
  });

  it('deflates what shrinks, stores what would not, and gives the same bytes each time', () => {
    const bytes = zipOf(parts);
    expect(bytes.length).toBeLessThan(parts[0]?.data.length as number);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const tiny = Buffer.from(bytes).indexOf('word/media/tiny.bin') - 30;
    expect(view.getUint16(tiny + 8, true)).toBe(0); // stored
    expect(view.getUint16(8, true)).toBe(8); // the first part, deflated
    expect(Buffer.from(zipOf(parts)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('renames the relationships the library names at random, in order, wherever they are named', () => {
    const random = ['rIdqipdaiyokuuafrgrmmmxy', 'rIdzrvcae0lsyaktqil1lp4l'];
    const encode = (text: string) => new TextEncoder().encode(text);
    const steady = steadyIds([
      {
        name: 'word/_rels/document.xml.rels',
        data: encode(random.map((id) => `<R Id="${id}"/><R Id="rId7"/>`).join('')),
      },
      {
        name: 'word/document.xml',
        data: encode(`<a r:id="${random[1]}"/><a r:id="${random[0]}"/><a r:id="rId7"/>`),
      },
      { name: 'word/media/x.png', data: new Uint8Array([1, 2]) },
    ]);
    const text = steady.map((p) => new TextDecoder().decode(p.data));
    expect(text[0]).toBe('<R Id="rIdLink1"/><R Id="rId7"/><R Id="rIdLink2"/><R Id="rId7"/>');
    expect(text[1]).toBe('<a r:id="rIdLink2"/><a r:id="rIdLink1"/><a r:id="rId7"/>');
    expect(steady[2]?.data).toEqual(new Uint8Array([1, 2]));
  });
});
