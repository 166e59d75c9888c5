import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareResume } from '../../src/core/prepare.js';
import type { Resume } from '../../src/core/resume-types.js';
import { tailorResume } from '../../src/core/tailor.js';
import { UserError } from '../../src/errors.js';
import { sample } from '../helpers.js';

const bulletTexts = (r: Resume) =>
  [...(r.work ?? []), ...(r.projects ?? [])].flatMap((e) =>
    (e.highlights ?? []).map((h) => (typeof h === 'string' ? h : h.text)),
  );

describe('tailorResume on the sample', () => {
  const resume = sample();

  it('keeps everything without a selection', () => {
    expect(tailorResume(resume).resume).toEqual(resume);
  });

  it('keeps untagged bullets and bullets sharing a selected tag', () => {
    const { resume: rails } = tailorResume(resume, { variant: 'rails' });
    const texts = bulletTexts(rails);
    expect(texts.some((t) => t.startsWith('Identified and resolved **performance bottlenecks**'))).toBe(true); // rails
    expect(texts.some((t) => t.startsWith('Designed and implemented **high-performance'))).toBe(true); // untagged
    expect(texts.some((t) => t.startsWith('Mentored engineers on'))).toBe(false); // leadership only
    expect(rails.basics.label).toBe('Senior Ruby on Rails Engineer');
    expect(rails.meta?.order).toEqual(['summary', 'skills', 'work', 'projects', 'strengths', 'education']);
  });

  it('applies the variant label, summary and section choice', () => {
    const { resume: arch } = tailorResume(resume, { variant: 'architect' });
    expect(arch.basics.label).toBe('Associate Tech Architect');
    expect(arch.basics.summary).toMatch(/^Associate Tech Architect and Ruby on Rails engineer/);
    expect(arch.projects?.map((p) => p.name)).not.toContain('Hospital Management System');
    const titles = prepareResume(arch).sections.map((s) => s.id);
    expect(titles).toEqual(['summary', 'strengths', 'work', 'projects', 'skills', 'education']);
  });

  it('drops excluded tags even when selected elsewhere', () => {
    const { resume: out } = tailorResume(resume, { excludeTags: ['leadership'] });
    expect(bulletTexts(out).some((t) => t.startsWith('Mentored engineers on'))).toBe(false);
    expect(out.sections?.[0]?.items.map((i) => i.label)).not.toContain('Collaboration & Mentorship');
  });

  it('rejects unknown tags and variants with suggestions', () => {
    expect(() => tailorResume(resume, { tags: ['architecure'] })).toThrow(
      /unknown tag "architecure"; did you mean "architecture"\?/,
    );
    expect(() => tailorResume(resume, { variant: 'architekt' })).toThrow(
      /unknown variant "architekt"; did you mean "architect"\?; variants: rails, architect/,
    );
  });

  it('explains its decisions', () => {
    const { decisions } = tailorResume(resume, { variant: 'architect' });
    expect(decisions).toContainEqual({
      path: 'work[0].highlights[5]',
      what: 'Mentored engineers on system design, performance tuning, and scalable…',
      kept: true,
      reason: 'selected tag leadership',
    });
    expect(decisions.find((d) => d.path === 'projects[9]')).toMatchObject({
      kept: false,
      reason: 'tag rails not selected',
    });
  });
});

describe('tailoring rules', () => {
  const base = (highlights: Resume['work']) => ({ basics: { name: 'A' }, work: highlights }) as Resume;

  it('drops an untagged entry whose bullets were all dropped, keeps a selected one', () => {
    const r = base([
      { name: 'Untagged', highlights: [{ text: 'x', tags: ['a'] }] },
      { name: 'Selected', tags: ['b'], highlights: [{ text: 'y', tags: ['a'] }] },
      { name: 'Keeper', highlights: [{ text: 'z', tags: ['b'] }] },
    ]);
    const { resume } = tailorResume(r, { tags: ['b'] });
    expect(resume.work?.map((w) => [w.name, w.highlights?.length])).toEqual([
      ['Selected', 0],
      ['Keeper', 1],
    ]);
  });

  it("takes a variant's headline and summary from basics.alt, next to the defaults", () => {
    const r = {
      basics: { name: 'A', label: 'Engineer', summary: 'Default', alt: { lead: { summary: 'For leads' } } },
      work: [{ name: 'J', highlights: ['x'] }],
      variants: { lead: { label: 'Lead' } },
    } as Resume;
    expect(tailorResume(r, { variant: 'lead' }).resume.basics).toMatchObject({
      label: 'Lead',
      summary: 'For leads',
    });
    expect(tailorResume(r).resume.basics).toMatchObject({ label: 'Engineer', summary: 'Default' });
  });

  it('caps bullets per entry and uses variant text alternatives', () => {
    const r = {
      ...base([{ name: 'J', highlights: ['one', { text: 'two', alt: { v: 'two for v' } }, 'three'] }]),
      variants: { v: { maxHighlights: 2 } },
    } as Resume;
    expect(tailorResume(r, { variant: 'v' }).resume.work?.[0]?.highlights).toEqual([
      'one',
      { text: 'two for v', alt: { v: 'two for v' } },
    ]);
  });

  it('refuses a selection that selects nothing', () => {
    const r = base([
      { name: 'J', highlights: [{ text: 'x', tags: ['a'] }] },
      { name: 'K', tags: ['b'] },
    ]);
    expect(() => tailorResume(r, { tags: ['a'], excludeTags: ['a'] })).toThrow(UserError);
  });
});

