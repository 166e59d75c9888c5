// What the page shows, read back from the PDFs the CLI prints (poppler's lines and where they are): an entry's
// place and dates each whole at its line's end, a bracketed part of a place never broken, no line ending in the
// dot between them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasCommand, root, runCli, tempDir } from '../helpers.js';
import { type PdfPage, pdfPages } from '../pdf-layout.js';

const german = join(root, 'test', 'fixtures', 'layout', 'german-places.yaml');

async function pagesOf(file: string, theme: string): Promise<PdfPage[]> {
  const dir = tempDir();
  const r = await runCli(['build', file, '-t', theme, '-f', 'pdf', '-o', dir, '--name', 'r']);
  expect(r.code, r.stderr).toBe(0);
  return pdfPages(join(dir, 'r.pdf'));
}

describe.skipIf(!hasCommand('pdftotext', ['-v']))('typesetting (needs poppler)', () => {
  it.each(['classic', 'compact', 'sidebar'])(
    '%s: a place’s bracketed part and an entry’s dates are each whole on a line, and no line ends in a dot',
    async (theme) => {
      const lines = (await pagesOf(german, theme)).flatMap((p) => p.lines.map((l) => l.text));
      const whole = [
        '(Hessen, Deutschland)',
        '(Berlin, Germany)',
        '(Bayern, Deutschland)',
        'Okt 2019 – heute',
        'Sep 2015 – Sep 2019',
        'Apr 2012 – Aug 2015',
        'Okt 2012 – Mär 2015',
      ];
      expect(whole.filter((part) => !lines.some((l) => l.includes(part)))).toEqual([]);
      expect(lines.filter((l) => /^·|·$/.test(l.trim()))).toEqual([]);
    },
  );
});
