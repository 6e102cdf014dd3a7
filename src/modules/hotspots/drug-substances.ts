/**
 * The drug substances a hotspot deals in and a seizure records, one list for both (the seizures of the cases module
 * reuse these names): heroin, crystal methamphetamine ("ma túy đá"), synthetic pills ("thuốc lắc", "hồng phiến"),
 * cannabis, opium, ketamine, cocaine, precursors ("tiền chất") and other.
 */
export const DRUG_SUBSTANCES = [
  'heroin',
  'methamphetamine_crystal',
  'synthetic_pills',
  'cannabis',
  'opium',
  'ketamine',
  'cocaine',
  'precursors',
  'other',
] as const;
export type DrugSubstance = (typeof DRUG_SUBSTANCES)[number];
