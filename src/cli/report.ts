// Text reports for the terminal: validate's summary, `resume tags`, `build --explain`.
import type { Resume } from '../core/resume-types.js';
import { ENTRY_LISTS, sectionSpec } from '../core/sections.js';
import { taggedItems } from '../core/tagged.js';
import type { Decision } from '../core/tailor.js';

const count = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

/** "7 sections: 6 jobs (40 bullets), 12 projects, …" */
export function describeResume(resume: Resume): string {
  const parts: string[] = [];
  let bullets = 0;
  for (const key of ENTRY_LISTS) {
    const list = resume[key] ?? [];
    if (list.length === 0) continue;
    parts.push(count(list.length, sectionSpec(key).noun));
    for (const e of list) if ('highlights' in e) bullets += e.highlights?.length ?? 0;
  }
  for (const s of resume.sections ?? [])
    parts.push(`${s.title} (${count(s.items.length, ['item', 'items'])})`);
  const sections = parts.length + (resume.basics.summary ? 1 : 0);
  if (sections === 0) return 'no sections yet, only basics (add work, education, skills, …)';
  const variants = Object.keys(resume.variants ?? {});
  const tail = [
    count(bullets, ['bullet', 'bullets']),
    variants.length ? count(variants.length, ['variant', 'variants']) : '',
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
  targets: { stem: string; decisions: Decision[]; job?: { file: string; score: number } }[],
): string {
  return targets
    .map(({ stem, decisions, job }) => {
      const kept = decisions.filter((d) => d.kept).length;
      const lines = decisions.map(
        (d) => `  ${d.kept ? '+ kept   ' : '- dropped'}  ${d.path}  ${d.what}  (${d.reason}${relevance(d)})`,
      );
      const tailored = job ? `; tailored to ${job.file}: match score ${job.score}` : '';
      return [`${stem}: ${kept} kept, ${decisions.length - kept} dropped${tailored}`, ...lines].join('\n');
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
