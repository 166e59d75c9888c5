// Which documents a run makes: each target's posting found in the document before it is checked (for the
// language load builds it in), and each target planned in the edition of its posting's language.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inLanguage } from '../../src/core/languages.js';
import type { Resume } from '../../src/core/resume-types.js';
import { readJob } from '../../src/pipeline/job.js';
import type { Edition } from '../../src/pipeline/load.js';
import { plan, postingLanguagesOf, postingPaths } from '../../src/pipeline/plan.js';
import { root } from '../helpers.js';

const fixtures = join(root, 'test', 'fixtures', 'languages');
const resume = parse(readFileSync(join(fixtures, 'posting-variants.yaml'), 'utf8')) as Resume;

describe('postingPaths', () => {
  it("finds each target's posting as targets() does: --job, a variant's job:, every variant's", () => {
    const at = (file: string) => resolve(fixtures, file);
    expect(postingPaths(resume, { job: 'other.md' }, fixtures)).toEqual(['other.md']);
    expect(postingPaths(resume, { variant: 'stelle' }, fixtures)).toEqual([at('stelle.md')]);
    expect(postingPaths(resume, {}, fixtures)).toEqual([undefined]);
    expect(postingPaths(resume, { allVariants: true }, fixtures)).toEqual([
      undefined,
      at('stelle.md'),
      at('engines.md'),
    ]);
  });

  it('reads a document not yet checked without failing: a variant that is no mapping has no posting', () => {
    const odd = { variants: { empty: null, listed: ['job.md'], numbered: { job: 5 } } };
    expect(postingPaths(odd, { allVariants: true })).toEqual([undefined, undefined, undefined, undefined]);
    expect(postingPaths(odd, { variant: 'missing' })).toEqual([undefined]);
    expect(postingPaths('not a résumé', { variant: 'x' })).toEqual([undefined]);
  });

  it("gives load each posting's language (none where it cannot be read)", async () => {
    const languages = postingLanguagesOf({ allVariants: true });
    expect(await languages(resume, fixtures)).toEqual([undefined, 'de', 'en']);
    const missing = { variants: { gone: { job: 'no-such-posting.md' } } };
    expect(await postingLanguagesOf({ variant: 'gone' })(missing, fixtures)).toEqual([undefined]);
  });
});

describe('plan', () => {
  const edition = (language: string, suffix: string, chosenBy?: 'posting'): Edition => ({
    language,
    locale: language,
    suffix,
    ...(chosenBy ? { chosenBy } : {}),
    resume: inLanguage(resume, language),
  });

  it("puts each target in its posting's language where editions were chosen by postings", async () => {
    const jobs = new Map(
      await Promise.all(
        ['stelle.md', 'engines.md'].map(async (file) => {
          const path = resolve(fixtures, file);
          return [path, await readJob(path, resume, file)] as const;
        }),
      ),
    );
    const editions = [edition('en', ''), edition('de', '.de', 'posting')];
    const planned = plan(editions, { allVariants: true }, jobs, fixtures);
    expect(planned.map((p) => [p.target.stem, p.locale])).toEqual([
      ['resume', 'en'],
      ['ada-engines', 'en'],
      ['resume-stelle.de', 'de'],
    ]);
    expect(planned[2]?.resume.work?.[0]?.position).toBe('Leitende Ingenieurin');
  });

  it('puts every target in every edition otherwise (--all-locales)', () => {
    const editions = [edition('en', ''), edition('de', '.de')];
    const planned = plan(editions, { variant: 'stelle' }, new Map(), fixtures);
    expect(planned.map((p) => p.target.stem)).toEqual(['resume-stelle', 'resume-stelle.de']);
  });
});
