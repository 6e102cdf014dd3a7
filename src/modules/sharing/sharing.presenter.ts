import { type AgencyRow, dayOf, presentAgencySummary } from '../agencies/index.ts';
import type { Explanation, Grant, ShareRow } from './explain.service.ts';
import type { RecordFacts } from './record-kinds.ts';
import type { AudienceView, ExplanationView, ShareView } from './sharing.schemas.ts';

/** The handling marks a recipient sees with a record (H1: not for judicial use; H2: not to be passed on). */
export const presentHandling = (
  facts: Pick<RecordFacts, 'classification' | 'handlingCode' | 'releasableToForeign'>,
) => ({
  classification: facts.classification,
  handlingCode: facts.handlingCode,
  notForJudicialUse: facts.handlingCode === 'H1',
  noOnwardSharing: facts.handlingCode === 'H2',
  releasableToForeign: facts.releasableToForeign,
});

export const presentShare = (
  share: ShareRow,
  agencies: ReadonlyMap<string, AgencyRow>,
  now: Date,
): ShareView => {
  const day = dayOf(now);
  const agency = (id: string) => presentAgencySummary(agencies.get(id) as AgencyRow, day);
  return {
    id: share.id,
    recordKind: share.recordKind as ShareView['recordKind'],
    recordId: share.recordId,
    recipientAgency: agency(share.recipientAgencyId),
    level: share.level,
    purpose: share.purpose,
    grantedByAgency: agency(share.grantedByAgencyId),
    grantedBy: share.grantedBy,
    grantedAt: share.grantedAt.toISOString(),
    expiresAt: share.expiresAt?.toISOString() ?? null,
    forwardedFromId: share.forwardedFromId,
    revokedAt: share.revokedAt?.toISOString() ?? null,
    revokedBy: share.revokedBy,
    revocationReason: share.revocationReason,
    active: share.revokedAt === null && (share.expiresAt === null || share.expiresAt > now),
  };
};

const presentGrant = (grant: Grant): ExplanationView['grants'][number] =>
  grant.rule === 'share'
    ? { rule: 'share', level: grant.level, shareId: grant.share.id, purpose: grant.share.purpose }
    : grant;

export const presentExplanation = (
  explanation: Explanation,
  agency: AgencyRow,
  now: Date,
): ExplanationView => ({
  agency: presentAgencySummary(agency, dayOf(now)),
  level: explanation.level,
  grants: explanation.grants.map(presentGrant),
  blocks: explanation.blocks,
});

export const presentAudience = (
  bundle: {
    facts: RecordFacts;
    owner: AgencyRow;
    shares: ShareRow[];
    agencies: ReadonlyMap<string, AgencyRow>;
    audience: { explanation: Explanation; agency: AgencyRow }[];
  },
  now: Date,
): AudienceView => ({
  record: {
    kind: bundle.facts.kind,
    id: bundle.facts.id,
    ownerAgency: presentAgencySummary(bundle.owner, dayOf(now)),
    handling: presentHandling(bundle.facts),
  },
  shares: bundle.shares.map((share) => presentShare(share, bundle.agencies, now)),
  audience: bundle.audience.map(({ explanation, agency }) => presentExplanation(explanation, agency, now)),
});