// Properties that must hold for any input.
const tagArb = fc.constantFrom('a', 'b', 'c', 'd');
const tagsArb = fc.option(fc.uniqueArray(tagArb, { maxLength: 3 }), { nil: undefined });
const bulletArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.record({ text: fc.string({ minLength: 1, maxLength: 8 }), tags: tagsArb }, { requiredKeys: ['text'] }),
);
const resumeArb = fc
  .record({
    basics: fc.record({ name: fc.constant('N') }),
    work: fc.array(
      fc.record(
        {
          name: fc.string({ minLength: 1, maxLength: 6 }),
          tags: tagsArb,
          highlights: fc.array(bulletArb, { maxLength: 5 }),
        },
        { requiredKeys: ['name', 'highlights'] },
      ),
      { maxLength: 5 },
    ),
  })
  // Unique names, so each output entry can be traced back to its source entry.
  .map((r) => ({
    ...r,
    work: r.work.map((w, i) => ({ ...w, name: `${w.name}#${i}` })),
  })) as fc.Arbitrary<Resume>;
const selectionArb = fc.record({
  tags: fc.uniqueArray(tagArb, { maxLength: 2 }),
  excludeTags: fc.uniqueArray(tagArb, { maxLength: 1 }),
});

function tailorOrNothing(r: Resume, s: { tags: string[]; excludeTags: string[] }) {
  const used = new Set(
    JSON.stringify(r)
      .match(/"tags":\[[^\]]*\]/g)
      ?.join('')
      .match(/[abcd]/g) ?? [],
  );
  const selection = {
    tags: s.tags.filter((t) => used.has(t)),
    excludeTags: s.excludeTags.filter((t) => used.has(t)),
  };
  try {
    return { selection, out: tailorResume(r, selection).resume };
  } catch (error) {
    if (error instanceof UserError) return undefined; // "selects nothing" is a legitimate refusal
    throw error;
  }
}

describe('tailoring properties', () => {
  it('output is a subset of the input, in source order, and keeps all untagged bullets of kept entries', () => {
    fc.assert(
      fc.property(resumeArb, selectionArb, (r, s) => {
        const result = tailorOrNothing(r, s);
        if (!result) return;
        const { out, selection } = result;
        const inNames = (r.work ?? []).map((w) => w.name);
        let at = -1;
        for (const w of out.work ?? []) {
          const i = inNames.indexOf(w.name, at + 1);
          expect(i).toBeGreaterThan(at); // subset, order preserved
          at = i;
          const source = r.work?.[i];
          const kept = w.highlights ?? [];
          const sourceBullets = source?.highlights ?? [];
          let k = -1;
          for (const h of kept) {
            const j = sourceBullets.findIndex((x, idx) => idx > k && JSON.stringify(x) === JSON.stringify(h));
            expect(j).toBeGreaterThan(k);
            k = j;
          }
          const untagged = sourceBullets.filter((h) => typeof h === 'string' || !h.tags?.length);
          expect(kept.filter((h) => typeof h === 'string' || !h.tags?.length)).toEqual(untagged);
        }
        // Untagged entries with untagged bullets always survive.
        for (const w of r.work ?? []) {
          const common =
            !w.tags?.length && (w.highlights ?? []).some((h) => typeof h === 'string' || !h.tags?.length);
          if (common) expect(out.work?.some((o) => o.name === w.name)).toBe(true);
        }
        void selection;
      }),
    );
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(resumeArb, selectionArb, (r, s) => {
        const before = JSON.stringify(r);
        const a = tailorOrNothing(r, s);
        const b = tailorOrNothing(r, s);
        expect(JSON.stringify(r)).toBe(before);
        expect(a).toEqual(b);
      }),
    );
  });
});
