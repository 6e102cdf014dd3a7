import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../events/outbox.tables.ts';
import { type ApiClient, apiClient } from '../../../test/api.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildAgency, buildUser, logInAs } from '../../../test/factories.ts';
import type { AgencyRow } from '../../agencies/index.ts';
import { auditEvents } from '../../audit/audit.tables.ts';
import type { Role } from '../../auth/index.ts';
import { agreementDocuments } from './documents.tables.ts';

const UNKNOWN = '01900000-0000-7000-8000-000000000000';
const LIMIT = 4096;

/** A minimal one-page PDF 1.4, with the binary comment line real PDFs carry after the header. */
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n%', 'latin1'),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
  Buffer.from(
    '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  ),
]);
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe.each(ENGINES)('signed documents of agreements on %s', (engine) => {
  let test: TestApp;
  let party: AgencyRow;
  let writer: ApiClient;
  let agreementId: string;

  const userAt = async (agency: AgencyRow, roles: Role[]): Promise<ApiClient> => {
    const { user } = await buildUser(test.deps, { agency, roles });
    return (await logInAs(test, user.username)).api;
  };
  const upload = (
    api: ApiClient,
    body: Buffer,
    options: { filename?: string; type?: string; id?: string } = {},
  ) =>
    api.request(
      'POST',
      `/api/agreements/${options.id ?? agreementId}/documents?filename=${encodeURIComponent(options.filename ?? 'qcph.pdf')}`,
      body,
      { headers: { 'content-type': options.type ?? 'application/pdf' } },
    );
  const savedCount = async () =>
    (
      await test.deps.db
        .select()
        .from(agreementDocuments)
        .where(eq(agreementDocuments.agreementId, agreementId))
    ).length;

  beforeAll(async () => {
    test = await startTestApp(engine, { documentLimit: LIMIT });
    party = await buildAgency(test.deps);
    writer = await userAt(party, ['commander']);
    const created = await writer.post('/api/agreements', {
      kind: 'regulation',
      title: 'Quy chế phối hợp thử',
      parties: [{ agencyId: party.id }],
    });
    expect(created.statusCode).toBe(201);
    agreementId = created.json().id;
  });
  afterAll(async () => {
    await test.close();
  });

  it('uploads a PDF with a Vietnamese name, lists it, and serves it back byte for byte as an attachment', async () => {
    const name = 'Quy chế 303/QCPH "bản ký".pdf';
    const uploaded = await upload(writer, PDF, { filename: name });
    expect(uploaded.statusCode).toBe(201);
    const document = uploaded.json();
    expect(document).toMatchObject({ agreementId, filename: 'QCPH "bản ký".pdf', byteSize: PDF.length });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);

    const reader = await userAt(await buildAgency(test.deps), ['read_only']);
    const list = await reader.get(`/api/agreements/${agreementId}/documents`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([document]);
    expect(list.body).not.toContain('content');

    const download = await reader.get(`/api/agreements/${agreementId}/documents/${document.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="QCPH _ban ky_.pdf"; filename*=UTF-8''QCPH%20%22b%E1%BA%A3n%20k%C3%BD%22.pdf`,
    );

    const events = await test.deps.db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.aggregateId, agreementId));
    expect(events.map((e) => e.eventType)).toContain('agreement.document_attach');
    const audit = await test.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.objectIds, [agreementId, document.id]));
    expect(audit.map((a) => [a.action, a.detail])).toEqual([
      ['create', 'agreement.document_attach'],
      ['read', 'agreement.document_download'],
    ]);
  });

  it('refuses what is not a PDF by its content or its type, and a body over the limit, saving nothing', async () => {
    const before = await savedCount();
    const png = await upload(writer, PNG, { filename: 'photo.pdf' });
    expect(png.statusCode).toBe(422);
    expect(png.json()).toMatchObject({ code: 'not_a_pdf', errors: [{ path: 'body', code: 'not_a_pdf' }] });
    const octets = await upload(writer, PDF, { type: 'application/octet-stream' });
    expect(octets.statusCode).toBe(415);
    expect(octets.json().code).toBe('unsupported_media_type');
    const json = await writer.post(`/api/agreements/${agreementId}/documents?filename=a.pdf`, {
      content: 'x',
    });
    expect(json.statusCode).toBe(415);
    const large = await upload(writer, Buffer.concat([PDF, Buffer.alloc(LIMIT)]));
    expect(large.statusCode).toBe(413);
    expect(large.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(large.json().code).toBe('payload_too_large');
    const control = await upload(writer, PDF, { filename: 'a\u0007b.pdf' });
    expect(control.statusCode).toBe(400);
    expect(control.json().errors[0].path).toBe('querystring.filename');
    expect(await savedCount()).toBe(before);
  });

  it('answers 401 without login, 403 without CSRF or write rights, and 404 for an unknown agreement', async () => {
    const before = await savedCount();
    expect((await upload(apiClient(test.app), PDF)).statusCode).toBe(401);
    expect((await apiClient(test.app).get(`/api/agreements/${agreementId}/documents`)).statusCode).toBe(401);
    const investigator = await userAt(party, ['investigator']);
    const refused = await upload(investigator, PDF);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('forbidden');
    const outsider = await userAt(await buildAgency(test.deps), ['commander']);
    expect((await upload(outsider, PDF)).statusCode).toBe(403);
    const token = writer.csrfToken();
    writer.setCsrfToken(undefined);
    const noCsrf = await upload(writer, PDF);
    writer.setCsrfToken(token);
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf_failed');
    expect((await upload(writer, PDF, { id: UNKNOWN })).statusCode).toBe(404);
    expect((await writer.get(`/api/agreements/${UNKNOWN}/documents`)).statusCode).toBe(404);
    expect((await writer.get(`/api/agreements/${agreementId}/documents/${UNKNOWN}`)).statusCode).toBe(404);
    expect(await savedCount()).toBe(before);
  });
});
