// Outputs are all-or-nothing: every file is written to a temp file beside its target, and only when all of
// them are complete are they renamed into place. A failure leaves the previous good outputs untouched.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RenderError } from '../errors.js';

export interface Output {
  path: string;
  data: Uint8Array | string;
}

const pending = new Set<string>();
// Ctrl-C or a crash between write and rename must not leave temp files behind.
process.once('exit', () => {
  for (const tmp of pending) rmSync(tmp, { force: true });
});

export function writeOutputs(outputs: Output[]): string[] {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const { path, data } of outputs) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = join(
        dirname(path),
        `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
      );
      pending.add(tmp);
      staged.push({ tmp, path });
      writeFileSync(tmp, data);
    }
    for (const { tmp, path } of staged) {
      renameSync(tmp, path);
      pending.delete(tmp);
    }
  } catch (error) {
    for (const { tmp } of staged) {
      rmSync(tmp, { force: true });
      pending.delete(tmp);
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new RenderError(`cannot write the outputs (${code ?? String(error)}); nothing was written`, {
      cause: error,
    });
  }
  return outputs.map((o) => o.path);
}
