// resume check (issue 13): outputs read back as an applicant-tracking system would. The command through the CLI
// (its report, its exit codes); what it finds, through the library's checkOutputs() and the report it prints, in
// process.
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { build, type CheckOptions, checkOutputs, formatCheck } from '../../src/index.js';
import { root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { sharedBrowser } from '../library.js';
import { readPdf } from '../pdf.js';

const browser = sharedBrowser();

/** What `resume check` prints, and whether it fails (exit 1). */
async function check(options: Omit<CheckOptions, 'outputs'> & { outputs?: string[] }) {
  const results = await checkOutputs({ outputs: [], browser, ...options });
  return { report: formatCheck(results), failed: results.some((r) => r.findings.some((f) => !f.ok)) };
}

const lastLine = (report: string) => report.trim().split('\n').at(-1);

describe('resume check', () => {
  it('builds every format of the résumé and finds nothing lost, in a scratch folder that goes, as does one a killed check left', async () => {
    const tmp = tempDir();
    // No process has this id (ids stop well below 2^31): a check killed midway left it.
    const left = join(tmp, 'resume-check-2147483646-left');
    mkdirSync(left);
    writeFileSync(join(left, 'resume.pdf'), 'half written');
    const running = join(tmp, `resume-check-${process.pid}-running`);
    mkdirSync(running);
    const r = await runCli(['check', '--resume', sampleYaml], { env: { TMPDIR: tmp } });
    expect(r.code).toBe(0);
    expect(readdirSync(tmp).filter((n) => n.startsWith('resume-check-'))).toEqual([basename(running)]);
    for (const file of ['resume.html', 'resume.pdf', 'resume.docx', 'resume.md', 'resume.txt'])
      expect(r.stdout).toContain(`${file}: ok`);
    expect(r.stdout).toContain('  ok    section headings read as whole words');
    expect(r.stdout).toContain('  ok    fonts embedded, none Type 3');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all 5 outputs read back whole');
  });

  it.each(['compact', 'sidebar'])('passes on every output of the %s theme', async (theme) => {
    const r = await check({ file: sampleYaml, theme });
    expect(lastLine(r.report)).toBe('all 5 outputs read back whole');
    expect(r.failed).toBe(false);
  });

  it('reads a sidebar page sidebar first (the PDF says its theme): checked as one column, it is out of order (exit 1)', async () => {
    const out = tempDir();
    await build({ file: sampleYaml, theme: 'sidebar', formats: ['pdf'], outDir: out, browser });
    const pdf = join(out, 'resume.pdf');
    expect((await check({ outputs: [pdf], file: sampleYaml })).failed).toBe(false);
    const r = await runCli(['check', pdf, '--resume', sampleYaml, '--theme', 'classic']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /FAIL {2}items in reading order\n {8}out of order: .*Master of Computer Applications.*… and \d+ more/,
    );
  });

  it('says of one output checked that it reads back whole (not "all 1 outputs")', async () => {
    const out = tempDir();
    await build({ file: sampleYaml, formats: ['txt'], outDir: out, browser });
    const r = await runCli(['check', '--resume', sampleYaml, join(out, 'resume.txt')]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('the output reads back whole');
  });

  it('passes on the outputs of a variant, checked as that variant', async () => {
    const out = tempDir();
    const { written } = await build({
      file: sampleYaml,
      variant: 'architect',
      formats: ['pdf', 'docx'],
      outDir: out,
      browser,
    });
    expect(written).toEqual(['pdf', 'docx'].map((e) => join(out, `ankit-khandelwal-tech-architect.${e}`)));
    const r = await check({ outputs: written, file: sampleYaml, variant: 'architect' });
    expect(lastLine(r.report)).toBe('all 2 outputs read back whole');
    expect(r.failed).toBe(false);
  });

  it('fails on a PDF missing an item, naming it', async () => {
    const dir = tempDir();
    const full = readFileSync(sampleYaml, 'utf8');
    // The bullet and its tags line go.
    const short = full.replace(
      /\n\s+- text: Mentored engineers on \*\*system design[^\n]*\n\s+tags: \[leadership\]/,
      '',
    );
    expect(short.length).toBeLessThan(full.length);
    writeFileSync(join(dir, 'short.yaml'), short);
    await build({ file: join(dir, 'short.yaml'), formats: ['pdf'], outDir: join(dir, 'out'), browser });
    const r = await check({ outputs: [join(dir, 'out', 'resume.pdf')], file: sampleYaml });
    expect(r.failed).toBe(true);
    // Missing from what the build would show, and from the source's own text.
    expect(r.report).toContain('resume.pdf: 2 problems');
    expect(r.report).toMatch(
      /FAIL {2}every item present \(\d+\/\d+\)\n {8}missing: Mentored engineers on system design/,
    );
    expect(r.report).toContain(
      'not shown, and no warning said so: work[0].highlights[5].text: Mentored engineers',
    );
  });

  it('fails on a glyph no font draws, naming the character', async () => {
    const dir = tempDir();
    const file = join(dir, 'resume.yaml');
    writeFileSync(file, 'basics:\n  name: Glyph Test\n  label: "Private \uE000 use"\n');
    await build({ file, formats: ['pdf', 'html'], outDir: join(dir, 'out'), browser });
    const outputs = ['pdf', 'html'].map((e) => join(dir, 'out', `resume.${e}`));
    const r = await check({ outputs, file });
    expect(r.failed).toBe(true);
    expect(r.report).toContain('FAIL  no character lost\n        lost: \uE000 (U+E000)');
    expect(r.report).toContain('resume.html: ok'); // the HTML holds the character: the reader's font may draw it
  });

  // check runs the build's own stages: a theme's date format and the résumé's design reach what it expects.
  it('passes on every format of a user theme with dateFormat YYYY, built and checked with the same options', async () => {
    const dir = tempDir();
    const theme = join(dir, 'yearly');
    cpSync(join(root, 'templates', 'classic'), theme, { recursive: true });
    const manifest = join(theme, 'theme.json');
    const json = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(
      manifest,
      JSON.stringify({ ...json, name: 'yearly', tokens: { ...json.tokens, dateFormat: 'YYYY' } }),
    );
    const { written } = await build({ file: sampleYaml, theme, outDir: join(dir, 'out'), browser });
    const txt = readFileSync(join(dir, 'out', 'resume.txt'), 'utf8');
    expect(txt).toContain('\n2023 – 2025\n');
    expect(txt).not.toContain('May 2025');
    const r = await check({ outputs: written, file: sampleYaml, theme });
    expect(lastLine(r.report)).toBe('all 5 outputs read back whole');
    expect(r.failed).toBe(false);
  });

  it('passes on every format of a résumé whose meta.design sets the date format and the bullet', async () => {
    const dir = tempDir();
    const file = join(dir, 'resume.yaml');
    const designed = readFileSync(sampleYaml, 'utf8').replace(
      /^meta:\n/m,
      'meta:\n  design:\n    dateFormat: MMMM YYYY\n    bullet: dash\n',
    );
    writeFileSync(file, designed);
    const { written } = await build({ file, outDir: join(dir, 'out'), browser });
    expect(readFileSync(join(dir, 'out', 'resume.txt'), 'utf8')).toContain('May 2025 – November 2025');
    const r = await check({ outputs: written, file });
    expect(lastLine(r.report)).toBe('all 5 outputs read back whole');
    expect(r.failed).toBe(false);
  });
});

describe('letter-spaced headings', () => {
  // Gaps between a heading's letters read as spaces to pdf.js once wider than about a tenth of the size: the
  // report names the cause and the fix; a slighter spacing reads whole and passes.
  it('fail where the PDF reads them as spaced letters, naming letter-spacing, and pass where it reads them whole', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'r.yaml'),
      'basics:\n  name: Kim Osei\n  summary: Builds pipelines.\nskills:\n  - name: Data\n    keywords: [Python]\n',
    );
    const theme = join(dir, 'spaced');
    cpSync(join(root, 'templates', 'classic'), theme, { recursive: true });
    const css = readFileSync(join(theme, 'style.css'), 'utf8');
    const checked = (spacing: string) => {
      writeFileSync(join(theme, 'style.css'), `${css}\n.section-title { letter-spacing: ${spacing}; }\n`);
      return runCli(['check', '--resume', 'r.yaml', '-t', './spaced'], { cwd: dir });
    };
    const wide = await checked('0.2em');
    expect(wide.code).toBe(1);
    expect(wide.stdout).toContain('resume.pdf: 1 problem');
    expect(wide.stdout).toContain(
      'not found as words: Summary, Skills; read as spaced letters ("S U M M A R Y"): letter-spacing on the headings',
    );
    expect(wide.stdout).toContain(
      "remove the letter-spacing from the headings (.section-title in the theme's CSS)",
    );
    const slight = await checked('0.05em');
    expect(slight.code, slight.stdout).toBe(0);
  });
});

