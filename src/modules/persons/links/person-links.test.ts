import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildAgency, buildUser, logInAs } from '../../../test/factories.ts';
import type { AgencyRow } from '../../agencies/index.ts';

type Graph = {
  nodes: { level: string; id: string; fullName?: string }[];
  edges: { id: string; personId: string; linkedPersonId: string; kind: string }[];
};
type History = { items: { event: string | null; receivingAgency: { id: string } | null }[] };

describe.each(ENGINES)('links between persons, history and photo on %s', (engine) => {
  let test: TestApp;
  let hungYen: AgencyRow;
  let haNoi: AgencyRow;
  let outsider: AgencyRow;
  let keeper: ApiClient;
  let partner: ApiClient;
  let stranger: ApiClient;
  beforeAll(async () => {
    test = await startTestApp(engine);
    [hungYen, haNoi, outsider] = [
      await buildAgency(test.deps),
      await buildAgency(test.deps),
      await buildAgency(test.deps),
    ];
    const login = async (agency: AgencyRow) =>
      (await logInAs(test, (await buildUser(test.deps, { agency })).user.username)).api;
    keeper = await login(hungYen);
    partner = await login(haNoi);
    stranger = await login(outsider);
  });
  afterAll(async () => {
    await test.close();
  });

  const record = async (client: ApiClient, fullName: string) => {
    const response = await client.post('/api/persons', { fullName, dataSubjectCategory: 'suspect' });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string };
  };
  const share = async (personId: string, recipient: AgencyRow, level: string) => {
    const response = await keeper.post(`/api/sharing/persons/${personId}/shares`, {
      recipientAgencyId: recipient.id,
      level,
      purpose: 'Phối hợp xác minh',
    });
    expect(response.statusCode, response.body).toBe(201);
  };
  const graph = async (client: ApiClient, personId: string) => {
    const response = await client.get(`/api/persons/${personId}/links`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Graph;
  };

  it("links a person to another force's record and shows each end at the level the reader has", async () => {
    const dealer = await record(keeper, 'Nguyễn Văn Bán');
    const courier = await record(keeper, 'Trần Văn Chở');
    const supplier = await record(partner, 'Lê Văn Cung');
    const notShared = await record(partner, 'Phạm Văn Kín');
    const toCourier = await keeper.post(`/api/persons/${dealer.id}/links`, {
      linkedPersonId: courier.id,
      kind: 'courier',
    });
    expect(toCourier.statusCode, toCourier.body).toBe(201);
    // Hà Nội's record is not shared with Hưng Yên: for Hưng Yên it does not exist.
    const hidden = await keeper.post(`/api/persons/${dealer.id}/links`, {
      linkedPersonId: notShared.id,
      kind: 'supplier',
    });
    expect(hidden.statusCode).toBe(422);
    expect(hidden.json().errors[0]).toMatchObject({ path: 'linkedPersonId', code: 'unknown_person' });

    const partnerShare = await partner.post(`/api/sharing/persons/${supplier.id}/shares`, {
      recipientAgencyId: hungYen.id,
      level: 'pointer',
      purpose: 'Đối tượng cung cấp',
    });
    expect(partnerShare.statusCode, partnerShare.body).toBe(201);
    const toSupplier = await keeper.post(`/api/persons/${dealer.id}/links`, {
      linkedPersonId: supplier.id,
      kind: 'supplier',
      note: 'Nguồn hàng từ Hà Nội',
    });
    expect(toSupplier.statusCode, toSupplier.body).toBe(201);
    await keeper.post(`/api/persons/${courier.id}/links`, { linkedPersonId: supplier.id, kind: 'associate' });

    const mine = await graph(keeper, dealer.id);
    expect(mine.edges.map((e) => e.kind).sort()).toEqual(['associate', 'courier', 'supplier']);
    const supplierNode = mine.nodes.find((n) => n.id === supplier.id);
    expect(supplierNode).toEqual({ level: 'pointer', id: supplier.id, ownerAgency: expect.any(Object) });
    expect(JSON.stringify(mine)).not.toContain('Lê Văn Cung');

    // Hà Nội reads the dealer only in summary: the links are part of the record in full, so it sees none.
    await share(dealer.id, haNoi, 'summary');
    expect(await graph(partner, dealer.id)).toMatchObject({ edges: [], nodes: [{ id: dealer.id }] });
    // From its own record, Hà Nội does not learn who links to it either.
    expect((await graph(partner, supplier.id)).edges).toEqual([]);
    expect((await stranger.get(`/api/persons/${dealer.id}/links`)).statusCode).toBe(404);
  });

  it('refuses a self link, a duplicate, and links by another force, and keeps removed links in the history', async () => {
    const a = await record(keeper, 'Đỗ Văn Một');
    const b = await record(keeper, 'Đỗ Văn Hai');
    const self = await keeper.post(`/api/persons/${a.id}/links`, { linkedPersonId: a.id, kind: 'other' });
    expect(self.statusCode).toBe(422);
    expect(self.json()).toMatchObject({ code: 'self_link', errors: [{ path: 'linkedPersonId' }] });
    const link = (
      await keeper.post(`/api/persons/${a.id}/links`, { linkedPersonId: b.id, kind: 'relative' })
    ).json();
    const again = await keeper.post(`/api/persons/${a.id}/links`, { linkedPersonId: b.id, kind: 'relative' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('link_exists');

    await share(a.id, haNoi, 'full');
    // Hà Nội sees the link only once it may see its other end too.
    expect((await graph(partner, a.id)).edges).toEqual([]);
    await share(b.id, haNoi, 'pointer');
    const foreignLink = await partner.post(`/api/persons/${a.id}/links`, {
      linkedPersonId: b.id,
      kind: 'other',
    });
    expect(foreignLink.statusCode).toBe(403);
    const foreignRemove = await partner.post(`/api/persons/${a.id}/links/${link.id}/remove`, {
      reason: 'Sai',
    });
    expect(foreignRemove.statusCode).toBe(403);
    expect((await graph(partner, a.id)).edges).toHaveLength(1);

    const removed = await keeper.post(`/api/persons/${a.id}/links/${link.id}/remove`, {
      reason: 'Nhầm người',
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await graph(keeper, a.id)).edges).toEqual([]);
    const relinked = await keeper.post(`/api/persons/${a.id}/links`, {
      linkedPersonId: b.id,
      kind: 'relative',
    });
    expect(relinked.statusCode).toBe(201);

    const history = (await keeper.get(`/api/persons/${a.id}/history`)).json() as History;
    expect(history.items.map((i) => i.event)).toEqual([
      'person.recorded',
      'person.linked',
      'share.granted',
      'person.unlinked',
      'person.linked',
    ]);
    expect(history.items[2]?.receivingAgency?.id).toBe(haNoi.id);
    // A reader in full of another force does not learn whom else the record was shared with.
    expect((await partner.get(`/api/persons/${a.id}/history`)).statusCode).toBe(403);
    expect((await stranger.get(`/api/persons/${a.id}/history`)).statusCode).toBe(404);
  });

  it('keeps a photo for readers in full only, checking that the bytes are the image they claim to be', async () => {
    const person = await record(keeper, 'Vương Văn Ảnh');
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);
    const put = (client: ApiClient, body: Buffer, type: string) =>
      client.request('PUT', `/api/persons/${person.id}/photo`, body, { headers: { 'content-type': type } });

    const fake = await put(keeper, Buffer.from('%PDF-1.7 not an image'), 'image/png');
    expect(fake.statusCode).toBe(422);
    expect(fake.json().code).toBe('not_an_image');
    expect((await put(keeper, png, 'image/jpeg')).statusCode).toBe(422);
    expect((await put(keeper, png, 'text/plain')).statusCode).toBe(415);
    expect((await keeper.get(`/api/persons/${person.id}/photo`)).statusCode).toBe(404);

    expect((await put(keeper, png, 'image/png')).statusCode).toBe(204);
    const photo = await keeper.get(`/api/persons/${person.id}/photo`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(png)).toBe(true);
    expect((await keeper.get(`/api/persons/${person.id}`)).json().photoSha256).toMatch(/^[0-9a-f]{64}$/);

    await share(person.id, haNoi, 'summary');
    expect((await partner.get(`/api/persons/${person.id}/photo`)).statusCode).toBe(404);
    expect((await put(partner, png, 'image/png')).statusCode).toBe(403);
    expect((await stranger.get(`/api/persons/${person.id}/photo`)).statusCode).toBe(404);

    expect((await keeper.request('DELETE', `/api/persons/${person.id}/photo`)).statusCode).toBe(204);
    expect((await keeper.get(`/api/persons/${person.id}/photo`)).statusCode).toBe(404);
    expect((await keeper.get(`/api/persons/${person.id}`)).json().photoSha256).toBeNull();
  });
});
