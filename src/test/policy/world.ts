import fc from 'fast-check';

// A random world for the sharing-policy test: agencies (the last one foreign), users, agreements, records and
// shares, as indexes into each other; `policy-world-db.ts` writes it, `reference-policy.ts` judges it.

export const AGENCY_COUNT = 6;
export const USER_COUNT = 60;
export const RECORD_COUNT = 3000;
export const ZONE_COUNT = 8;

export const CLASSES = ['none', 'MAT', 'TOI_MAT', 'TUYET_MAT'] as const;
export const HANDLINGS = ['H0', 'H1', 'H2', 'H3'] as const;
export const DOMAINS = ['drugs', 'criminal', 'economic'] as const;
export const STATUSES = ['draft', 'signed', 'in_force', 'suspended', 'expired', 'superseded'] as const;
export const LEVELS = ['pointer', 'summary', 'full'] as const;
export const PERSON_ROLES = ['suspect', 'offender', 'wanted', 'drug_dependent_managed', 'associate'] as const;
export const USER_ROLES = [
  'administrator',
  'commander',
  'liaison_officer',
  'investigator',
  'analyst',
  'read_only',
] as const;

export type WorldUser = {
  agency: number;
  roles: (typeof USER_ROLES)[number][];
  clearance: (typeof CLASSES)[number];
};
export type WorldAgreement = {
  parties: number[];
  status: (typeof STATUSES)[number];
  domains: (typeof DOMAINS)[number][];
  from: string | null;
  until: string | null;
  zones: number[];
  obligations: { agency: number | null; kind: 'persons' | 'cases'; level: (typeof LEVELS)[number] }[];
};
export type WorldRecord = {
  owner: number;
  classification: (typeof CLASSES)[number];
  handling: (typeof HANDLINGS)[number];
  releasable: boolean;
  domain: (typeof DOMAINS)[number];
  recordedOn: string;
  zones: number[];
  roles: (typeof PERSON_ROLES)[number][];
};
export type WorldShare = {
  record: number;
  recipient: number;
  forwarder: number | null;
  level: (typeof LEVELS)[number];
  expires: 'never' | 'past' | 'future';
  revoked: boolean;
};
export type World = {
  users: WorldUser[];
  agreements: WorldAgreement[];
  records: WorldRecord[];
  shares: WorldShare[];
};

const DAY0 = Date.UTC(2020, 0, 1);
const day = fc
  .integer({ min: 0, max: 7 * 365 })
  .map((n) => new Date(DAY0 + n * 86_400_000).toISOString().slice(0, 10));
const agencyIndex = fc.integer({ min: 0, max: AGENCY_COUNT - 1 });
const zones = (max: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: ZONE_COUNT - 1 }), { maxLength: max });
const subset = <T>(values: readonly T[], minLength = 0) => fc.subarray([...values], { minLength });
const weighted = <T>(common: T, rare: readonly T[]) =>
  fc.oneof({ arbitrary: fc.constant(common), weight: 3 }, { arbitrary: fc.constantFrom(...rare), weight: 2 });

const user = (agency: number) =>
  fc.record({
    agency: fc.constant(agency),
    roles: subset(USER_ROLES, 1),
    clearance: fc.constantFrom(...CLASSES),
  });

const agreement: fc.Arbitrary<WorldAgreement> = fc.record({
  parties: fc.uniqueArray(agencyIndex, { minLength: 2, maxLength: 4 }),
  status: fc.constantFrom(...STATUSES),
  domains: subset(DOMAINS, 1),
  from: fc.option(day, { freq: 4 }),
  until: fc.option(day, { freq: 2 }),
  zones: zones(3),
  obligations: fc.array(
    fc.record({
      agency: fc.option(agencyIndex, { freq: 2 }),
      kind: fc.constantFrom('persons' as const, 'cases' as const),
      level: fc.constantFrom(...LEVELS),
    }),
    { maxLength: 3 },
  ),
});

const record: fc.Arbitrary<WorldRecord> = fc.record({
  owner: agencyIndex,
  classification: weighted('none' as const, CLASSES.slice(1)),
  handling: fc.constantFrom(...HANDLINGS),
  releasable: fc.boolean(),
  domain: fc.constantFrom(...DOMAINS),
  recordedOn: day,
  zones: zones(2),
  roles: subset(PERSON_ROLES),
});

const share: fc.Arbitrary<WorldShare> = fc.record({
  record: fc.integer({ min: 0, max: RECORD_COUNT - 1 }),
  recipient: agencyIndex,
  forwarder: fc.option(agencyIndex, { freq: 3 }),
  level: fc.constantFrom(...LEVELS),
  expires: weighted('never' as const, ['past', 'future'] as const),
  revoked: weighted(false, [true]),
});

/** Every user's agency is fixed (user i works at agency i mod 6) so each agency, the foreign one too, has ten. */
export const worldArbitrary: fc.Arbitrary<World> = fc.record({
  users: fc.tuple(...Array.from({ length: USER_COUNT }, (_, i) => user(i % AGENCY_COUNT))),
  agreements: fc.array(agreement, { minLength: 10, maxLength: 10 }),
  records: fc.array(record, { minLength: RECORD_COUNT, maxLength: RECORD_COUNT }),
  shares: fc.array(share, { minLength: 1500, maxLength: 1500 }),
});

/** The one world of a seed. */
export const worldOf = (seed: number): World => {
  const [world] = fc.sample(worldArbitrary, { seed, numRuns: 1 });
  if (!world) throw new Error('no world');
  return world;
};