describe('a JSON Resume theme', () => {
  // The theme draws its own headings ("Experience" for our "Work"), dates and layout, and shows the fields it
  // chooses (no grade): its page is checked for the résumé's own text, its phone link by its digits.
  it('passes on every format built with it, checked for the résumé’s own text', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'resume.yaml'),
      [
        'basics:',
        '  name: Kim Osei',
        '  label: Data Engineer',
        '  phone: "+49-176-555-0101"',
        '  summary: Builds pipelines that run unattended.',
        'work:',
        '  - name: Flinkwerk GmbH',
        '    position: Data Engineer',
        '    startDate: 2021-04',
        '    highlights:',
        '      - Moved the nightly batch to streaming on Kafka',
        'education:',
        '  - institution: Technische Universität München',
        '    area: Computer Science',
        '    studyType: MSc',
        '    score: "1,3"',
        '    startDate: 2015-10',
        '    endDate: 2017-09',
        'skills:',
        '  - name: Data',
        '    keywords: [Python, SQL]',
        '',
      ].join('\n'),
    );
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const r = await runCli(['check', '-t', 'even'], { cwd: dir });
    expect(r.code, r.stdout).toBe(0);
    expect(lastLine(r.stdout)).toBe('all 5 outputs read back whole');
  });
});

describe('an application packet', () => {
  it('is refused, naming its parts to check instead, not read as the résumé (no false FAIL)', async () => {
    const dir = tempDir();
    cpSync(join(root, 'test', 'fixtures', 'letter'), dir, { recursive: true });
    const built = await runCli(['letter', 'acme.md', '--packet', '-f', 'pdf', '-o', 'out', '-q'], {
      cwd: dir,
    });
    expect(built.code, built.stderr).toBe(0);
    const r = await runCli(['check', join('out', 'application-acme.pdf')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain('FAIL');
    expect(r.stderr).toContain('is an application packet (the letter, then the résumé, in one PDF)');
    expect(r.stderr).toContain(`resume check --letter LETTER.md ${join('out', 'letter-acme.pdf')}`);
  });
});

describe('right-to-left résumés', () => {
  const fixture = (name: string) => join(root, 'test', 'fixtures', 'rtl', `${name}.yaml`);

  // arabic-short: too little text for the trigrams, read as Arabic by its letters (laid out left to right under
  // English headings, its summary read back out of order).
  it.each(['arabic', 'arabic-short', 'hebrew', 'persian'])(
    '%s: every format reads back whole',
    async (name) => {
      const r = await runCli(['check', '--resume', fixture(name)]);
      expect(r.stdout.trim().split('\n').at(-1), r.stdout).toBe('all 5 outputs read back whole');
      expect(r.code).toBe(0);
    },
  );

  it("the PDF reads back in the order it is written: numbers inside sentences, every letter, every space, the language's own headings", async () => {
    const out = tempDir();
    for (const name of ['arabic', 'hebrew'])
      await build({ file: fixture(name), formats: ['pdf'], outDir: join(out, name), browser });
    const arabic = (await readPdf(join(out, 'arabic', 'resume.pdf'))).text;
    // The label's last letter is the first glyph drawn on its line; the tanwin of "فريقاً" reaches into its space.
    expect(arabic).toContain('مهندسة برمجيات أولى\n');
    expect(arabic).toContain('خفضت زمن الاستجابة لواجهة الطلبات من 800 مللي ثانية إلى 120 مللي ثانية.');
    expect(arabic).toContain('قادت فريقاً من أربعة مهندسين');
    // The language's own headings and "Present".
    expect(arabic).toContain('الخبرة المهنية\n');
    expect(arabic).toContain('يناير 2020 – حتى الآن');
    const hebrew = (await readPdf(join(out, 'hebrew', 'resume.pdf'))).text;
    expect(hebrew).toContain('קיצרתי את זמן התגובה של ממשק ההזמנות מ-800 מילישניות ל-120 מילישניות.');
    expect(hebrew).toContain('הובלתי צוות של 4 מהנדסים בהשקת מערכת החיוב החדשה.');
    // Latin words between Hebrew ones keep the spaces on both sides.
    expect(hebrew).toContain('מערכות backend בשפת Go ובמסדי נתונים PostgreSQL.');
    expect(hebrew).toContain('ניסיון תעסוקתי\n');
    expect(hebrew).toContain('תל אביב · מרץ 2019 – היום');
  });

  it('laid out right to left in every theme, and read back in the order it is written', async () => {
    const out = tempDir();
    for (const theme of ['classic', 'sidebar', 'compact']) {
      const dir = join(out, theme);
      const r = await runCli([
        'build',
        fixture('arabic'),
        '-f',
        'html,pdf,docx',
        '-t',
        theme,
        '-o',
        dir,
        '-q',
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(join(dir, 'resume.html'), 'utf8')).toContain('<html lang="ar" dir="rtl">');
      const { text, words } = await readPdf(join(dir, 'resume.pdf'));
      // The name ends at the right margin, a job's dates at the left one (sidebar: its main column's).
      const name = words.find((w) => w.text === 'ليلى');
      expect(name?.xMax, theme).toBeGreaterThan(0.8 * (name?.pageWidth ?? 0));
      const year = words.find((w) => w.text === '2020');
      expect(year?.xMax, theme).toBeLessThan(0.5 * (year?.pageWidth ?? 0));
      // The title before its dates, a sentence's full stop after its last (Latin) word.
      expect(text, theme).toContain('مهندسة برمجيات · شركة المثال دبي · يناير 2020 – حتى الآن');
      expect(text, theme).toMatch(/باستخدام Go و\s+PostgreSQL\./);
      // Arabic's own comma between a degree and its field, and between keywords.
      expect(text, theme).toContain('بكالوريوس، علوم الحاسب');
      expect(text, theme).toContain('Go، Python، SQL');
      const zip = await JSZip.loadAsync(readFileSync(join(dir, 'resume.docx')));
      const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
      expect(styles).toMatch(/<w:pPrDefault><w:pPr>(?:<[^>]*>)*<w:bidi\/>/);
    }
    // Persian, read from its text: its headings, right to left, the Gregorian months.
    const persian = join(out, 'persian');
    await build({ file: fixture('persian'), formats: ['html', 'pdf'], outDir: persian, browser });
    expect(readFileSync(join(persian, 'resume.html'), 'utf8')).toContain('<html lang="fa" dir="rtl">');
    const { text } = await readPdf(join(persian, 'resume.pdf'));
    expect(text).toContain('سوابق کاری\n');
    expect(text).toContain('تهران · مارس 2019 – تاکنون');
    const english = join(out, 'english');
    await build({ file: sampleYaml, formats: ['html', 'docx'], outDir: english, browser });
    expect(readFileSync(join(english, 'resume.html'), 'utf8')).toContain('<html lang="en" dir="ltr">');
    const zip = await JSZip.loadAsync(readFileSync(join(english, 'resume.docx')));
    expect(await zip.file('word/styles.xml')?.async('string')).not.toContain('<w:bidi/>');
  });
});
