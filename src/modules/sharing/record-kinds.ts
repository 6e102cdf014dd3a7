import { and, eq, inArray } from 'drizzle-orm';
import type { Classification, HandlingCode } from '../../db/columns.ts';
import type { Db } from '../../db/connect.ts';
import type { CrimeDomain } from '../agreements/index.ts';
import { cases } from '../cases/cases.tables.ts';
import { specialOperations } from '../cases/operations/operations.tables.ts';
import { seizures } from '../cases/seizures/seizures.tables.ts';
import { hotspots } from '../hotspots/hotspots.tables.ts';
import { persons } from '../persons/persons.tables.ts';
import { type AccessLevel, levelOfRank } from './levels.ts';
import { accessRank, type Viewer, visibleTo } from './visibility.ts';

/** The shared record tables built so far, by kind; every other kind joins here when its module lands. */
export const SHARED_TABLES = { persons, hotspots, cases, seizures, operations: specialOperations } as const;
export type BuiltRecordKind = keyof typeof SHARED_TABLES;
export const BUILT_RECORD_KINDS = Object.keys(SHARED_TABLES) as [BuiltRecordKind, ...BuiltRecordKind[]];

/** What the policy knows of one record. */
export type RecordFacts = {
  kind: BuiltRecordKind;
  id: string;
  ownerAgencyId: string;
  classification: Classification;
  handlingCode: HandlingCode;
  releasableToForeign: boolean;
  crimeDomain: CrimeDomain;
  recordedOn: string;
  zoneIds: string[];
};

/** A record's policy facts and the level at which the viewer reads it, in one query; undefined when there is no such record. */
export const findRecordAccess = async (
  db: Db,
  viewer: Viewer,
  kind: BuiltRecordKind,
  id: string,
): Promise<{ facts: RecordFacts; level: AccessLevel } | undefined> => {
  const table = SHARED_TABLES[kind];
  const rows = await db
    .select({
      id: table.id,
      ownerAgencyId: table.ownerAgencyId,
      classification: table.classification,
      handlingCode: table.handlingCode,
      releasableToForeign: table.releasableToForeign,
      crimeDomain: table.crimeDomain,
      recordedOn: table.recordedOn,
      zoneIds: table.zoneIds,
      rank: accessRank(viewer, table, kind),
    })
    .from(table)
    .where(eq(table.id, id));
  const row = rows[0];
  if (!row) return undefined;
  const { rank, ...facts } = row;
  return { facts: { kind, ...facts }, level: levelOfRank(Number(rank)) };
};

/** The level at which the viewer reads each of these records of one kind (records it may not see are left out). */
export const mapRecordLevels = async (
  db: Db,
  viewer: Viewer,
  kind: BuiltRecordKind,
  ids: readonly string[],
): Promise<Map<string, Exclude<AccessLevel, 'none'>>> => {
  if (ids.length === 0) return new Map();
  const table = SHARED_TABLES[kind];
  const rows = await db
    .select({ id: table.id, rank: accessRank(viewer, table, kind) })
    .from(table)
    .where(and(inArray(table.id, [...ids]), visibleTo(viewer, table, kind)));
  return new Map(rows.map((row) => [row.id, levelOfRank(Number(row.rank)) as Exclude<AccessLevel, 'none'>]));
};

/** Whether a kind of record has its table here (the policy can say who reads it). */
export const isBuiltRecordKind = (kind: string): kind is BuiltRecordKind => kind in SHARED_TABLES;
