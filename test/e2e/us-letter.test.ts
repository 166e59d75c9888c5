// A résumé written for the US prints on Letter unless it says otherwise, and its address reads as an American
// writes it (found by a trial: a JSON Resume with countryCode US came out on A4, "02143 Somerville, MA").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const resume = (location: object) =>
  JSON.stringify({
    basics: { name: 'Sam Example', email: 'sam@example.com', location },
    work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01' }],
  });

describe('a résumé located in the US', () => {
  const dir = tempDir();
  beforeAll(() => {
    writeFileSync(
      join(dir, 'us.json'),
      resume({ postalCode: '02143', city: 'Somerville', region: 'MA', countryCode: 'US' }),
    );
    writeFileSync(join(dir, 'de.json'), resume({ postalCode: '10115', city: 'Berlin', countryCode: 'DE' }));
  });

  it('prints on Letter by default, on A4 when asked, and takes RenderCV’s name for Letter', async () => {
    const size = async (args: string[], out: string) => {
      const r = await runCli(['build', ...args, '-f', 'pdf', '-o', out], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      return (await readPdf(join(dir, out, 'resume.pdf'))).pageSize.map(Math.round);
    };
    expect(await size(['us.json'], 'a')).toEqual([612, 792]);
    expect(await size(['us.json', '--paper', 'a4'], 'b')).toEqual([595, 842]);
    expect(await size(['us.json', '--paper', 'US-Letter'], 'c')).toEqual([612, 792]);
    expect(await size(['de.json'], 'd')).toEqual([595, 842]);
  });

  it('writes the postal code after the state in the US, before the city in Germany', async () => {
    const r = await runCli(['build', 'us.json', 'de.json', '-f', 'txt', '-o', 'txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'txt', 'us', 'resume.txt'), 'utf8')).toContain(
      'Somerville, MA 02143, United States',
    );
    expect(readFileSync(join(dir, 'txt', 'de', 'resume.txt'), 'utf8')).toContain('10115 Berlin, Germany');
  });
});
