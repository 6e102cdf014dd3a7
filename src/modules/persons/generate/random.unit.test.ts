import { describe, expect, it } from 'vitest';
import {
  createRandom,
  createWeightedList,
  drawInteger,
  drawWeighted,
  parseWeightedEntries,
} from './random.ts';

const take = (seed: number, stream: number, n: number) => {
  const random = createRandom(seed, stream);
  return Array.from({ length: n }, () => random());
};

describe('createRandom', () => {
  it('gives the same sequence for the same seed and stream', () => {
    expect(take(7, 3, 20)).toEqual(take(7, 3, 20));
  });

  it.each([
    [7, 3, 8, 3],
    [7, 3, 7, 4],
    [0, 0, 0, 1],
    [0, 1, 1, 0],
  ])('gives different sequences for seed %i stream %i and seed %i stream %i', (s1, t1, s2, t2) => {
    expect(take(s1, t1, 5)).not.toEqual(take(s2, t2, 5));
  });

  it('draws numbers in [0, 1), spread evenly', () => {
    const values = take(1, 0, 100_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = new Array(10).fill(0);
    for (const value of values) {
      buckets[Math.floor(value * 10)] += 1;
    }
    for (const bucket of buckets) {
      expect(bucket).toBeGreaterThan(9_500);
      expect(bucket).toBeLessThan(10_500);
    }
  });
});

describe('draws', () => {
  it('draws integers within both bounds, each bound reached', () => {
    const random = createRandom(2);
    const values = new Set(Array.from({ length: 1000 }, () => drawInteger(random, 3, 6)));
    expect([...values].sort()).toEqual([3, 4, 5, 6]);
  });

  it('draws weighted values as often as their weights say', () => {
    const list = createWeightedList([
      ['a', 1],
      ['b', 3],
      ['c', 6],
    ]);
    const random = createRandom(3);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 100_000; i += 1) {
      const value = drawWeighted(random, list);
      counts[value] = (counts[value] ?? 0) + 1;
    }
    expect(counts.a).toBeGreaterThan(9_000);
    expect(counts.a).toBeLessThan(11_000);
    expect(counts.c).toBeGreaterThan(58_500);
    expect(counts.c).toBeLessThan(61_500);
  });

  it.each([
    [
      'Hùng 35, Cu Tèo 2',
      [
        ['Hùng', 35],
        ['Cu Tèo', 2],
      ],
    ],
    [
      '\n  Lan 1.5,\n  Mai 3,\n',
      [
        ['Lan', 1.5],
        ['Mai', 3],
      ],
    ],
  ])('parses %j', (text, entries) => {
    expect(parseWeightedEntries(text)).toEqual(entries);
  });

  it.each(['Hùng', 'Hùng 0', 'Hùng x', ' 3'])('rejects the entry %j', (text) => {
    expect(() => parseWeightedEntries(text)).toThrow(/bad weighted entry/);
  });
});
