import { describe, expect, it } from 'vitest';
import { atOnceFor } from '../../src/core/parallelism.js';

describe('atOnceFor', () => {
  it('keeps the program and the browser overlapping on one or two cores', () => {
    expect(atOnceFor(1)).toBe(2);
    expect(atOnceFor(2)).toBe(2);
  });
  it('uses each core up to four', () => {
    expect(atOnceFor(3)).toBe(3);
    expect(atOnceFor(4)).toBe(4);
    expect(atOnceFor(64)).toBe(4);
  });
});
