import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { buildUser, logInAs } from '../../test/factories.ts';
import { type AgencyRow, findAgencyWithCode } from '../agencies/index.ts';
import type { Role } from '../auth/index.ts';

type Person = { id: string; level: string; fullName?: string; identityDocuments?: unknown; version: number };

describe.each(ENGINES)('persons through the sharing policy on %s', (engine) => {
  let test: TestApp;
  let hungYen: AgencyRow;
  let haNoi: AgencyRow;
  let daNang: AgencyRow;
  let sekong: AgencyRow;
  let owner: ApiClient;
  let beltCommune: string;
  beforeAll(async () => {
    test = await startTestApp(engine, { seedDemo: true, refData: true });
    const agency = async (code: string) => {
      const found = await findAgencyWithCode(test.deps.db, code);
      if (!found) throw new Error(`no agency ${code}`);
      return found;
    };
    [hungYen, haNoi, daNang, sekong] = (await Promise.all(
      ['CA-HYN', 'CA-HNI', 'CA-DNG', 'LA-XEKONG'].map(agency),
    )) as [AgencyRow, AgencyRow, AgencyRow, AgencyRow];
    owner = await userAt(hungYen, ['investigator']);
    const agreements = (await owner.get(`/api/agreements?agencyId=${hungYen.id}&domain=drugs`)).json()
      .items as {
      id: string;
      parties: { agency: { id: string } }[];
    }[];
    const withHaNoi = agreements.find((a) => a.parties.some((p) => p.agency.id === haNoi.id));
    const detail = (await owner.get(`/api/agreements/${withHaNoi?.id}`)).json() as { zoneIds: string[] };
    const zone = (await owner.get(`/api/geo/zones/${detail.zoneIds[0]}`)).json() as {
      members: { code: string; level: string }[];
    };
    beltCommune = zone.members.find((m) => m.level === 'commune')?.code ?? '';
  });
  afterAll(async () => {
    await test.close();
  });

  const userAt = async (agency: AgencyRow, roles: Role[], clearance?: string): Promise<ApiClient> => {
    const { user } = await buildUser(test.deps, { agency, roles });
    if (clearance) {
      const { users } = await import('../auth/auth.tables.ts');
      const { eq } = await import('drizzle-orm');
      await test.deps.db
        .update(users)
        .set({ clearance: clearance as 'MAT' })
        .where(eq(users.id, user.id));
    }
    return (await logInAs(test, user.username)).api;
  };

  const record = async (body: Record<string, unknown>) => {
    const response = await owner.post('/api/persons', {
      fullName: 'Nguyễn Văn Đức',
      sex: 'male',
      birthDate: '1990',
      dataSubjectCategory: 'suspect',
      roles: ['suspect'],
      identityDocuments: [{ kind: 'cccd', number: '033090012345' }],
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Person;
  };

  it('keeps a person from other agencies until it is shared, then shows only the shared level, and revocation acts on the next request', async () => {
    const person = await record({ addresses: [] });
    const other = await userAt(daNang, ['investigator']);
    const hidden = await other.get(`/api/persons/${person.id}`);
    const missing = await other.get('/api/persons/01900000-0000-7000-8000-000000000000');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe(missing.json().code);
    expect((await other.get('/api/persons?q=nguyen van duc')).json().total).toBe(0);

    const share = await owner.post(`/api/sharing/persons/${person.id}/shares`, {
      recipientAgencyId: daNang.id,
      level: 'summary',
      purpose: 'Phối hợp xác minh đối tượng',
    });
    expect(share.statusCode, share.body).toBe(201);
    const seen = (await other.get(`/api/persons/${person.id}`)).json();
    expect(seen.level).toBe('summary');
    expect(seen.fullName).toBe('Nguyễn Văn Đức');
    expect(seen.identityDocuments).toBeUndefined();
    const listed = (await other.get('/api/persons?q=Nguyen Van Duc')).json();
    expect(listed.total).toBe(1);
    expect(listed.facets.roles).toEqual([{ value: 'suspect', count: 1 }]);

    const revoke = await owner.post(`/api/sharing/shares/${share.json().id}/revoke`, {
      reason: 'Kết thúc xác minh',
    });
    expect(revoke.statusCode, revoke.body).toBe(200);
    expect((await other.get(`/api/persons/${person.id}`)).statusCode).toBe(404);
    expect((await other.get('/api/persons?q=nguyen van duc')).json().total).toBe(0);
  });

  it('grants the parties of an agreement covering the record’s zone and domain the level of its obligations, and explains why', async () => {
    expect(beltCommune).not.toBe('');
    const person = await record({
      addresses: [{ kind: 'current', structure: 'current', unitCode: beltCommune }],
    });
    const partner = await userAt(haNoi, ['investigator']);
    const seen = (await partner.get(`/api/persons/${person.id}`)).json();
    expect(seen.level).toBe('summary');
    const outsider = await userAt(daNang, ['investigator']);
    expect((await outsider.get(`/api/persons/${person.id}`)).statusCode).toBe(404);

    const why = await owner.get(`/api/sharing/persons/${person.id}/explain?agencyId=${haNoi.id}`);
    expect(why.statusCode, why.body).toBe(200);
    expect(why.json().level).toBe('summary');
    expect(why.json().grants[0].rule).toBe('agreement');
    const panel = (await owner.get(`/api/sharing/persons/${person.id}`)).json();
    expect(panel.audience.map((a: { agency: { id: string } }) => a.agency.id)).toContain(haNoi.id);
    expect((await partner.get(`/api/sharing/persons/${person.id}`)).statusCode).toBe(403);

    const offDomain = await record({
      crimeDomain: 'economic',
      addresses: [{ kind: 'current', structure: 'current', unitCode: beltCommune }],
    });
    expect((await partner.get(`/api/persons/${offDomain.id}`)).statusCode).toBe(404);
  });

  it('hides a classified record from users without clearance, its own agency included', async () => {
    const person = await record({ classification: 'TOI_MAT' });
    const colleague = await userAt(hungYen, ['investigator']);
    expect((await colleague.get(`/api/persons/${person.id}`)).statusCode).toBe(404);
    const cleared = await userAt(hungYen, ['investigator'], 'TOI_MAT');
    expect((await cleared.get(`/api/persons/${person.id}`)).json().level).toBe('full');
  });

  it('refuses a share to the owner, a release abroad without the flag or of a state secret, an H2 forward and a past expiry', async () => {
    const plain = await record({});
    const share = (body: Record<string, unknown>, id = plain.id, client = owner) =>
      client.post(`/api/sharing/persons/${id}/shares`, { level: 'full', purpose: 'Thử', ...body });
    const toOwner = await share({ recipientAgencyId: hungYen.id });
    expect([toOwner.statusCode, toOwner.json().code, toOwner.json().errors[0].path]).toEqual([
      422,
      'share_to_owner',
      'recipientAgencyId',
    ]);
    expect((await share({ recipientAgencyId: sekong.id })).json().code).toBe('not_releasable_to_foreign');
    expect(
      (await share({ recipientAgencyId: daNang.id, expiresAt: '2020-01-01T00:00:00Z' })).json().code,
    ).toBe('invalid_expiry');
    const secret = await record({ classification: 'MAT', releasableToForeign: true });
    const cleared = await userAt(hungYen, ['investigator'], 'MAT');
    expect((await share({ recipientAgencyId: sekong.id }, secret.id, cleared)).json().code).toBe(
      'classified_to_foreign',
    );

    const h2 = await record({ handlingCode: 'H2' });
    expect((await share({ recipientAgencyId: haNoi.id }, h2.id)).statusCode).toBe(201);
    const recipient = await userAt(haNoi, ['liaison_officer']);
    const forward = await share({ recipientAgencyId: daNang.id }, h2.id, recipient);
    expect([forward.statusCode, forward.json().code]).toEqual([422, 'handling_forbids_forwarding']);
    const other = await userAt(daNang, ['investigator']);
    expect((await other.get(`/api/persons/${h2.id}`)).statusCode).toBe(404);
  });

  it('revokes forwards with the share they were made under', async () => {
    const person = await record({});
    const first = await owner.post(`/api/sharing/persons/${person.id}/shares`, {
      recipientAgencyId: haNoi.id,
      level: 'full',
      purpose: 'Chuyển án chung',
    });
    const recipient = await userAt(haNoi, ['liaison_officer']);
    const forward = await recipient.post(`/api/sharing/persons/${person.id}/shares`, {
      recipientAgencyId: daNang.id,
      level: 'summary',
      purpose: 'Đề nghị phối hợp',
    });
    expect(forward.statusCode, forward.body).toBe(201);
    const third = await userAt(daNang, ['investigator']);
    expect((await third.get(`/api/persons/${person.id}`)).json().level).toBe('summary');
    await owner.post(`/api/sharing/shares/${first.json().id}/revoke`, { reason: 'Thu hồi' });
    expect((await third.get(`/api/persons/${person.id}`)).statusCode).toBe(404);
    expect((await recipient.get(`/api/persons/${person.id}`)).statusCode).toBe(404);
  });

  it('rejects an invalid identity number and an impossible birth date, saving nothing', async () => {
    const before = (await owner.get('/api/persons?q=Trần Thị Lỗi')).json().total;
    const badId = await owner.post('/api/persons', {
      fullName: 'Trần Thị Lỗi',
      sex: 'female',
      dataSubjectCategory: 'suspect',
      identityDocuments: [{ kind: 'cccd', number: '099190012345' }],
    });
    expect([badId.statusCode, badId.json().code, badId.json().errors[0].path]).toEqual([
      422,
      'invalid_identity_number',
      'identityDocuments.0.number',
    ]);
    const badDate = await owner.post('/api/persons', {
      fullName: 'Trần Thị Lỗi',
      dataSubjectCategory: 'suspect',
      birthDate: '2023-02-29',
    });
    expect([badDate.statusCode, badDate.json().code, badDate.json().errors[0].path]).toEqual([
      422,
      'invalid_birth_date',
      'birthDate',
    ]);
    expect((await owner.get('/api/persons?q=Trần Thị Lỗi')).json().total).toBe(before);
  });
});
