// Private fields (issue 13): left out of public builds and public variants, said by --explain. Rendered through
// the library in process.
import { describe, expect, it } from 'vitest';
import { formatExplain } from '../../src/cli/report.js';
import { explain, load } from '../../src/index.js';
import { failure, rendered } from '../library.js';

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
  it('public leaves out private entries, bullets, items and basics.privateFields, in every format', async () => {
    const r = await rendered({ source: yaml, public: true, formats: ['html', 'docx', 'md', 'txt', 'json'] });
    expect(r.names).toEqual([
      'resume-public.html',
      'resume-public.docx',
      'resume-public.md',
      'resume-public.txt',
      'resume-public.json',
    ]);
    for (const file of r.names.filter((f) => !f.endsWith('.docx'))) {
      const text = r.text(file);
      for (const secret of secrets) expect(text, `${file}: ${secret}`).not.toContain(secret);
      expect(text).toContain('Shipped the public thing');
      expect(text).toContain('Open item');
    }
  });

  it('a full build keeps everything; a variant with public: true withholds, and explain says what', async () => {
    const full = (await rendered({ source: yaml, formats: ['txt'] })).text('resume.txt');
    for (const secret of ['confidential deal', 'Secret Client', '555 0100', 'Closed item'])
      expect(full).toContain(secret);
    const open = (await rendered({ source: yaml, variant: 'open', formats: ['txt'] })).text('pat-open.txt');
    for (const secret of secrets) expect(open).not.toContain(secret);
    const explained = formatExplain(await explain({ source: yaml, variant: 'open' }));
    for (const line of [
      'work[0].highlights[1]  Negotiated the confidential deal  (private: withheld from a public build)',
      'work[1]  Consultant · Secret Client  (private: withheld from a public build)',
      'basics.phone  phone  (private: withheld from a public build)',
      'basics.profiles[1]  Telegram  (private: withheld from a public build)',
      'sections[0].items[1]  Closed item  (private: withheld from a public build)',
    ])
      expect(explained).toContain(line);
  });

  it('privateFields names only contact fields, checked at its line', async () => {
    const r = await failure(
      load({
        // Our own format (it declares our schema): what the schema refuses is an error.
        source:
          'basics:\n  name: X\n  privateFields: [phone, salary]\n# yaml-language-server: $schema=./schema/resume.schema.json\n',
        file: 'resume.yaml',
      }),
    );
    expect(r.code).toBe(1);
    expect(r.lines.join('\n')).toContain(
      'resume.yaml:3:26  basics.privateFields[1]  "salary" is not allowed: use one of label, image, email',
    );
  });
});
