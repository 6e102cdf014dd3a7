import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildAgency, buildUser, logInAs } from '../../../test/factories.ts';
import type { AgencyRow } from '../../agencies/index.ts';
import { auditEvents } from '../../audit/audit.tables.ts';
import { drainAuditedReads } from '../../audit/index.ts';

describe.each(ENGINES)('possible same-person links across forces on %s', (engine) => {
  let test: TestApp;
  let hungYen: ApiClient;
  let haNoi: ApiClient;
  let haNoiAgency: AgencyRow;
  beforeAll(async () => {
    test = await startTestApp(engine);
    const a = await buildAgency(test.deps);
    haNoiAgency = await buildAgency(test.deps);
    hungYen = (await logInAs(test, (await buildUser(test.deps, { agency: a })).user.username)).api;
    haNoi = (await logInAs(test, (await buildUser(test.deps, { agency: haNoiAgency })).user.username)).api;
  });
  afterAll(async () => {
    await test.close();
  });

  const record = async (client: ApiClient, body: Record<string, unknown>) => {
    const response = await client.post('/api/persons', { dataSubjectCategory: 'suspect', ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string };
  };
  const share = (id: string, level: string) =>
    hungYen.post(`/api/sharing/persons/${id}/shares`, {
      recipientAgencyId: haNoiAgency.id,
      level,
      purpose: 'Đối chiếu',
    });

  it('links a new record to the same person another force shared, explains it, and lets the force decide: nothing is merged', async () => {
    const original = await record(hungYen, {
      fullName: 'Vũ Văn Khải',
      aliases: ['Khải Còi'],
      sex: 'male',
      birthDate: '1990-05-12',
    });
    await share(original.id, 'summary');
    const noisy = await record(haNoi, { fullName: 'Khai Vu Van', sex: 'male', birthDate: '1990' });
    const matches = (await haNoi.get(`/api/persons/${noisy.id}/matches`)).json().items;
    expect(matches).toHaveLength(1);
    expect(matches[0].other).toMatchObject({ id: original.id, level: 'summary', fullName: 'Vũ Văn Khải' });
    expect(matches[0].explanation).toMatchObject({ birthDate: 'agrees', sex: 'agrees' });
    expect(matches[0].explanation.name.reasons).toContain('order_swapped');
    expect(matches[0].score).toBeGreaterThanOrEqual(0.75);
    await drainAuditedReads(test.deps.db);
    const reads = await test.deps.db
      .select({ objectIds: auditEvents.objectIds })
      .from(auditEvents)
      .where(eq(auditEvents.detail, 'persons.matches'));
    expect(reads.some((read) => read.objectIds.includes(original.id))).toBe(true);

    expect((await hungYen.get(`/api/persons/${original.id}/matches`)).json().items).toEqual([]);
    const foreignDecision = await hungYen.post(`/api/persons/matches/${matches[0].id}/decision`, {
      status: 'rejected',
    });
    expect(foreignDecision.statusCode).toBe(404);
    const decided = await haNoi.post(`/api/persons/matches/${matches[0].id}/decision`, {
      status: 'confirmed',
      note: 'Cùng CCCD khi xác minh trực tiếp',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const after = (await haNoi.get(`/api/persons/${noisy.id}/matches`)).json().items;
    expect(after[0].status).toBe('confirmed');
    expect((await haNoi.get(`/api/persons/${noisy.id}`)).json().fullName).toBe('Khai Vu Van');
  });

  it('tells only that another force holds a possible match when the record is shared as a pointer', async () => {
    const original = await record(hungYen, { fullName: 'Sùng Thị Mỷ', sex: 'female', birthDate: '1993' });
    await share(original.id, 'pointer');
    const mine = await record(haNoi, { fullName: 'Sung Thi My', sex: 'female', birthDate: '1993' });
    const [match] = (await haNoi.get(`/api/persons/${mine.id}/matches`)).json().items;
    expect(match.explanation).toBeNull();
    expect(Object.keys(match.other).sort()).toEqual(['id', 'level', 'ownerAgency']);
  });

  it('finds nothing in records the force may not see', async () => {
    await record(hungYen, { fullName: 'Lường Văn Chiến', sex: 'male', birthDate: '1980' });
    const mine = await record(haNoi, { fullName: 'Luong Van Chien', sex: 'male', birthDate: '1980' });
    expect((await haNoi.get(`/api/persons/${mine.id}/matches`)).json().items).toEqual([]);
  });
});
