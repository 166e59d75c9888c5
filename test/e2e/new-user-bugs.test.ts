// The bugs new users met (issue 9), each through the real CLI on résumés of their shapes.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliPath, hasCommand, root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

/** A folder holding `resume.yaml` with this text. */
function resumeDir(yaml: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'resume.yaml'), yaml);
  return dir;
}

describe('3. the README', () => {
  it('every complete YAML example in it validates', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const complete = blocks.filter((b) => (parse(b) as { basics?: { name?: string } })?.basics?.name);
    expect(complete.length).toBeGreaterThanOrEqual(1);
    for (const block of complete) {
      const dir = resumeDir(block);
      // The photo it names: a 1×1 PNG.
      const png =
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082';
      writeFileSync(join(dir, 'photo.jpg'), Buffer.from(png, 'hex'));
      const r = await runCli(['validate'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
  });
});

describe('12. visual', () => {
  const long = `basics:
  name: Maximiliana Alexandra Konstantinopoulou-Wojciechowska
  email: max.konstantinopoulou@example.com
  phone: "+48 600 100 200"
  url: https://konstantinopoulou-wojciechowska.example.com
  location: { city: Kraków, region: Małopolska, countryCode: PL }
  profiles:
    - { network: GitHub, url: https://github.com/maximiliana-konstantinopoulou }
    - { network: LinkedIn, url: https://www.linkedin.com/in/maximiliana-konstantinopoulou-wojciechowska }
work:
  - name: Intergalactic Federated Logistics and Interplanetary Shipping Consortium
    position: Principal Engineer for Distributed Consensus and Storage Infrastructure
    startDate: "2019-03"
    highlights: [Led the redesign of the storage layer.]
`;

  it('a contact line that wraps never starts a line with "·" (HTML and PDF)', async () => {
    const dir = resumeDir(long);
    const r = await runCli(['build', '-f', 'pdf,html', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const { pages } = await readPdf(join(dir, 'out', 'resume.pdf'));
    const lines = (pages[0] ?? '').split('\n');
    expect(lines.filter((l) => l.includes('example.com')).length).toBeGreaterThanOrEqual(1);
    expect(lines.filter((l) => /^\s*·/.test(l))).toEqual([]);
  });

  const hasLibreOffice = hasCommand('soffice');

  it.skipIf(!hasLibreOffice)(
    'in the DOCX a two-line name does not overlap and a wrapped title keeps its date (needs soffice)',
    async () => {
      const dir = resumeDir(long);
      expect((await runCli(['build', '-f', 'docx', '-o', 'out'], { cwd: dir })).code).toBe(0);
      execFileSync(
        'soffice',
        ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'out', 'resume.docx')],
        {
          stdio: 'ignore',
          env: { ...process.env, HOME: dir },
          timeout: 120_000,
        },
      );
      const { words } = await readPdf(join(dir, 'resume.pdf'));
      const y = (text: string) => words.find((w) => w.text.startsWith(text))?.y ?? Number.NaN;
      // Name lines at least a 24 pt line apart; the date on the title's first line.
      expect(y('Maximiliana') - y('Konstantinopoulou-Wojciechowska')).toBeGreaterThanOrEqual(24);
      expect(Math.abs(y('Mar') - y('Principal'))).toBeLessThan(3);
    },
  );
});
