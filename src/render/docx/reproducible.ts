// A DOCX's bytes depend on its content alone. The docx library stamps the time of the build into the package's
// core properties, and its ZIP into every entry, and names each link's relationship at random, so two builds of
// one résumé differed. Here the core properties are written without their (optional) dates; package.ts dates every
// entry 1980-01-01 00:00 and renames the relationships in order.

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
