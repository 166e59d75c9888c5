// Several of Chrome's PDFs as one: the application packet (the letter, then the résumé). Each part's pages keep
// their very bytes (the same prints the PDF format writes, so the packet cannot differ from them), their links,
// and their tagged structure, under one page tree, one structure tree and one outline with an item per part. No
// PDF library: Chrome writes plain objects with a classic cross-reference table and direct stream lengths, and
// only the references between objects change (each part's numbers are moved past the previous part's).

export interface PdfPart {
  pdf: Uint8Array;
  /** The part's item in the outline ("Cover letter", "Résumé"); the part's own outline goes under it. */
  title: string;
}

interface PdfObject {
  /** The object's value as text (latin1), its stream's bytes apart. */
  text: string;
  stream?: Uint8Array;
}

interface ParsedPdf {
  objects: Map<number, PdfObject>;
  size: number;
  catalog: number;
  info?: number;
}

const latin1 = new TextDecoder('latin1');
const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Reads a PDF's objects through its cross-reference tables (the newest first, then each /Prev). */
export function parsePdfObjects(pdf: Uint8Array): ParsedPdf {
  const text = latin1.decode(pdf);
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!start) throw new Error('not a PDF with a classic cross-reference table');
  const offsets = new Map<number, number>();
  let trailer = '';
  for (let at: number | undefined = Number(start[1]); at !== undefined; ) {
    const section = /^xref\s+([\s\S]*?)trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(text.slice(at));
    if (!section) throw new Error('not a PDF with a classic cross-reference table');
    for (const sub of (section[1] ?? '').matchAll(/(\d+) (\d+)\s+((?:\d{10} \d{5} [nf]\s*)+)/g)) {
      const entries = [...(sub[3] ?? '').matchAll(/(\d{10}) \d{5} ([nf])/g)];
      entries.forEach((e, i) => {
        const num = Number(sub[1]) + i;
        if (e[2] === 'n' && !offsets.has(num)) offsets.set(num, Number(e[1]));
      });
    }
    trailer ||= section[2] ?? '';
    const prev = /\/Prev\s+(\d+)/.exec(section[2] ?? '');
    at = prev ? Number(prev[1]) : undefined;
  }
  const objects = new Map<number, PdfObject>();
  for (const [num, offset] of offsets) objects.set(num, readObject(pdf, text, offset, objects, offsets));
  return {
    objects,
    size: Math.max(...offsets.keys()) + 1,
    catalog: refIn(trailer, 'Root') ?? 0,
    info: refIn(trailer, 'Info'),
  };
}

function readObject(
  pdf: Uint8Array,
  text: string,
  offset: number,
  objects: Map<number, PdfObject>,
  offsets: Map<number, number>,
): PdfObject {
  const head = /^\s*\d+ \d+ obj\s*/.exec(text.slice(offset, offset + 40));
  if (!head) throw new Error(`no object at offset ${offset}`);
  const from = offset + head[0].length;
  const end = text.startsWith('<<', from) ? dictEnd(text, from) : text.indexOf('endobj', from);
  const value = text.slice(from, end).trimEnd();
  const stream = /^\s*stream\r?\n/.exec(text.slice(end, end + 16));
  if (!stream) return { text: value };
  const direct = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(value);
  const lengthRef = refIn(value, 'Length');
  let length = direct ? Number(direct[1]) : undefined;
  if (length === undefined && lengthRef !== undefined) {
    const target =
      objects.get(lengthRef) ?? readObject(pdf, text, offsets.get(lengthRef) ?? 0, objects, offsets);
    length = Number(target.text);
  }
  const dataStart = end + stream[0].length;
  return { text: value, stream: pdf.subarray(dataStart, dataStart + (length ?? 0)) };
}

