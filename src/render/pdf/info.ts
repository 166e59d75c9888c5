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
  /** The time the dates Chrome stamped (creation, modification) say instead, rewritten in place: the same
   * résumé then gives the same bytes (see core/build-time.ts). */
  date?: Date;
}

const latin1 = new TextDecoder('latin1');

export function setPdfInfo(chromePdf: Uint8Array, info: PdfInfo): Uint8Array {
  const pdf = info.date ? withDates(chromePdf, info.date) : chromePdf;
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

/** A date string of Chrome's, "(D:20261130170606+00'00')" (the offset its machine's time zone). */
const CHROME_DATE = /\/(?:CreationDate|ModDate)\s*(\(D:\d{14}(?:[-+]\d{2}'\d{2}'|Z)?\))/g;

/** The PDF with each date Chrome stamped saying `date` instead, in UTC. The new string is no longer than any
 * Chrome writes, and white space after it keeps every byte where it was: the cross-reference table still holds. */
function withDates(pdf: Uint8Array, date: Date): Uint8Array {
  const text = latin1.decode(pdf.subarray(0, Math.min(pdf.length, 4096)));
  const stamp = `(D:${date.toISOString().replace(/\D/g, '').slice(0, 14)}Z)`;
  const out = new Uint8Array(pdf);
  for (const m of text.matchAll(CHROME_DATE)) {
    const old = m[1] as string;
    if (old.length < stamp.length) continue;
    const at = (m.index ?? 0) + m[0].length - old.length;
    out.set(
      Uint8Array.from(stamp.padEnd(old.length, ' '), (c) => c.charCodeAt(0)),
      at,
    );
  }
  return out;
}

/** A PDF text string: UTF-16BE with a byte-order mark, hex-encoded, so any character survives. */
export function pdfString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}
