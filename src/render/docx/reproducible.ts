// A DOCX's bytes depend on its content alone: its core properties are written without their (optional) created
// and modified times, which Word would fill in with the time of the build; package.ts dates every ZIP entry
// 1980-01-01 00:00 and names the relationships in order.

import { DECLARATION, escapeXml } from './wml.js';

export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  lastModifiedBy: string;
}

/** The core properties of a résumé or a letter: its author, title and subject, and what describes it. */
export function corePropertiesOf(
  document: { author: string; title: string; subject: string },
  about: { keywords?: string; description: string },
): CoreProperties {
  return {
    creator: document.author,
    lastModifiedBy: 'resume',
    title: document.title,
    subject: document.subject,
    keywords: about.keywords ?? '',
    description: about.description,
  };
}

/** docProps/core.xml, without the created and modified times. */
export function coreProperties(p: CoreProperties): string {
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
    .map(([tag, value]) => `<${tag}>${escapeXml(value)}</${tag}>`)
    .join('');
  return (
    `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `${body}</cp:coreProperties>`
  );
}
