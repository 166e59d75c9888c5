// Postings write job titles in both genders (ingeniero/a, Entwickler:in, développeur·se); a résumé writes one.
// Through the real CLI, `resume match` reads the posting's title as the word the résumé has (a trial found the
// posting's top term, "Ingeniero/a", missing from a résumé that said "Ingeniero").
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';

const fixtures = join(root, 'test', 'fixtures', 'gendered');

describe('gendered job titles in a posting', () => {
  it('covers the Spanish "Ingeniero/a" and "desarrollador/a backend" with "Ingeniero" and "desarrollador backend"', async () => {
    const dir = tempDir();
    for (const name of ['resume.yaml', 'oferta.md']) copyFileSync(join(fixtures, name), join(dir, name));
    const r = await runCli(['match', 'resume.yaml', '--job', 'oferta.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^✓ +[\d.]+ {2}Ingeniero +basics\.label, basics\.summary$/m);
    expect(r.stdout).toMatch(/^✓ +[\d.]+ {2}desarrollador\/a backend +basics\.label$/m);
    expect(r.stdout).not.toContain('missing');
  });

  it('covers the German Entwickler:in, Entwickler*in, Architekt/in, EntwicklerInnen and the French développeur·se, développeur.euse, ingénieur(e)', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'de.yaml'),
      'basics:\n  name: Max Muster\n  summary: Backend Entwickler, Plattform Ingenieur und Daten Architekt.\n',
    );
    writeFileSync(
      join(dir, 'de.md'),
      '# Backend Entwickler:in (m/w/d)\n\n## Anforderungen\n- Erfahrung als Plattform Ingenieur*in\n- Daten Architekt/in\n- Backend EntwicklerInnen\n',
    );
    writeFileSync(
      join(dir, 'fr.yaml'),
      'basics:\n  name: Marie Dupont\n  summary: Développeur backend et ingénieur plateforme.\n',
    );
    writeFileSync(
      join(dir, 'fr.md'),
      '# Développeur·se backend\n\n## Profil recherché\n- Ingénieur(e) plateforme\n- Développeur.euse backend\n',
    );
    for (const lang of ['de', 'fr']) {
      const r = await runCli(['match', `${lang}.yaml`, '--job', `${lang}.md`], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout, lang).toMatch(/^match score 100\/100/m);
    }
  });
});
