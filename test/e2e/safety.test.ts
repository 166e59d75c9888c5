// A failed or interrupted build leaves no partial files, no temp files, no browser, and earlier outputs intact.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli, sampleYaml, tempDir } from '../helpers.js';

/** PIDs of processes whose environment carries the marker: the CLI and every browser process it started. */
function processesWith(marker: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(marker)) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

const bigResume = () =>
  `basics:\n  name: Big\nwork:\n${Array.from(
    { length: 150 },
    (_, i) =>
      `  - name: E${i}\n    highlights:\n${Array.from({ length: 20 }, (_, j) => `      - "bullet ${i}.${j} with some words to lay out"`).join('\n')}`,
  ).join('\n')}\n`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(existsSync('/proc/self/environ'))('interrupted builds', () => {
  // SIGINT and SIGTERM keep their default action (see cli/early-browser.ts): the build ends at once, by the
  // signal (the status a shell reads as 130 and 143), whatever it is doing.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGKILL'] as const) {
    // One retry: on a loaded 2-core machine the moment to interrupt can be missed.
    it(`${signal} mid-PDF stops the build at once, with no partial or temp file and no browser, and keeps the old PDF`, {
      retry: 1,
    }, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'resume.yaml'), bigResume());
      writeFileSync(join(dir, 'resume.pdf'), 'previous good PDF');
      const marker = `RESUME_TEST_MARKER=${signal}-${process.pid}-${Date.now()}`;
      const [key, value] = marker.split('=') as [string, string];
      const child = spawn(process.execPath, [cliPath, 'build', '--format', 'pdf,docx', '-o', '.'], {
        cwd: dir,
        env: { ...process.env, [key]: value },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr?.on('data', (d) => {
        stderr += d;
      });
      const exited = new Promise<{ signal: NodeJS.Signals | null; at: number }>((r) =>
        child.on('exit', (_, signal) => r({ signal, at: performance.now() })),
      );
      // Wait until the browser is up and printing (more processes than the CLI alone).
      // (Counted once per look: a browser's helper processes come and go.)
      const start = Date.now();
      let seen = processesWith(marker).length;
      while (seen < 3 && Date.now() - start < 20_000) {
        await sleep(20);
        seen = processesWith(marker).length;
      }
      expect(seen, `the build's own output: ${stderr}`).toBeGreaterThanOrEqual(3);
      await sleep(150);
      const sent = performance.now();
      child.kill(signal);
      const { signal: ended, at } = await exited;
      expect(ended).toBe(signal);
      expect(at - sent).toBeLessThan(1000);
      let left = processesWith(marker);
      for (let i = 0; i < 50 && left.length; i++) {
        await sleep(100);
        left = processesWith(marker);
      }
      expect(left).toEqual([]);
      expect(readdirSync(dir).sort()).toEqual(['resume.pdf', 'resume.yaml']);
      expect(readFileSync(join(dir, 'resume.pdf'), 'utf8')).toBe('previous good PDF');
    });
  }
});

describe('render failures', () => {
  it('a broken browser wrapper is named, with what its exit code means', async () => {
    const dir = tempDir();
    const wrapper = join(dir, 'chrome-wrapper');
    writeFileSync(wrapper, '#!/bin/sh\nexec /nonexistent/chrome "$@"\n');
    chmodSync(wrapper, 0o755);
    const r = await runCli([
      'build',
      sampleYaml,
      '--format',
      'pdf',
      '--browser',
      wrapper,
      '-o',
      join(dir, 'out'),
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe(
      `error: the browser ${wrapper} exited unexpectedly (code 127: a program it runs was not found); run resume doctor to check it`,
    );
  });

  it('a browser that crashes fails the whole build with exit 3 and writes nothing', async () => {
    const dir = tempDir();
    const fake = join(dir, 'crashing-chrome');
    writeFileSync(fake, '#!/bin/sh\nexit 1\n');
    chmodSync(fake, 0o755);
    const out = join(dir, 'out');
    const r = await runCli(['build', sampleYaml, '--format', 'html,pdf', '--browser', fake, '-o', out]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe(
      `error: the browser ${fake} exited unexpectedly (code 1); run resume doctor to check it`,
    );
    expect(existsSync(out)).toBe(false);
  });

  const canMount = (() => {
    try {
      execFileSync('unshare', ['-m', '/bin/sh', '-c', 'mount -t tmpfs -o size=64k none /mnt'], {
        stdio: 'ignore',
      });
      return true;
    } catch {
      return false;
    }
  })();

  it.runIf(canMount)(
    'a full disk or a read-only folder fails with exit 3, no temp files, old outputs intact',
    () => {
      const dir = tempDir();
      const script = [
        'set -e',
        // A 150 KB disk holding an earlier build: too small for the new PDF.
        `mount -t tmpfs -o size=150k none "${dir}"`,
        `echo "old html" > "${dir}/resume.html"; echo "old pdf" > "${dir}/resume.pdf"`,
        `set +e; "${process.execPath}" "${cliPath}" build "${sampleYaml}" --format html,pdf -o "${dir}" 2>"${dir}/full.err"; echo "full=$?"; set -e`,
        `ls -A "${dir}"; cat "${dir}/resume.html" "${dir}/resume.pdf" "${dir}/full.err"`,
        `mkdir "${dir}/ro"; echo "old" > "${dir}/ro/resume.html"; mount -o remount,ro "${dir}"`,
        `set +e; "${process.execPath}" "${cliPath}" build "${sampleYaml}" --format html -o "${dir}/ro" 2>/dev/null; echo "ro=$?"`,
        `ls -A "${dir}/ro"; cat "${dir}/ro/resume.html"`,
      ].join('\n');
      const out = execFileSync('unshare', ['-m', '/bin/sh', '-c', script], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(out.split('\n')).toEqual([
        'full=3',
        'full.err',
        'resume.html',
        'resume.pdf',
        'old html',
        'old pdf',
        'error: cannot write the outputs (ENOSPC); nothing was written',
        'ro=3',
        'resume.html',
        'old',
        '',
      ]);
    },
  );

  it('a theme path that is no theme folder is refused, reading nothing else there', async () => {
    const r = await runCli(['build', '--theme', '/etc', '--format', 'html', '-o', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'error: theme /etc: /etc/theme.json is missing (a theme folder holds theme.json, resume.hbs and style.css; resume create-theme makes one)',
    );
    const unknown = await runCli(['build', '--theme', 'modern', '--format', 'html', '-o', tempDir()]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe(
      'error: unknown theme "modern"; themes: classic, compact, sidebar, a theme folder (./path), or an installed JSON Resume theme (npm install jsonresume-theme-modern)',
    );
    // A name close to a built-in theme is a typo, not a package to install.
    const typo = await runCli(['build', '--theme', 'classik', '--format', 'html', '-o', tempDir()]);
    expect(typo.stderr.trim()).toBe(
      'error: unknown theme "classik"; did you mean "classic"? (themes: classic, compact, sidebar, a theme folder (./path), or an installed JSON Resume theme)',
    );
  });
});
