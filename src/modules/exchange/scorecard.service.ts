import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { getAgency } from '../agencies/index.ts';
import { findAgreement, listPartyAgencyIds } from '../agreements/index.ts';
import type { Scorecard } from './exchange.schemas.ts';
import { REQUEST_KINDS } from './exchange.tables.ts';

const REGISTRY_KINDS = ['ministry', 'department'];

type Figures = {
  messages: string;
  requests_sent: string;
  requests_answered: string;
  answered_on_time: string;
  overdue: string;
  median_hours: number | string | null;
  items: string;
  out_of_band: string;
};

/**
 * The exchange figures of an agreement over a period (UTC days, `until` excluded), for its review conference: every
 * message between two of its parties (not stated as sent under another agreement), per recipient; requests sent,
 * answered, answered by their deadline (or with none), gone overdue; the median time to answer in hours; the
 * information items exchanged (records referenced and files attached, per message); out-of-band entries. For the
 * parties and the registry (Ministry, Department); 404 for an agreement that does not exist, 403 for others.
 */
export const agreementScorecard = async (
  ctx: RequestContext,
  agreementId: string,
  period: { from: string; until: string },
): Promise<Scorecard> => {
  if (!(await findAgreement(ctx.db, agreementId))) throw new AppError('not_found', 'No such agreement');
  const parties = await listPartyAgencyIds(ctx.db, agreementId);
  const actor = requireActor(ctx);
  const own = await getAgency(ctx.db, actor.agencyId);
  if (!parties.includes(actor.agencyId) && !REGISTRY_KINDS.includes(own.kind)) {
    throw new AppError('forbidden', 'Only the parties and the registry read an agreement’s figures');
  }
  if (period.until <= period.from) {
    throw new AppError('invalid_period', 'The period ends before it starts', {
      errors: [{ path: 'until', code: 'invalid_period', message: 'until must come after from' }],
    });
  }
  const partyList = sql.join(
    parties.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const requests = sql.join(
    REQUEST_KINDS.map((k) => sql`${k}`),
    sql`, `,
  );
  const [row] = await queryRows<Figures>(
    ctx.db,
    sql`with exchanged as (
        select m.id, m.kind, m.out_of_band, coalesce(m.occurred_at, m.created_at) as made_at, r.deadline_at,
          r.answered_at, r.overdue_at
        from message_recipients r join messages m on m.id = r.message_id
        where ${parties.length > 0 ? sql`r.sender_agency_id in (${partyList}) and r.recipient_agency_id in (${partyList})` : sql`false`}
          and (m.agreement_id is null or m.agreement_id = ${agreementId})
          and coalesce(m.occurred_at, m.created_at) >= ${`${period.from}T00:00:00Z`}::timestamptz
          and coalesce(m.occurred_at, m.created_at) < ${`${period.until}T00:00:00Z`}::timestamptz)
      select count(*) as messages,
        count(*) filter (where kind in (${requests})) as requests_sent,
        count(*) filter (where kind in (${requests}) and answered_at is not null) as requests_answered,
        count(*) filter (where kind in (${requests}) and answered_at is not null
          and (deadline_at is null or answered_at <= deadline_at)) as answered_on_time,
        count(*) filter (where kind in (${requests}) and overdue_at is not null) as overdue,
        percentile_cont(0.5) within group (order by extract(epoch from answered_at - made_at) / 3600.0)
          filter (where kind in (${requests}) and answered_at is not null) as median_hours,
        (select count(*) from message_references x where x.message_id in (select id from exchanged))
          + (select count(*) from message_attachments x where x.message_id in (select id from exchanged)) as items,
        count(*) filter (where out_of_band) as out_of_band
      from exchanged`,
  );
  const median =
    row?.median_hours === null || row?.median_hours === undefined ? null : Number(row.median_hours);
  return {
    agreementId,
    from: period.from,
    until: period.until,
    messages: Number(row?.messages ?? 0),
    requestsSent: Number(row?.requests_sent ?? 0),
    requestsAnswered: Number(row?.requests_answered ?? 0),
    answeredOnTime: Number(row?.answered_on_time ?? 0),
    overdue: Number(row?.overdue ?? 0),
    medianAnswerHours: median === null ? null : Math.round(median * 100) / 100,
    itemsExchanged: Number(row?.items ?? 0),
    outOfBand: Number(row?.out_of_band ?? 0),
  };
};
