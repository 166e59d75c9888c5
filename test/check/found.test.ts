// Where check finds an item in a reader's text (src/check/found.ts): as written, and an item with right-to-left
// letters also with its numbers anywhere beside the rest, since a number at the edge of a right-to-left run
// prints the same on either side of it.
import { describe, expect, it } from 'vitest';
import { Haystack } from '../../src/check/found.js';

describe('Haystack', () => {
  it('finds an item as written, from a place on', () => {
    const text = new Haystack('jan2020–presentacmecorp');
    expect(text.find('acmecorp')).toEqual({ start: 15, end: 23 });
    expect(text.find('jan2020', 1)).toBeUndefined();
  });

  it('finds a right-to-left item whose number was read on the other side of its words', () => {
    // "يناير 2020 – Present" read from a line drawn "2020 دبي · يناير – Present".
    const text = new Haystack('2020دبي·يناير–present');
    const found = text.find('يناير2020–present');
    expect(found).toEqual({ start: 8, end: 21 });
  });

  it('does not excuse a missing or changed number, nor a left-to-right item', () => {
    expect(new Haystack('2021دبي·يناير–present').find('يناير2020–present')).toBeUndefined();
    expect(new Haystack('يناير–present').find('يناير2020–present')).toBeUndefined();
    expect(new Haystack('2020jan–present').find('jan2020–present')).toBeUndefined();
  });
});
