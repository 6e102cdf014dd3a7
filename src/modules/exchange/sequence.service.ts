import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';

/** The most missing numbers one pair lists; beyond that the count says enough. */
const MAX_LISTED_GAPS = 1000;

export type PairReport = { senderAgencyId: string; lastSeq: number; received: number; missing: number[] };

/**
 * For each agency that has written to the actor's agency (or the one asked), the last sequence number it gave, how
 * many numbered messages are here, and the numbers that are not: a recipient's proof that nothing is missing
 * (`missing` empty and `received` = `lastSeq`). Classified messages count like the others: the proof is the
 * agency's, whatever each user may open.
 */
export const checkSequences = async (
  ctx: RequestContext,
  senderAgencyId: string | undefined,
): Promise<PairReport[]> => {
  const recipient = requireActor(ctx).agencyId;
  const sender = senderAgencyId ? sql`and s.sender_agency_id = ${senderAgencyId}` : sql``;
  const rows = await queryRows<{
    sender: string;
    last_seq: string;
    received: string;
    missing: number[] | null;
  }>(
    ctx.db,
    sql`select s.sender_agency_id as sender, s.last_seq,
        (select count(*) from message_recipients r
          where r.sender_agency_id = s.sender_agency_id and r.recipient_agency_id = s.recipient_agency_id
            and r.seq is not null) as received,
        (select array_agg(g.n order by g.n) from (
          select n from generate_series(1::bigint, s.last_seq) n
          where not exists (select 1 from message_recipients r
            where r.sender_agency_id = s.sender_agency_id and r.recipient_agency_id = s.recipient_agency_id and r.seq = n)
          limit ${MAX_LISTED_GAPS}) g) as missing
      from message_sequences s
      where s.recipient_agency_id = ${recipient} ${sender}
      order by s.sender_agency_id`,
  );
  return rows.map((r) => ({
    senderAgencyId: r.sender,
    lastSeq: Number(r.last_seq),
    received: Number(r.received),
    missing: (r.missing ?? []).map(Number),
  }));
};
