// End-to-end: the built CLI, run as a user would, outputs read back.

import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectedSampleText,
  firstOutOfOrder,
  flat,
  htmlText,
  root,
  runCli,
  sampleYaml,
  tempDir,
} from '../helpers.js';
import { pdfText, readPdf } from '../pdf.js';
import { seedCoverage } from '../seed.js';

describe('resume validate', () => {
  it('prints a one-line OK summary for resume.yaml', async () => {
    const r = await runCli(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(
      'resume.yaml: OK — 6 sections: 6 jobs, 11 projects, 4 education entries, 12 skill groups, Core Strengths (8 items); 122 bullets, 2 variants',
    );
  });

  it('reports every problem of a broken copy with line:col, the source line, and exits 1', async () => {
    const dir = tempDir();
    const text = readFileSync(sampleYaml, 'utf8')
      .replace('startDate: "2025-05"', 'startDate: "2025-13"')
      .replace('  email: mailme', '  emial: mailme')
      .replace('url: http://ankitkhandelwal.net', 'url: ftp://ankitkhandelwal.net');
    writeFileSync(join(dir, 'resume.yaml'), text);
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => /^resume\.yaml:\d+:\d+/.test(l));
    expect(lines).toEqual([
      'resume.yaml:20:3  basics.emial  unknown key "emial"; did you mean "email"?',
      'resume.yaml:22:8  basics.url  "ftp://ankitkhandelwal.net" is not an allowed link: use an http(s)://, mailto: or tel: address',
      'resume.yaml:203:16  work[0].startDate  "2025-13" is not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
    expect(r.stderr).toContain('  203 |     startDate: "2025-13"\n                       ^');
    expect(r.stderr).toContain('error: 3 problems in resume.yaml');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reports a YAML syntax error without a stack trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: [Ada\n  label: x\n');
    const r = await runCli(['validate', 'resume.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^resume\.yaml:\d+:\d+ {2}\(document\) {2}YAML syntax: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['build', '--format', 'pdff'])).code).toBe(2);
    expect((await runCli(['build', '--format', 'pdff'])).stderr).toContain(
      'unknown format "pdff"; did you mean "pdf"?',
    );
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['validate', 'missing.yaml'])).stderr).toContain('missing.yaml: no such file');
  });
});

describe('resume build', () => {
  const out = tempDir();
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    run = await runCli(['build', '--format', 'html,pdf,docx', '-o', out]);
  });

  it('writes all three formats in one run', () => {
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual(
      ['html', 'pdf', 'docx'].map((e) => `wrote ${join(out, `resume.${e}`)}`),
    );
    expect(readdirSync(out).sort()).toEqual(['resume.docx', 'resume.html', 'resume.pdf']);
  });

  it.each(['classic', 'compact', 'sidebar'])(
    'with the %s theme, each output holds the whole seed CV, in order',
    async (theme) => {
      const themed = theme === 'classic' ? out : tempDir();
      if (theme !== 'classic') expect((await runCli(['build', '--theme', theme, '-o', themed])).code).toBe(0);
      for (const ext of ['html', 'pdf', 'docx']) {
        const coverage = await seedCoverage(join(themed, `resume.${ext}`));
        expect(coverage.missing, ext).toEqual([]);
        // The sidebar is read before the main column: education comes before strengths and skills there, a few
        // items out of the seed's order (3% allowed). The DOCX is one column, in the résumé's order.
        const inOrder = theme === 'sidebar' && ext !== 'docx' ? 0.97 : 1;
        expect(coverage.ordered, ext).toBeGreaterThanOrEqual(Math.floor(coverage.total * inOrder));
      }
    },
  );

  it('the HTML holds every item of resume.yaml in order', () => {
    const text = htmlText(readFileSync(join(out, 'resume.html'), 'utf8'));
    expect(firstOutOfOrder(text, expectedSampleText())).toBeUndefined();
  });

  it('a failed build keeps the previous outputs and leaves no temp files', async () => {
    const before = readFileSync(join(out, 'resume.pdf'));
    const dir = tempDir();
    writeFileSync(
      join(dir, 'resume.yaml'),
      readFileSync(sampleYaml, 'utf8').replace('endDate: "2025-11"', 'endDate: "2024-11"'),
    );
    const r = await runCli(['build', 'resume.yaml', '--format', 'all', '-o', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('work[0].endDate  ends (2024-11) before it starts (2025-05)');
    expect(readFileSync(join(out, 'resume.pdf')).equals(before)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['resume.docx', 'resume.html', 'resume.pdf']);
  });

  it('--paper Letter changes the page size of PDF and DOCX', async () => {
    const dir = tempDir();
    const r = await runCli(['build', '--format', 'pdf,docx', '--paper', 'Letter', '-o', dir]);
    expect(r.code).toBe(0);
    expect((await readPdf(join(dir, 'resume.pdf'))).pageSize).toEqual([612, 792]);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'resume.docx')));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('<w:pgSz w:w="12240" w:h="15840"');
  });

  it('writes into a folder that does not exist yet, and nothing else', async () => {
    const dir = join(tempDir(), 'nested', 'out');
    const r = await runCli(['build', '--format', 'html', '-o', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['resume.html']);
    expect(statSync(join(dir, 'resume.html')).size).toBeGreaterThan(50_000);
  });

  it('builds a JSON Resume document as it is, every section in every format', async () => {
    const dir = tempDir();
    const file = join(root, 'test', 'fixtures', 'valid', 'json-resume.json');
    const r = await runCli(['build', file, '--format', 'all', '-o', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = flat(await pdfText(join(dir, 'resume.pdf')));
    for (const s of [
      'CEO/President · Pied Piper',
      'Miss Direction · Smoogle',
      'Bachelor, Information Technology',
      'Teacher · CoderDojo',
      'Digital Compression Pioneer Award',
      'Certified Kubernetes Administrator',
      'Video compression for 3d media',
      'English: Native Speaker',
      'Ferrets, Unicorns',
      'Erlich Bachman',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('reads empty strings in a JSON Resume file as "not set", as its exports mean them', async () => {
    const file = join(root, 'test', 'fixtures', 'valid', 'json-resume-blanks.json');
    const v = await runCli(['validate', file]);
    expect(v.stdout.trim()).toBe(
      'json-resume-blanks.json: OK — 4 sections: 1 job, 1 education entry, 1 skill group; 1 bullet',
    );
    const dir = tempDir();
    const r = await runCli(['build', file, '--format', 'html', '-o', dir]);
    expect(r.code).toBe(0);
    expect(flat(htmlText(readFileSync(join(dir, 'resume.html'), 'utf8')))).toContain(
      'Engineer · Acme Jan 2020 – Present',
    );
  });

  it('copies of the sample build from another folder', async () => {
    const dir = tempDir();
    copyFileSync(sampleYaml, join(dir, 'resume.yaml'));
    const r = await runCli(['build', '--format', 'html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out', 'resume.html'))).toBe(true);
  });
});
