// The DOCX read back as Word's text: document.xml's runs, a paragraph a line, tabs and breaks as spaces, the
// external link targets of its relationships, and the build record among its custom properties.
import { BUILD_RECORD_KEY, parseBuildRecord } from '../../core/view.js';
import { docxParts } from '../read-bounded.js';
import { decodeEntities } from '../read-text.js';
import type { ReadBack } from '../types.js';

export async function readDocx(bytes: Uint8Array, name = 'the DOCX'): Promise<ReadBack> {
  // Only the parts read, each inflated to a cap: a crafted archive cannot cost gigabytes.
  const [xml = '', rels = '', custom = ''] = docxParts(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
    ['word/document.xml', 'word/_rels/document.xml.rels', 'docProps/custom.xml'],
    name,
  );
  const text = decodeEntities(
    xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<w:(tab|br)\/>/g, ' ')
      .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_, t: string | undefined) => t ?? ''),
  );
  const links = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) =>
    decodeEntities(m[1] ?? ''),
  );
  const record = new RegExp(`name="${BUILD_RECORD_KEY}"[^>]*>\\s*<vt:lpwstr>([^<]*)<`).exec(custom)?.[1];
  return { text, links, build: parseBuildRecord(record && decodeEntities(record)) };
}
