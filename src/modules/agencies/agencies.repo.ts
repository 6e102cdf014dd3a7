import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { agencies } from './agencies.tables.ts';

export type AgencyRow = typeof agencies.$inferSelect;
export type NewAgency = typeof agencies.$inferInsert;

export const findAgencyById = (db: Db, id: string): Promise<AgencyRow | undefined> =>
  db
    .select()
    .from(agencies)
    .where(eq(agencies.id, id))
    .then((rows) => rows[0]);

export const findAgencyByCode = (db: Db, code: string): Promise<AgencyRow | undefined> =>
  db
    .select()
    .from(agencies)
    .where(eq(agencies.code, code))
    .then((rows) => rows[0]);

export const insertAgency = (db: Db, agency: NewAgency): Promise<AgencyRow> =>
  db
    .insert(agencies)
    .values(agency)
    .returning()
    .then((rows) => rows[0] as AgencyRow);
