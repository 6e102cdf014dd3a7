import { describe, expect, it } from 'vitest';
import { compareLabelings, matchPlanted } from './cluster-scores.ts';

describe('agreement between two labelings', () => {
  it('is perfect for the same partition under other cluster numbers, noise included', () => {
    expect(compareLabelings([0, 0, 1, 1, -1, -1], [7, 7, 3, 3, -1, -1])).toEqual({
      adjustedRandIndex: 1,
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it('matches the textbook adjusted Rand index and counts pairs kept together', () => {
    // Pairs together: 6 in the reference, 3 found, 2 in both; ARI (2 - 1.2) / (4.5 - 1.2).
    const score = compareLabelings([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]);
    expect(score.adjustedRandIndex).toBeCloseTo(0.8 / 3.3, 12);
    expect(score.precision).toBeCloseTo(2 / 3, 12);
    expect(score.recall).toBeCloseTo(1 / 3, 12);
    expect(score.f1).toBeCloseTo(4 / 9, 12);
  });

  it('treats noise as points of their own: two noise points are not a pair', () => {
    const score = compareLabelings([-1, -1, 0, 0], [5, 5, 0, 0]);
    expect(score.recall).toBe(1);
    expect(score.precision).toBe(0.5);
  });

  it('loses little when one border point goes to the neighbouring cluster', () => {
    const reference = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, -1, -1];
    const found = [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, -1, -1];
    const score = compareLabelings(reference, found);
    expect(score.adjustedRandIndex).toBeGreaterThan(0.6);
    expect(score.adjustedRandIndex).toBeLessThan(1);
    expect(score.f1).toBeLessThan(1);
  });
});

describe('planted clusters among reported ones', () => {
  const planted = [
    [0, 1, 2, 3],
    [10, 11, 12, 13, 14, 15],
    [20, 21, 22],
  ];
  it('finds a planted cluster when one reported cluster holds at least half its members', () => {
    const reported = [
      [0, 1, 50, 51], // half of the first
      [10, 11, 20], // a third of the second, a third of the third
      [12, 13, 14, 99], // half of the second
      [60, 61, 62], // nothing planted
    ];
    expect(matchPlanted(planted, reported)).toEqual({
      found: [true, true, false],
      precision: 0.5,
      recall: 2 / 3,
    });
  });

  it('has no precision when nothing is reported, and no recall', () => {
    expect(matchPlanted(planted, [])).toEqual({
      found: [false, false, false],
      precision: undefined,
      recall: 0,
    });
  });
});
