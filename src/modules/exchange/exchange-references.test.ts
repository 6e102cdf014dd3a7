import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import type { AgencyRow } from '../agencies/index.ts';
import { buildAgency, type MessageJson, userOf } from './exchange.test-kit.ts';

const PDF = Buffer.from('%PDF-1.4\n% Biên bản bàn giao\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

describe.each(ENGINES)('references and attachments of messages on %s', (engine) => {
  let test: TestApp;
  let owner: AgencyRow;
  let partner: AgencyRow;
  let bystander: AgencyRow;
  let ownerApi: ApiClient;
  let partnerApi: ApiClient;
  let bystanderApi: ApiClient;
  let personId: string;
  beforeAll(async () => {
    test = await startTestApp(engine, { demoMode: true, documentLimit: 4096 });
    owner = await buildAgency(test.deps);
    partner = await buildAgency(test.deps);
    bystander = await buildAgency(test.deps);
    ownerApi = (await userOf(test, owner, ['investigator'])).api;
    partnerApi = (await userOf(test, partner)).api;
    bystanderApi = (await userOf(test, bystander)).api;
    const person = await ownerApi.post('/api/persons', {
      fullName: 'Hồ Văn Lực',
      dataSubjectCategory: 'suspect',
    });
    expect(person.statusCode, person.body).toBe(201);
    personId = person.json().id;
  });
  afterAll(async () => {
    await test.close();
  });

  const send = async (body: Record<string, unknown>) => {
    const response = await ownerApi.post('/api/messages', {
      kind: 'request_assistance',
      assistanceKind: 'verify_person',
      to: { agencyIds: [partner.id, bystander.id] },
      subject: 'Đề nghị xác minh nhân thân',
      body: 'Đề nghị xác minh đối tượng trong hồ sơ đính kèm.',
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as MessageJson;
  };
  const openAs = async (client: ApiClient, id: string) =>
    ((await client.get(`/api/messages/${id}`)).json() as { messages: MessageJson[] })
      .messages[0] as MessageJson;

  it('shows each recipient a referenced record only as the sharing policy lets it, evaluated at each reading', async () => {
    const sent = await send({ references: [{ kind: 'persons', id: personId }] });
    expect(sent.references).toMatchObject([{ kind: 'persons', id: personId, level: 'full' }]);
    // Not shared: the reference does not exist for the recipients, as the record does not.
    expect((await openAs(partnerApi, sent.id)).references).toEqual([]);
    expect((await partnerApi.get(`/api/persons/${personId}`)).statusCode).toBe(404);

    const share = await ownerApi.post(`/api/sharing/persons/${personId}/shares`, {
      recipientAgencyId: partner.id,
      level: 'pointer',
      purpose: 'Trao đổi theo yêu cầu xác minh',
    });
    expect(share.statusCode, share.body).toBe(201);
    const pointer = (await openAs(partnerApi, sent.id)).references;
    expect(pointer).toEqual([
      {
        kind: 'persons',
        id: personId,
        level: 'pointer',
        ownerAgency: expect.objectContaining({ id: owner.id }),
      },
    ]);
    expect(Object.keys(pointer[0] ?? {}).sort()).toEqual(['id', 'kind', 'level', 'ownerAgency']);
    expect((await openAs(bystanderApi, sent.id)).references).toEqual([]);

    await ownerApi.post(`/api/sharing/shares/${share.json().id}/revoke`, { reason: 'Hết nhu cầu' });
    expect((await openAs(partnerApi, sent.id)).references).toEqual([]);
  });

  it('quotes the references in a reply, each reader still seeing each as its own rights allow', async () => {
    const sent = await send({ references: [{ kind: 'persons', id: personId }] });
    const reply = await partnerApi.post(`/api/messages/${sent.id}/reply`, { body: 'Đã xác minh.' });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json().references).toEqual([]);
    const asOwner = (await ownerApi.get(`/api/messages/${reply.json().id}`)).json().messages as MessageJson[];
    expect(asOwner.find((m) => m.id === reply.json().id)?.references).toMatchObject([
      { id: personId, level: 'full' },
    ]);
    const plain = await partnerApi.post(`/api/messages/${sent.id}/reply`, {
      body: 'Bổ sung',
      quoteReferences: false,
    });
    const ownerSees = (await ownerApi.get(`/api/messages/${plain.json().id}`)).json()
      .messages as MessageJson[];
    expect(ownerSees.find((m) => m.id === plain.json().id)?.references).toEqual([]);
  });

  it('refuses a reference the sender cannot see, as if the record did not exist', async () => {
    const response = await partnerApi.post('/api/messages', {
      kind: 'notification',
      to: { agencyIds: [bystander.id] },
      subject: 'Chuyển tiếp',
      body: 'x',
      references: [{ kind: 'persons', id: personId }],
    });
    expect(response.json()).toMatchObject({ code: 'unknown_record', errors: [{ path: 'references.0' }] });
  });

  const upload = (client: ApiClient, content: Buffer, type: string, filename = 'bien-ban.pdf') =>
    client.request('POST', `/api/messages/attachments?filename=${encodeURIComponent(filename)}`, content, {
      headers: { 'content-type': type },
    });

  it('carries attachments of the allowed types and sizes to the recipients only, once', async () => {
    const pdf = await upload(ownerApi, PDF, 'application/pdf', 'Biên bản bàn giao.pdf');
    expect(pdf.statusCode, pdf.body).toBe(201);
    const png = await upload(ownerApi, PNG, 'image/png', 'anh-doi-tuong');
    expect(png.json()).toMatchObject({ mediaType: 'image/png', filename: 'anh-doi-tuong.png' });
    const sent = await send({ attachmentIds: [pdf.json().id, png.json().id] });
    expect(sent.attachments.map((a) => a.mediaType).sort()).toEqual(['application/pdf', 'image/png']);
    const file = await partnerApi.get(`/api/messages/${sent.id}/attachments/${pdf.json().id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const outsider = (await userOf(test, await buildAgency(test.deps))).api;
    expect((await outsider.get(`/api/messages/${sent.id}/attachments/${pdf.json().id}`)).statusCode).toBe(
      404,
    );
    const reuse = await ownerApi.post('/api/messages', {
      kind: 'notification',
      to: { agencyIds: [partner.id] },
      subject: 'Gửi lại',
      body: 'x',
      attachmentIds: [pdf.json().id],
    });
    expect(reuse.json()).toMatchObject({ code: 'unknown_attachment', errors: [{ path: 'attachmentIds' }] });
  });

  it.each([
    ['a type that is not allowed', Buffer.from('hello'), 'text/csv', 415, 'unsupported_media_type'],
    ['content that is not what it claims', PNG, 'application/pdf', 422, 'attachment_type_mismatch'],
    [
      'a file over the limit',
      Buffer.concat([PDF, randomBytes(5000)]),
      'application/pdf',
      413,
      'payload_too_large',
    ],
  ])('refuses %s', async (_name, content, type, status, code) => {
    const response = await upload(ownerApi, content, type);
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
  });
});
