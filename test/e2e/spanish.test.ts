// Spanish letters through the real CLI: the greeting that agrees with the recipient's civility (read in any
// language, written in Spanish), the Spanish closings a letter ends with on its own, one full stop after a company
// that ends with its own, an English letter for a résumé in Spanish and English, which takes the résumé's English
// texts, and the Spanish starter letter. The fixtures are in test/fixtures/letter/es (a résumé in es and en, a
// Spanish and an English letter, a posting).
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';

const fixtures = join(root, 'test', 'fixtures', 'letter', 'es');

function folder(): string {
  const dir = tempDir('resume-es-');
  cpSync(fixtures, dir, { recursive: true });
  return dir;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe('a Spanish letter', () => {
  it('greets by civility in Spanish, writes one full stop after "S.L.", and keeps its own closing', async () => {
    const dir = folder();
    const r = await runCli(['letter', 'carta.md', '-f', 'txt,md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const txt = read(dir, 'out/letter-carta.txt');
    expect(txt).toContain('Sra. Lucía Ortega\n');
    expect(txt).toContain('\nEstimada Sra. Ortega:\n');
    expect(txt).toContain('en Pagos Rápidos S.L. Desde hace');
    expect(txt).toMatch(/Sin otro particular, le saluda atentamente,\n\nMarta Solís Vega\n$/);
    expect(read(dir, 'out/letter-carta.md')).not.toContain('S.L..');
  });

  it('writes a civility given in another language in Spanish, and names no one it cannot greet by gender', async () => {
    const dir = folder();
    const letter = (civility: string) =>
      read(dir, 'carta.md').replace('civility: Sra.', civility ? `civility: ${civility}` : '');
    const greets: [string, string][] = [
      ['Frau', 'Estimada Sra. Ortega:'],
      ['Ms', 'Estimada Sra. Ortega:'],
      ['Mme', 'Estimada Sra. Ortega:'],
      ['Herr', 'Estimado Sr. Ortega:'],
      ['Mr', 'Estimado Sr. Ortega:'],
      ['Dra.', 'Estimada Dra. Ortega:'],
      ['', 'Estimado equipo de selección:'],
    ];
    for (const [civility, greeting] of greets) {
      writeFileSync(join(dir, 'carta.md'), letter(civility));
      const r = await runCli(['letter', 'carta.md', '-f', 'txt'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const txt = read(dir, 'out/letter-carta.txt');
      expect(txt, civility).toContain(`\n${greeting}\n`);
      expect(txt, civility).not.toMatch(/Estimado\/a|Frau|Ms |Mme|Herr|Mr /);
      writeFileSync(
        join(dir, 'carta.md'),
        read(dir, 'carta.md').replace(/civility: .*\n/, 'civility: Sra.\n'),
      );
    }
  });

  it.each([
    'Sin otro particular, le saluda atentamente,',
    'Reciba un cordial saludo.',
    'Un cordial saludo,',
    'Saludos cordiales,',
    'Muchas gracias por su tiempo. Un saludo,',
    'Atentamente,',
  ])('adds no second closing after "%s"', async (last) => {
    const dir = folder();
    writeFileSync(
      join(dir, 'cierre.md'),
      `---\ncompany: Pagos Rápidos\n---\nMe dirijo a ustedes para presentar mi candidatura al puesto.\n\n${last}\n`,
    );
    const r = await runCli(['letter', 'cierre.md', '-f', 'txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(read(dir, 'out/letter-cierre.txt')).toMatch(
      new RegExp(`${last.replace(/[.]/g, '\\.')}\\n\\nMarta`),
    );
  });
});

describe('an English letter for a résumé in Spanish and English', () => {
  it("takes the résumé's English texts, named as its file is, whether its text or --locale says English", async () => {
    const dir = folder();
    const r = await runCli(['letter', 'cover.md', '-f', 'md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("language: en, the letter's, one of meta.languages");
    const md = read(dir, 'out/letter-cover.md');
    expect(md).toContain('**Data Engineer**');
    expect(md).not.toContain('Ingeniera');
    expect(md).toContain('\nDear Mr Weber,\n');
    const flagged = await runCli(['letter', 'cover.md', '-f', 'md', '--locale', 'en'], { cwd: dir });
    expect(flagged.code, flagged.stderr).toBe(0);
    expect(flagged.stderr).not.toContain('beside');
    expect(readdirSync(join(dir, 'out'))).toEqual(['letter-cover.md']);
    expect(read(dir, 'out/letter-cover.md')).toBe(md);
  });

  it('build --letter makes the English résumé and packet; a Spanish letter built in English still says so', async () => {
    const dir = folder();
    const r = await runCli(['build', '--letter', 'cover.md', '--packet', '-f', 'md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'application-cover.pdf',
      'letter-cover.md',
      'resume.en.md',
    ]);
    expect(read(dir, 'out/resume.en.md')).toContain('Designed the real-time ingestion platform');
    const es = await runCli(['letter', 'carta.md', '-f', 'md', '--locale', 'en'], { cwd: dir });
    expect(es.code, es.stderr).toBe(0);
    expect(es.stderr).toContain('no carta.en.md beside carta.md');
    expect(existsSync(join(dir, 'out', 'letter-carta.en.md'))).toBe(true);
  });
});

describe('resume init --letter', () => {
  it('starts a Spanish letter for a Spanish résumé, which builds as written', async () => {
    const dir = folder();
    const r = await runCli(['init', '--letter'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('wrote letter.md in es');
    const built = await runCli(['letter', 'letter.md', '-f', 'txt'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).not.toContain('warning');
    const txt = read(dir, 'out/letter.txt');
    expect(txt).toContain('Sra. Carmen García\n');
    expect(txt).toContain('\nEstimada Sra. García:\n');
    expect(txt).toContain('en Ejemplo S.L. Desde hace seis años');
    expect(txt).toMatch(/cualquier información\.\n\nAtentamente,\n\nMarta Solís Vega\n$/);
  });
});
