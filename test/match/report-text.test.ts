import { describe, expect, it } from 'vitest';
import { analyzePosting, formatMatchReport, matchReport } from '../../src/match/index.js';
import { displayWidth } from '../../src/match/report-text.js';
import { posting, testResume } from './helpers.js';

describe('formatMatchReport', () => {
  it('counts East Asian wide characters as two columns and combining marks as none', () => {
    expect(displayWidth('Kafka')).toBe(5);
    expect(displayWidth('データベース')).toBe(12);
    expect(displayWidth('（決済）')).toBe(8);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('lines up the column after the terms by display width, Japanese terms too', () => {
    const analysis = analyzePosting(posting('ja-backend.md'));
    const text = formatMatchReport(matchReport(testResume(), analysis), analysis, 'ja-backend.md');
    const rows = text.split('\n').filter((l) => /^[✓✗] /.test(l));
    expect(rows.some((r) => /[\p{Script=Han}\p{Script=Katakana}]/u.test(r))).toBe(true);
    expect(rows.some((r) => /^[✓✗] +[\d.]+ {2}[A-Za-z]/.test(r))).toBe(true);
    // Where each row's last column begins ("missing" or a path), in terminal columns.
    const columns = rows.map((r) => displayWidth(r.replace(/(?<= {2})(?:missing|[a-z]+[[.].*)$/, '')));
    expect(new Set(columns).size).toBe(1);
  });
});
