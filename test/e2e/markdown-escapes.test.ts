// The Markdown output escapes only what would be markup where it stands, so it reads as written when pasted into
// an application form (found by a trial: `backend \| Python`, `p99 \< 80 ms`, `C\#`), and still renders as the
// same words in a CommonMark reader.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

const micromark = createRequire(import.meta.url)('micromark') as (markdown: string) => string;

const RESUME = `basics:
  name: Ana Example
  label: "Engineer | backend | Python"
work:
  - name: Acme
    position: Engineer
    startDate: 2020-01
    keywords: ["C#", "snake_case_lib"]
    highlights:
      - "Cut p99 < 80 ms for 3 < 4 services"
      - "\\\\# not a heading, 5 \\\\* 3, a_b_c and a literal \\\\[x\\\\]"
`;

describe('Markdown escapes', () => {
  const dir = tempDir();
  let md = '';
  beforeAll(async () => {
    writeFileSync(join(dir, 'r.yaml'), RESUME);
    const r = await runCli(['build', 'r.yaml', '-f', 'md', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    md = readFileSync(join(dir, 'out', 'resume.md'), 'utf8');
  });

  it('leaves |, <, # inside a line and _ inside a word as written', () => {
    expect(md).toContain('**Engineer | backend | Python**');
    expect(md).toContain('- Cut p99 < 80 ms for 3 < 4 services\n');
    expect(md).toContain('C#, snake_case_lib');
  });

  it('escapes what would be markup: # at a line start, *, brackets', () => {
    expect(md).toContain('- \\# not a heading, 5 \\* 3, a_b_c and a literal \\[x\\]\n');
    const html = micromark(md);
    expect(html).toContain('<li># not a heading, 5 * 3, a_b_c and a literal [x]</li>');
    expect(html).toContain('<li>Cut p99 &lt; 80 ms for 3 &lt; 4 services</li>');
    expect(html).not.toMatch(/<h1>#|<em>/);
  });
});
