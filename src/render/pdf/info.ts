// Chrome writes only /Title into a PDF's document information. We add author, subject and keywords with an
// incremental update (a new Info object, xref section and trailer appended to the file): no PDF library, no
// rewrite of Chrome's bytes, and readers treat the appended trailer as authoritative.

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  /** Keys of our own (the build record), kept beside the standard ones. */
  custom?: Record<string, string>;
}

const latin1 = new TextDecoder('latin1');

export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 2048)));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(tail);
  const size = trailer && /\/Size\s+(\d+)/.exec(trailer[1] ?? '');
  const root = trailer && /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer[1] ?? '');
  // Not the classic xref layout Chrome writes: leave the file as it is rather than risk breaking it.
  if (!startxref || !size || !root) return pdf;
  const oldInfo = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer?.[1] ?? '');
  // Only the old Info object is decoded, not the whole file.
  const at = oldInfo
    ? Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length).indexOf(`\n${oldInfo[1]} 0 obj`)
    : -1;
  const near = at >= 0 ? latin1.decode(pdf.subarray(at, at + 4096)) : '';
  const oldDict = /^\n\d+ 0 obj\s*<<([\s\S]*?)>>\s*endobj/.exec(near)?.[1] ?? '';
  const keep = (key: string) => new RegExp(`/${key}\\s*(\\([^)]*\\)|<[0-9A-Fa-f]*>)`).exec(oldDict)?.[1];

  const objectNumber = Number(size[1]);
  const entries = [
    `/Title ${pdfString(info.title)}`,
    `/Author ${pdfString(info.author)}`,
    `/Subject ${pdfString(info.subject)}`,
    `/Keywords ${pdfString(info.keywords)}`,
    `/Creator ${pdfString(info.creator)}`,
    ...Object.entries(info.custom ?? {}).map(([k, v]) => `/${k} ${pdfString(v)}`),
    ...['Producer', 'CreationDate', 'ModDate'].flatMap((k) => {
      const v = keep(k);
      return v ? [`/${k} ${v}`] : [];
    }),
  ];
  const prefix = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const objectOffset = pdf.length + prefix.length;
  const object = `${prefix}${objectNumber} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const xrefOffset = pdf.length + object.length;
  const update =
    `${object}xref\n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${objectNumber + 1}\n/Root ${root[1]}\n/Info ${objectNumber} 0 R\n/Prev ${startxref[1]}>>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  const bytes = new Uint8Array(pdf.length + update.length);
  bytes.set(pdf);
  bytes.set(
    Uint8Array.from(update, (c) => c.charCodeAt(0)),
    pdf.length,
  );
  return bytes;
}

/** A PDF text string: UTF-16BE with a byte-order mark, hex-encoded, so any character survives. */
export function pdfString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}
