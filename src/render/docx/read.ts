// The DOCX read back as Word's text: document.xml's runs, a paragraph a line, tabs and breaks as spaces, the
// external link targets of its relationships, and the build record among its custom properties.
import { BUILD_RECORD_KEY, parseBuildRecord } from '../../core/view.js';
import { decodeEntities } from '../read-text.js';
import type { ReadBack } from '../types.js';

export async function readDocx(bytes: Uint8Array): Promise<ReadBack> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const text = decodeEntities(
    xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<w:(tab|br)\/>/g, ' ')
      .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_, t: string | undefined) => t ?? ''),
  );
  const links = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) =>
    decodeEntities(m[1] ?? ''),
  );
  const custom = (await zip.file('docProps/custom.xml')?.async('string')) ?? '';
  const record = new RegExp(`name="${BUILD_RECORD_KEY}"[^>]*>\\s*<vt:lpwstr>([^<]*)<`).exec(custom)?.[1];
  return { text, links, build: parseBuildRecord(record && decodeEntities(record)) };
}
