// YAMLResume (yamlresume/yamlresume): `content`, with `locale` and `layouts` since 0.8 and a single `layout`
// (holding the locale) before.
import { fitToSchema } from '../fit.js';
import { newReport } from '../report.js';
import { newSources } from '../sources.js';
import type { Importer } from '../types.js';
import { isRecord } from '../values.js';
import { readContent } from './content.js';
import { readLayout } from './layout.js';

export const yamlResume: Importer = {
  format: 'yamlresume',
  describe: 'a YAMLResume file',
  reads: 'document',
  detect: (input) =>
    input.kind === 'document' &&
    isRecord(input.data) &&
    isRecord(input.data.content) &&
    (isRecord(input.data.content.basics) || Array.isArray(input.data.content.education)),
  read(input) {
    const data = input.kind === 'document' && isRecord(input.data) ? input.data : {};
    const report = newReport();
    const sources = newSources();
    const resume = readContent(isRecord(data.content) ? data.content : {}, report, sources);
    const meta = readLayout(data, report, sources);
    if (Object.keys(meta).length) resume.meta = meta;
    for (const [key, value] of Object.entries(data))
      if (!['content', 'locale', 'layout', 'layouts'].includes(key)) report.keep([], key, value);
    const fitted = fitToSchema(resume, report);
    return { ...report.finish(fitted), sources: sources.of(fitted) };
  },
};
