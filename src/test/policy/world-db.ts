import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { AppDeps } from '../../http/context.ts';
import { systemContext } from '../../http/context.ts';
import { type AgencyRow, createAgency } from '../../modules/agencies/index.ts';
import {
  agreementObligations,
  agreementParties,
  agreements,
  agreementZones,
} from '../../modules/agreements/agreements.tables.ts';
import { users } from '../../modules/auth/auth.tables.ts';
import { createAccount } from '../../modules/auth/index.ts';
import { persons } from '../../modules/persons/index.ts';
import { recordShares } from '../../modules/sharing/sharing.tables.ts';
import { TEST_PASSWORD } from '../factories.ts';
import { FOREIGN_AGENCY } from './reference-policy.ts';
import { AGENCY_COUNT, type World, ZONE_COUNT } from './world.ts';

/** The ids the world got in the database, by the world's indexes. */
export type WorldIds = {
  agencies: AgencyRow[];
  usernames: string[];
  records: string[];
  zones: string[];
  shareExpiry: (Date | null)[];
};

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Writes a world: agencies and accounts through the product's own functions, agreements, records and shares as
 * rows (the world is random: it need not pass the write rules, only be judged by the read rules).
 */
export const writeWorld = async (deps: AppDeps, world: World, seed: number): Promise<WorldIds> => {
  const ctx = systemContext(deps, 'policy-test');
  const now = deps.clock();
  const tag = `${seed.toString(36)}`.toUpperCase();
  const agencies: AgencyRow[] = [];
  for (let i = 0; i < AGENCY_COUNT; i++) {
    const foreign = i === FOREIGN_AGENCY;
    agencies.push(
      await createAgency(ctx, {
        code: `PW-${tag}-${i}`,
        kind: foreign ? 'foreign' : 'provincial',
        nameVi: `Công an thử ${tag} ${i}`,
        country: foreign ? 'LA' : 'VN',
      }),
    );
  }
  const usernames: string[] = [];
  for (const [i, user] of world.users.entries()) {
    const username = `pw.${tag.toLowerCase()}.${i}`;
    const row = await createAccount(ctx, {
      username,
      displayName: `Cán bộ ${i}`,
      roles: user.roles,
      password: TEST_PASSWORD,
      agencyId: (agencies[user.agency] as AgencyRow).id,
      createdBy: null,
    });
    await deps.db.update(users).set({ clearance: user.clearance }).where(eq(users.id, row.id));
    usernames.push(username);
  }
  const zones = Array.from({ length: ZONE_COUNT }, () => uuidv7());
  const agencyId = (i: number) => (agencies[i] as AgencyRow).id;
  for (const a of world.agreements) {
    const id = uuidv7();
    await deps.db.insert(agreements).values({
      id,
      kind: 'regulation',
      title: `Quy chế thử ${tag}`,
      effectiveFrom: a.from,
      effectiveUntil: a.until,
      status: a.status,
      domains: a.domains,
      createdAt: now,
      updatedAt: now,
    });
    await deps.db
      .insert(agreementParties)
      .values(a.parties.map((p) => ({ id: uuidv7(), agreementId: id, agencyId: agencyId(p) })));
    if (a.zones.length > 0) {
      await deps.db
        .insert(agreementZones)
        .values(a.zones.map((z) => ({ agreementId: id, zoneId: zones[z] as string })));
    }
    if (a.obligations.length > 0) {
      await deps.db.insert(agreementObligations).values(
        a.obligations.map((o) => ({
          id: uuidv7(),
          agreementId: id,
          agencyId: o.agency === null ? null : agencyId(o.agency),
          recordKind: o.kind,
          level: o.level,
        })),
      );
    }
  }
  const records = world.records.map(() => uuidv7());
  const rows = world.records.map((r, i) => ({
    id: records[i] as string,
    externalRef: `PW-${i}`,
    fullName: `Đối tượng ${tag} ${i}`,
    nameFolded: `doi tuong ${tag.toLowerCase()} ${i}`,
    roles: r.roles,
    dataSubjectCategory: 'suspect' as const,
    reviewDueOn: '2029-01-01',
    ownerAgencyId: agencyId(r.owner),
    classification: r.classification,
    handlingCode: r.handling,
    releasableToForeign: r.releasable,
    crimeDomain: r.domain,
    recordedOn: r.recordedOn,
    zoneIds: r.zones.map((z) => zones[z] as string),
    identityDocuments: [{ kind: 'cmnd' as const, number: String(100_000_000 + i) }],
    createdAt: now,
    updatedAt: now,
  }));
  for (const chunk of chunks(rows, 500)) await deps.db.insert(persons).values(chunk);
  const shareExpiry = world.shares.map((s) =>
    s.expires === 'never' ? null : new Date(now.getTime() + (s.expires === 'past' ? -1 : 1) * 86_400_000),
  );
  const shareRows = world.shares.map((s, i) => {
    const owner = (world.records[s.record] as World['records'][number]).owner;
    return {
      id: uuidv7(),
      recordKind: 'persons' as const,
      recordId: records[s.record] as string,
      ownerAgencyId: agencyId(owner),
      recipientAgencyId: agencyId(s.recipient),
      level: s.level,
      purpose: 'Thử chính sách',
      grantedByAgencyId: agencyId(s.forwarder ?? owner),
      grantedAt: now,
      expiresAt: shareExpiry[i] ?? null,
      revokedAt: s.revoked ? now : null,
    };
  });
  for (const chunk of chunks(shareRows, 500)) await deps.db.insert(recordShares).values(chunk);
  return { agencies, usernames, records, zones, shareExpiry };
};
