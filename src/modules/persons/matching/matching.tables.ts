import { doublePrecision, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { utcTimestamp } from '../../../db/columns.ts';
import type { PairExplanation } from './pair-score.ts';

export const MATCH_STATUSES = ['possible', 'confirmed', 'rejected'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/**
 * "Possible same person" links found for one agency between a record it holds and a record it may see. Nothing is
 * merged: a user of that agency confirms or rejects the link, and the decision stays on the link.
 */
export const personMatches = pgTable(
  'person_matches',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    personId: uuid('person_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    score: doublePrecision('score').notNull(),
    explanation: jsonb('explanation').$type<PairExplanation>().notNull(),
    status: text('status', { enum: MATCH_STATUSES }).notNull().default('possible'),
    foundAt: utcTimestamp('found_at').notNull(),
    decidedAt: utcTimestamp('decided_at'),
    decidedBy: uuid('decided_by'),
    decisionNote: text('decision_note'),
  },
  (t) => [
    uniqueIndex('person_matches_pair_key').on(t.agencyId, t.personId, t.candidateId),
    index('person_matches_candidate_idx').on(t.agencyId, t.candidateId),
  ],
);

export type PersonMatchRow = typeof personMatches.$inferSelect;
