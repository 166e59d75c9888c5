// JSON Resume documents as people really write them (issue 11): a corpus of shapes written for these tests, each
// built in every format with its warnings asserted; the official samples build with none; import and export.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { flat, htmlText, root, runCli, tempDir } from '../helpers.js';
import { pdfText } from '../pdf.js';

const require = createRequire(import.meta.url);
const official = require('@jsonresume/schema') as {
  validate: (doc: unknown, callback: (errors: unknown, valid: boolean) => void) => void;
};
const dir = join(root, 'test', 'fixtures', 'jsonresume');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { exit: number; diagnostics: string[] }
>;
const schemaDir = join(root, 'node_modules', '@jsonresume', 'schema');

function validOfficially(doc: unknown): unknown {
  let result: unknown = 'not called';
  official.validate(doc, (errors, valid) => {
    result = valid ? true : errors;
  });
  return result;
}

/** Every employer, position and bullet of a JSON Resume document, 0.x names and bullets in a summary included. */
function itemsOf(doc: Record<string, unknown>): string[] {
  const work = (doc.work ?? []) as Record<string, unknown>[];
  return work.flatMap((w) => [
    ...[w.name, w.company, w.position].filter((v): v is string => typeof v === 'string' && v !== ''),
    ...((w.highlights ?? []) as string[]).filter(Boolean),
    ...String(w.summary ?? '')
      .split('\n')
      .filter((l) => /^[-*] /.test(l))
      .map((l) => l.slice(2)),
  ]);
}

