import { describe, expect, it } from 'vitest';
import { percentile, recallAtK, scorePairwise } from './metrics.ts';

describe('benchmark measures', () => {
  it.each([
    [50, 5],
    [95, 10],
    [99, 10],
    [10, 1],
    [100, 10],
  ])('takes the %ith percentile by nearest rank', (p, expected) => {
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p)).toBe(expected);
  });

  it('counts a query found when its wanted id is among the first k', () => {
    const results = [
      { wanted: 'a', found: ['a', 'b'] },
      { wanted: 'c', found: ['x', 'y', 'c'] },
      { wanted: 'd', found: [] },
      { wanted: 'e', found: ['x', 'e'] },
    ];
    expect(recallAtK(results, 2)).toBe(0.5);
    expect(recallAtK(results, 3)).toBe(0.75);
  });

  it('scores predicted pairs against labels: every pair of one person is a true pair, each counted once', () => {
    const personOf = new Map([
      ['r1', 'P1'],
      ['r2', 'P1'],
      ['r3', 'P1'],
      ['r4', 'P2'],
      ['r5', 'P2'],
      ['r6', 'P3'],
    ]);
    const predicted = [
      ['r1', 'r2'],
      ['r2', 'r1'],
      ['r3', 'r1'],
      ['r4', 'r6'],
      ['r4', 'unlabelled'],
    ] as const;
    expect(scorePairwise(predicted, personOf)).toEqual({
      predicted: 3,
      truePairs: 4,
      truePositives: 2,
      precision: 2 / 3,
      recall: 0.5,
      f1: (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5),
    });
  });
});