/** The offset just past the dictionary opening at `from`, strings skipped. */
function dictEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '(') i = stringEnd(text, i) - 1;
    else if (c === '<' && text[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '>' && text[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** The offset just past the literal string opening at `from` (balanced parentheses, backslash escapes). */
function stringEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** `text` with `change` applied to what lies outside its strings (a title may read "3 0 R"). */
function outsideStrings(text: string, change: (code: string) => string): string {
  let out = '';
  let code = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const hex = c === '<' && text[i + 1] !== '<' && text[i - 1] !== '<';
    if (c !== '(' && !hex) {
      code += c;
      continue;
    }
    const end = c === '(' ? stringEnd(text, i) : text.indexOf('>', i) + 1 || text.length;
    out += change(code) + text.slice(i, end);
    code = '';
    i = end - 1;
  }
  return out + change(code);
}

function refIn(text: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(text);
  return m ? Number(m[1]) : undefined;
}

function arrayIn(text: string, key: string): string | undefined {
  return new RegExp(`/${key}\\s*\\[([^\\]]*)\\]`).exec(text)?.[1];
}

function numberIn(text: string, key: string): number {
  return Number(new RegExp(`/${key}\\s+(\\d+)`).exec(text)?.[1] ?? 0);
}

/** A PDF text string (UTF-16BE, hex) for an outline title. */
function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** What a part brings to the whole: its kept objects renumbered, and its pages, structure and outline. */
interface PartPieces {
  objects: Map<number, PdfObject>;
  pages: string;
  pageCount: number;
  firstPage: string;
  structKids: string;
  parentTree: string;
  nextKey: number;
  outline?: { first: string; last: string; count: number };
}

/** One part's objects moved past `shift`, its structure keys past `keyShift`; references to its own tree roots
 * go to the whole's: its pages to the page tree, its structure to its Part element, its outline to its item. */
function partPieces(
  pdf: ParsedPdf,
  shift: number,
  keyShift: number,
  roots: { pages: number; part: number; outlineItem: number },
): PartPieces {
  const catalog = pdf.objects.get(pdf.catalog)?.text ?? '';
  const pagesNum = refIn(catalog, 'Pages') ?? 0;
  const structNum = refIn(catalog, 'StructTreeRoot');
  const struct = structNum === undefined ? '' : (pdf.objects.get(structNum)?.text ?? '');
  const treeNum = refIn(struct, 'ParentTree');
  const outline = partOutline(pdf, refIn(catalog, 'Outlines'));
  // The outline's root, and its one top item (the name heading) if that is all it has, become the part's item.
  const toItem = new Set([outline.root, outline.lifted]);
  const map = (n: number) =>
    n === pagesNum
      ? roots.pages
      : n === structNum
        ? roots.part
        : toItem.has(n)
          ? roots.outlineItem
          : n + shift;
  const moved = (text: string) =>
    outsideStrings(text, (code) =>
      code
        .replace(/(?<![\d.])(\d+) (\d+) R(?!\w)/g, (_, n: string, g: string) => `${map(Number(n))} ${g} R`)
        .replace(
          /\/(StructParents?) (\d+)/g,
          (_, key: string, n: string) => `/${key} ${Number(n) + keyShift}`,
        ),
    );
  const dropped = new Set([pdf.catalog, pdf.info, pagesNum, structNum, treeNum, ...toItem]);
  const objects = new Map<number, PdfObject>();
  for (const [num, object] of pdf.objects)
    if (!dropped.has(num)) objects.set(num + shift, { ...object, text: moved(object.text) });
  const pagesText = pdf.objects.get(pagesNum)?.text ?? '';
  const pages = moved(arrayIn(pagesText, 'Kids') ?? '').trim();
  const kids = /\/K\s*(\[[^\]]*\]|\d+ \d+ R)/.exec(struct)?.[1] ?? '';
  const { first, last, count } = outline;
  return {
    objects,
    pages,
    pageCount: numberIn(pagesText, 'Count'),
    firstPage: /^\d+ \d+ R/.exec(pages)?.[0] ?? '',
    structKids: moved(kids.replace(/^\[|\]$/g, '')).trim(),
    parentTree: moved(parentTreeNums(pdf, treeNum))
      .replace(
        /(?<![\d.])(\d+)(\s+(?:\d+ \d+ R|\[[^\]]*\]))/g,
        (_, key: string, value: string) => `${Number(key) + keyShift}${value}`,
      )
      .trim(),
    nextKey: numberIn(struct, 'ParentTreeNextKey'),
    ...(first !== undefined && last !== undefined
      ? { outline: { first: `${first + shift} 0 R`, last: `${last + shift} 0 R`, count } }
      : {}),
  };
}

