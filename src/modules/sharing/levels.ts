import { type SQL, sql } from 'drizzle-orm';

/**
 * The levels at which a record reaches another agency, lowest first: `pointer` tells only that the owner holds a
 * matching record and whom to contact, `summary` the record kind's summary fields, `full` everything. `none` is
 * below them all: the record does not exist for that viewer.
 */
export const SHARING_LEVELS = ['pointer', 'summary', 'full'] as const;
export type SharingLevel = (typeof SHARING_LEVELS)[number];
export type AccessLevel = 'none' | SharingLevel;

/** The rank of a level: none 0, pointer 1, summary 2, full 3 (what the SQL of the policy computes). */
export const levelRank = (level: AccessLevel): number =>
  level === 'none' ? 0 : SHARING_LEVELS.indexOf(level) + 1;

/** `levelRank` in SQL, for a column or expression holding a sharing level. */
export const levelRankSql = (level: SQL): SQL<number> =>
  sql<number>`(case ${level} when 'pointer' then 1 when 'summary' then 2 else 3 end)`;

/** The level of a rank computed by the policy's SQL. */
export const levelOfRank = (rank: number): AccessLevel =>
  rank <= 0 ? 'none' : (SHARING_LEVELS[rank - 1] ?? 'full');

/**
 * The kinds of shared records, each with its own table; agreements' obligations name them too, all but `operations`:
 * a special operation is never placed in a zone, so no agreement covers one (docs/cases.md).
 */
export const SHARED_RECORD_KINDS = [
  'persons',
  'hotspots',
  'cases',
  'seizures',
  'alerts',
  'operations',
] as const;
export type SharedRecordKind = (typeof SHARED_RECORD_KINDS)[number];

/** The kinds an agreement's obligations may name. */
export const AGREEMENT_RECORD_KINDS = ['persons', 'hotspots', 'cases', 'seizures', 'alerts'] as const;

/** Europol's source reliability (A no doubt … C mostly unreliable, X cannot be assessed). */
export const SOURCE_RELIABILITIES = ['A', 'B', 'C', 'X'] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITIES)[number];

/** Europol's information accuracy (1 not in doubt … 4 not known to the source and not corroborated). */
export const INFORMATION_ACCURACIES = ['1', '2', '3', '4'] as const;
export type InformationAccuracy = (typeof INFORMATION_ACCURACIES)[number];
