// resumake.io's "Save" file: JSON Resume (with 0.x names: company, website, gpa) plus the template it used,
// headings (section titles), the order of its sections, and in its last version custom sections of bullets,
// tables and paragraphs.
import type { CustomSection } from '../core/resume-types.js';
import { fitToSchema } from './fit.js';
import { readJsonResume } from './jsonresume.js';
import { newReport, type Report } from './report.js';
import type { Importer } from './types.js';
import { isRecord, type Json, sectionId, text, texts } from './values.js';

const OWN = ['selectedTemplate', 'headings', 'sections'];
type Item = CustomSection['items'][number];

export const resumake: Importer = {
  format: 'resumake',
  describe: 'a resumake.io export',
  reads: 'document',
  detect: (input) =>
    input.kind === 'document' &&
    isRecord(input.data) &&
    ('selectedTemplate' in input.data ||
      (isRecord(input.data.headings) && Array.isArray(input.data.sections))),
  read(input) {
    const data = structuredClone(input.kind === 'document' && isRecord(input.data) ? input.data : {});
    const report = newReport();
    if (data.selectedTemplate !== undefined)
      report.note(
        'resumake templates have no match here: choose a theme with meta.theme',
        `template ${data.selectedTemplate}`,
      );
    const custom = customSections(data, report);
    const order = Array.isArray(data.sections) ? data.sections : [];
    const titles = isRecord(data.headings) ? data.headings : {};
    const basics = isRecord(data.basics) ? data.basics : undefined;
    const location = isRecord(basics?.location) ? basics.location : undefined;
    // resumake's one location field is a free text ("Sydney, Australia"): ours prints the city.
    if (location && text(location.address) && !text(location.city)) {
      location.city = location.address;
      delete location.address;
    }
    for (const key of OWN) delete data[key];
    const resume = readJsonResume(data, report);
    if (custom.length) resume.sections = custom;
    const ids = order
      .map((s) => (isRecord(s) ? text(s.name) : text(s)))
      .filter((s): s is string => !!s && !['templates', 'profile', 'basics'].includes(s))
      .map((s) => custom.find((c) => c.title === s)?.id ?? s);
    const named = Object.entries(titles).filter(([, t]) => text(t));
    resume.meta = {
      ...resume.meta,
      ...(ids.length ? { order: ids } : {}),
      ...(named.length ? { titles: Object.fromEntries(named.map(([k, t]) => [k, text(t) as string])) } : {}),
    };
    return report.finish(fitToSchema(resume, report));
  },
};

/** The custom sections of resumake's last version: `sections` lists {name, displayName, type}, the entries are
 * under `name`. */
function customSections(data: Json, report: Report): CustomSection[] {
  const out: CustomSection[] = [];
  for (const s of Array.isArray(data.sections) ? data.sections : []) {
    if (!isRecord(s) || s.type === 'default' || !text(s.name)) continue;
    const name = text(s.name) as string;
    const title = text(s.displayName) ?? name;
    const items = (Array.isArray(data[name]) ? (data[name] as unknown[]) : []).flatMap((e) =>
      subsectionItems(e),
    );
    out.push({ id: sectionId(title, new Set(out.map((c) => c.id))), title, items });
    s.name = title;
    delete data[name];
    if (items.length === 0) report.note('empty custom sections', title);
  }
  return out;
}

function subsectionItems(e: unknown): Item[] {
  if (!isRecord(e)) return texts(e).map((t) => ({ text: t }));
  if (Array.isArray(e.keywords))
    return [{ ...(text(e.name) ? { label: text(e.name) } : {}), text: texts(e.keywords).join(', ') }];
  const facts = [e.topRightText, e.bottomLeftText, e.bottomRightText].map(text).filter(Boolean).join(' · ');
  const label = text(e.topLeftText);
  const head: Item[] =
    label && facts ? [{ label, text: facts }] : label || facts ? [{ text: (label ?? facts) as string }] : [];
  return [
    ...head,
    ...texts(e.bullets).map((t) => ({ text: t })),
    ...texts(e.paragraph).map((t) => ({ text: t })),
  ];
}
