import type { Db } from '../../db/connect.ts';
import type { RequestContext } from '../../http/context.ts';
import { dayOf, getActorAgency, getAgency } from '../agencies/index.ts';
import { canWriteAgreement } from './agreements.policy.ts';
import {
  type AgreementDetailBundle,
  type PartyEntry,
  presentAgreementDetail,
  presentAgreementSummary,
} from './agreements.presenter.ts';
import {
  type AgreementRow,
  listObligationRows,
  listPartyRows,
  listReviewRows,
  listZoneIds,
} from './agreements.repo.ts';
import type { AgreementDetail, AgreementSummary } from './agreements.schemas.ts';

const partiesOf = async (db: Db, agreementIds: string[]): Promise<Map<string, PartyEntry[]>> => {
  const byAgreement = new Map<string, PartyEntry[]>();
  const agencies = new Map<string, Awaited<ReturnType<typeof getAgency>>>();
  for (const party of await listPartyRows(db, agreementIds)) {
    const agency = agencies.get(party.agencyId) ?? (await getAgency(db, party.agencyId));
    agencies.set(agency.id, agency);
    byAgreement.set(party.agreementId, [...(byAgreement.get(party.agreementId) ?? []), { party, agency }]);
  }
  const order = { lead: 0, chair: 1, host: 2, party: 3 } as const;
  for (const entries of byAgreement.values()) {
    entries.sort(
      (a, b) => order[a.party.role] - order[b.party.role] || a.agency.code.localeCompare(b.agency.code),
    );
  }
  return byAgreement;
};

/** Agreements as a list shows them, with their parties. */
export const presentAgreementList = async (
  ctx: RequestContext,
  rows: AgreementRow[],
): Promise<AgreementSummary[]> => {
  const parties = await partiesOf(
    ctx.db,
    rows.map((row) => row.id),
  );
  const day = dayOf(ctx.clock());
  return rows.map((row) => presentAgreementSummary(row, parties.get(row.id) ?? [], day));
};

/** Loads and presents an agreement's page for the actor, with what the actor may do with it. */
export const getAgreementDetail = async (
  ctx: RequestContext,
  agreement: AgreementRow,
): Promise<AgreementDetail> => {
  const parties = (await partiesOf(ctx.db, [agreement.id])).get(agreement.id) ?? [];
  const actor = await getActorAgency(ctx);
  const bundle: AgreementDetailBundle = {
    agreement,
    parties,
    zoneIds: await listZoneIds(ctx.db, agreement.id),
    obligations: await listObligationRows(ctx.db, agreement.id),
    reviews: await listReviewRows(ctx.db, [agreement.id]),
    day: dayOf(ctx.clock()),
    abilities: {
      canEdit: canWriteAgreement(
        actor,
        parties.map((entry) => entry.agency.id),
      ),
    },
  };
  return presentAgreementDetail(bundle);
};
