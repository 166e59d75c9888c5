// The LinkedIn data export (Settings → Data privacy → Get a copy of your data): a ZIP of CSV files, given as the
// ZIP or as its unzipped folder. Read by file and column name; 2018 and current exports alike.
import type { Resume } from '../../core/resume-types.js';
import { fitToSchema } from '../fit.js';
import { newReport } from '../report.js';
import type { Importer } from '../types.js';
import { readSections } from './entries.js';
import { readBasics } from './profile.js';
import { isExport, readTables } from './tables.js';

export const linkedIn: Importer = {
  format: 'linkedin',
  describe: 'a LinkedIn data export',
  reads: 'files',
  detect: (input) => input.kind === 'files' && isExport(input.files),
  read(input, locale = 'en') {
    const report = newReport();
    const tables = readTables(input.kind === 'files' ? input.files : new Map(), report);
    const sections = readSections(tables, report, locale);
    const resume: Resume = { basics: readBasics(tables, report) };
    Object.assign(resume, sections);
    return report.finish(fitToSchema(resume, report));
  },
};
