import {
  KG_PER_UNIT,
  kgEquivalentOf,
  QUANTITY_UNITS,
  type QuantityUnit,
  SUBSTANCES,
  type Substance,
} from './substances.ts';

/** One group of the totals query: the seizures of one substance in one unit, and their summed quantity. */
export type AmountGroup = { substance: Substance; unit: QuantityUnit; seizures: number; amount: number };

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The groups in a stable order (by the lists of substances and units), each with its kilogram equivalent or null. */
export const presentAmounts = (groups: readonly AmountGroup[]) =>
  [...groups]
    .sort(
      (a, b) =>
        SUBSTANCES.indexOf(a.substance) - SUBSTANCES.indexOf(b.substance) ||
        QUANTITY_UNITS.indexOf(a.unit) - QUANTITY_UNITS.indexOf(b.unit),
    )
    .map((g) => ({ ...g, amount: round(g.amount), kgEquivalent: kgEquivalentOf(g.amount, g.unit) }));

/**
 * Per substance: the kilogram equivalent of its weighed amounts only (null when none has a conversion), and every
 * amount in a unit without one, listed apart by unit. Kilograms and pills are never added together. Pure.
 */
export const summarizeSubstances = (groups: readonly AmountGroup[]) => {
  const bySubstance = new Map<Substance, AmountGroup[]>();
  for (const group of groups)
    bySubstance.set(group.substance, [...(bySubstance.get(group.substance) ?? []), group]);
  return SUBSTANCES.flatMap((substance) => {
    const own = bySubstance.get(substance);
    if (!own) return [];
    const weighed = own.filter((g) => KG_PER_UNIT[g.unit] !== null);
    const kg = weighed.reduce((sum, g) => sum + (kgEquivalentOf(g.amount, g.unit) ?? 0), 0);
    const unconverted = QUANTITY_UNITS.flatMap((unit) => {
      if (KG_PER_UNIT[unit] !== null) return [];
      const amount = own.filter((g) => g.unit === unit).reduce((sum, g) => sum + g.amount, 0);
      return own.some((g) => g.unit === unit) ? [{ unit, amount: round(amount) }] : [];
    });
    return [{ substance, kgEquivalent: weighed.length > 0 ? round(kg) : null, unconverted }];
  });
};

/** The documented conversions, stated with every totals answer so the reader sees what was converted. */
export const CONVERSIONS = QUANTITY_UNITS.map((unit) => ({ unit, kgPerUnit: KG_PER_UNIT[unit] }));
