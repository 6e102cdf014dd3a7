import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { buildAgency, userOf } from '../exchange/exchange.test-kit.ts';

type Group = {
  day: string;
  grantedByAgency: { id: string };
  count: number;
  kinds: Record<string, number>;
};
type Item = { shareId: string; kind: string; recordId: string; level: string; label: string | null };

describe.each(ENGINES)('records shared with the agency ("shared with you") on %s', (engine) => {
  let test: TestApp;
  let ownerApi: ApiClient;
  let partnerApi: ApiClient;
  let outsiderApi: ApiClient;
  let partnerId: string;
  let ownerId: string;
  beforeAll(async () => {
    test = await startTestApp(engine, { demoMode: true });
    const owner = await buildAgency(test.deps);
    const partner = await buildAgency(test.deps);
    ownerId = owner.id;
    partnerId = partner.id;
    ownerApi = (await userOf(test, owner, ['investigator'])).api;
    partnerApi = (await userOf(test, partner)).api;
    outsiderApi = (await userOf(test, await buildAgency(test.deps))).api;
  });
  afterAll(async () => {
    await test.close();
  });

  const sharePerson = async (fullName: string, level: 'pointer' | 'summary') => {
    const person = await ownerApi.post('/api/persons', { fullName, dataSubjectCategory: 'suspect' });
    expect(person.statusCode, person.body).toBe(201);
    const share = await ownerApi.post(`/api/sharing/persons/${person.json().id}/shares`, {
      recipientAgencyId: partnerId,
      level,
      purpose: 'Trao đổi đối tượng hoạt động liên tuyến',
    });
    expect(share.statusCode, share.body).toBe(201);
    return { personId: person.json().id as string, shareId: share.json().id as string };
  };
  const groupsOf = async (api: ApiClient) => {
    const response = await api.get('/api/sharing/received');
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { groups: Group[]; total: number };
  };
  const itemsOf = async (api: ApiClient, group: Group) => {
    const query = `grantedByAgencyId=${group.grantedByAgency.id}&day=${group.day}`;
    const response = await api.get(`/api/sharing/received/items?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: Item[]; total: number };
  };

  it('folds a bulk share into one line per granting agency and day, each record at its level now; a revoked share disappears', async () => {
    const shared = [
      await sharePerson('Lò Văn Pằn', 'summary'),
      await sharePerson('Vàng A Sùng', 'summary'),
      await sharePerson('Giàng Thị Mỷ', 'pointer'),
    ];
    const { groups, total } = await groupsOf(partnerApi);
    expect(total).toBe(1);
    expect(groups).toMatchObject([{ grantedByAgency: { id: ownerId }, count: 3, kinds: { persons: 3 } }]);
    const { items } = await itemsOf(partnerApi, groups[0] as Group);
    expect(items.map((i) => [i.recordId, i.level, i.label]).sort()).toEqual(
      [
        [shared[0]?.personId, 'summary', 'Lò Văn Pằn'],
        [shared[1]?.personId, 'summary', 'Vàng A Sùng'],
        [shared[2]?.personId, 'pointer', null],
      ].sort(),
    );

    const revoked = await ownerApi.post(`/api/sharing/shares/${shared[0]?.shareId}/revoke`, {
      reason: 'Hết nhu cầu',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const after = await groupsOf(partnerApi);
    expect(after.groups).toMatchObject([{ count: 2 }]);
    const left = await itemsOf(partnerApi, after.groups[0] as Group);
    expect(left.items.map((i) => i.recordId)).not.toContain(shared[0]?.personId);
    expect(left.total).toBe(2);
  });

  it('shows another force none of it, not even through the group of a force that shared with someone else', async () => {
    expect(await groupsOf(outsiderApi)).toEqual({ groups: [], total: 0 });
    const partnerGroup = (await groupsOf(partnerApi)).groups[0] as Group;
    expect(await itemsOf(outsiderApi, partnerGroup)).toEqual({ items: [], total: 0 });
    // The granting force itself received nothing.
    expect((await groupsOf(ownerApi)).total).toBe(0);
  });

  it('refuses a malformed group with the field at fault', async () => {
    const response = await partnerApi.get('/api/sharing/received/items?grantedByAgencyId=x&day=2026-13-45');
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['querystring.day', 'querystring.grantedByAgencyId']);
  });

  it('answers 401 without a session', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/api/sharing/received' })).statusCode).toBe(401);
  });
});
