// Helpers of the exchange tests (not a test file itself): forces, users and agreements with reply deadlines.
import { eq } from 'drizzle-orm';
import { systemContext } from '../../http/context.ts';
import type { ApiClient } from '../../test/api.ts';
import type { TestApp } from '../../test/app.ts';
import { buildAgency, buildUser, logInAs } from '../../test/factories.ts';
import { type AgencyRow, createAgency } from '../agencies/index.ts';
import { users } from '../auth/auth.tables.ts';
import type { Role } from '../auth/index.ts';

/** A logged-in user of an agency with the roles asked for. */
export const userOf = async (
  test: TestApp,
  agency: AgencyRow,
  roles: Role[] = ['liaison_officer'],
  clearance: 'none' | 'MAT' | 'TOI_MAT' = 'none',
): Promise<{ api: ApiClient; userId: string; username: string }> => {
  const { user } = await buildUser(test.deps, { agency, roles });
  if (clearance !== 'none') await test.deps.db.update(users).set({ clearance }).where(eq(users.id, user.id));
  return { api: (await logInAs(test, user.username)).api, userId: user.id, username: user.username };
};

/** A Lao provincial police force (a foreign agency). */
export const buildForeignAgency = (test: TestApp): Promise<AgencyRow> =>
  createAgency(systemContext(test.deps, 'test'), {
    code: `LA-T${Math.random().toString(16).slice(2, 8)}`.toUpperCase(),
    kind: 'foreign',
    nameVi: 'Công an tỉnh thử (Lào)',
    localLanguage: 'lo',
    country: 'LA',
  });

/**
 * An agreement in force since 2024 between the parties, with reply deadlines in hours, made through the API by a
 * commander of the first party as a user would.
 */
export const buildAgreementInForce = async (
  test: TestApp,
  parties: AgencyRow[],
  hours: { urgentHours: number | null; normalHours: number | null; lowHours: number | null },
): Promise<string> => {
  const [first] = parties;
  if (!first) throw new Error('an agreement needs parties');
  const { api } = await userOf(test, first, ['commander']);
  const check = (response: { statusCode: number; body: string }, status: number) => {
    if (response.statusCode !== status)
      throw new Error(`agreement fixture: ${response.statusCode} ${response.body}`);
    return JSON.parse(response.body) as { id: string; version: number };
  };
  const draft = check(
    await api.post('/api/agreements', {
      kind: 'regulation',
      title: `Quy chế phối hợp thử ${Math.random().toString(16).slice(2, 8)}`,
      domains: ['drugs'],
      parties: parties.map((p) => ({ agencyId: p.id })),
    }),
    201,
  );
  const signed = check(
    await api.post(`/api/agreements/${draft.id}/sign`, { version: draft.version, signedOn: '2024-03-01' }),
    200,
  );
  const inForce = check(
    await api.post(`/api/agreements/${draft.id}/status`, {
      version: signed.version,
      status: 'in_force',
      on: '2024-03-02',
    }),
    200,
  );
  check(
    await api.request('PUT', `/api/agreements/${draft.id}/obligations`, {
      version: inForce.version,
      obligations: [],
      replyDeadlines: hours,
    }),
    200,
  );
  return draft.id;
};

export { buildAgency };

/** A message as the API answers it (the fields the tests read). */
export type MessageJson = {
  id: string;
  threadId: string;
  kind: string;
  subject: string;
  body: string | null;
  outOfBand: boolean;
  sender: { id: string };
  mine: { state: string; seq: number | null; deadlineAt: string | null; readAt: string | null } | null;
  recipients: {
    agency: { id: string };
    state: string;
    seq: number | null;
    deadlineAt: string | null;
    deadlineSource: string | null;
    events: { from: string | null; to: string }[];
  }[];
  references: { kind: string; id: string; level: string; ownerAgency: { id: string } }[];
  attachments: { id: string; filename: string; mediaType: string }[];
};
