import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Engine } from '../../db/connect.ts';
import type { ApiClient } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { buildAgency, buildUser, logInAs } from '../../test/factories.ts';
import { type AgencyRow, findAgencyWithCode } from '../agencies/index.ts';
import { users } from '../auth/auth.tables.ts';
import type { Role } from '../auth/index.ts';

/**
 * The demo world for the cases tests: Hưng Yên records; Hà Nội is its partner under the demo regulation (which
 * names no obligation for cases or seizures: parties read them as a pointer); Đà Nẵng and a fresh force are
 * outsiders; `beltCommune` is a commune of the Hà Nội - Hưng Yên border zone.
 */
export type CasesWorld = {
  test: TestApp;
  hungYen: AgencyRow;
  haNoi: AgencyRow;
  daNang: AgencyRow;
  outsiderAgency: AgencyRow;
  owner: ApiClient;
  partner: ApiClient;
  daNangUser: ApiClient;
  outsider: ApiClient;
  beltCommune: string;
  userAt: (agency: AgencyRow, roles?: Role[], clearance?: 'MAT') => Promise<ApiClient>;
};

export const startCasesWorld = async (engine: Engine): Promise<CasesWorld> => {
  const test = await startTestApp(engine, { seedDemo: true, refData: true, demoMode: true });
  const agency = async (code: string) => (await findAgencyWithCode(test.deps.db, code)) as AgencyRow;
  const [hungYen, haNoi, daNang] = await Promise.all(['CA-HYN', 'CA-HNI', 'CA-DNG'].map(agency));
  const outsiderAgency = await buildAgency(test.deps);
  const userAt = async (at: AgencyRow, roles: Role[] = ['investigator'], clearance?: 'MAT') => {
    const { user } = await buildUser(test.deps, { agency: at, roles });
    if (clearance) await test.deps.db.update(users).set({ clearance }).where(eq(users.id, user.id));
    return (await logInAs(test, user.username)).api;
  };
  const owner = await userAt(hungYen as AgencyRow);
  const agreements = (await owner.get(`/api/agreements?agencyId=${hungYen?.id}&domain=drugs`)).json()
    .items as {
    id: string;
    parties: { agency: { id: string } }[];
  }[];
  const withHaNoi = agreements.find((a) => a.parties.some((p) => p.agency.id === haNoi?.id));
  const detail = (await owner.get(`/api/agreements/${withHaNoi?.id}`)).json() as { zoneIds: string[] };
  const zone = (await owner.get(`/api/geo/zones/${detail.zoneIds[0]}`)).json() as {
    members: { code: string; level: string }[];
  };
  const beltCommune = zone.members.find((m) => m.level === 'commune')?.code ?? '';
  expect(beltCommune).not.toBe('');
  return {
    test,
    hungYen: hungYen as AgencyRow,
    haNoi: haNoi as AgencyRow,
    daNang: daNang as AgencyRow,
    outsiderAgency,
    owner,
    partner: await userAt(haNoi as AgencyRow),
    daNangUser: await userAt(daNang as AgencyRow),
    outsider: await userAt(outsiderAgency),
    beltCommune,
    userAt,
  };
};

/** Posts and expects 201, returning the body. */
export const created = async <T = Record<string, unknown>>(client: ApiClient, url: string, body: unknown) => {
  const response = await client.post(url, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as T & { id: string; version: number };
};