/** What goes under a part's outline item: the items of its outline, or, when that is one item (the name at the
 * top of the page, which the part's item stands for), that item's own. */
function partOutline(pdf: ParsedPdf, root: number | undefined) {
  const text = root === undefined ? '' : (pdf.objects.get(root)?.text ?? '');
  const top = refIn(text, 'First');
  const lifted = top !== undefined && top === refIn(text, 'Last') ? top : undefined;
  const under = lifted === undefined ? text : (pdf.objects.get(lifted)?.text ?? '');
  return {
    root,
    lifted,
    first: refIn(under, 'First'),
    last: refIn(under, 'Last'),
    count: Math.max(0, numberIn(under, 'Count')),
  };
}

/** The number tree's pairs, flat (Chrome writes one /Nums array; a tree with /Kids is walked). */
function parentTreeNums(pdf: ParsedPdf, num: number | undefined): string {
  if (num === undefined) return '';
  const node = pdf.objects.get(num)?.text ?? '';
  const nums = /\/Nums\s*\[([\s\S]*)\]/.exec(node)?.[1];
  if (nums !== undefined) return nums;
  const kids = [...(arrayIn(node, 'Kids') ?? '').matchAll(/(\d+) \d+ R/g)];
  return kids.map((k) => parentTreeNums(pdf, Number(k[1]))).join(' ');
}

/** The parts' PDFs as one, its outline an item per part (open, the part's own outline under it), opened with the
 * outline shown. The caller sets the document information (setPdfInfo). */
export function mergePdfs(parts: PdfPart[], lang: string): Uint8Array {
  const parsed = parts.map((p) => parsePdfObjects(p.pdf));
  const total = parsed.reduce((sum, p) => sum + p.size, 0);
  // The whole's own objects come after every part's: its roots, then a structure element and an outline item for
  // each part.
  const ids: WholeIds = {
    catalog: total,
    pages: total + 1,
    struct: total + 2,
    tree: total + 3,
    outlines: total + 4,
    document: total + 5,
    part: (i) => total + 6 + i,
    item: (i) => total + 6 + parts.length + i,
  };
  let shift = 0;
  let keyShift = 0;
  const pieces = parsed.map((pdf, i) => {
    const piece = partPieces(pdf, shift, keyShift, {
      pages: ids.pages,
      part: ids.part(i),
      outlineItem: ids.item(i),
    });
    shift += pdf.size;
    keyShift += piece.nextKey;
    return piece;
  });
  const objects = new Map<number, PdfObject>();
  for (const piece of pieces) for (const [num, object] of piece.objects) objects.set(num, object);
  const titles = parts.map((p) => pdfText(p.title));
  for (const [num, text] of wholeObjects(pieces, titles, ids, lang)) objects.set(num, { text });
  return writePdf(objects, ids.catalog);
}

interface WholeIds {
  catalog: number;
  pages: number;
  struct: number;
  tree: number;
  outlines: number;
  document: number;
  part(i: number): number;
  item(i: number): number;
}

/** The whole's own objects: the catalog, one page tree, a structure tree (a Document element, a Part for each part,
 * each part's elements under its Part, as a tagged PDF has it) and an outline with an item for each part. */
