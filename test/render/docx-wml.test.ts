// The DOCX's WordprocessingML writer (src/render/docx/wml.ts, styles.ts): text escaped, and properties in the
// order the schema requires, which Word enforces (it refuses the whole document) where LibreOffice forgives.
import { describe, expect, it } from 'vitest';
import { Numbering, stylesXml } from '../../src/render/docx/styles.js';
import {
  borderlessRow,
  escapeXml,
  hyperlink,
  paragraph,
  paragraphProperties,
  runProperties,
  textRun,
} from '../../src/render/docx/wml.js';

/** The element names of a fragment, in order. */
const names = (xml: string) => [...xml.matchAll(/<(w:\w+)/g)].map((m) => m[1]);

describe('the WordprocessingML writer', () => {
  it('escapes text and attribute values', () => {
    expect(escapeXml(`a & b <c> "d"`)).toBe('a &amp; b &lt;c&gt; &quot;d&quot;');
    expect(textRun('R&D <team>')).toBe('<w:r><w:t xml:space="preserve">R&amp;D &lt;team&gt;</w:t></w:r>');
    expect(hyperlink('rIdLink1', [textRun('x')])).toBe(
      '<w:hyperlink w:history="1" r:id="rIdLink1"><w:r><w:t xml:space="preserve">x</w:t></w:r></w:hyperlink>',
    );
  });

  it('writes run properties in the schema order, whatever order they are given in', () => {
    const xml = runProperties({
      underline: { color: 'C9D1DB' },
      size: 21,
      color: '1F3A5F',
      caps: true,
      italics: true,
      bold: true,
      font: 'Calibri',
      style: 'Hyperlink',
      lang: 'en-GB',
    });
    expect(names(xml)).toEqual([
      'w:rPr',
      'w:rStyle',
      'w:rFonts',
      'w:b',
      'w:bCs',
      'w:i',
      'w:iCs',
      'w:caps',
      'w:color',
      'w:sz',
      'w:szCs',
      'w:u',
      'w:lang',
    ]);
    expect(runProperties({})).toBe('');
  });

  it("puts a language in Word's slot for its kind of text: East Asian, right-to-left, or the rest", () => {
    expect(runProperties({ lang: 'de-AT', color: '1F3A5F' })).toBe(
      '<w:rPr><w:color w:val="1F3A5F"/><w:lang w:val="de-AT"/></w:rPr>',
    );
    expect(runProperties({ lang: 'ja' })).toBe('<w:rPr><w:lang w:eastAsia="ja"/></w:rPr>');
    expect(runProperties({ lang: 'zh-Hant' })).toBe('<w:rPr><w:lang w:eastAsia="zh-Hant"/></w:rPr>');
    expect(runProperties({ lang: 'ar-EG' })).toBe('<w:rPr><w:lang w:bidi="ar-EG"/></w:rPr>');
    expect(runProperties({ lang: 'he' })).toBe('<w:rPr><w:lang w:bidi="he"/></w:rPr>');
  });

  it('writes paragraph properties in the schema order, and an explicit "off" that overrides a style', () => {
    const xml = paragraphProperties({
      outlineLevel: 1,
      alignment: 'right',
      indent: { left: 238, hanging: 238 },
      spacing: { before: 45, line: 264 },
      rightTab: 10092,
      borderBottom: { color: 'C9D1DB', size: 6, space: 2 },
      numbering: 1,
      widowControl: true,
      keepLines: true,
      keepNext: false,
      style: 'Bullet',
    });
    expect(names(xml)).toEqual([
      'w:pPr',
      'w:pStyle',
      'w:keepNext',
      'w:keepLines',
      'w:widowControl',
      'w:numPr',
      'w:ilvl',
      'w:numId',
      'w:pBdr',
      'w:bottom',
      'w:tabs',
      'w:tab',
      'w:spacing',
      'w:ind',
      'w:jc',
      'w:outlineLvl',
    ]);
    expect(xml).toContain('<w:keepNext w:val="false"/>');
    expect(xml).toContain('<w:spacing w:before="45" w:line="264" w:lineRule="auto"/>');
    expect(paragraph({}, [])).toBe('<w:p></w:p>');
  });

  it('writes a borderless row: table, then grid, then the row that never splits, each cell its width', () => {
    const xml = borderlessRow([
      { width: 7000, paragraphs: [paragraph({}, [textRun('title')])] },
      { width: 3092, paragraphs: [paragraph({ alignment: 'right' }, [textRun('2024')])] },
    ]);
    expect(xml).toMatch(/^<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="10092"\/><w:tblBorders>/);
    expect(xml).toContain('<w:tblGrid><w:gridCol w:w="7000"/><w:gridCol w:w="3092"/></w:tblGrid>');
    expect(xml).toContain(
      '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="7000"/>',
    );
    expect(xml.match(/<w:tc>/g)).toHaveLength(2);
  });
});

describe('styles and numbering', () => {
  it('writes the defaults, then each style with its name, base and properties in order', () => {
    const xml = stylesXml({ run: { font: 'Calibri', size: 20 }, paragraph: { spacing: { after: 0 } } }, [
      {
        type: 'paragraph',
        id: 'Heading1',
        name: 'heading 1',
        next: 'Normal',
        quickFormat: true,
        paragraph: { keepNext: true },
        run: { bold: true },
      },
      { type: 'character', id: 'EntryDate', name: 'Entry Date & Place', run: { color: '55595F' } },
    ]);
    expect(xml).toContain(
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:cs="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:rPrDefault>',
    );
    expect(xml).toContain(
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
    );
    expect(xml).toContain(
      '<w:name w:val="Entry Date &amp; Place"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr>',
    );
  });

  it('gives each list an id of its own from 1, counting from 1, after every kind of list', () => {
    const numbering = new Numbering([
      { format: 'bullet', text: '•', indent: { left: 360, hanging: 240 }, color: '1F3A5F' },
      { format: 'decimal', text: '%1.', indent: { left: 360, hanging: 240 }, color: '1F3A5F' },
    ]);
    expect([numbering.instance(1), numbering.instance(0), numbering.instance(1)]).toEqual([1, 2, 3]);
    const xml = numbering.xml();
    expect(xml.lastIndexOf('<w:abstractNum ')).toBeLessThan(xml.indexOf('<w:num '));
    expect(
      [...xml.matchAll(/<w:num w:numId="(\d)"><w:abstractNumId w:val="(\d)"\/>/g)].map((m) => m.slice(1)),
    ).toEqual([
      ['1', '1'],
      ['2', '0'],
      ['3', '1'],
    ]);
    expect(xml.match(/<w:startOverride w:val="1"\/>/g)).toHaveLength(3);
    expect(xml).toContain('<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>');
  });
});
