import { v7 as uuidv7 } from 'uuid';
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
