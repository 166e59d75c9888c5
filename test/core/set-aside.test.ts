import { describe, expect, it } from 'vitest';
import { emptyProfiles } from '../../src/core/set-aside.js';

describe('emptyProfiles', () => {
  it('names the profiles whose address and user name were left empty, and only those', () => {
    const data = {
      basics: {
        profiles: [
          { network: 'LinkedIn', url: '', username: '' },
          { network: 'X', url: null },
          { network: 'GitHub', url: '', username: 'ann' },
          { network: 'Mastodon' },
        ],
      },
    };
    expect(emptyProfiles(data).dropped).toEqual([
      ['basics', 'profiles', 0],
      ['basics', 'profiles', 1],
    ]);
  });

  it('reads any shape without failing', () => {
    expect(emptyProfiles(null).dropped).toEqual([]);
    expect(emptyProfiles({ basics: { profiles: 'x' } }).dropped).toEqual([]);
  });
});
