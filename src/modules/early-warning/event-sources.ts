import { and, eq, gte, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { cases } from '../cases/cases.tables.ts';
import { hotspots } from '../hotspots/hotspots.tables.ts';
import type { AlertEvent } from './alerts.tables.ts';

/** An event the early warning clusters: a record with a point and the day it speaks of. */
export type WarningEvent = AlertEvent & { lat: number; lon: number };

/** Reads every event of one kind of record, in the drug domain, since a day (the system reads all: no viewer). */
export type EventSource = (db: Db, sinceDay: string) => Promise<WarningEvent[]>;

/** Reports of drug points and hotspots, on the day they were recorded. */
const hotspotReports: EventSource = async (db, sinceDay) =>
  (
    await db
      .select({
        id: hotspots.id,
        ownerAgencyId: hotspots.ownerAgencyId,
        day: hotspots.recordedOn,
        lat: hotspots.lat,
        lon: hotspots.lon,
      })
      .from(hotspots)
      .where(and(eq(hotspots.crimeDomain, 'drugs'), gte(hotspots.recordedOn, sinceDay)))
  ).map((row) => ({ kind: 'hotspots', ...row }));

/** Cases and incidents placed on a point, on the day they occurred. */
const placedCases: EventSource = async (db, sinceDay) =>
  (
    await db
      .select({
        id: cases.id,
        ownerAgencyId: cases.ownerAgencyId,
        day: cases.occurredOn,
        lat: cases.lat,
        lon: cases.lon,
      })
      .from(cases)
      .where(
        and(
          eq(cases.crimeDomain, 'drugs'),
          gte(cases.occurredOn, sinceDay),
          isNotNull(cases.lat),
          isNotNull(cases.lon),
        ),
      )
  ).map((row) => ({ kind: 'cases', ...row, lat: row.lat as number, lon: row.lon as number }));

/** The records the early warning clusters; each kind with a place and a day joins here. */
export const EVENT_SOURCES: EventSource[] = [hotspotReports, placedCases];

/** Every event since a day, from every source. */
export const loadWarningEvents = async (db: Db, sinceDay: string): Promise<WarningEvent[]> =>
  (await Promise.all(EVENT_SOURCES.map((source) => source(db, sinceDay)))).flat();
