import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildAgency, buildUser, logInAs } from '../../../test/factories.ts';
import type { AgencyRow } from '../../agencies/index.ts';
import { matchAgencyPersons } from './batch-match.service.ts';
import { agencyViewer } from './matching.service.ts';

describe.each(ENGINES)('matching an agency’s persons in one batch on %s', (engine) => {
  let test: TestApp;
  let haNoi: AgencyRow;
  let hungYen: ApiClient;
  let haNoiApi: ApiClient;
  const ids: Record<string, string> = {};

  const record = async (client: ApiClient, key: string, body: Record<string, unknown>) => {
    const response = await client.post('/api/persons', {
      dataSubjectCategory: 'suspect',
      sex: 'male',
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    ids[key] = response.json().id;
  };

  beforeAll(async () => {
    test = await startTestApp(engine);
    const a = await buildAgency(test.deps);
    haNoi = await buildAgency(test.deps);
    hungYen = (await logInAs(test, (await buildUser(test.deps, { agency: a })).user.username)).api;
    haNoiApi = (await logInAs(test, (await buildUser(test.deps, { agency: haNoi })).user.username)).api;
    await record(hungYen, 'shared', { fullName: 'Vũ Văn Khải', birthDate: '1990-05-12' });
    await record(hungYen, 'hidden', { fullName: 'Lường Văn Chiến', birthDate: '1980' });
    await record(haNoiApi, 'mine', { fullName: 'Khai Vu Van', birthDate: '1990' });
    await record(haNoiApi, 'mineToo', { fullName: 'Luong Van Chien', birthDate: '1980' });
    await record(haNoiApi, 'sameForce', { fullName: 'Vũ Văn Khải', birthDate: '1990' });
    const shared = await hungYen.post(`/api/sharing/persons/${ids.shared}/shares`, {
      recipientAgencyId: haNoi.id,
      level: 'summary',
      purpose: 'Đối chiếu',
    });
    expect(shared.statusCode, shared.body).toBe(201);
  });
  afterAll(async () => {
    await test.close();
  });

  it('links the agency’s records to what another force shared, never within the force, never to hidden records', async () => {
    const viewer = agencyViewer(haNoi.id, false, test.clock());
    const result = await matchAgencyPersons(test.deps.db, viewer, { at: test.clock() });
    expect(result).toMatchObject({ records: 4, found: 2 });
    const others = async (key: string) =>
      (
        (await haNoiApi.get(`/api/persons/${ids[key]}/matches`)).json().items as { other: { id: string } }[]
      ).map((m) => m.other.id);
    // The links of the write path (matching.service) may join records of one force; the batch adds only these.
    expect(await others('mine')).toContain(ids.shared);
    expect(await others('sameForce')).toContain(ids.shared);
    expect(await others('mineToo')).toEqual([]);
  });

  it('keeps a decision when run again', async () => {
    const links = (await haNoiApi.get(`/api/persons/${ids.mine}/matches`)).json().items;
    const match = links.find((m: { other: { id: string } }) => m.other.id === ids.shared);
    expect(
      (await haNoiApi.post(`/api/persons/matches/${match.id}/decision`, { status: 'rejected' })).statusCode,
    ).toBe(200);
    await matchAgencyPersons(test.deps.db, agencyViewer(haNoi.id, false, test.clock()), { at: test.clock() });
    const again = (await haNoiApi.get(`/api/persons/${ids.mine}/matches`)).json().items;
    expect(again.find((m: { id: string }) => m.id === match.id)).toMatchObject({ status: 'rejected' });
  });
});
