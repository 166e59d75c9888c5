// Cover letters and the application packet (issue 24) through the real CLI: a letter file with placeholders,
// `resume letter` and `build --letter` in every format and theme, one page by default, `--packet`, `init --letter`,
// the locales, `check --letter`, and watch and serve. The fixtures are in test/fixtures/letter.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPdfJs } from '../../src/render/pdf/pdfjs.js';
import { root, runCli, tempDir } from '../helpers.js';
import { events, get, longRunning } from '../long-running.js';
import { readPdf } from '../pdf.js';

const fixtures = join(root, 'test', 'fixtures', 'letter');

/** A folder with the fixtures' résumé, letters, postings and signature. */
function folder(): string {
  const dir = tempDir('resume-letter-');
  cpSync(fixtures, dir, { recursive: true });
  return dir;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** The lines of the fixture letter a reader must find, in order (placeholders filled). */
const ACME = [
  'Ana Rivera',
  'Backend Engineer',
  'Jordan Lee',
  'Head of Engineering',
  'Acme Logistics',
  'Hafenstraße 12',
  '20457 Hamburg',
  '14 March 2025',
  'Application for the Senior Backend Engineer role',
  'Dear Jordan Lee,',
  'I am writing to apply for the Senior Backend Engineer role at Acme Logistics.',
  'What I would bring to Acme Logistics:',
  'then changing one thing at a time;',
  'I would be glad to talk about how I could help your team, Jordan Lee.',
  'Kind regards,',
];

/** The first item not found after the one before it (case aside: the text format writes the name in capitals). */
function inOrder(text: string, items: string[]): string | undefined {
  let at = 0;
  for (const item of items) {
    const i = flat(text).toLowerCase().indexOf(item.toLowerCase(), at);
    if (i < 0) return item;
    at = i + item.length;
  }
  return undefined;
}

async function docxXml(path: string): Promise<{ xml: string; files: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return { xml: (await zip.file('word/document.xml')?.async('string')) ?? '', files: Object.keys(zip.files) };
}

describe('resume letter', () => {
  it('writes letter-<stem> in HTML, PDF, DOCX, Markdown and text, headed by the résumé, each read back whole', async () => {
    const dir = folder();
    const r = await runCli(['letter', 'acme.md', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(
      ['docx', 'html', 'md', 'pdf', 'txt'].map((e) => `letter-acme.${e}`),
    );
    const pdf = await readPdf(join(dir, 'out', 'letter-acme.pdf'));
    expect(inOrder(pdf.text, ACME)).toBeUndefined();
    expect(pdf.pageCount).toBe(1);
    expect(pdf.links).toEqual(
      expect.arrayContaining(['mailto:ana@example.com', 'https://github.com/ana-example/orders']),
    );
    expect(pdf.images).toBe(1); // the signature
    expect(pdf.info).toMatchObject({ Title: 'Ana Rivera — Cover letter', Author: 'Ana Rivera' });
    const { xml, files } = await docxXml(join(dir, 'out', 'letter-acme.docx'));
    expect(inOrder(xml.replace(/<[^>]+>/g, ' '), ACME)).toBeUndefined();
    expect(files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    expect(read(dir, 'out/letter-acme.html')).toContain('<img class="signature" src="data:image/png;base64,');
    const md = read(dir, 'out/letter-acme.md');
    expect(md).toContain('# Ana Rivera\n**Backend Engineer**\n');
    expect(md).toContain('Jordan Lee  \nHead of Engineering  \nAcme Logistics');
    expect(md).toContain('- a habit of **measuring first,** then changing one thing at a time;\n');
    expect(md).toContain('[GitHub](https://github.com/ana-example/orders).');
    const txt = read(dir, 'out/letter-acme.txt');
    expect(inOrder(txt, ACME)).toBeUndefined();
    expect(txt).toContain('GitHub (https://github.com/ana-example/orders).');
    const check = await runCli(
      ['check', '--letter', 'acme.md', ...readdirSync(join(dir, 'out')).map((f) => join('out', f))],
      {
        cwd: dir,
      },
    );
    expect(check.stdout.trim().split('\n').at(-1), check.stdout).toBe('all 5 outputs read back whole');
  });

  it("takes the résumé's typeface, accent and margins, and build --letter writes the résumé too", async () => {
    const dir = folder();
    const r = await runCli(['build', '--letter', 'acme.md', '-f', 'html,pdf', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'letter-acme.html',
      'letter-acme.pdf',
      'resume.html',
      'resume.pdf',
    ]);
    const [letter, resume] = await Promise.all(
      ['letter-acme.pdf', 'resume.pdf'].map((f) => readPdf(join(dir, 'out', f))),
    );
    const families = (fonts: { name: string }[]) =>
      new Set(fonts.map((f) => f.name.replace(/^.*\+|-.*$/g, '')));
    expect(families(letter?.fonts ?? [])).toEqual(families(resume?.fonts ?? []));
    expect(letter?.colors).toContain('#1f3a5f'); // classic's accent, the name
    const margins = (html: string) => /@page \{ margin: [^}]+\}/.exec(html)?.[0];
    expect(margins(read(dir, 'out/letter-acme.html'))).toBe(margins(read(dir, 'out/resume.html')));
    expect(margins(read(dir, 'out/letter-acme.html'))).toBe('@page { margin: 14mm 16mm 14mm 16mm; }');
  });

  it('fills company and position from the job posting it names: Markdown front matter or a JSON Resume job', async () => {
    const dir = folder();
    const md = await runCli(['letter', 'from-posting.md', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(md.code, md.stderr).toBe(0);
    expect(read(dir, 'out/letter-from-posting.txt')).toContain(
      'github.com/ana-example\n\nQuillmate\n\n', // the company's name makes the recipient block
    );
    expect(read(dir, 'out/letter-from-posting.txt')).toContain('The Platform Engineer role at Quillmate is');
    writeFileSync(
      join(dir, 'letter-tidewater.md'),
      read(dir, 'from-posting.md').replace('posting.md', 'posting.json'),
    );
    const json = await runCli(['letter', 'letter-tidewater.md', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(json.code, json.stderr).toBe(0);
    expect(read(dir, 'out/letter-tidewater.txt')).toContain('The Mobile Developer role at Tidewater Apps is');
  });

  it("takes a posting's title and company from its first heading, as resume match reads them", async () => {
    const dir = folder();
    // A German posting with no front matter: its title (and company) in its "# " heading.
    writeFileSync(join(dir, 'nordlicht.md'), '---\njob: postings/nordlicht.md\n---\nRole: {{position}}.\n');
    const r = await runCli(['letter', 'nordlicht.md', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(''); // no "names no title or company"
    const position = /Role: (.*)\./.exec(read(dir, 'out/letter-nordlicht.txt'))?.[1] ?? '';
    expect(position).toMatch(/^Senior Data Engineer \(m\/w\/d\)/);
    const match = await runCli(['match', '--job', 'postings/nordlicht.md'], { cwd: dir });
    expect(match.code, match.stderr).toBe(0);
    expect(match.stdout.split('\n')[0]).toMatch(
      new RegExp(`^${position.replace(/[()]/g, '\\$&')}( at | — )`),
    );
    // A heading that names the company fills both.
    writeFileSync(
      join(dir, 'harbor.md'),
      '---\njob: postings/harbor.md\n---\nThe {{position}} role at {{company}} is the work I know best.\n',
    );
    const both = await runCli(['letter', 'harbor.md', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(both.code, both.stderr).toBe(0);
    expect(both.stderr).toBe('');
    expect(flat(read(dir, 'out/letter-harbor.txt'))).toContain(
      'The Backend Engineer role at Harbor Freight Systems is the work I know best.',
    );
    // One that names no company: the fix is in the letter's front matter.
    writeFileSync(join(dir, 'postings', 'plain.md'), '# Data Engineer\n\nWe build pipelines.\n');
    writeFileSync(
      join(dir, 'plain.md'),
      '---\njob: postings/plain.md\n---\nThe {{position}} role at {{company}}.\n',
    );
    const none = await runCli(['letter', 'plain.md', '-f', 'txt', '-o', 'out'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(
      'plain.md:4:26  (document)  {{company}} has no value: set company: in the front matter: postings/plain.md names no company',
    );
    expect(none.stderr).toContain('error: 1 problem in plain.md'); // {{position}} is the heading's
  });

  it('answers the posting of --job, in place of its job:, said once at that line', async () => {
    const dir = folder();
    const r = await runCli(['letter', 'from-posting.md', '--job', 'posting.json', '-f', 'txt', '-o', 'out'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(read(dir, 'out/letter-from-posting.txt')).toContain(
      'The Mobile Developer role at Tidewater Apps is',
    );
    expect(r.stderr).toBe(
      'from-posting.md:2:6  job  warning: job: posting.md is not read: --job posting.json names the posting this letter answers\n' +
        '  2 | job: posting.md\n' +
        '           ^\n',
    );
    expect(readdirSync(join(dir, 'out'))).toEqual(['letter-from-posting.txt']); // the résumé is not tailored
    // The same file both ways: nothing to say. A letter without job: takes it alone.
    const same = await runCli(['letter', 'from-posting.md', '--job', './posting.md', '-f', 'txt'], {
      cwd: dir,
    });
    expect(same.code, same.stderr).toBe(0);
    expect(same.stderr).toBe('');
    writeFileSync(join(dir, 'plain.md'), 'The {{position}} role at {{company}} is the work I know best.\n');
    const plain = await runCli(['letter', 'plain.md', '--job', 'postings/harbor.md', '-f', 'txt'], {
      cwd: dir,
    });
    expect(plain.code, plain.stderr).toBe(0);
    expect(read(dir, 'out/letter-plain.txt')).toContain(
      'The Backend Engineer role at Harbor Freight Systems',
    );
    const missing = await runCli(['letter', 'plain.md', '--job', 'nowhere.md'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--job nowhere.md: no such file');
    const help = await runCli(['letter', '--help'], { cwd: dir });
    expect(flat(help.stdout)).toContain('--job <file> the job posting the letter answers');
    expect(help.stdout).toContain('resume letter acme.md --job postings/acme.md');
  });

  it('says an unknown placeholder at its file:line:col, with every other problem, and writes nothing', async () => {
    const dir = folder();
    expect((await runCli(['letter', 'acme.md', '-f', 'md', '-o', 'out'], { cwd: dir })).code).toBe(0);
    const before = read(dir, 'out/letter-acme.md');
    writeFileSync(
      join(dir, 'acme.md'),
      read(dir, 'acme.md').replace('role at {{company}}', 'role at {{compnay}}').replace('job', 'jbo'),
    );
    const r = await runCli(['letter', 'acme.md', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'acme.md:15:52  (document)  unknown placeholder {{compnay}}: did you mean {{company}}? placeholders: {{company}}, {{position}}, {{recipient.name}}\n' +
        '  15 | I am writing to apply for the {{position}} role at {{compnay}}. For the past four years I have built\n' +
        `  ${' '.repeat(56)}^`,
    );
    expect(r.stderr).toMatch(/error: \d+ problems? in acme\.md\n$/);
    expect(readdirSync(join(dir, 'out'))).toEqual(['letter-acme.md']);
    expect(read(dir, 'out/letter-acme.md')).toBe(before);
  });

  it('refuses a format that makes no letter, and a packet of several résumés', async () => {
    const dir = folder();
    const json = await runCli(['letter', 'acme.md', '-f', 'json'], { cwd: dir });
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('no format of json makes a letter');
    const all = await runCli(['build', '--letter', 'acme.md', '--packet', '--all-variants'], { cwd: dir });
    expect(all.code).toBe(2);
    expect(all.stderr).toContain('a packet holds the letter and one résumé');
    const alone = await runCli(['build', '--packet'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--packet puts a letter before the résumé: name it with --letter FILE');
  });
});

describe("the README's letter", () => {
  it('builds as written, into the Markdown the README shows', async () => {
    const dir = folder();
    const readme = read(root, 'README.md');
    const section = readme.slice(readme.indexOf('## Cover letters'));
    const [letter, output] = [...section.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    writeFileSync(join(dir, 'readme.md'), letter ?? '');
    const r = await runCli(['letter', 'readme.md', '-f', 'md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const md = read(dir, 'out/letter-readme.md');
    for (const part of (output ?? '').split('…\n')) expect(md).toContain(part);
  });
});

describe('letter layouts', () => {
  it.each([
    ['classic', 'class="letter"', 'Source Sans 3'],
    ['compact', 'class="letter"', 'Source Serif 4'],
    ['sidebar', '<aside class="sidebar">', 'Source Sans 3'],
  ])("draws the %s theme's letter, which reads back whole", async (theme, marker, font) => {
    const dir = folder();
    const r = await runCli(['letter', 'acme.md', '-t', theme, '-f', 'html,pdf', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(''); // no stand-in: each built-in theme has its letter
    const html = read(dir, 'out/letter-acme.html');
    expect(html).toContain(marker);
    expect(html).toContain(`--font: "${font}"`);
    const check = await runCli(
      ['check', '--letter', 'acme.md', '-t', theme, 'out/letter-acme.pdf', 'out/letter-acme.html'],
      { cwd: dir },
    );
    expect(check.stdout.trim().split('\n').at(-1), check.stdout).toBe('all 2 outputs read back whole');
  });

  it("uses a theme folder's letter.hbs; a theme without one, and a JSON Resume theme, get classic's, said once", async () => {
    const dir = folder();
    expect((await runCli(['create-theme', 'mine'], { cwd: dir })).code).toBe(0);
    const hbs = join(dir, 'mine', 'letter.hbs');
    writeFileSync(
      hbs,
      read(dir, 'mine/letter.hbs').replace('<main class="letter">', '<main class="letter" data-mine>'),
    );
    const own = await runCli(['letter', 'acme.md', '-t', './mine', '-f', 'html', '-o', 'own'], { cwd: dir });
    expect(own.code, own.stderr).toBe(0);
    expect(read(dir, 'own/letter-acme.html')).toContain('data-mine');

    rmSync(hbs);
    writeFileSync(
      join(dir, 'mine', 'theme.json'),
      read(dir, 'mine/theme.json').replace('"accent": "#1f3a5f"', '"accent": "#0a7d32"'),
    );
    const standIn = await runCli(['letter', 'acme.md', '-t', './mine', '-f', 'html', '-o', 'stand'], {
      cwd: dir,
    });
    expect(standIn.code, standIn.stderr).toBe(0);
    expect(standIn.stderr).toContain(
      "acme.md:1:1  (document)  warning: the theme mine (./mine) has no letter.hbs: the letter is drawn in classic's letter layout with mine (./mine)'s tokens",
    );
    const html = read(dir, 'stand/letter-acme.html');
    expect(html).toContain('class="letter-text"');
    expect(html).toContain('--accent: #0a7d32');

    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const pkg = await runCli(
      ['letter', 'acme.md', '-t', 'jsonresume-theme-even', '-f', 'html', '-o', 'even'],
      {
        cwd: dir,
      },
    );
    expect(pkg.code, pkg.stderr).toBe(0);
    expect(pkg.stderr).toContain(
      "warning: jsonresume-theme-even is a JSON Resume theme, which draws no letters: the letter is drawn in the classic theme's letter layout and look",
    );
    expect(read(dir, 'even/letter-acme.html')).toContain('class="letter-text"');
  });
});

/** A letter of `paragraphs` copies of the fixture's text. */
function longLetter(dir: string, name: string, paragraphs: number): void {
  const text = read(dir, 'acme.md');
  const [front, body] = text.split(/\n---\n/) as [string, string];
  const para = body.split('\n\n')[0] ?? '';
  writeFileSync(join(dir, name), `${front}\n---\n${Array(paragraphs).fill(para).join('\n\n')}\n`);
}

describe('one page', () => {
  it('fits a letter that runs over onto one page, and says how', async () => {
    const dir = folder();
    longLetter(dir, 'long.md', 9);
    const natural = await runCli(['letter', 'long.md', '--max-pages', '3', '-f', 'pdf', '-o', 'natural'], {
      cwd: dir,
    });
    expect((await readPdf(join(dir, 'natural', 'letter-long.pdf'))).pageCount, natural.stderr).toBe(2);
    const r = await runCli(['letter', 'long.md', '-f', 'pdf,docx', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /^fitted letter-long to 1 page \(from 2\): spacing [\d.]+×(, line height [\d.]+)?, body [\d.]+ pt\n$/,
    );
    expect((await readPdf(join(dir, 'out', 'letter-long.pdf'))).pageCount).toBe(1);
  });

  it('fails clearly when even the smallest sizes take two pages, and writes nothing', async () => {
    const dir = folder();
    longLetter(dir, 'huge.md', 30);
    const r = await runCli(['letter', 'huge.md', '-f', 'pdf,md', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: letter-huge does not fit on 1 page: it takes \d, and still \d at the smallest the theme allows \(.*\): \d pages? over\. Shorten it, or allow \d: --max-pages \d; nothing was written\n$/,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

async function outline(path: string): Promise<string[]> {
  const { getDocument } = await loadPdfJs();
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
  const lines: string[] = [];
  const walk = async (items: { title: string; dest: unknown; items: unknown[] }[], depth: number) => {
    for (const item of items) {
      const dest = (typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest) as [
        object,
      ];
      lines.push(`${'  '.repeat(depth)}${item.title} p${(await doc.getPageIndex(dest[0] as never)) + 1}`);
      await walk(item.items as never, depth + 1);
    }
  };
  await walk(((await doc.getOutline()) ?? []) as never, 0);
  await doc.destroy();
  return lines;
}

describe('--packet', () => {
  it('writes application-<stem>.pdf: the letter, then the chosen variant, with live links and an outline of both', async () => {
    const dir = folder();
    const r = await runCli(['letter', 'acme.md', '--packet', '--variant', 'lead', '-f', 'pdf', '-o', 'out'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    // Named after the variant too: the packet with the plain résumé is another.
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['application-acme-lead.pdf', 'letter-acme.pdf']);
    const packet = await readPdf(join(dir, 'out', 'application-acme-lead.pdf'));
    const letter = await readPdf(join(dir, 'out', 'letter-acme.pdf'));
    expect(packet.pageCount).toBe(2);
    expect(packet.pages[0]).toBe(letter.pages[0]); // the very letter
    expect(
      inOrder(packet.pages[1] ?? '', ['Ana Rivera', 'Experience', 'Led the billing migration']),
    ).toBeUndefined();
    expect(packet.tagged).toBe(true);
    expect(packet.links).toEqual(
      expect.arrayContaining([
        'https://github.com/ana-example/orders',
        'mailto:ana@example.com',
        'tel:+49301234567',
      ]),
    );
    expect(packet.info).toMatchObject({ Title: 'Ana Rivera — Application', Author: 'Ana Rivera' });
    expect(await outline(join(dir, 'out', 'application-acme-lead.pdf'))).toEqual([
      'Cover letter p1',
      'Résumé p2',
      '  EXPERIENCE p2',
      '    Senior Backend EngineerExample GmbH p2',
      '  SKILLS p2',
    ]);
  });

  it('comes from build --letter too, with the résumé in the locale; a letter-<name>.md file keeps its name', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'letter-acme.md'), read(dir, 'acme.md'));
    const r = await runCli(
      ['build', '--letter', 'letter-acme.md', '--packet', '-f', 'md', '-o', 'out', '--locale', 'de'],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    // German is not the résumé's language (en-GB): every name adds it.
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'application-acme.de.pdf',
      'letter-acme.de.md',
      'resume.de.md',
    ]);
    expect(await outline(join(dir, 'out', 'application-acme.de.pdf'))).toEqual([
      'Anschreiben p1',
      'Lebenslauf p2',
      '  BERUFSERFAHRUNG p2',
      '    Senior Backend EngineerExample GmbH p2',
      '  KENNTNISSE p2',
    ]);
  });
});

describe('packets of one letter', () => {
  it('are named after the posting the résumé is tailored to, so neither overwrites the other', async () => {
    const dir = folder();
    const plain = await runCli(['letter', 'acme.md', '--packet', '-f', 'pdf', '-q'], { cwd: dir });
    expect(plain.code, plain.stderr).toBe(0);
    const tailored = await runCli(
      ['build', '--job', 'postings/harbor.md', '--letter', 'acme.md', '--packet', '-f', 'pdf', '-q'],
      { cwd: dir },
    );
    expect(tailored.code, tailored.stderr).toBe(0);
    expect(
      readdirSync(join(dir, 'out'))
        .filter((f) => f.startsWith('application-'))
        .sort(),
    ).toEqual([
      'application-acme-harbor.manifest.json',
      'application-acme-harbor.pdf',
      'application-acme.pdf',
    ]);
    const record = JSON.parse(read(dir, 'out/application-acme-harbor.manifest.json'));
    expect(record.posting.file).toBe('postings/harbor.md');
    // check names the letter the packet was made from, as it does for application-acme.pdf.
    const check = await runCli(['check', join('out', 'application-acme-harbor.pdf')], { cwd: dir });
    expect(check.code).toBe(2);
    expect(check.stderr).toContain(`resume check --letter LETTER.md ${join('out', 'letter-acme.pdf')}`);
  });
});

describe('resume init --letter', () => {
  it('writes a commented starter letter that builds as written, and refuses to overwrite it', async () => {
    const dir = tempDir();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    const r = await runCli(['init', '--letter'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'wrote letter.md: edit it, then run resume letter letter.md (the letterhead comes from your résumé)\n',
    );
    const letter = read(dir, 'letter.md');
    expect(letter).toMatch(/^---\n# A cover letter\./);
    expect(letter).toContain('<!-- The text is Markdown');
    const built = await runCli(['letter', 'letter.md', '-f', 'md,txt'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toBe('');
    const txt = read(dir, 'out/letter.txt');
    expect(txt).toContain('Dear Sam Taylor,');
    expect(txt).toContain('I am writing to apply for the Senior Software Engineer role at Example Corp.');
    expect(txt).not.toContain('<!--');
    const again = await runCli(['init', '--letter'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('letter.md exists: use --force to overwrite it');
  });
});

describe('locales', () => {
  it.each([
    // American English: en alone asks for the résumé's own English (en-GB), which writes 14 March 2025.
    ['en-US', 'March 14, 2025', 'Dear Jordan Lee,', 'Kind regards,'],
    ['de', 'Berlin, 14. März 2025', 'Guten Tag Jordan Lee,', 'Mit freundlichen Grüßen'],
    ['fr', 'Berlin, le 14 mars 2025', 'Madame, Monsieur,', 'Veuillez agréer mes salutations distinguées.'],
    ['es', 'Berlin, 14 de marzo de 2025', 'Estimado equipo de selección:', 'Atentamente,'],
    ['pt', 'Berlin, 14 de março de 2025', 'Prezados senhores,', 'Atenciosamente,'],
    ['it', 'Berlin, 14 marzo 2025', 'Gentile Jordan Lee,', 'Cordiali saluti,'],
    ['nl', 'Berlin, 14 maart 2025', 'Geachte Jordan Lee,', 'Met vriendelijke groet,'],
    ['pl', 'Berlin, 14 marca 2025', 'Szanowni Państwo,', 'Z poważaniem'],
  ])(
    '%s: the date, the greeting and the closing in Markdown, text and DOCX',
    async (locale, date, hello, bye) => {
      const dir = folder();
      writeFileSync(join(dir, 'acme.md'), read(dir, 'acme.md').replace(/^subject:.*\n/m, ''));
      const r = await runCli(['letter', 'acme.md', '--locale', locale, '-f', 'md,txt,docx'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      // Each is a locale other than the résumé's (en-GB): its outputs are named after it.
      const stem = `out/letter-acme.${locale}`;
      for (const text of [read(dir, `${stem}.md`), read(dir, `${stem}.txt`)])
        expect(inOrder(text, [date, hello, 'I am writing', bye, 'Ana Rivera'])).toBeUndefined();
      const { xml } = await docxXml(join(dir, `${stem}.docx`));
      expect(inOrder(xml.replace(/<[^>]+>/g, ''), [date, hello, bye])).toBeUndefined();
    },
  );

  it('de in the PDF, the outputs checked against it', async () => {
    const dir = folder();
    const r = await runCli(['letter', 'acme.md', '--locale', 'de', '-f', 'pdf', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const pdf = await readPdf(join(dir, 'out', 'letter-acme.de.pdf'));
    expect(
      inOrder(pdf.text, ['Berlin, 14. März 2025', 'Guten Tag Jordan Lee,', 'Mit freundlichen Grüßen']),
    ).toBeUndefined();
    expect(pdf.info.Title).toBe('Ana Rivera — Anschreiben');
    const check = await runCli(['check', '--letter', 'acme.md', '--locale', 'de', 'out/letter-acme.de.pdf'], {
      cwd: dir,
    });
    expect(check.code, check.stdout).toBe(0);
  });
});

describe('resume check --letter', () => {
  it("builds the letter's formats and reads them back when no output is named", async () => {
    const dir = folder();
    const r = await runCli(['check', '--letter', 'acme.md'], { cwd: dir });
    expect(r.code, r.stdout).toBe(0);
    for (const e of ['html', 'pdf', 'docx', 'md', 'txt']) expect(r.stdout).toContain(`letter-acme.${e}: ok`);
    expect(r.stdout).toContain('  ok    contact details found, links live');
    expect(r.stdout).toContain('  ok    links in the text live (1/1)');
    expect(r.stdout).toContain('  ok    links in the text written out (1/1)');
  });

  it('names a paragraph lost, paragraphs out of order, and a link no longer there', async () => {
    const dir = folder();
    expect((await runCli(['letter', 'acme.md', '-f', 'md', '-o', 'out'], { cwd: dir })).code).toBe(0);
    const md = read(dir, 'out/letter-acme.md');
    const paragraphs = md.split('\n\n');
    const last = paragraphs.findIndex((p) => p.startsWith('I would be glad'));
    const first = paragraphs.findIndex((p) => p.startsWith('I am writing'));
    writeFileSync(join(dir, 'lost.md'), paragraphs.filter((_, i) => i !== last).join('\n\n'));
    const swapped = [...paragraphs];
    [swapped[first], swapped[last]] = [paragraphs[last] ?? '', paragraphs[first] ?? ''];
    writeFileSync(join(dir, 'swapped.md'), swapped.join('\n\n'));
    const r = await runCli(['check', '--letter', 'acme.md', 'lost.md', 'swapped.md'], { cwd: dir });
    expect(r.code).toBe(1);
    const [lost, swappedOut] = r.stdout.split(/\n(?=swapped\.md)/) as [string, string];
    expect(lost).toContain(
      'lost.md: 2 problems\n  FAIL  every item present (17/18)\n        missing: I would be glad to talk about how I could help your team, J…',
    );
    expect(lost).toContain(
      '  FAIL  links in the text written out (0/1)\n        not found: https://github.com/ana-example/orders',
    );
    expect(swappedOut).toMatch(
      /^swapped\.md: 1 problem\n[\s\S]*FAIL {2}items in reading order\n {8}out of order: /,
    );
    const json = await runCli(['check', '--letter', 'acme.md', 'out/x.json'], { cwd: dir });
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('a letter is not made as .json');
  });
});

const running: { stop(): Promise<number | null> }[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.stop();
});

describe('watch and serve', () => {
  it('watch rebuilds the letter when the letter is saved', async () => {
    const dir = folder();
    const w = longRunning(['watch', '--letter', 'acme.md', '-f', 'html'], dir);
    running.push(w);
    await w.waitFor(/built 2 files in \d+ ms/);
    await w.waitFor(/watching resume\.yaml and acme\.md: a save rebuilds/);
    const at = w.mark();
    writeFileSync(join(dir, 'acme.md'), read(dir, 'acme.md').replace('I am writing', 'I write'));
    await w.waitFor(/built 2 files in \d+ ms/, at);
    expect(read(dir, 'out/letter-acme.html')).toContain('I write to apply');
  });

  it('serve previews the letter, and links to every file by name', async () => {
    const dir = folder();
    const s = longRunning(['serve', '--letter', 'acme.md', '-f', 'html'], dir);
    running.push(s);
    const url = (await s.waitFor(/preview at (http:\/\/127\.0\.0\.1:\d+\/)/))[1] ?? '';
    const status = JSON.parse((await get(`${url}status`)).body) as { page: string; files: string[] };
    expect(status).toMatchObject({
      page: 'letter-acme.html',
      files: ['letter-acme.html', 'letter-acme.pdf', 'resume.html', 'resume.pdf'],
    });
    expect((await get(`${url}files/letter-acme.html`)).body).toContain('Dear Jordan Lee,');
    const stream = events(`${url}events`);
    writeFileSync(join(dir, 'acme.md'), read(dir, 'acme.md').replace('I am writing', 'I write'));
    expect(await stream.next(1)).toMatchObject({ ok: true, page: 'letter-acme.html' });
    stream.close();
    expect((await get(`${url}files/letter-acme.html`)).body).toContain('I write to apply');
  });
});
