import { describe, expect, it } from 'vitest';
import { type AmountGroup, presentAmounts, summarizeSubstances } from './seizure-totals.ts';
import { checkQuantity, kgEquivalentOf } from './substances.ts';

describe('the units a substance is counted in', () => {
  it.each([
    ['synthetic_pills', 520_305, 'pills', undefined],
    ['methamphetamine', 90, 'kg', undefined],
    ['heroin', 250, 'g', undefined],
    ['cannabis', 1200, 'plants', undefined],
    ['opium', 300, 'plants', undefined],
    ['precursors', 40, 'litres', undefined],
    ['heroin', 10, 'pills', 'unit_not_allowed'],
    ['methamphetamine', 10, 'plants', 'unit_not_allowed'],
    ['cocaine', 2, 'litres', 'unit_not_allowed'],
    ['cannabis', 2, 'litres', 'unit_not_allowed'],
    ['heroin', 1e9, 'kg', 'quantity_out_of_range'],
    ['heroin', 20_000.001, 'kg', 'quantity_out_of_range'],
    ['heroin', 0, 'kg', 'quantity_out_of_range'],
    ['heroin', -1, 'kg', 'quantity_out_of_range'],
    ['synthetic_pills', 10.5, 'pills', 'quantity_out_of_range'],
    ['heroin', Number.NaN, 'g', 'quantity_out_of_range'],
  ] as const)('%s, %d %s → %s', (substance, quantity, unit, fault) => {
    expect(checkQuantity(substance, quantity, unit)).toBe(fault);
  });

  it.each([
    [2.5, 'kg', 2.5],
    [500, 'g', 0.5],
    [1000, 'pills', null],
    [30, 'plants', null],
    [12, 'litres', null],
  ] as const)('%d %s is %s kg', (amount, unit, kg) => {
    expect(kgEquivalentOf(amount, unit)).toBe(kg);
  });
});

describe('totals per substance and unit', () => {
  const groups: AmountGroup[] = [
    { substance: 'synthetic_pills', unit: 'pills', seizures: 2, amount: 520_305 },
    { substance: 'synthetic_pills', unit: 'kg', seizures: 1, amount: 2.5 },
    { substance: 'synthetic_pills', unit: 'g', seizures: 1, amount: 500 },
    { substance: 'heroin', unit: 'g', seizures: 3, amount: 1250 },
    { substance: 'cannabis', unit: 'plants', seizures: 1, amount: 300 },
  ];

  it('never adds kilograms and pills: each unit keeps its own row, and pills stay outside the kilogram equivalent', () => {
    const rows = presentAmounts(groups);
    expect(rows.map((r) => [r.substance, r.unit, r.amount, r.kgEquivalent])).toEqual([
      ['heroin', 'g', 1250, 1.25],
      ['synthetic_pills', 'kg', 2.5, 2.5],
      ['synthetic_pills', 'g', 500, 0.5],
      ['synthetic_pills', 'pills', 520_305, null],
      ['cannabis', 'plants', 300, null],
    ]);
    const pills = summarizeSubstances(groups).find((s) => s.substance === 'synthetic_pills');
    expect(pills).toEqual({
      substance: 'synthetic_pills',
      kgEquivalent: 3,
      unconverted: [{ unit: 'pills', amount: 520_305 }],
    });
  });

  it('gives no kilogram equivalent to a substance counted only in units without a conversion', () => {
    expect(summarizeSubstances(groups).find((s) => s.substance === 'cannabis')).toEqual({
      substance: 'cannabis',
      kgEquivalent: null,
      unconverted: [{ unit: 'plants', amount: 300 }],
    });
  });
});
