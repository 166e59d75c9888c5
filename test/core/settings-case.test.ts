// A setting in another case than the schema's is read as the schema's value, with a warning at its place.
import { describe, expect, it } from 'vitest';
import { readSettingsCase } from '../../src/core/settings-case.js';

describe('readSettingsCase', () => {
  it('reads paper, date format, bullet and private fields in any case, each with a warning', () => {
    const data = {
      basics: { name: 'A', privateFields: ['Phone', 'email', ' EMAIL '] },
      meta: { paper: 'letter', design: { bullet: 'Dash', dateFormat: 'yyyy-mm' } },
    };
    const notices = readSettingsCase(data);
    expect(data.meta).toEqual({ paper: 'Letter', design: { bullet: 'dash', dateFormat: 'YYYY-MM' } });
    expect(data.basics.privateFields).toEqual(['phone', 'email', 'email']);
    expect(notices.map((n) => `${n.path.join('.')}: ${n.message}`)).toEqual([
      'meta.paper: "letter" read as "Letter" (write Letter)',
      'meta.design.dateFormat: "yyyy-mm" read as "YYYY-MM" (write YYYY-MM)',
      'meta.design.bullet: "Dash" read as "dash" (write dash)',
      'basics.privateFields.0: "Phone" read as "phone" (write phone)',
      'basics.privateFields.2: " EMAIL " read as "email" (write email)',
    ]);
  });

  it('leaves a right value, a value of no setting, and other shapes to the schema', () => {
    const data = { meta: { paper: 'A5', design: { bullet: 3 } }, basics: { privateFields: 'phone' } };
    expect(readSettingsCase(data)).toEqual([]);
    expect(data).toEqual({
      meta: { paper: 'A5', design: { bullet: 3 } },
      basics: { privateFields: 'phone' },
    });
    expect(readSettingsCase({ meta: { paper: 'A4' } })).toEqual([]);
    expect(readSettingsCase(null)).toEqual([]);
  });
});
