// A DOCX's bytes depend on its content alone. The docx library stamps the time of the build into the package's
// core properties and into every ZIP entry, so two builds of one résumé differed. Here the core properties are
// written without their (optional) dates, and every entry's time is set to 1980-01-01 00:00, the earliest a ZIP
// holds, as reproducible-build tools do. The checksums cover the data only, so they stay right.

export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  lastModifiedBy: string;
}

const xml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** docProps/core.xml as the library writes it, less the created and modified times. */
export function coreProperties(p: CoreProperties): { path: string; data: string } {
  const fields: [string, string][] = [
    ['dc:title', p.title],
    ['dc:subject', p.subject],
    ['dc:creator', p.creator],
    ['cp:keywords', p.keywords],
    ['dc:description', p.description],
    ['cp:lastModifiedBy', p.lastModifiedBy],
    ['cp:revision', '1'],
  ];
  const body = fields
    .filter(([, value]) => value)
    .map(([tag, value]) => `<${tag}>${xml(value)}</${tag}>`)
    .join('');
  return {
    path: 'docProps/core.xml',
    data:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `${body}</cp:coreProperties>`,
  };
}

/** 1980-01-01 in MS-DOS date format: (year − 1980) << 9 | month << 5 | day. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Every entry's time in a ZIP (its central directory and its local headers) set to 1980-01-01 00:00. */
export function fixedZipTimes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a ZIP: no end of central directory');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('not a ZIP: a broken central directory');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
