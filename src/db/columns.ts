import { customType, date, integer, timestamp, uuid } from 'drizzle-orm/pg-core';

export const CLASSIFICATIONS = ['none', 'MAT', 'TOI_MAT', 'TUYET_MAT'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;
export type HandlingCode = (typeof HANDLING_CODES)[number];

export const utcTimestamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A calendar day as a `YYYY-MM-DD` string, for valid-time periods (half-open: the end is the first day that no longer holds). */
export const calendarDay = (name: string) => date(name, { mode: 'string' });

/** Stamps every table carries: who made and last changed the row, when, and its version for optimistic concurrency. */
export const stampColumns = () => ({
  createdAt: utcTimestamp('created_at').notNull(),
  createdBy: uuid('created_by'),
  updatedAt: utcTimestamp('updated_at').notNull(),
  updatedBy: uuid('updated_by'),
  version: integer('version').notNull().default(1),
});

/** Raw bytes (`bytea`) as a Buffer on both engines: PGlite hands back a Uint8Array, node-postgres a Buffer. */
export const bytes = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
  toDriver: (value) => value,
});
