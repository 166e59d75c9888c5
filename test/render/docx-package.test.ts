// The DOCX package's ZIP, written by Node's zlib (src/render/docx/package.ts): every part read back as it went in,
// deflated where that helps, dated 1980-01-01, and the same bytes for the same parts; and its relationships.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { Relationships, zipOf } from '../../src/render/docx/package.js';

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

  it('names each link address once, in order, and escapes it in the relationships', () => {
    const relationships = new Relationships();
    expect(relationships.link('https://a.example/?x=1&y=2')).toBe('rIdLink1');
    expect(relationships.link('mailto:b@example.com')).toBe('rIdLink2');
    expect(relationships.link('https://a.example/?x=1&y=2')).toBe('rIdLink1');
    expect(relationships.picture(new Uint8Array([1]), 'image/png')).toBe('rIdPicture1');
    const xml = relationships.xml();
    expect([...xml.matchAll(/Id="(rId\w+)"[^>]*Target="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'rIdStyles styles.xml',
      'rIdNumbering numbering.xml',
      'rIdSettings settings.xml',
      'rIdLink1 https://a.example/?x=1&amp;y=2',
      'rIdLink2 mailto:b@example.com',
      'rIdPicture1 media/picture1.png',
    ]);
    expect(relationships.pictureParts().map((p) => p.name)).toEqual(['word/media/picture1.png']);
    expect(() => relationships.picture(new Uint8Array([1]), 'image/webp')).toThrow(/webp/);
  });
});
