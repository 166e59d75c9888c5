import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasTable } from '../../src/match/aliases.js';
import { createAnalyzer } from '../../src/match/analyzer.js';
import {
  analyzePosting,
  type Posting,
  readPosting,
  type SectionKind,
  type Term,
} from '../../src/match/index.js';
import { LANGUAGES, type Language, stopwordsOf } from '../../src/match/language.js';
import { posting } from './helpers.js';

const termsOf = (name: string, aliases?: unknown) => analyzePosting(posting(name), { aliases }).terms;
const find = (terms: Term[], term: string) => terms.find((t) => t.term === term);
const keyOf = (text: string, language: Language = 'en', aliases?: unknown) =>
  createAnalyzer(language, aliases)
    .analyze(text)
    .filter((t) => !t.stop)
    .map((t) => t.key)
    .join(' ');

describe('aliases', () => {
  it('fold the names of a skill to one key', () => {
    expect(keyOf('Postgres')).toBe(keyOf('PostgreSQL'));
    expect(keyOf('k8s')).toBe(keyOf('Kubernetes'));
    expect(keyOf('JS')).toBe(keyOf('JavaScript'));
    expect(keyOf('RoR')).toBe(keyOf('Ruby on Rails'));
    expect(keyOf('CI/CD pipelines')).toBe(keyOf('continuous integration'));
  });

  it('count names that are also words only as written ("Go", not "go")', () => {
    expect(keyOf('Go')).toBe(keyOf('Golang'));
    expect(keyOf('go')).not.toBe(keyOf('Golang'));
  });

  it("are extended by a résumé's meta.aliases, alias → canonical or canonical → aliases", () => {
    expect(keyOf('GCloud', 'en', { GCloud: 'Google Cloud' })).toBe(keyOf('GCP'));
    expect(keyOf('Hanami', 'en', { 'Ruby web frameworks': ['Hanami', 'Sinatra'] })).toBe(
      keyOf('Sinatra', 'en', { 'Ruby web frameworks': ['Hanami', 'Sinatra'] }),
    );
    // A name the résumé gives to another skill leaves its old group.
    const table = aliasTable({ Rails: 'Rails framework' });
    expect(table.get('Ruby on Rails')).not.toContain('Rails');
    expect(table.get('Rails framework')).toEqual(['Rails']);
  });

  it('make the posting name the skill once, with the names it goes by', () => {
    const rails = termsOf('en-backend.md').filter((t) => t.names.includes('RoR'));
    expect(rails).toHaveLength(1);
    expect(rails[0]).toMatchObject({ term: 'Ruby on Rails', kind: 'skill' });
  });
});

describe('stems', () => {
  it('match singular and plural, and German inflections, in the posting and the résumé alike', () => {
    expect(keyOf('microservices')).toBe(keyOf('microservice'));
    expect(keyOf('scalable architectures')).toBe(keyOf('scalable architecture'));
    expect(keyOf('Betrieb unserer Kubernetes-Cluster', 'de')).toContain(keyOf('Kubernetes Clustern', 'de'));
    expect(keyOf('Erfahrungen mit Datenbanken', 'de')).toBe(keyOf('Erfahrung mit Datenbank', 'de'));
    expect(keyOf("l'intégration continue", 'fr')).toBe(keyOf('intégrations continues', 'fr'));
  });

  it('cut Chinese and Japanese text into words, and Korean particles off', () => {
    expect(keyOf('熟悉MySQL、Redis', 'zh')).toBe('熟悉 =mysql =redis');
    expect(keyOf('Kubernetesクラスタの運用経験', 'ja')).toBe('=kubernetes クラスタ 運用 経験');
    expect(keyOf('쿠버네티스 환경에서', 'ko')).toBe('쿠버네티스 환경');
  });
});