async function outputs(out: string): Promise<Record<string, string>> {
  return {
    html: flat(htmlText(readFileSync(join(out, 'resume.html'), 'utf8'))),
    pdf: flat(await pdfText(join(out, 'resume.pdf'))),
    docx: flat((await mammoth.extractRawText({ path: join(out, 'resume.docx') })).value),
    md: flat(readFileSync(join(out, 'resume.md'), 'utf8').replace(/\\([\\`*_[\]<>#|])/g, '$1')),
    txt: flat(readFileSync(join(out, 'resume.txt'), 'utf8')),
  };
}

describe('a corpus of JSON Resume documents in the shapes people write', () => {
  it('has at least 15 documents, each with its expectation', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json');
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  for (const [file, want] of Object.entries(expected)) {
    if (want.exit !== 0) continue;
    it(`${file} builds in every format with ${want.diagnostics.length} warning(s), every job and bullet shown`, async () => {
      const out = tempDir();
      const r = await runCli(['build', file, '-f', 'html,pdf,docx,md,txt,json', '-o', out], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stderr.split('\n').filter((l) => l.startsWith(`${file}:`))).toEqual(want.diagnostics);
      const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const texts = await outputs(out);
      for (const [format, text] of Object.entries(texts))
        for (const item of itemsOf(doc)) expect(text, `${format} of ${file}`).toContain(flat(item));
      expect(validOfficially(JSON.parse(readFileSync(join(out, 'resume.json'), 'utf8')))).toBe(true);
    });
  }

  it('a real mistake is reported together with everything else, warnings in place, and nothing is written', async () => {
    const out = tempDir();
    const r = await runCli(['build', 'everything-wrong.json', '-o', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('everything-wrong.json:'))).toEqual(
      expected['everything-wrong.json']?.diagnostics,
    );
    expect(r.stderr).toContain('work[0].endDate  ends (2019-01) before it starts (2021-05)');
    expect(r.stderr).toContain('basics.url  warning: "javascript:alert(1)" is not linked');
    expect(r.stderr.trim().split('\n').at(-1)).toBe('error: 1 problem in everything-wrong.json');
    expect(readdirSync(out)).toEqual([]);
  });

  it('reads loose dates, and prints unreadable ones as written', async () => {
    const out = tempDir();
    await runCli(['build', 'dates-english.json', '-f', 'html', '-o', join(out, 'a')], { cwd: dir });
    await runCli(['build', 'dates-unreadable.json', '-f', 'html', '-o', join(out, 'b')], { cwd: dir });
    await runCli(['build', 'dates-german.json', '-f', 'html', '-o', join(out, 'c')], { cwd: dir });
    const a = htmlText(readFileSync(join(out, 'a', 'resume.html'), 'utf8'));
    expect(a).toContain('Aug 2021 – Present');
    expect(a).toContain('Mar 2020 – Jul 2021');
    expect(a).toContain('Sep 2018 – Dec 2019');
    expect(htmlText(readFileSync(join(out, 'b', 'resume.html'), 'utf8'))).toContain(
      'Summer 2019 – Autumn 2019',
    );
    expect(htmlText(readFileSync(join(out, 'c', 'resume.html'), 'utf8'))).toMatch(/Okt\.? 2022 – heute/);
  });

  it('embeds a data: photo, and builds without a missing one', async () => {
    const out = tempDir();
    await runCli(['build', 'photo-data-uri.json', '-f', 'html,docx', '-o', out], { cwd: dir });
    expect(readFileSync(join(out, 'resume.html'), 'utf8')).toMatch(
      /<img class="photo" src="data:image\/png;base64,/,
    );
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'resume.docx')));
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true);
    const missing = await runCli(['build', 'photo-missing.json', '-f', 'html', '-o', tempDir()], {
      cwd: dir,
    });
    expect(missing.code).toBe(0);
  });

  it('renders "- " lines as a list and single newlines as line breaks, in HTML and DOCX', async () => {
    const out = tempDir();
    await runCli(['build', 'summary-lines.json', '-f', 'html,docx', '-o', out], { cwd: dir });
    const html = readFileSync(join(out, 'resume.html'), 'utf8');
    expect(html).toContain('Engineer who likes lists.<br>Second line of the profile.');
    expect(html).toMatch(
      /<p class="entry-description">Led the platform team\.<\/p>\s*<ul class="highlights">\s*<li>Grew the team from 3 to 9<\/li>/,
    );
    const xml =
      (await (
        await JSZip.loadAsync(readFileSync(join(out, 'resume.docx')))
      )
        .file('word/document.xml')
        ?.async('string')) ?? '';
    expect(xml).toMatch(/<w:numPr>(?:(?!<\/w:p>).)*Halved cloud costs/s);
    expect(xml).toMatch(/Engineer who likes lists\.<\/w:t><\/w:r><w:r><w:br\/>/);
  });

  it('--strict turns every warning into an error', async () => {
    const r = await runCli(['validate', 'legacy-0x.json', '--strict'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('work[0].company  "company" is the JSON Resume 0.x name of "name"');
    expect(r.stderr).toContain('(an error under --strict)');
    expect(r.stderr.trim().split('\n').at(-1)).toBe('error: 6 problems in legacy-0x.json');
  });
});

describe('the official sample and examples', () => {
  const files = [
    join(schemaDir, 'sample.resume.json'),
    ...readdirSync(join(schemaDir, 'examples')).map((f) => join(schemaDir, 'examples', f)),
  ];
  it.each(files)('%s builds with no warnings at all', async (file) => {
    const out = tempDir();
    const r = await runCli(['build', file, '-f', 'html,pdf,docx,json', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(validOfficially(JSON.parse(readFileSync(join(out, 'resume.json'), 'utf8')))).toBe(true);
  });
});

describe('import and export', () => {
  it('JSON Resume → YAML → JSON Resume keeps every field', async () => {
    const work = tempDir();
    const sample = join(schemaDir, 'sample.resume.json');
    const imported = await runCli(['import', sample, '-o', 'resume.yaml'], { cwd: work });
    expect(imported).toMatchObject({ code: 0, stdout: 'wrote resume.yaml\n', stderr: '' });
    const yaml = readFileSync(join(work, 'resume.yaml'), 'utf8');
    expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/resume\.schema\.json$/);
    expect((await runCli(['validate'], { cwd: work })).code).toBe(0);
    expect((await runCli(['build', '-f', 'json', '-o', 'out'], { cwd: work })).code).toBe(0);
    const before = JSON.parse(readFileSync(sample, 'utf8'));
    const after = JSON.parse(readFileSync(join(work, 'out', 'resume.json'), 'utf8'));
    delete before.$schema;
    delete after.$schema;
    delete before.basics.image; // "" means "not set" in a JSON Resume document
    expect(after).toEqual(before);
  });

  it('modernises legacy names, refuses to overwrite without --force', async () => {
    const work = tempDir();
    copyFileSync(join(dir, 'legacy-0x.json'), join(work, 'old.json'));
    const first = await runCli(['import', 'old.json'], { cwd: work });
    expect(first.code).toBe(0);
    const yaml = readFileSync(join(work, 'resume.yaml'), 'utf8');
    expect(yaml).toContain('- name: Old Style Inc');
    expect(yaml).toContain('score: "3.6"');
    expect(yaml).not.toMatch(/company:|website:|gpa:/);
    const again = await runCli(['import', 'old.json'], { cwd: work });
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe('error: resume.yaml exists: use --force to overwrite it');
    expect((await runCli(['import', 'old.json', '--force'], { cwd: work })).code).toBe(0);
    expect((await runCli(['validate'], { cwd: work })).code).toBe(0);
  });

  it('exports a tailored variant as tailored, our extensions dropped or kept under meta', async () => {
    const out = tempDir();
    const r = await runCli(['build', 'resume.yaml', '--variant', 'architect', '-f', 'json', '-o', out]);
    expect(r.code).toBe(0);
    const [file] = readdirSync(out);
    const doc = JSON.parse(readFileSync(join(out, file ?? ''), 'utf8'));
    expect(validOfficially(doc)).toBe(true);
    expect(doc.basics.label).toBe('Associate Tech Architect');
    expect(JSON.stringify(doc)).not.toMatch(/"tags"|"alt"|"variants"/);
    expect(JSON.stringify(doc)).not.toContain('Hospital Management System'); // not in the architect variant
    expect(doc.meta.resume.sections[0].title).toBe('Core Strengths');
  });

  it('YAML in JSON Resume keys is read like the same JSON; our own format (it declares our schema) is strict', async () => {
    const work = tempDir();
    writeFileSync(
      join(work, 'resume.yaml'),
      'basics:\n  name: Ada\n  nmae: typo\nwork:\n  - company: Engines Ltd\n    position: Engineer\n    startDate: August 2021\n',
    );
    const ok = await runCli(['build', '-f', 'html', '-o', 'out'], { cwd: work });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain(
      'resume.yaml:5:5  work[0].company  warning: "company" is the JSON Resume 0.x name of "name"',
    );
    expect(ok.stderr).toContain(
      'resume.yaml:7:16  work[0].startDate  warning: "August 2021" read as 2021-08',
    );
    expect(ok.stderr).toContain(
      'resume.yaml:3:3  basics.nmae  warning: not shown: "nmae" is not a key this tool reads; did you mean "name"?',
    );
    writeFileSync(
      join(work, 'resume.yaml'),
      '# yaml-language-server: $schema=./schema/resume.schema.json\nbasics:\n  name: Ada\n  nmae: typo\n',
    );
    const bad = await runCli(['validate'], { cwd: work });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('resume.yaml:4:3  basics.nmae  unknown key "nmae"; did you mean "name"?');
  });
});
