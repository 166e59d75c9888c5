// Private fields (issue 13): left out of public builds and public variants, said by --explain.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

const yaml = `basics:
  name: Pat Private
  email: pat@example.com
  phone: "+1 555 0100"
  url: https://pat.example.com
  location: { address: 1 Secret Lane, city: Springfield, countryCode: US }
  privateFields: [phone, url]
  profiles:
    - { network: GitHub, url: https://github.com/pat }
    - { network: Telegram, username: pat_private, private: true }
work:
  - name: Public Co
    position: Engineer
    highlights:
      - Shipped the public thing
      - text: Negotiated the confidential deal
        private: true
  - name: Secret Client
    position: Consultant
    private: true
    highlights: [Did secret work]
sections:
  - id: extra
    title: Extra
    items:
      - { text: Open item }
      - { text: Closed item, private: true }
variants:
  open:
    public: true
    output: pat-open
`;
const secrets = [
  'confidential deal',
  'Secret Client',
  'Did secret work',
  '555 0100',
  'pat.example.com',
  'pat_private',
  'Closed item',
];

describe('private fields', () => {
  it('--public leaves out private entries, bullets, items and basics.privateFields, in every format', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), yaml);
    const r = await runCli(['build', '--public', '-f', 'html,docx,md,txt,json', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const files = readdirSync(join(dir, 'out')).sort();
    expect(files).toEqual([
      'resume-public.docx',
      'resume-public.html',
      'resume-public.json',
      'resume-public.md',
      'resume-public.txt',
    ]);
    for (const file of files.filter((f) => !f.endsWith('.docx'))) {
      const text = readFileSync(join(dir, 'out', file), 'utf8');
      for (const secret of secrets) expect(text, `${file}: ${secret}`).not.toContain(secret);
      expect(text).toContain('Shipped the public thing');
      expect(text).toContain('Open item');
    }
  });

  it('a full build keeps everything; a variant with public: true withholds, and --explain says what', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), yaml);
    await runCli(['build', '-f', 'txt', '-o', 'out'], { cwd: dir });
    const full = readFileSync(join(dir, 'out', 'resume.txt'), 'utf8');
    for (const secret of ['confidential deal', 'Secret Client', '555 0100', 'Closed item'])
      expect(full).toContain(secret);
    await runCli(['build', '--variant', 'open', '-f', 'txt', '-o', 'out'], { cwd: dir });
    const open = readFileSync(join(dir, 'out', 'pat-open.txt'), 'utf8');
    for (const secret of secrets) expect(open).not.toContain(secret);
    const explain = await runCli(['build', '--variant', 'open', '--explain'], { cwd: dir });
    for (const line of [
      'work[0].highlights[1]  Negotiated the confidential deal  (private: withheld from a public build)',
      'work[1]  Consultant · Secret Client  (private: withheld from a public build)',
      'basics.phone  phone  (private: withheld from a public build)',
      'basics.profiles[1]  Telegram  (private: withheld from a public build)',
      'sections[0].items[1]  Closed item  (private: withheld from a public build)',
    ])
      expect(explain.stdout).toContain(line);
  });

  it('privateFields names only contact fields, checked at its line', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'resume.yaml'),
      'basics:\n  name: X\n  privateFields: [phone, salary]\n# yaml-language-server: $schema=./schema/resume.schema.json\n',
    );
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'resume.yaml:3:26  basics.privateFields[1]  "salary" is not allowed: use one of label, image, email',
    );
  });
});
