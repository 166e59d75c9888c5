// Texts and lists a JSON Resume document gives per language, written as ours: a key is a language as a build reads
// it (core/locales.ts isLanguageKey), written in meta.languages' one code per language.
import { describe, expect, it } from 'vitest';
import { writePerLanguage } from '../../src/import/per-language.js';
import { newReport } from '../../src/import/report.js';

function written(data: Record<string, unknown>) {
  const report = newReport();
  writePerLanguage(data, report);
  return { data, notes: report.finish({ basics: { name: 'A' } }).notes.map((n) => n.message) };
}

describe('writePerLanguage', () => {
  it('reads keys with an underscore or a region as the build does, one code per language', () => {
    const { data, notes } = written({
      basics: {
        label: { en_US: 'Engineer', de_DE: 'Ingenieurin' },
        summary: { 'en-US': 'Builds.', 'de-de': 'Baut.' },
      },
      work: [
        {
          position: { en: 'Lead', de: 'Leiterin' },
          highlights: { en_US: ['Built it'], de_DE: ['Baute es'] },
        },
      ],
    });
    // en-US is written three times, en once: one language, en-US; likewise de-DE.
    expect(data.meta).toEqual({ languages: ['en-US', 'de-DE'] });
    expect(data.basics).toEqual({
      label: { 'en-US': 'Engineer', 'de-DE': 'Ingenieurin' },
      summary: { 'en-US': 'Builds.', 'de-DE': 'Baut.' },
    });
    expect(data.work).toEqual([
      {
        position: { 'en-US': 'Lead', 'de-DE': 'Leiterin' },
        highlights: [{ 'en-US': 'Built it', 'de-DE': 'Baute es' }],
      },
    ]);
    expect(notes).toEqual([
      'language keys written as meta.languages writes them (7): en_US as en-US, de_DE as de-DE, de-de as de-DE, en as en-US, …',
      'texts written per language, kept as ours: meta.languages names them: en-US, de-DE',
    ]);
  });

  it('keeps two regions of one language apart where one text gives both', () => {
    const { data } = written({
      basics: { label: { en_US: 'Color', en_GB: 'Colour' }, summary: { en: 'Hi', fr: 'Salut' } },
    });
    expect(data.meta).toEqual({ languages: ['en-US', 'en-GB', 'en', 'fr'] });
    expect(data.basics).toEqual({
      label: { 'en-US': 'Color', 'en-GB': 'Colour' },
      summary: { en: 'Hi', fr: 'Salut' },
    });
  });

  it("writes the keys in meta.languages' codes where the document names its languages", () => {
    const { data, notes } = written({
      meta: { languages: ['en', 'de'] },
      basics: { label: { en_GB: 'A', de_AT: 'B' } },
    });
    expect(data.basics).toEqual({ label: { en: 'A', de: 'B' } });
    expect(data.meta).toEqual({ languages: ['en', 'de'] });
    expect(notes).toEqual(['language keys written as meta.languages writes them: en_GB as en, de_AT as de']);
  });

  it('leaves a mapping whose keys only look like languages (web, ops) as it is', () => {
    const { data, notes } = written({ skills: [{ keywords: { web: ['React'], ops: ['Terraform'] } }] });
    expect(data).toEqual({ skills: [{ keywords: { web: ['React'], ops: ['Terraform'] } }] });
    expect(notes).toEqual([]);
  });
});
