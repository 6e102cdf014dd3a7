import { v7 as uuidv7 } from 'uuid';
import { withTransaction } from '../db/connect.ts';
import { type AppDeps, systemContext } from '../http/context.ts';
import { type AgencyRow, createAgency, findAgencyWithCode } from '../modules/agencies/index.ts';
import { createAccount } from '../modules/auth/index.ts';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_USERS } from './demo-data.ts';

/** Loads the demo forces and accounts once, all or nothing; a second run finds them and changes nothing. */
export const seedDemo = (deps: AppDeps): Promise<{ created: boolean }> =>
  withTransaction(deps.db, async (trx) => {
    if (await findAgencyWithCode(trx, 'CA-HYN')) {
      return { created: false };
    }
    await seedInto({ ...deps, db: trx });
    return { created: true };
  });

const seedInto = async (deps: AppDeps) => {
  const ctx = systemContext(deps, 'giapranh seed-demo');
  const byCode = new Map<string, AgencyRow>();
  for (const agency of DEMO_AGENCIES) {
    const at = deps.clock();
    const parent = agency.parentCode ? byCode.get(agency.parentCode) : undefined;
    const row = await createAgency(deps.db, {
      id: uuidv7(),
      code: agency.code,
      kind: agency.kind,
      nameVi: agency.nameVi,
      nameLocal: agency.nameLocal ?? agency.nameVi,
      nameEn: agency.nameEn,
      country: agency.country,
      parentId: parent?.id ?? null,
      createdAt: at,
      updatedAt: at,
    });
    byCode.set(agency.code, row);
  }
  for (const user of DEMO_USERS) {
    const agency = byCode.get(user.agencyCode);
    if (agency) {
      await createAccount(ctx, { ...user, password: DEMO_PASSWORD, agencyId: agency.id, createdBy: null });
    }
  }
};
