import { v7 as uuidv7 } from 'uuid';
import { insertRowsAsJson } from '../db/bulk-insert.ts';
import type { Db } from '../db/connect.ts';
import { outboxEvents } from './outbox.tables.ts';

export type OutboxEvent = {
  eventType: string;
  aggregateType: string;
  aggregateId: string;
  ownerAgencyId: string | null;
  payload: Record<string, unknown>;
};

/** Writes a domain event in the caller's transaction, so the event exists exactly when the change does. */
export const writeOutboxEvent = async (trx: Db, event: OutboxEvent, at: Date): Promise<string> => {
  const id = uuidv7();
  await trx.insert(outboxEvents).values({ id, ...event, createdAt: at });
  return id;
};

/** Writes many domain events in one statement in the caller's transaction (a bulk import's batch). */
export const writeOutboxEvents = async (trx: Db, events: readonly OutboxEvent[], at: Date): Promise<void> => {
  if (events.length === 0) return;
  await insertRowsAsJson(
    trx,
    outboxEvents,
    events.map((event) => ({ id: uuidv7(), ...event, createdAt: at })),
  );
};
