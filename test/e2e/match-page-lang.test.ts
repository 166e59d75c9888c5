// The page `resume match --html` writes says which language each text is in: its own labels are English, the
// posting's words are in the posting's language (a trial found a page marked Spanish whose labels were English).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';

describe('resume match --html on a Spanish posting', () => {
  it('marks the page English and the posting, its title and its terms Spanish', async () => {
    const dir = tempDir();
    const fixtures = join(root, 'test', 'fixtures', 'gendered');
    for (const name of ['resume.yaml', 'oferta.md']) copyFileSync(join(fixtures, name), join(dir, name));
    const r = await runCli(['match', 'resume.yaml', '--job', 'oferta.md', '--html', 'match.html'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(dir, 'match.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1 lang="es">Ingeniero/a de datos</h1>');
    expect(html).toMatch(
      /<section class="posting"><h2>The posting<\/h2>\n<div lang="es">\n[\s\S]*Requisitos/,
    );
    expect(html).toMatch(/<span class="term covered" lang="es">Kafka<\/span>/);
  });
});