function wholeObjects(
  pieces: PartPieces[],
  titles: string[],
  ids: WholeIds,
  lang: string,
): [number, string][] {
  const ref = (n: number) => `${n} 0 R`;
  const last = pieces.length - 1;
  const items = pieces.map((piece, i): [number, string] => {
    const siblings = `${i > 0 ? `/Prev ${ref(ids.item(i - 1))}` : ''} ${i < last ? `/Next ${ref(ids.item(i + 1))}` : ''}`;
    const own = piece.outline
      ? `/First ${piece.outline.first} /Last ${piece.outline.last} /Count ${piece.outline.count}`
      : '';
    return [
      ids.item(i),
      `<< /Title ${titles[i]} /Parent ${ref(ids.outlines)} /Dest [${piece.firstPage} /Fit] ${own} ${siblings} >>`,
    ];
  });
  const partElements = pieces.map((piece, i): [number, string] => [
    ids.part(i),
    `<< /Type /StructElem /S /Part /T ${titles[i]} /P ${ref(ids.document)} /K [${piece.structKids}] >>`,
  ]);
  const visible = pieces.reduce((sum, p) => sum + 1 + (p.outline?.count ?? 0), 0);
  const pageCount = pieces.reduce((n, p) => n + p.pageCount, 0);
  const nextKey = pieces.reduce((n, p) => n + p.nextKey, 0);
  return [
    ...items,
    ...partElements,
    [
      ids.outlines,
      `<< /Type /Outlines /First ${ref(ids.item(0))} /Last ${ref(ids.item(last))} /Count ${visible} >>`,
    ],
    [ids.pages, `<< /Type /Pages /Kids [${pieces.map((p) => p.pages).join(' ')}] /Count ${pageCount} >>`],
    [
      ids.struct,
      `<< /Type /StructTreeRoot /K ${ref(ids.document)} /ParentTree ${ref(ids.tree)} /ParentTreeNextKey ${nextKey} >>`,
    ],
    [
      ids.document,
      `<< /Type /StructElem /S /Document /P ${ref(ids.struct)} /K [${pieces.map((_, i) => ref(ids.part(i))).join(' ')}] >>`,
    ],
    [ids.tree, `<< /Type /ParentTree /Nums [${pieces.map((p) => p.parentTree).join(' ')}] >>`],
    [
      ids.catalog,
      `<< /Type /Catalog /Pages ${ref(ids.pages)} /MarkInfo << /Type /MarkInfo /Marked true >> /StructTreeRoot ${ref(ids.struct)} /Outlines ${ref(ids.outlines)} /PageMode /UseOutlines /ViewerPreferences << /Type /ViewerPreferences /DisplayDocTitle true >> /Lang ${pdfText(lang)} >>`,
    ],
  ];
}

/** The objects as a PDF file: header, objects in number order, a cross-reference table, the trailer. */
function writePdf(objects: Map<number, PdfObject>, catalog: number): Uint8Array {
  const chunks: Uint8Array[] = [bytesOf('%PDF-1.4\n%\xd3\xeb\xe9\xe1\n')];
  let length = chunks[0]?.length ?? 0;
  const offsets = new Map<number, number>();
  const push = (chunk: Uint8Array) => {
    chunks.push(chunk);
    length += chunk.length;
  };
  for (const num of [...objects.keys()].sort((a, b) => a - b)) {
    const object = objects.get(num) as PdfObject;
    offsets.set(num, length);
    push(bytesOf(`${num} 0 obj\n${object.text}\n`));
    if (object.stream) {
      push(bytesOf('stream\n'));
      push(object.stream);
      push(bytesOf('\nendstream\n'));
    }
    push(bytesOf('endobj\n'));
  }
  const size = Math.max(...objects.keys()) + 1;
  const rows = Array.from({ length: size }, (_, num) => {
    const at = offsets.get(num);
    return at === undefined ? '0000000000 65535 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`;
  });
  push(
    bytesOf(
      `xref\n0 ${size}\n${rows.join('')}trailer\n<</Size ${size}\n/Root ${catalog} 0 R>>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
