// Every glyph from a shipped font (issue 13): Cyrillic, Greek, Hebrew, Chinese, Japanese, Korean and emoji are
// drawn from the Noto families in the npm packages, not from whatever the machine has.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

const yaml = `basics:
  name: Мария Иванова
  label: "Ingénieure · Μηχανικός · מהנדסת"
  summary: Латиница and English, Ελληνικά, עברית, 中文简体, 日本語のテキスト, 한국어 텍스트, and emoji 🚀✨.
work:
  - name: 北京科技有限公司
    position: 软件工程师
    startDate: "2020-01"
    highlights:
      - 设计并实现了 real-time 数据管道 with Kafka
      - Разработала систему мониторинга
      - 東京オフィスとの連携を担当
      - 서울 팀과 협업
`;

describe('world scripts', () => {
  it('are drawn from shipped fonts, embedded, and read back as text', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), yaml);
    const r = await runCli(['build', '-f', 'pdf', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const pdf = await readPdf(join(dir, 'out', 'resume.pdf'));
    for (const font of pdf.fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+(SourceSans3|NotoSans|NotoEmoji)/); // no system font
      expect(font).toMatchObject({ embedded: true, type3: false });
    }
    const have = new Set([...pdf.text.normalize('NFKC')]);
    for (const sample of [
      'Иванова',
      'Ελληνικά',
      'מהנדסת',
      '北京科技有限公司',
      'テキスト',
      '한국어',
      '🚀✨',
    ]) {
      const lost = [...sample].filter((c) => !have.has(c));
      expect(lost, sample).toEqual([]);
    }
    expect(pdf.text).toContain('Разработала систему мониторинга');
    expect(pdf.text).toContain('서울 팀과 협업');
  });
});

describe('a character no shipped font has', () => {
  it('is a warning naming the character and its place', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Glyph Test\n  label: "Private \uE000 use"\n');
    const r = await runCli(['build', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'resume.yaml:3:19  (document)  warning: no font of the theme draws "\uE000" (U+E000): the PDF may show it from another font or as an empty box',
    );
    const strict = await runCli(['build', '-f', 'html', '-o', 'strict', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      '(U+E000): the PDF may show it from another font or as an empty box (an error under --strict)',
    );
  });
});

describe('a résumé in ten scripts, read back', () => {
  it('loses nothing in any format: shaped Arabic and Devanagari come back through their ActualText', async () => {
    const file = join(root, 'test', 'fixtures', 'scripts', 'ten-scripts.yaml');
    const r = await runCli(['check', '--resume', file]);
    expect(r.stdout.trim().split('\n').at(-1), r.stdout).toBe('all 5 outputs read back whole');
    expect(r.code).toBe(0);
    const dir = tempDir();
    await runCli(['build', file, '-f', 'pdf', '-o', dir]);
    const [pdf = ''] = readdirSync(dir);
    const text = (await readPdf(join(dir, pdf))).text;
    // Right to left, in the order it is written; Devanagari with its vowel signs in place.
    expect(text).toContain('عملت مع فريق دبي');
    expect(text).toContain('मुंबई टीम के साथ काम किया');
    expect(text).toContain('हिन्दी पाठ');
  });
});
