// The modules that keep hostile input bounded, one by one: the safe read, control characters, the folder lock,
// the page policy and the expansion cap.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropControlChars, withoutControls } from '../../src/core/control-chars.js';
import { removeLeftovers, withFolderLock } from '../../src/core/folder-lock.js';
import { parseResume } from '../../src/core/parse.js';
import { alive } from '../../src/core/processes.js';
import { isInput, ReadRefused, readFileSafely } from '../../src/core/safe-read.js';
import { UserError, visible } from '../../src/errors.js';
import {
  FONT_ORIGIN,
  forPrinting,
  PAGE_POLICY,
  PRINT_POLICY,
  refusedByPolicy,
  SCREEN_HEIGHT,
  withPagePolicy,
} from '../../src/render/pdf/isolation.js';
import { tempDir } from '../helpers.js';

describe('readFileSafely', () => {
  const refusal = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      if (error instanceof ReadRefused) return { reason: error.reason, message: error.message };
      throw error;
    }
    return undefined;
  };

  it('reads a regular file inside its folder, and remembers it as an input', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'hello');
    const inside = { dir, name: 'the folder' };
    expect(readFileSafely(join(dir, 'a.txt'), { maxBytes: 10, inside }).toString()).toBe('hello');
    expect(isInput(join(dir, 'a.txt'))).toBe(true);
    expect(isInput(join(dir, 'b.txt'))).toBe(false);
  });

  it('refuses what is missing, outside (by path or by link), not a file, or too big', () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'secret'), 'x');
    symlinkSync(join(outside, 'secret'), join(dir, 'link'));
    writeFileSync(join(dir, 'big'), 'x'.repeat(11));
    mkdirSync(join(dir, 'sub'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    const inside = { dir, name: 'the folder' };
    const read = (name: string) => () => readFileSafely(join(dir, name), { maxBytes: 10, inside, name });
    expect(refusal(read('none'))).toEqual({ reason: 'missing', message: '"none": no such file' });
    expect(refusal(read('link'))?.message).toBe(
      `"link" leads to ${join(outside, 'secret')}, outside the folder: only files inside it are read (copy the file there)`,
    );
    expect(refusal(read('../x'))?.reason).toBe('missing');
    expect(refusal(read('sub'))).toEqual({ reason: 'not-a-file', message: '"sub" is a folder, not a file' });
    expect(refusal(read('fifo'))).toEqual({ reason: 'not-a-file', message: '"fifo" is a FIFO, not a file' });
    expect(refusal(() => readFileSafely('/dev/zero', { maxBytes: 10 }))?.reason).toBe('not-a-file');
    expect(refusal(read('big'))).toEqual({
      reason: 'too-big',
      message: '"big" is too big; a file must be under 1 KB',
    });
  });

  it('reads a file the size says is empty (as /proc reports) only up to its cap', () => {
    expect(() => readFileSafely('/proc/self/status', { maxBytes: 10 })).toThrow(/is too big/);
  });
});

describe('control characters', () => {
  it('are dropped from values and keys, in place and in order, each place named', () => {
    const data = { b: 'x\u0001y', 'k\u001bey': ['ok', 'lone \ud800', { c: '\u0085' }], z: 1 };
    const notices = dropControlChars(data);
    expect(data).toEqual({ b: 'xy', key: ['ok', 'lone ', { c: '' }], z: 1 });
    expect(Object.keys(data)).toEqual(['b', 'key', 'z']);
    expect(notices.map((n) => [n.path.join('.'), n.at ?? 'value'])).toEqual(
      expect.arrayContaining([
        ['b', 'value'],
        ['k\u001bey', 'key'],
        ['k\u001bey.1', 'value'],
        ['k\u001bey.2.c', 'value'],
      ]),
    );
  });

  it('keep tab, newline, carriage return, surrogate pairs and "__proto__" as data', () => {
    const data = JSON.parse('{"__proto__": "a\\u0001", "t": "a\\tb\\nc\\r🚀"}');
    dropControlChars(data);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(data).toEqual(JSON.parse('{"__proto__": "a", "t": "a\\tb\\nc\\r🚀"}'));
    expect(withoutControls('\ud83d\ude80')).toBe('🚀');
  });

  it('and every message shows them as escapes', () => {
    expect(visible('a\u001b]0;x\u0007b\rc\u202ed\n\te')).toBe('a\\u001b]0;x\\u0007b\\rc\\u202ed\n\te');
    expect(new UserError('x\u009by').message).toBe('x\\u009by');
  });
});

