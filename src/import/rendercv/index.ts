// RenderCV (rendercv/rendercv): `cv` (header and sections), `design`, `locale` (`locale_catalog` in v1) and
// `settings` (`rendercv_settings` before 2.4). Real files mix the versions and nest `design` in `cv`; all are read.
import type { Resume } from '../../core/resume-types.js';
import { fitToSchema } from '../fit.js';
import { newReport } from '../report.js';
import type { Importer } from '../types.js';
import { isRecord } from '../values.js';
import { readDesign } from './design.js';
import { readHeader } from './header.js';
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
    const resume: Resume = { basics: readHeader(cv, report) };
    placeSections(cv.sections, resume, report);
    const meta = readDesign(
      {
        design: data.design ?? cv.design,
        locale: data.locale ?? data.locale_catalog,
        settings: data.settings ?? data.rendercv_settings,
      },
      report,
    );
    if (Object.keys(meta).length) resume.meta = { ...meta, ...resume.meta };
    for (const [key, value] of Object.entries(data)) if (!BLOCKS.includes(key)) report.keep([], key, value);
    return report.finish(fitToSchema(resume, report));
  },
};
