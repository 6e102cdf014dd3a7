import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import type { HistoryEntry } from '../audit/index.ts';
import { presentAgencySummary } from './agencies.presenter.ts';
import { AgencySummary } from './agencies.schemas.ts';
import { mapAgenciesById } from './agencies.service.ts';
import { dayOf } from './periods.ts';

/** One change of an object as its history page shows it. */
export const HistoryItem = z.object({
  at: z.iso.datetime(),
  action: z.string(),
  /** The change, e.g. `agreement.sign`, `person.updated`, `person.linked`. */
  event: z.string().nullable(),
  /** The agency whose user made the change; null for the system (the demo seed, the CLI). */
  agency: AgencySummary.nullable(),
  /** The agency a share or forward went to. */
  receivingAgency: AgencySummary.nullable(),
  /** The purpose or reason given with the change, when one was asked for. */
  justification: z.string().nullable(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

/** Audit-log history entries with their agencies, each agency loaded once. */
export const presentHistory = async (db: Db, entries: HistoryEntry[], now: Date): Promise<HistoryItem[]> => {
  const agencies = await mapAgenciesById(
    db,
    entries.flatMap((e) => [e.actorAgencyId, e.receivingAgencyId].filter((id): id is string => id !== null)),
  );
  const day = dayOf(now);
  const summary = (id: string | null) => {
    const agency = id ? agencies.get(id) : undefined;
    return agency ? presentAgencySummary(agency, day) : null;
  };
  return entries.map((entry) => ({
    at: entry.at.toISOString(),
    action: entry.action,
    event: entry.event,
    agency: summary(entry.actorAgencyId),
    receivingAgency: summary(entry.receivingAgencyId),
    justification: entry.justification,
  }));
};
