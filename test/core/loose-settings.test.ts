// A setting written another way than the schema's (another case, a language by its name) is read as the schema's
// value, with a warning at its place.
import { describe, expect, it } from 'vitest';
import { readLooseSettings } from '../../src/core/loose-settings.js';

describe('readLooseSettings', () => {
  it('reads paper, date format, bullet and private fields in any case, each with a warning', () => {
    const data = {
      basics: { name: 'A', privateFields: ['Phone', 'email', ' EMAIL '] },
      meta: { paper: 'letter', design: { bullet: 'Dash', dateFormat: 'yyyy-mm' } },
    };
    const notices = readLooseSettings(data);
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

  it('reads a language named in English or its own words, another case or an underscore as its locale', () => {
    const locale = (written: string) => {
      const data = { meta: { locale: written } };
      const notices = readLooseSettings(data);
      return [data.meta.locale, notices[0]?.message];
    };
    expect(locale('English')).toEqual(['en', '"English" read as "en" (write en)']);
    expect(locale('deutsch')).toEqual(['de', '"deutsch" read as "de" (write de)']);
    expect(locale('German')).toEqual(['de', '"German" read as "de" (write de)']);
    expect(locale('français')).toEqual(['fr', '"français" read as "fr" (write fr)']);
    expect(locale('pt_br')).toEqual(['pt-BR', '"pt_br" read as "pt-BR" (write pt-BR)']);
    expect(locale('EN')).toEqual(['en', '"EN" read as "en" (write en)']);
    // Left to the schema: a right one, and one that names no language.
    expect(locale('en-GB')).toEqual(['en-GB', undefined]);
    expect(locale('klingon')).toEqual(['klingon', undefined]);
  });

  it('leaves a right value, a value of no setting, and other shapes to the schema', () => {
    const data = { meta: { paper: 'A5', design: { bullet: 3 } }, basics: { privateFields: 'phone' } };
    expect(readLooseSettings(data)).toEqual([]);
    expect(data).toEqual({
      meta: { paper: 'A5', design: { bullet: 3 } },
      basics: { privateFields: 'phone' },
    });
    expect(readLooseSettings({ meta: { paper: 'A4' } })).toEqual([]);
    expect(readLooseSettings(null)).toEqual([]);
  });
});
