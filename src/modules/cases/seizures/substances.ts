/**
 * What a seizure of drugs records: the substance, and a quantity in a unit that fits it. Units are never mixed:
 * a total is kept per substance and unit, and a kilogram equivalent exists only where a conversion is documented
 * (docs/seizures.md): grams to kilograms. Pills, plants and litres have no mass without a laboratory weighing, so
 * they have none.
 */
export const SUBSTANCES = [
  'heroin',
  'methamphetamine',
  'synthetic_pills',
  'cannabis',
  'opium',
  'ketamine',
  'cocaine',
  'precursors',
  'other',
] as const;
export type Substance = (typeof SUBSTANCES)[number];

export const QUANTITY_UNITS = ['kg', 'g', 'pills', 'plants', 'litres'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

/**
 * The units each substance may be counted in: pills only for synthetic drug pills, plants only for cannabis and the
 * opium poppy, litres only for (liquid) precursors and other substances; every substance may be weighed.
 */
export const ALLOWED_UNITS: Record<Substance, readonly QuantityUnit[]> = {
  heroin: ['kg', 'g'],
  methamphetamine: ['kg', 'g'],
  synthetic_pills: ['pills', 'kg', 'g'],
  cannabis: ['kg', 'g', 'plants'],
  opium: ['kg', 'g', 'plants'],
  ketamine: ['kg', 'g'],
  cocaine: ['kg', 'g'],
  precursors: ['kg', 'g', 'litres'],
  other: ['kg', 'g', 'litres'],
};

/**
 * The largest quantity one seizure may state in each unit; above it the figure is a typing error (a seizure of
 * 10^9 kg). Generous: the largest drug seizures reported in the region are a few tonnes, a few million pills.
 */
export const MAX_QUANTITY: Record<QuantityUnit, number> = {
  kg: 20_000,
  g: 1_000_000,
  pills: 50_000_000,
  plants: 10_000_000,
  litres: 100_000,
};

/** Units counted in whole items: a quantity in them is an integer. */
const COUNTED_UNITS: readonly QuantityUnit[] = ['pills', 'plants'];

/** Kilograms per unit, only where the conversion is exact (docs/seizures.md); null where there is none. */
export const KG_PER_UNIT: Record<QuantityUnit, number | null> = {
  kg: 1,
  g: 0.001,
  pills: null,
  plants: null,
  litres: null,
};

export type QuantityFault = 'unit_not_allowed' | 'quantity_out_of_range';

/** Why a quantity in a unit does not fit a substance, or undefined when it does (stored to the gram, 3 decimals). Pure. */
export const checkQuantity = (
  substance: Substance,
  quantity: number,
  unit: QuantityUnit,
): QuantityFault | undefined => {
  if (!ALLOWED_UNITS[substance].includes(unit)) return 'unit_not_allowed';
  if (!Number.isFinite(quantity) || quantity <= 0 || quantity > MAX_QUANTITY[unit]) {
    return 'quantity_out_of_range';
  }
  if (COUNTED_UNITS.includes(unit) && !Number.isInteger(quantity)) return 'quantity_out_of_range';
  return undefined;
};

/** The kilogram equivalent of an amount, or null when its unit has no documented conversion. Pure. */
export const kgEquivalentOf = (amount: number, unit: QuantityUnit): number | null => {
  const factor = KG_PER_UNIT[unit];
  return factor === null ? null : Math.round(amount * factor * 1000) / 1000;
};