describe('the folder lock', () => {
  it('runs the work holding the lock, and gives it back even when the work throws', () => {
    const dir = tempDir();
    expect(withFolderLock(dir, () => readdirSync(dir))).toEqual(['.resume.lock']);
    expect(() =>
      withFolderLock(dir, () => {
        throw new Error('disk');
      }),
    ).toThrow('disk');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes over a lock whose process is gone', () => {
    const dir = tempDir();
    const dead = Number(execFileSync('sh', ['-c', 'sh -c "echo \\$\\$"'], { encoding: 'utf8' }));
    expect(alive(dead)).toBe(false);
    expect(alive(process.pid)).toBe(true);
    writeFileSync(join(dir, '.resume.lock'), String(dead));
    expect(withFolderLock(dir, () => 'done')).toBe('done');
  });

  it('waits on a lock still empty (its taker has not written its id yet), and takes over one left empty long ago', () => {
    const dir = tempDir();
    const lock = join(dir, '.resume.lock');
    writeFileSync(lock, '');
    const old = new Date(Date.now() - 10_000);
    utimesSync(lock, old, old);
    let started = Date.now();
    expect(withFolderLock(dir, () => 'taken over')).toBe('taken over');
    expect(Date.now() - started).toBeLessThan(1_000);
    // A fresh empty lock is someone's, being taken: it is waited on until it is plainly abandoned.
    writeFileSync(lock, '');
    started = Date.now();
    expect(withFolderLock(dir, () => 'waited')).toBe('waited');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
  });

  it("removes a dead process's temp files, old names and new, and nothing else", () => {
    const dir = tempDir();
    const dead = Number(execFileSync('sh', ['-c', 'sh -c "echo \\$\\$"'], { encoding: 'utf8' }));
    const names = [
      `.resume-${dead}-0badf00d.tmp`,
      `.resume.pdf.${dead}.deadbeef.old`,
      `.resume-${process.pid}-0badf00d.tmp`,
      'resume.pdf',
      '.resume.lock',
      `.notes.${dead}.txt`,
    ];
    for (const name of names) writeFileSync(join(dir, name), 'x');
    removeLeftovers(dir);
    expect(readdirSync(dir).sort()).toEqual(names.slice(2).sort());
  });
});

describe('the page policy', () => {
  const meta = '<meta http-equiv="Content-Security-Policy"';
  it.each([
    ['after the doctype', '<!doctype html><html><head><title>t</title>', '<!doctype html>'],
    [
      'after comments and a byte-order mark',
      '\ufeff<!-- a --> <!-- b --><!DOCTYPE html>\n<p>x',
      '\ufeff<!-- a --> <!-- b --><!DOCTYPE html>',
    ],
    ['at the start without a doctype', '<p>x<!doctype html>', ''],
    ['at the start after an unclosed comment', '<!-- <!doctype html>', ''],
  ])('goes %s', (_, html, before) => {
    const page = withPagePolicy(html);
    expect(page.startsWith(`${before}${meta}`)).toBe(true);
    expect(page.endsWith(html.slice(before.length))).toBe(true);
  });

  it("as printed: inlined fonts at an address each (the same font, the same address), the theme's policies gone, the print policy first", () => {
    const font = (data: string) => `@font-face { src: url(data:font/woff2;base64,${data}) format('woff2'); }`;
    const html = `<!doctype html><meta http-equiv="Content-Security-Policy" content="font-src 'none'"><META HTTP-EQUIV=content-security-policy content="x"><style>${font('QUJD')}${font('REVG')}${font('QUJD')}</style><p>x`;
    const seen = new Map<string, string>();
    const page = forPrinting(html, (type, base64) => {
      if (!seen.has(base64)) seen.set(base64, `${FONT_ORIGIN}/${seen.size}.${type.slice(5)}`);
      return seen.get(base64) as string;
    });
    expect(
      page.startsWith(`<!doctype html><meta http-equiv="Content-Security-Policy" content="${PRINT_POLICY}">`),
    ).toBe(true);
    expect(page.match(/Content-Security-Policy/gi)).toHaveLength(1);
    expect(page).not.toContain('data:font');
    expect(page.match(/url\([^)]*\)/g)).toEqual([
      `url(${FONT_ORIGIN}/0.woff2)`,
      `url(${FONT_ORIGIN}/1.woff2)`,
      `url(${FONT_ORIGIN}/0.woff2)`,
    ]);
    expect(PRINT_POLICY).toContain(`font-src data: ${FONT_ORIGIN};`);
    expect(PRINT_POLICY.replace(` ${FONT_ORIGIN}`, '')).toBe(PAGE_POLICY);
    // Hidden on the printer's tab (its screen is SCREEN_HEIGHT high), drawn in full on paper; after the policy,
    // so a theme's own rules come after it.
    const hidden = `<style>@media (max-height: ${2 * SCREEN_HEIGHT}px) { :root { display: none !important } }</style>`;
    expect(page.indexOf(hidden)).toBe(page.indexOf('<style>'));
    expect(page.indexOf(hidden)).toBeGreaterThan(page.indexOf(PRINT_POLICY));
  });

  it('reports what it refused by address, and nothing for an inline refusal', () => {
    const issue = (blockedURL?: string) => ({
      code: 'ContentSecurityPolicyIssue',
      details: { contentSecurityPolicyIssueDetails: { blockedURL } },
    });
    expect(refusedByPolicy(issue('http://x.org/a'))).toBe('http://x.org/a');
    expect(refusedByPolicy(issue(''))).toBeUndefined();
    expect(refusedByPolicy(issue('inline'))).toBeUndefined();
    expect(refusedByPolicy({ code: 'MixedContentIssue' })).toBeUndefined();
  });
});

describe('YAML alias expansion', () => {
  it('is measured with each alias counted where it appears', async () => {
    const text = `a: &a "${'x'.repeat(1000)}"\nb: [${Array(50).fill('*a').join(', ')}]\n`;
    await expect(parseResume({ path: 'r.yaml', name: 'r.yaml', text, json: false })).resolves.toBeDefined();
    const big = `a: &a "${'x'.repeat(100_000)}"\nb: [${Array(60).fill('*a').join(', ')}]\n`;
    await expect(parseResume({ path: 'r.yaml', name: 'r.yaml', text: big, json: false })).rejects.toThrow(
      'aliases expand too much',
    );
  });
});
