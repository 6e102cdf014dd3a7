import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../../db/connect.ts';
import { type RequestContext, requireActor } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { appendAudit } from '../../audit/index.ts';
import {
  type AccessLevel,
  accessRank,
  levelOfRank,
  readRecordAccess,
  type Viewer,
  viewerOf,
  visibleTo,
} from '../../sharing/index.ts';
import { auditPersonsRead } from '../person-read-audit.ts';
import { type PersonRow, persons } from '../persons.tables.ts';
import { type PersonMatchRow, personMatches } from './matching.tables.ts';
import { POSSIBLE_MATCH_THRESHOLD, scorePair } from './pair-score.ts';

/** How many name-alike records are scored for one person. */
const CANDIDATES = 50;

/**
 * Finds, among the records the viewer may see (a pointer is enough: a possible match then tells only that the
 * other agency holds a record), those that may be the same person as `person`, and records each pair at or above
 * the threshold as a possible match for the viewer's agency; a pair already decided keeps its decision.
 */
export const detectMatches = async (db: Db, viewer: Viewer, person: PersonRow, at: Date): Promise<number> => {
  const names = [person.nameFolded, ...person.aliasesFolded].filter((n) => n.length > 0);
  const alike = or(
    ...names.map((n) => sql`${persons.nameFolded} % ${n}`),
    ...names.map((n) => sql`${persons.aliasesText} % ${n}`),
    ...(person.idNumbers.length > 0
      ? [sql`${persons.idNumbers} && ${sql.param(person.idNumbers)}::text[]`]
      : []),
  );
  const candidates = await db
    .select()
    .from(persons)
    .where(and(ne(persons.id, person.id), alike, visibleTo(viewer, persons, 'persons')))
    .limit(CANDIDATES);
  let found = 0;
  for (const candidate of candidates) {
    const { score, explanation } = scorePair(person, candidate);
    if (score < POSSIBLE_MATCH_THRESHOLD) continue;
    found++;
    await db
      .insert(personMatches)
      .values({
        id: uuidv7(),
        agencyId: viewer.agencyId,
        personId: person.id,
        candidateId: candidate.id,
        score,
        explanation,
        foundAt: at,
      })
      .onConflictDoUpdate({
        target: [personMatches.agencyId, personMatches.personId, personMatches.candidateId],
        set: { score, explanation, foundAt: at },
        setWhere: eq(personMatches.status, 'possible'),
      });
  }
  return found;
};

/** Matching as an agency's batch sees it: its most cleared users' view (links are still filtered per user on read). */
export const agencyViewer = (agencyId: string, foreign: boolean, now: Date): Viewer => ({
  agencyId,
  foreign,
  clearance: 'TUYET_MAT',
  now,
});

export type MatchView = { match: PersonMatchRow; other: PersonRow; otherLevel: Exclude<AccessLevel, 'none'> };

/**
 * The possible matches of the actor's agency that involve a person the actor reads, each with the other record at
 * the level the actor reads it now (links to records the actor can no longer see are left out).
 */
export const listPersonMatches = async (ctx: RequestContext, personId: string): Promise<MatchView[]> => {
  const db = ctx.db;
  await readRecordAccess(ctx, db, 'persons', personId);
  const viewer = await viewerOf(db, requireActor(ctx), ctx.clock());
  const links = await db
    .select()
    .from(personMatches)
    .where(
      and(
        eq(personMatches.agencyId, viewer.agencyId),
        or(eq(personMatches.personId, personId), eq(personMatches.candidateId, personId)),
      ),
    );
  const otherOf = (match: PersonMatchRow) =>
    match.personId === personId ? match.candidateId : match.personId;
  const others =
    links.length === 0
      ? []
      : await db
          .select({ person: persons, rank: accessRank(viewer, persons, 'persons') })
          .from(persons)
          .where(and(inArray(persons.id, links.map(otherOf)), visibleTo(viewer, persons, 'persons')));
  const byId = new Map(others.map((row) => [row.person.id, row]));
  const views = links.flatMap((match) => {
    const row = byId.get(otherOf(match));
    return row
      ? [{ match, other: row.person, otherLevel: levelOfRank(Number(row.rank)) as MatchView['otherLevel'] }]
      : [];
  });
  await auditPersonsRead(
    ctx,
    views.map((view) => view.other),
    { detail: 'persons.matches' },
  );
  return views.sort((a, b) => b.match.score - a.match.score);
};

/** A user of the agency the match was found for confirms or rejects it; the decision is audited. */
export const decideMatch = (
  ctx: RequestContext,
  matchId: string,
  decision: { status: 'confirmed' | 'rejected'; note?: string | undefined },
): Promise<PersonMatchRow> =>
  withTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    const at = ctx.clock();
    const [match] = await trx
      .update(personMatches)
      .set({
        status: decision.status,
        decidedAt: at,
        decidedBy: actor.userId,
        decisionNote: decision.note ?? null,
      })
      .where(and(eq(personMatches.id, matchId), eq(personMatches.agencyId, actor.agencyId)))
      .returning();
    if (!match) throw new AppError('not_found', 'No such match');
    await appendAudit(
      trx,
      ctx.audit,
      {
        action: 'review',
        outcome: 'allow',
        objectType: 'person_match',
        objectIds: [match.id, match.personId, match.candidateId],
        justification: decision.note ?? null,
        detail: `person.match_${decision.status}`,
      },
      at,
    );
    return match;
  });
