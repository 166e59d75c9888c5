// A posting's duties are not terms: through the real CLI, `resume match` does not report a Spanish verb and its
// object ("mantener pipelines", "Orquestar procesos") nor an English duty verb alone ("builds", from the company's
// blurb) as missing from a résumé (a trial found all three among the missing).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

describe('duties in a posting', () => {
  it('reports the tools of a duty, not its verb', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'es.yaml'),
      'basics:\n  name: Íñigo Peña\n  summary: Pipelines con Kafka y Airflow.\n',
    );
    writeFileSync(
      join(dir, 'es.md'),
      '# Ingeniero de datos\n\n## ¿Qué harás?\n- Diseñar y mantener pipelines con Kafka.\n- Orquestar procesos por lotes con Airflow.\n',
    );
    writeFileSync(join(dir, 'en.yaml'), 'basics:\n  name: Ana Rivera\n  summary: Kafka integrations.\n');
    writeFileSync(
      join(dir, 'en.md'),
      '# Backend Engineer\n\nLedgerline builds the ledger behind payments.\n\n## What you will do\n- Design, build and operate services.\n- Build integrations with Kafka.\n',
    );
    const es = await runCli(['match', 'es.yaml', '--job', 'es.md'], { cwd: dir });
    expect(es.code, es.stderr).toBe(0);
    expect(es.stdout).not.toMatch(/mantener pipelines|Orquestar procesos/);
    expect(es.stdout).toMatch(/^✓ +[\d.]+ {2}Kafka /m);
    const en = await runCli(['match', 'en.yaml', '--job', 'en.md'], { cwd: dir });
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).not.toMatch(/^✗ .* builds? +missing$/im);
    expect(en.stdout).toMatch(/^✓ +[\d.]+ {2}Kafka /m);
  });
});
