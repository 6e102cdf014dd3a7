import { compareVietnamese } from '../../text/vietnamese.ts';
import type { AgencyRow } from '../agencies/index.ts';
import { presentAgencySummary } from '../agencies/index.ts';
import type { AgreementRow, ObligationRow, PartyRow, ReviewRow } from './agreements.repo.ts';
import type { AgreementDetail, AgreementSummary } from './agreements.schemas.ts';
import { listReviewDueDays, nextReviewDue } from './reviews/review-schedule.ts';

/** A party with its agency, as loaded for presenting. */
export type PartyEntry = { party: PartyRow; agency: AgencyRow };

/** Everything an agreement page shows. */
export type AgreementDetailBundle = {
  agreement: AgreementRow;
  parties: PartyEntry[];
  zoneIds: string[];
  obligations: ObligationRow[];
  reviews: ReviewRow[];
  day: string;
  abilities: { canEdit: boolean };
};

const presentParty = (entry: PartyEntry, day: string) => ({
  id: entry.party.id,
  agency: presentAgencySummary(entry.agency, day),
  role: entry.party.role,
  signatoryName: entry.party.signatoryName,
  signatoryRank: entry.party.signatoryRank,
  signatoryTitle: entry.party.signatoryTitle,
  note: entry.party.note,
});

/** An agreement in a list, with its parties. */
export const presentAgreementSummary = (
  agreement: AgreementRow,
  parties: PartyEntry[],
  day: string,
): AgreementSummary => ({
  id: agreement.id,
  kind: agreement.kind,
  number: agreement.number,
  title: agreement.title,
  signedOn: agreement.signedOn,
  effectiveFrom: agreement.effectiveFrom,
  effectiveUntil: agreement.effectiveUntil,
  status: agreement.status,
  domains: agreement.domains,
  parties: [...parties]
    .sort((a, b) => compareVietnamese(a.agency.nameVi, b.agency.nameVi))
    .map((entry) => presentParty(entry, day)),
  version: agreement.version,
});

const presentReview = (review: ReviewRow, start: string | null) => ({
  id: review.id,
  kind: review.kind,
  everyMonths: review.everyMonths,
  fixedOn: review.fixedOn,
  lastHeldOn: review.lastHeldOn,
  remindDaysBefore: review.remindDaysBefore,
  note: review.note,
  nextDueOn: nextReviewDue(review, start),
  upcoming: listReviewDueDays(review, start, 3),
});

/** An agreement with its parties, zones, obligations, reply deadlines and review calendar. */
export const presentAgreementDetail = (bundle: AgreementDetailBundle): AgreementDetail => {
  const { agreement } = bundle;
  const start = agreement.effectiveFrom ?? agreement.signedOn;
  return {
    ...presentAgreementSummary(agreement, bundle.parties, bundle.day),
    supersededById: agreement.supersededById,
    approvalAuthority: agreement.approvalAuthority,
    areaDescription: agreement.areaDescription,
    groupId: agreement.groupId,
    zoneIds: bundle.zoneIds,
    obligations: bundle.obligations.map((o) => ({
      id: o.id,
      agencyId: o.agencyId,
      recordKind: o.recordKind,
      level: o.level,
      note: o.note,
    })),
    replyDeadlines: {
      urgentHours: agreement.urgentReplyHours,
      normalHours: agreement.normalReplyHours,
      lowHours: agreement.lowReplyHours,
    },
    reviews: bundle.reviews.map((review) => presentReview(review, start)),
    note: agreement.note,
    abilities: bundle.abilities,
    createdAt: agreement.createdAt.toISOString(),
    updatedAt: agreement.updatedAt.toISOString(),
  };
};
