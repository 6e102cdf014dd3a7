import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { geoBorderZoneMembers, geoBorderZones } from './zones.tables.ts';

export type ZoneRow = typeof geoBorderZones.$inferSelect;
export type NewZone = typeof geoBorderZones.$inferInsert;
export type ZoneMemberRow = typeof geoBorderZoneMembers.$inferSelect;
export type NewZoneMember = typeof geoBorderZoneMembers.$inferInsert;

export const insertZone = (db: Db, zone: NewZone): Promise<ZoneRow> =>
  db
    .insert(geoBorderZones)
    .values(zone)
    .returning()
    .then((rows) => rows[0] as ZoneRow);

export const insertZoneMembers = async (db: Db, members: NewZoneMember[]): Promise<void> => {
  if (members.length > 0) {
    await db.insert(geoBorderZoneMembers).values(members);
  }
};

export const findZoneRow = (db: Db, id: string): Promise<ZoneRow | undefined> =>
  db
    .select()
    .from(geoBorderZones)
    .where(eq(geoBorderZones.id, id))
    .then((rows) => rows[0]);

export const listZoneRows = (db: Db): Promise<ZoneRow[]> => db.select().from(geoBorderZones);

export const listZoneMemberRows = (db: Db, zoneIds: string[]): Promise<ZoneMemberRow[]> =>
  zoneIds.length === 0
    ? Promise.resolve([])
    : db.select().from(geoBorderZoneMembers).where(inArray(geoBorderZoneMembers.zoneId, zoneIds));

/** Updates a zone only at the version the caller saw; undefined means someone changed it first. */
export const updateZoneAtVersion = (db: Db, id: string, version: number, changes: Partial<NewZone>) =>
  db
    .update(geoBorderZones)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(geoBorderZones.id, id), eq(geoBorderZones.version, version)))
    .returning()
    .then((rows) => rows[0]);

export const deleteZoneAtVersion = (db: Db, id: string, version: number) =>
  db
    .delete(geoBorderZones)
    .where(and(eq(geoBorderZones.id, id), eq(geoBorderZones.version, version)))
    .returning({ id: geoBorderZones.id })
    .then((rows) => rows[0]);