describe('analyzePosting', () => {
  it('finds the skills and phrases a posting asks for', () => {
    const terms = termsOf('en-backend.md').map((t) => t.term);
    for (const t of [
      'Ruby on Rails',
      'PostgreSQL',
      'Kafka',
      'event-driven architecture',
      'k8s',
      'GraphQL',
      'API versioning',
    ])
      expect(terms).toContain(t);
  });

  it('weighs the title and the requirements above nice-to-haves, benefits and the company blurb lowest', () => {
    const weightIn = (kind: SectionKind) =>
      analyzePosting({ language: 'en', sections: [{ kind, text: '- Terraform' }] }).terms[0]?.weight ?? 0;
    const order: SectionKind[] = ['title', 'requirements', 'responsibilities', 'nice', 'about', 'benefits'];
    const weights = order.map(weightIn);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(new Set(weights).size).toBe(order.length);
  });

  it('finds terms in every language', () => {
    expect(find(termsOf('de-devops.html'), 'Kubernetes-Cluster')).toBeDefined();
    expect(find(termsOf('fr-dev.md'), 'PostgreSQL')?.sections).toEqual(['requirements']);
    expect(find(termsOf('ja-backend.md'), 'Kubernetes')?.sections).toEqual(['nice']);
    expect(find(termsOf('zh-backend.txt'), 'Spring Boot')?.sections).toEqual(['requirements']);
    expect(find(termsOf('ko-backend.md'), 'Kafka')?.sections).toEqual(['nice']);
    expect(termsOf('job.json').map((t) => t.term)).toEqual(
      expect.arrayContaining(['Flutter', 'Dart', 'React Native']),
    );
  });

  it('never makes a stopword a term, in any language', () => {
    for (const language of LANGUAGES) {
      const stop = stopwordsOf(language);
      const words = [...stop].slice(0, 300);
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...words, 'Kubernetes', 'PostgreSQL', 'data pipelines'), {
            maxLength: 30,
          }),
          (picked) => {
            const p: Posting = {
              language,
              sections: [
                { kind: 'title', text: picked.slice(0, 3).join(' ') || 'x' },
                { kind: 'requirements', text: picked.map((w) => `- ${w}`).join('\n') },
                { kind: 'responsibilities', text: picked.join(' ') },
              ],
            };
            for (const t of analyzePosting(p).terms) {
              expect(stop.has(t.term.toLowerCase())).toBe(false);
            }
          },
        ),
        { numRuns: 30, seed: 22 },
      );
    }
  });

  it('makes no key term of the company a title names ("Engineer at Acme Logistics"), which no résumé covers', () => {
    const text =
      '# Senior Backend Engineer at Acme Logistics\n\nAcme Logistics moves freight.\n\n## Requirements\n- Go and Kafka\n';
    const terms = analyzePosting(readPosting(text, 'p.md')).terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['Go', 'Kafka', 'Backend Engineer']));
    expect(terms.filter((t) => /Acme|Logistics/.test(t))).toEqual([]);
  });

  it('makes no term of a German verb said to "du" ("modellierst Daten"), and keeps what follows it', () => {
    const terms = termsOf('de-data-dash.md').map((t) => t.term);
    expect(terms.filter((t) => /(?:^|\s)\p{Ll}+st(?:\s|$)/u.test(t))).toEqual([]);
    expect(terms).toContain('Streaming-Pipelines');
  });

  it('makes no key term of a company named after a dash, nor of the place in brackets after it', () => {
    for (const name of ['en-data-dash.md', 'de-data-dash.md']) {
      const terms = termsOf(name).map((t) => t.term);
      expect(terms.filter((t) => /Harbourlight|Freight|Leeds|friendly|Lechfeld|Energie/.test(t))).toEqual([]);
    }
  });

  it('weighs a paragraph about the company, even under Requirements, as prose', () => {
    const terms = termsOf('en-backend.md');
    expect(find(terms, 'Salesforce')).toBeUndefined();
    expect(terms.map((t) => t.term)).not.toContain('couriers');
  });

  it('leaves addresses and boilerplate out', () => {
    const p = readPosting(
      '# Backend Engineer\n\n## Requirements\n- Strong experience with Redis\n- See https://example.com/jobs/redis-role and jobs@example.com',
      'x.md',
    );
    const terms = analyzePosting(p).terms.map((t) => t.term.toLowerCase());
    expect(terms).toContain('redis');
    expect(terms.some((t) => /https|example|experience|strong/.test(t))).toBe(false);
  });

  it('gives the same terms for the same posting, every time', () => {
    const a = JSON.stringify(termsOf('en-backend.md'));
    const b = JSON.stringify(termsOf('en-backend.md'));
    expect(a).toBe(b);
  });
});

