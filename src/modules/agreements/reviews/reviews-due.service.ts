import { type RequestContext, requireActor } from '../../../http/context.ts';
import { dayOf } from '../../agencies/index.ts';
import { listAgreementRows, listReviewRows } from '../agreements.repo.ts';
import type { ReviewsDueList } from '../agreements.schemas.ts';
import { isDueWithin, nextReviewDue, reminderFrom } from './review-schedule.ts';

/** The reviews of the agreements in force (or signed) of the actor's agency that fall due within `within` days, soonest first. */
export const listReviewsDue = async (ctx: RequestContext, within: number): Promise<ReviewsDueList> => {
  const actor = requireActor(ctx);
  const today = dayOf(ctx.clock());
  const agreements = await listAgreementRows(ctx.db, {
    agencyId: actor.agencyId,
    statuses: ['signed', 'in_force'],
  });
  const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
  const reviews = await listReviewRows(ctx.db, [...byId.keys()]);
  const items = reviews.flatMap((review) => {
    const agreement = byId.get(review.agreementId);
    const due = agreement ? nextReviewDue(review, agreement.effectiveFrom ?? agreement.signedOn) : null;
    if (!agreement || due === null || !isDueWithin(due, today, within)) {
      return [];
    }
    return [
      {
        agreementId: agreement.id,
        number: agreement.number,
        title: agreement.title,
        reviewId: review.id,
        kind: review.kind,
        dueOn: due,
        remindFrom: reminderFrom(due, review.remindDaysBefore),
        overdue: due < today,
      },
    ];
  });
  return { items: items.sort((a, b) => a.dueOn.localeCompare(b.dueOn)) };
};
