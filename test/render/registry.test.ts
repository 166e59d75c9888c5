// Every registered format renders and reads its own output back, and check dispatches through the registry: a
// new format is one file plus one line in the registry, and cannot forget its read-back.
import { describe, expect, it } from 'vitest';
import { checkRead, type Expected } from '../../src/check/index.js';
import { renderAll, renderSession } from '../../src/pipeline/render.js';
import { prepareRun } from '../../src/pipeline/run.js';
import { rendererFor, renderers } from '../../src/render/registry.js';
import { sampleYaml } from '../helpers.js';

describe('the registry', () => {
  it.each(renderers.map((r) => [r.format, r] as const))(
    '%s renders, reads back, and is found by its extension',
    (_, r) => {
      expect(typeof r.render).toBe('function');
      expect(typeof r.read).toBe('function');
      expect(['layout', 'flow', 'data']).toContain(r.reading);
      expect(rendererFor(`out/resume.${r.extension}`)).toBe(r);
    },
  );

  // The PDF needs a browser: its round trip is in the end-to-end tests.
  const offline = renderers.filter((r) => !r.needsBrowser);
  it.each(offline.map((r) => [r.format, r] as const))(
    '%s output of the sample reads back whole',
    async (_, r) => {
      const run = await prepareRun({ file: sampleYaml });
      const [doc] = run.documents;
      if (!doc) throw new Error('no document');
      const [output] = await renderAll([doc], [r], renderSession(run.theme));
      const expected: Expected = { view: doc.view, laidOut: run.theme.readingOrder(doc.view) };
      const result = checkRead(
        output?.name ?? '',
        await r.read(output?.bytes ?? new Uint8Array()),
        r,
        expected,
      );
      expect(result.findings.filter((f) => !f.ok)).toEqual([]);
    },
  );
});
