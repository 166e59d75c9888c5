// Text reports for the terminal: validate's summary, `resume tags`, `build --explain`, `resume languages`.
import { bulletLists } from '../core/entry-parts.js';
import type { Resume } from '../core/resume-types.js';
import { ENTRY_LISTS, sectionSpec } from '../core/sections.js';
import { taggedItems } from '../core/tagged.js';
import type { Decision } from '../core/tailor.js';
import { formatDiagnostics } from '../errors.js';
import type { LanguageReport } from '../pipeline/coverage.js';

const count = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

/** "7 sections: 6 jobs (40 bullets), 12 projects, …" */
export function describeResume(resume: Resume): string {
  const parts: string[] = [];
  let bullets = 0;
  for (const key of ENTRY_LISTS) {
    const list = resume[key] ?? [];
    if (list.length === 0) continue;
    parts.push(count(list.length, sectionSpec(key).noun));
    for (const [i, e] of list.entries())
      for (const { bullets: b } of bulletLists(e, [key, i])) bullets += b.length;
  }
  for (const s of resume.sections ?? []) {
    parts.push(`${s.title} (${count(s.items.length, ['item', 'items'])})`);
    for (const i of s.items) bullets += i.highlights?.length ?? 0;
  }
  const sections = parts.length + (resume.basics.summary ? 1 : 0);
  if (sections === 0) return 'no sections yet, only basics (add work, education, skills, …)';
  const variants = Object.keys(resume.variants ?? {});
  const languages = resume.meta?.languages ?? [];
  const tail = [
    count(bullets, ['bullet', 'bullets']),
    variants.length ? count(variants.length, ['variant', 'variants']) : '',
    languages.length > 1 ? `written in ${languages.join(', ')}` : '',
  ];
  return `${count(sections, ['section', 'sections'])}: ${parts.join(', ')}; ${tail.filter(Boolean).join(', ')}`;
}

export function formatTags(resume: Resume): string {
  const rows = new Map<string, { entries: number; bullets: number }>();
  for (const item of taggedItems(resume)) {
    for (const tag of item.tags) {
      const row = rows.get(tag) ?? { entries: 0, bullets: 0 };
      if (item.kind === 'bullet') row.bullets++;
      else row.entries++;
      rows.set(tag, row);
    }
  }
  if (rows.size === 0) return 'no tags: add tags: [name] to entries or bullets to tailor variants';
  const variants = Object.entries(resume.variants ?? {});
  const table = [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tag, r]) => {
      const users = variants
        .filter(([, v]) => v.tags?.includes(tag) || v.excludeTags?.includes(tag))
        .map(([name, v]) => (v.excludeTags?.includes(tag) ? `-${name}` : name));
      return [tag, String(r.entries), String(r.bullets), users.join(', ') || '—'];
    });
  return formatTable([['TAG', 'ENTRIES', 'BULLETS', 'VARIANTS'], ...table]);
}

export function formatExplain(
  targets: {
    stem: string;
    decisions: Decision[];
    job?: { file: string; score: number };
    overflow?: string;
  }[],
): string {
  return targets
    .map(({ stem, decisions, job, overflow }) => {
      const kept = decisions.filter((d) => d.kept).length;
      const lines = decisions.map(
        (d) => `  ${d.kept ? '+ kept   ' : '- dropped'}  ${d.path}  ${d.what}  (${d.reason}${relevance(d)})`,
      );
      const tailored = job ? `; tailored to ${job.file}: match score ${job.score}` : '';
      // A build would fail: said first, and what would be dropped trying is listed all the same.
      const fails = overflow ? [`  would not build: ${overflow}`] : [];
      return [
        `${stem}: ${kept} kept, ${decisions.length - kept} dropped${tailored}`,
        ...fails,
        ...lines,
      ].join('\n');
    })
    .join('\n\n');
}

/** "; relevance 2.31: PostgreSQL, Kafka" for an item scored against a posting. */
function relevance(d: Decision): string {
  if (d.score === undefined) return '';
  const terms = d.terms?.length ? `: ${d.terms.join(', ')}` : '';
  return `; relevance ${Math.round(d.score * 100) / 100}${terms}`;
}

export function formatTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  '))
    .join('\n');
}

/** `resume languages`: a row per language (how many of the texts given per language it has), then every text
 * missing, at its place. */
export function formatLanguages(report: LanguageReport): string {
  const [first] = report.languages;
  if (!first)
    return `${report.file}: written in one language (no meta.languages). To add another, list them under meta, the default first (languages: [en, de]), and write a text per language where it differs: summary: { en: …, de: … }`;
  const names = report.languages.map((l, i) => (i === 0 ? `${l.language} (default)` : l.language));
  const head = `${report.file}: written in ${names.join(', ')}; ${count(first.texts, ['text', 'texts'])} given per language, ${report.plain} the same in every language`;
  const rows = report.languages.map(({ language, texts, written }) => [
    language,
    `${written}/${texts}`,
    texts ? `${Math.floor((100 * written) / texts)}%` : '—',
    String(texts - written),
  ]);
  const table = formatTable([['LANGUAGE', 'WRITTEN', 'SHARE', 'MISSING'], ...rows]);
  const missing = formatDiagnostics(report.missing.map(({ source: _, ...d }) => d));
  return [head, table, ...(missing ? ['', missing] : [])].join('\n');
}
