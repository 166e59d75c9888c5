// RenderCV (rendercv/rendercv): `cv` (header and sections), `design`, `locale` (`locale_catalog` in v1) and
// `settings` (`rendercv_settings` before 2.4). Real files mix the versions and nest `design` in `cv`; all are read.

import type { DataPath } from '../../core/parse.js';
import type { Resume } from '../../core/resume-types.js';
import { fitToSchema } from '../fit.js';
import { newReport } from '../report.js';
import { newSources } from '../sources.js';
import type { Importer } from '../types.js';
import { isRecord, type Json } from '../values.js';
import { readDesign } from './design.js';
import { readHeader } from './header.js';
import { readLocale, wordSources } from './locale.js';
import { placeSections } from './sections.js';

const BLOCKS = ['cv', 'design', 'locale', 'locale_catalog', 'settings', 'rendercv_settings'];

export const renderCv: Importer = {
  format: 'rendercv',
  describe: 'a RenderCV file',
  reads: 'document',
  detect: (input) => input.kind === 'document' && isRecord(input.data) && isRecord(input.data.cv),
  read(input) {
    const data = input.kind === 'document' && isRecord(input.data) ? input.data : {};
    const cv = isRecord(data.cv) ? data.cv : {};
    const report = newReport();
    const sources = newSources();
    const resume: Resume = { basics: readHeader(cv, report, sources) };
    placeSections(cv.sections, resume, report, sources);
    const meta = readDesign(
      { design: data.design ?? cv.design, settings: data.settings ?? data.rendercv_settings },
      report,
    );
    const locale = localeAt(data);
    const warnings = locale ? readLocale(data[locale], [locale], meta, report) : [];
    if (Object.keys(meta).length) resume.meta = { ...meta, ...resume.meta };
    if (resume.meta) sources.mark(resume.meta, designAt(data), metaFields(data));
    for (const [key, value] of Object.entries(data)) if (!BLOCKS.includes(key)) report.keep([], key, value);
    const fitted = fitToSchema(resume, report);
    return { ...report.finish(fitted), sources: sources.of(fitted), warnings };
  },
};

/** Where the design settings were written: `design`, beside `cv` or (in some files) inside it. */
function designAt(data: Json): DataPath {
  if (data.design !== undefined) return ['design'];
  return isRecord(data.cv) && data.cv.design !== undefined ? ['cv', 'design'] : ['cv'];
}

/** The locale block's key: `locale`, `locale_catalog` in v1. */
const localeAt = (data: Json) => ['locale', 'locale_catalog'].find((k) => data[k] !== undefined);

/** The settings of meta read from elsewhere than the design: order and titles from the sections, the locale
 * and its words from the locale block. */
function metaFields(data: Json): Record<string, DataPath> {
  const locale = localeAt(data);
  return {
    order: ['cv', 'sections'],
    titles: ['cv', 'sections'],
    ...(locale
      ? { locale: [locale, 'language'], words: [locale], ...wordSources(data[locale], [locale]) }
      : {}),
  };
}
