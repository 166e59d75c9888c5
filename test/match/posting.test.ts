import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/core/html-entities.js';
import { UserError } from '../../src/errors.js';
import { classifyHeading } from '../../src/match/headings.js';
import { htmlToLines } from '../../src/match/html.js';
import { readPosting, type SectionKind } from '../../src/match/index.js';
import { posting } from './helpers.js';

const kinds = (name: string) => posting(name).sections.map((s) => s.kind);
const textOf = (name: string, kind: SectionKind) =>
  posting(name)
    .sections.filter((s) => s.kind === kind)
    .map((s) => s.text)
    .join('\n');

describe('readPosting: shapes', () => {
  it('reads Markdown with front matter: title, company and language from it, sections from the headings', () => {
    const p = posting('en-backend.md');
    expect(p).toMatchObject({
      title: 'Senior Backend Engineer (Rails)',
      company: 'Larkspur Freight',
      language: 'en',
    });
    expect(kinds('en-backend.md')).toEqual([
      'title',
      'other',
      'responsibilities',
      'requirements',
      'nice',
      'benefits',
      'about',
    ]);
    // Every bullet style ends as "- ".
    expect(textOf('en-backend.md', 'responsibilities').split('\n')).toEqual([
      '- Design and build event-driven architecture for shipment tracking',
      '- Own our Postgres schema and query performance',
      '- Run services on k8s with the platform team',
      '- Mentor two mid-level engineers',
    ]);
  });

  it('reads a posting that is nothing but front matter', () => {
    const p = posting('en-front-matter-only.md');
    expect(p).toMatchObject({ title: 'Data Engineer', company: 'Quillmate' });
    expect(kinds('en-front-matter-only.md')).toEqual([
      'title',
      'requirements',
      'nice',
      'responsibilities',
      'benefits',
    ]);
    expect(textOf('en-front-matter-only.md', 'requirements')).toContain('- dbt models on Snowflake');
  });

  it('reads plain text: a short first line is the title; labels, capitals and "Label: text" are headings', () => {
    const p = posting('en-plain.txt');
    expect(p.title).toBe('Site Reliability Engineer');
    expect(kinds('en-plain.txt')).toEqual([
      'title',
      'other',
      'responsibilities',
      'requirements',
      'nice',
      'benefits',
    ]);
    expect(textOf('en-plain.txt', 'nice')).toBe('Go, chaos engineering.');
  });

  it('reads HTML: tags stripped, entities decoded, headings kept, scripts and styles dropped', () => {
    const p = posting('de-devops.html');
    expect(p.title).toBe('DevOps Engineer (m/w/d)');
    expect(p.language).toBe('de');
    expect(kinds('de-devops.html')).toEqual([
      'title',
      'other',
      'responsibilities',
      'requirements',
      'nice',
      'benefits',
    ]);
    const all = p.sections.map((s) => s.text).join('\n');
    expect(all).toContain('für Baumärkte, Sägewerke und Privatkunden');
    expect(all).toContain('- Monitoring mit Prometheus & Grafana');
    expect(all).toContain('GitLab CI');
    expect(all).not.toMatch(/&#44;|&amp;|&uuml;|window\.track|color: teal/);
  });

  it('reads HTML escaped once more, as job boards send it', () => {
    expect(kinds('escaped.html')).toEqual(['responsibilities', 'requirements', 'nice']);
    expect(textOf('escaped.html', 'responsibilities')).toBe('Build R&D tooling for lab robots.');
    expect(textOf('escaped.html', 'requirements')).toBe('- C++ and Python\n- ROS 2');
  });

  it("reads a saved job page's JSON-LD JobPosting rather than the page around it", () => {
    const p = posting('jobposting-ld.html');
    expect(p).toMatchObject({ title: 'GIS Backend Developer', company: 'Kestrel Maps', language: 'en' });
    expect(kinds('jobposting-ld.html')).toEqual(['title', 'other', 'requirements', 'nice']);
    expect(textOf('jobposting-ld.html', 'requirements')).toBe('- PostGIS and Python\n- Vector tiles');
    expect(p.sections.map((s) => s.text).join('\n')).not.toMatch(/Imprint|Blog|Apply with the form/);
  });

  it('finds headings glued into text flattened from HTML', () => {
    expect(kinds('de-flattened.txt')).toEqual([
      'title',
      'other',
      'responsibilities',
      'requirements',
      'benefits',
    ]);
    expect(textOf('de-flattened.txt', 'requirements')).toBe('Du hast Erfahrung mit Java, Spring und Kafka.');
  });

  it('reads a JSON Resume job document', () => {
    const p = posting('job.json');
    expect(p).toMatchObject({ title: 'Mobile Developer', company: 'Tidewater Apps', language: 'en' });
    expect(textOf('job.json', 'responsibilities')).toBe(
      '- Ship features in our Flutter app\n- Maintain the iOS and Android release pipelines',
    );
    expect(textOf('job.json', 'requirements')).toContain('- Mobile: Flutter, Dart, Kotlin');
    expect(textOf('job.json', 'other')).toBe('We build apps for harbour authorities.');
  });

  it('reports JSON that does not parse at its line and column', () => {
    let error: unknown;
    try {
      posting('broken.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).diagnostics[0]).toMatchObject({ file: 'broken.json', line: 3, col: 24 });
  });

  it('says so when a posting has no text, or a JSON file has no posting fields', () => {
    expect(() => readPosting('   \n', 'empty.txt')).toThrow(/no text to match against/);
    expect(() => readPosting('{"salary": "100"}', 'x.json')).toThrow(/none of a job posting's fields/);
  });

  it('reads Markdown tables, and leaves inline HTML and Kramdown attributes out', () => {
    expect(textOf('nl-dev.md', 'requirements')).toBe(
      'Wat Niveau\nPHP minimaal 3 jaar ervaring\nMySQL kennis',
    );
    const all = posting('nl-dev.md')
      .sections.map((s) => s.text)
      .join('\n');
    expect(all).toContain('of mail ons.');
    expect(all).not.toMatch(/noopener|_blank|href|\{:/);
  });

  it('decodes entities in text and Markdown too', () => {
    expect(textOf('en-plain.txt', 'responsibilities')).toContain('Prometheus & Grafana');
  });

  it('takes the company from a title written "Role at Company" in each language, not from a lower-case word', () => {
    const heading = (title: string) => readPosting(`# ${title}\n\n## Requirements\n- Go\n`, 'p.md');
    expect(heading('Senior Backend Engineer at Acme Logistics')).toMatchObject({
      title: 'Senior Backend Engineer',
      company: 'Acme Logistics',
    });
    expect(heading('Backend-Entwickler (m/w/d) bei Nordwerk GmbH')).toMatchObject({
      title: 'Backend-Entwickler (m/w/d)',
      company: 'Nordwerk GmbH',
    });
    expect(heading('Développeur chez Société Exemple')).toMatchObject({ company: 'Société Exemple' });
    expect(heading('Engineer for systems at scale').company).toBeUndefined();
    expect(heading('Engineer for systems at scale').title).toBe('Engineer for systems at scale');
  });

  it('takes the company from a title written "Role @ Company"', () => {
    expect(posting('pt-dev.md')).toMatchObject({
      title: 'Desenvolvedor(a) Back-end Node.js',
      company: 'Caju Logística',
    });
  });
});

describe('readPosting: the company', () => {
  const read = (text: string) => readPosting(text, 'p.md');

  it('takes it from a title "Role – Company" where the name has a legal form, or the first paragraph opens with it', () => {
    expect(posting('de-data-dash.md')).toMatchObject({
      title: 'Data Engineer (m/w/d)',
      company: 'Lechfeld Energie AG',
    });
    // A place or way of working in brackets after it goes with it.
    expect(posting('en-data-dash.md')).toMatchObject({
      title: 'Lead Analytics Engineer',
      company: 'Harbourlight Freight',
    });
    expect(read('# Data Engineer | Kestrel Labs Ltd\n\n## Requirements\n- Go\n')).toMatchObject({
      title: 'Data Engineer',
      company: 'Kestrel Labs Ltd',
    });
  });

  it('takes the company its front matter names out of the title, and an article before the role', () => {
    const front = (fields: string) => read(`---\n${fields}\n---\n\n## Requirements\n- Go\n`);
    expect(
      front('title: "Discord - Senior Software Engineer (Database Infrastructure)"\ncompany: Discord'),
    ).toMatchObject({
      title: 'Senior Software Engineer (Database Infrastructure)',
      company: 'Discord',
    });
    expect(front('title: Platform Engineer – Kestrel\ncompany: Kestrel')).toMatchObject({
      title: 'Platform Engineer',
    });
    expect(front('title: Engineer at Acme Corp\ncompany: Acme')).toMatchObject({
      title: 'Engineer',
      company: 'Acme',
    });
    expect(front('roles: un développeur Python Django').title).toBe('développeur Python Django');
    expect(front('title: An Engineer for payments').title).toBe('Engineer for payments');
    expect(front('title: A/B Testing Lead').title).toBe('A/B Testing Lead');
    expect(front('title: UN Policy Officer').title).toBe('UN Policy Officer');
    expect(front('title: Uno Platform Developer').title).toBe('Uno Platform Developer');
  });

  it('keeps a dash in the title where what follows is no company ("Engineer – Backend")', () => {
    const p = read(
      '# Senior Engineer – Backend (Remote)\n\nWe build tools for farmers.\n\n## Requirements\n- Go\n',
    );
    expect(p.title).toBe('Senior Engineer – Backend (Remote)');
    expect(p.company).toBeUndefined();
  });

  it('takes it from a first paragraph that opens with it, when the title does not name it', () => {
    const body = '\n\n## Requirements\n- Go\n';
    expect(read(`# Data Engineer\n\nNorthwind Analytics builds forecasting tools.${body}`).company).toBe(
      'Northwind Analytics',
    );
    expect(read(`# Data Engineer\n\nAt Quillon Health, we care for patients.${body}`).company).toBe(
      'Quillon Health',
    );
    expect(read(`# Data Engineer\n\nWe are a small team in Leeds.${body}`).company).toBeUndefined();
    expect(read(`# Data Engineer\n\nThe platform runs on Go.${body}`).company).toBeUndefined();
  });
});

describe('readPosting: the company under a Markdown heading', () => {
  const read = (text: string) => readPosting(text, 'p.md');

  it("takes a job board's company heading under the title, in a block of headings", () => {
    expect(posting('en-board-headings.md')).toMatchObject({
      title: 'Principal Java Engineer (Cloud)',
      company: 'Kestrelworks',
    });
  });

  it('takes a heading under the title that the posting names again', () => {
    const p = read(
      '# Site Reliability Engineer\n### Renesas Electronics\n\nRenesas Electronics makes chips.\n',
    );
    expect(p.company).toBe('Renesas Electronics');
  });

  it('takes "About Acme" in its languages, not "About Us" or "About the Role"', () => {
    const about = (heading: string) => read(`# Data Engineer\n\n## ${heading}\n\nWe build tools.\n`).company;
    expect(about('About Bonfire')).toBe('Bonfire');
    expect(about('Über Nordwerk')).toBe('Nordwerk');
    expect(about("À propos d'Aquilon")).toBe('Aquilon');
    expect(about('Sobre Caju Logística')).toBe('Caju Logística');
    for (const none of [
      'About Us',
      'About the Role',
      'About You',
      'About The Team',
      'Über uns',
      'Sobre a Empresa',
    ])
      expect(about(none), none).toBeUndefined();
  });

  it('leaves a heading under the title that may be a team, a role or a place', () => {
    const under = (heading: string, rest = '\n\nWe build tools.\n') =>
      read(`# Senior Engineer\n## ${heading}${rest}`).company;
    // Named nowhere else and followed by text: a team as likely as a company.
    expect(under('Payments')).toBeUndefined();
    // A role under a title that is no role, a known section, a place, a word of the title, a placeholder.
    expect(
      read('# Exemplo de Vaga\n## Desenvolvedor Python Sênior\n### Sobre a Empresa\n\nSomos.\n').company,
    ).toBe(undefined);
    expect(under('Requirements', '\n#### x\n- Go\n')).toBeUndefined();
    expect(under('Berlin, Germany', '\n#### x\n')).toBeUndefined();
    expect(under('Senior Platform', '\n#### x\n')).toBeUndefined();
    expect(under('None', '\n#### x\n')).toBeUndefined();
    // Front matter and the title still win.
    const front = read('---\ncompany: Acme\n---\n# Engineer\n### Kestrelworks\n#### Remote\n');
    expect(front.company).toBe('Acme');
    expect(read('# Engineer at Acme\n### Kestrelworks\n#### Remote\n').company).toBe('Acme');
  });
});

describe('readPosting: the company in what job boards add to a title', () => {
  const read = (text: string) => readPosting(text, 'p.md');

  it("drops a saved page's kind after the title: the company before it is read", () => {
    const titled = (title: string) => read(`---\ntitle: '${title}'\n---\nTexto.\n`);
    expect(titled('[Remoto] Back-end Engineer @ Mobly - Vaga de Emprego')).toMatchObject({
      title: '[Remoto] Back-end Engineer',
      company: 'Mobly',
    });
    expect(titled('Desenvolvedor PHP na Internit - Vaga de Emprego')).toMatchObject({
      title: 'Desenvolvedor PHP',
      company: 'Internit',
    });
    expect(titled('Data Engineer (m/w/d) - Stellenangebot').title).toBe('Data Engineer (m/w/d)');
  });

  it('reads a Chinese title "Company - 誠徵 Role"', () => {
    expect(read('# 五倍紅寶石 - 誠徵 Rails 工程師\n\n## 工作內容\n- Rails\n')).toMatchObject({
      title: 'Rails 工程師',
      company: '五倍紅寶石',
    });
    expect(read('# AmazingTalker - 徵 Senior Rails Developer\n\nText.\n').company).toBe('AmazingTalker');
  });

  it('takes the company its front matter names from the start of the title, where a role is left', () => {
    const front = (fields: string) => read(`---\n${fields}\n---\nText.\n`).title;
    expect(front('title: BPM LLP AI ML Engineer\ncompany: BPM LLP')).toBe('AI ML Engineer');
    expect(front('title: Stripe Engineer\ncompany: Stripe')).toBe('Stripe Engineer');
  });

  it('reads no company from a first paragraph that opens with a preposition ("Voor ons team …")', () => {
    const p = read('# Consultant\n\nVoor ons kenniscentrum zoeken wij versterking.\n');
    expect(p.company).toBeUndefined();
  });
});

describe('readPosting: languages', () => {
  const cases: [string, string, SectionKind[]][] = [
    ['fr-dev.md', 'fr', ['title', 'other', 'responsibilities', 'requirements', 'nice', 'benefits']],
    ['es-dev.txt', 'es', ['title', 'about', 'responsibilities', 'requirements', 'nice', 'benefits']],
    ['pt-dev.md', 'pt', ['title', 'responsibilities', 'requirements', 'nice', 'benefits']],
    ['it-dev.md', 'it', ['title', 'responsibilities', 'requirements', 'nice', 'benefits']],
    ['nl-dev.md', 'nl', ['title', 'responsibilities', 'requirements', 'nice', 'benefits']],
    ['pl-dev.html', 'pl', ['title', 'responsibilities', 'requirements', 'nice', 'benefits']],
    ['ja-backend.md', 'ja', ['title', 'responsibilities', 'requirements', 'nice', 'benefits']],
    ['zh-backend.txt', 'zh', ['title', 'responsibilities', 'requirements', 'nice', 'benefits']],
    ['ko-backend.md', 'ko', ['title', 'responsibilities', 'requirements', 'nice', 'benefits']],
    // Headings written "###工作說明：", without a space, and numbered lines "1.熟悉 RSpec".
    ['zh-tw-rails.md', 'zh', ['title', 'responsibilities', 'benefits', 'requirements', 'nice']],
  ];
  it.each(cases)('%s is %s, its headings recognised', (name, language, expected) => {
    expect(posting(name).language).toBe(language);
    expect(kinds(name)).toEqual(expected);
  });

  it('tells requirements from nice-to-haves in headings as postings write them', () => {
    const table: [string, SectionKind][] = [
      ['Preferred qualifications', 'nice'],
      ['Minimum qualifications', 'requirements'],
      ["What you'll bring", 'requirements'],
      ['What you’ll do:', 'responsibilities'],
      ['Ihr Profil', 'requirements'],
      ['Von Vorteil sind', 'nice'],
      ['Das bieten wir', 'benefits'],
      ['Compétences recherchées', 'requirements'],
      ['Serait un plus', 'nice'],
      ['Se valorará', 'nice'],
      ['Requisitos desejáveis', 'nice'],
      ['Mile widziane', 'nice'],
      ['우대사항', 'nice'],
      ['任职要求', 'requirements'],
      ['福利厚生', 'benefits'],
      ['About Mozilla', 'about'],
      ['Full Stack Developer (Remote)', 'other'],
    ];
    for (const [heading, kind] of table)
      expect([heading, classifyHeading(heading) ?? 'other']).toEqual([heading, kind]);
  });
});

describe('entities and HTML', () => {
  it('decodes named, decimal and hexadecimal references, and leaves unknown names as written', () => {
    expect(decodeEntities('a&#44; b &#x26; c &eacute;t&eacute; &Uuml;ber &nbsp;&hellip; &bogus;')).toBe(
      'a, b & c été Über  … &bogus;',
    );
  });

  it('turns list items into bullets and headings into Markdown headings', () => {
    expect(htmlToLines('<h3>Requirements</h3><ul><li>Go</li><li>SQL &amp; Python</li></ul>')).toBe(
      '### Requirements\n\n- Go\n- SQL & Python',
    );
  });
});