describe('product names', () => {
  it('are terms written in lower case (dbt), with a boilerplate word (Great Expectations), or as nice-to-haves', () => {
    const terms = termsOf('en-data-dash.md');
    for (const name of ['dbt', 'Great Expectations', 'Monte Carlo', 'Delta Lake', 'Dagster', 'Metabase'])
      expect(find(terms, name)?.kind, name).toBe('skill');
    expect(find(terms, 'Dagster')?.sections).toEqual(['nice']);
  });

  it('are found in German, where every noun has a capital: a lone word where tools are listed', () => {
    const terms = termsOf('de-data-dash.md');
    for (const name of ['Snowflake', 'Databricks', 'dbt'])
      expect(find(terms, name)?.kind, name).toBe('skill');
    // Nouns in the same places are no names: "mit Kunden", "für Datenqualität".
    expect(terms.map((t) => t.term)).not.toEqual(expect.arrayContaining(['Kunden']));
    expect(find(terms, 'Datenqualität')?.kind).not.toBe('skill');
  });

  it('are found in a German posting that is one paragraph, after a name, but not in a set phrase ("auf Basis von")', () => {
    const prose = readPosting(
      '# Cloud Data Engineer\n\n## Beschreibung\n\nSie bauen eine Plattform auf Basis von Microsoft Fabric und Databricks und arbeiten mit Airflow.\n',
      'x.md',
    );
    const terms = analyzePosting(prose).terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['Databricks', 'Airflow']));
    expect(terms).not.toContain('Basis');
  });

  it('of several words count once, not once more for each word, unless a word stands alone elsewhere', () => {
    const terms = termsOf('en-data-dash.md').map((t) => t.term);
    expect(terms).toEqual(
      expect.arrayContaining(['Delta Lake', 'Monte Carlo', 'Great Expectations', 'dbt Cloud']),
    );
    for (const part of ['Delta', 'Lake', 'Monte', 'Carlo', 'Great', 'Expectations', 'Cloud'])
      expect(terms, part).not.toContain(part);
    const alone = readPosting(
      '# Engineer\n\n## Requirements\n- Work with Delta Lake\n- Tune Spark on Delta, then Hudi\n',
      'x.md',
    );
    expect(analyzePosting(alone).terms.map((t) => t.term)).toEqual(
      expect.arrayContaining(['Delta Lake', 'Delta']),
    );
  });

  it('are not taken from a lower-case word with vowels, or German abbreviations', () => {
    expect(createAnalyzer('en').analyze('dbt and data')).toMatchObject([
      { surface: 'dbt', skill: true },
      { surface: 'and', skill: false },
      { surface: 'data', skill: false },
    ]);
    const bullets = '- Kenntnisse in Go, ggf. Rust usw.\n'.repeat(3);
    const p: Posting = { language: 'de', sections: [{ kind: 'requirements', text: bullets }] };
    const terms = analyzePosting(p).terms.map((t) => t.term);
    expect(terms).toContain('Rust');
    expect(terms).not.toContain('ggf');
    expect(terms).not.toContain('usw');
  });
});

describe('duties are not terms', () => {
  const termsIn = (language: Language, text: string) =>
    analyzePosting({ language, sections: [{ kind: 'responsibilities', text }] } satisfies Posting).terms.map(
      (t) => t.term,
    );

  it('reads a Romance infinitive or "we" form before its object as a duty, not a phrase', () => {
    const es = termsIn(
      'es',
      '- Diseñar y mantener pipelines con Kafka.\n- Orquestar procesos con Airflow.\n- Buscamos desarrollador backend.',
    );
    for (const phrase of ['mantener pipelines', 'Orquestar procesos', 'Buscamos desarrollador backend'])
      expect(es).not.toContain(phrase);
    expect(es).toEqual(expect.arrayContaining(['Kafka', 'Airflow']));
    // A name that goes on with a capital is a name: "Computer Vision".
    expect(termsIn('es', '- Computer Vision con PyTorch.\n- Computer Vision.')).toContain('Computer Vision');
  });

  it('never makes an English duty verb a term alone', () => {
    const en = termsIn(
      'en',
      '- Design, build and operate services.\n- Build integrations with Kafka.\n- Acme builds ledgers.',
    );
    expect(en.map((t) => t.toLowerCase())).not.toContain('build');
    expect(en).not.toContain('builds');
    expect(en).toContain('Kafka');
  });
});
