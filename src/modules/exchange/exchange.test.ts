import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../events/outbox.tables.ts';
import type { ApiClient } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import type { AgencyRow } from '../agencies/index.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { messageRecipients, messages } from './exchange.tables.ts';
import {
  buildAgency,
  buildAgreementInForce,
  buildForeignAgency,
  type MessageJson,
  userOf,
} from './exchange.test-kit.ts';

describe.each(ENGINES)('messages between forces on %s', (engine) => {
  let test: TestApp;
  let hungYen: AgencyRow;
  let haNoi: AgencyRow;
  let outsider: AgencyRow;
  let sekong: AgencyRow;
  let sender: ApiClient;
  let analyst: ApiClient;
  let receiver: ApiClient;
  let stranger: ApiClient;
  let agreementId: string;
  beforeAll(async () => {
    test = await startTestApp(engine, { demoMode: true });
    hungYen = await buildAgency(test.deps);
    haNoi = await buildAgency(test.deps);
    outsider = await buildAgency(test.deps);
    sekong = await buildForeignAgency(test);
    agreementId = await buildAgreementInForce(test, [hungYen, haNoi], {
      urgentHours: 8,
      normalHours: 168,
      lowHours: null,
    });
    sender = (await userOf(test, hungYen, ['liaison_officer'], 'MAT')).api;
    analyst = (await userOf(test, hungYen, ['analyst'])).api;
    receiver = (await userOf(test, haNoi)).api;
    stranger = (await userOf(test, outsider, ['administrator', 'liaison_officer'], 'TOI_MAT')).api;
  });
  afterAll(async () => {
    await test.close();
  });

  const request = (overrides: Record<string, unknown> = {}) => ({
    kind: 'request_info',
    to: { agencyIds: [haNoi.id] },
    subject: 'Đề nghị xác minh nơi ở đối tượng',
    body: 'Đề nghị Công an Hà Nội xác minh nơi ở hiện nay của đối tượng Nguyễn Văn Tùng.',
    priority: 'urgent',
    ...overrides,
  });
  const send = async (client: ApiClient, body: Record<string, unknown>, status = 201) => {
    const response = await client.post('/api/messages', body);
    expect(response.statusCode, response.body).toBe(status);
    return response.json() as MessageJson;
  };
  const thread = async (client: ApiClient, id: string) =>
    (await client.get(`/api/messages/${id}`)).json() as { messages: MessageJson[] };
  const countRows = async () => (await test.deps.db.select().from(messageRecipients)).length;

  it('sends a request numbered in its pair with the deadline of the agreement, delivered on listing and read on opening, audited', async () => {
    const sent = await send(sender, request());
    const row = sent.recipients[0];
    expect(row).toMatchObject({
      agency: { id: haNoi.id },
      state: 'sent',
      seq: 1,
      deadlineSource: 'agreement',
    });
    expect(row?.deadlineAt).toBe(new Date(test.clock().getTime() + 8 * 3_600_000).toISOString());
    const outbox = await test.deps.db
      .select()
      .from(outboxEvents)
      .where(and(eq(outboxEvents.aggregateId, sent.id), eq(outboxEvents.eventType, 'message.sent')));
    expect(outbox).toHaveLength(1);

    const inbox = (await receiver.get('/api/messages/inbox')).json();
    expect(inbox.items.map((m: MessageJson) => m.id)).toContain(sent.id);
    expect(inbox.unread).toBeGreaterThanOrEqual(1);
    const opened = await thread(receiver, sent.id);
    expect(opened.messages[0]?.mine).toMatchObject({ state: 'read', seq: 1 });
    const reads = await test.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.detail, 'message.thread_read'));
    expect(reads.some((r) => r.objectIds.includes(sent.id))).toBe(true);
    const mine = (await thread(sender, sent.id)).messages[0];
    expect(mine?.recipients[0]?.events.map((e) => e.to)).toEqual(['sent', 'delivered', 'read']);
  });

  it('gives one message for one idempotency key, however often it is sent', async () => {
    const before = await countRows();
    const first = await send(sender, request({ idempotencyKey: 'hy-hn-2026-0001' }), 201);
    const again = await send(sender, request({ idempotencyKey: 'hy-hn-2026-0001' }), 200);
    expect(again.id).toBe(first.id);
    expect(await countRows()).toBe(before + 1);
    const keyed = await test.deps.db
      .select()
      .from(messages)
      .where(eq(messages.idempotencyKey, 'hy-hn-2026-0001'));
    expect(keyed).toHaveLength(1);
  });

  it('refuses an idempotency key reused for a different message (409), writing nothing', async () => {
    const first = await send(sender, request({ idempotencyKey: 'hy-hn-2026-0002' }), 201);
    const before = await countRows();
    for (const changed of [{ body: 'Nội dung khác' }, { to: { agencyIds: [haNoi.id, outsider.id] } }]) {
      const response = await sender.post(
        '/api/messages',
        request({ idempotencyKey: 'hy-hn-2026-0002', ...changed }),
      );
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json()).toMatchObject({
        code: 'idempotency_key_reused',
        errors: [{ path: 'idempotencyKey' }],
      });
    }
    expect(await countRows()).toBe(before);
    const again = await send(sender, request({ idempotencyKey: 'hy-hn-2026-0002' }), 200);
    expect(again.id).toBe(first.id);
  });

  it('sends to every other party of an agreement, and refuses an agreement the sender is not party to', async () => {
    const sent = await send(sender, request({ kind: 'notification', to: { agreementId } }));
    expect(sent.recipients.map((r) => r.agency.id)).toEqual([haNoi.id]);
    const refused = await stranger.post('/api/messages', request({ to: { agreementId } }));
    expect(refused.json()).toMatchObject({ code: 'not_a_party', errors: [{ path: 'to.agreementId' }] });

    // The inbox filter by agreement keeps the messages under it (sent to its parties, or deadlined by it).
    const other = await buildAgreementInForce(test, [hungYen, haNoi], {
      urgentHours: 8,
      normalHours: 168,
      lowHours: null,
    });
    const ids = async (filter: string) =>
      ((await receiver.get(`/api/messages/inbox?${filter}`)).json().items as { id: string }[]).map(
        (m) => m.id,
      );
    expect(await ids(`agreementId=${agreementId}`)).toContain(sent.id);
    expect(await ids(`agreementId=${other}`)).not.toContain(sent.id);
    expect(await ids('agreementId=01900000-0000-7000-8000-000000000000')).toEqual([]);
  });

  it.each([
    [
      'an unknown agency',
      { to: { agencyIds: ['01900000-0000-7000-8000-000000000000'] } },
      422,
      'unknown_agency',
      'to.agencyIds.0',
    ],
    [
      'its own agency',
      () => ({ to: { agencyIds: [hungYen.id] } }),
      422,
      'invalid_recipient',
      'to.agencyIds.0',
    ],
    [
      'a state secret to a foreign agency',
      () => ({ to: { agencyIds: [sekong.id] }, classification: 'MAT' }),
      422,
      'classified_to_foreign',
      'to.agencyIds.0',
    ],
    [
      'a classification above the clearance',
      { classification: 'TOI_MAT' },
      422,
      'classification_above_clearance',
      'classification',
    ],
    ['a deadline in the past', { deadlineAt: '2026-11-22T00:00:00Z' }, 422, 'deadline_in_past', 'deadlineAt'],
    [
      'a deadline on a notification',
      { kind: 'notification', deadlineAt: '2027-01-01T00:00:00Z' },
      400,
      'validation_failed',
      'deadlineAt',
    ],
    [
      'a request for assistance without its sub-kind',
      { kind: 'request_assistance' },
      400,
      'validation_failed',
      'assistanceKind',
    ],
    ['a body over 20,000 characters', { body: 'x'.repeat(20_001) }, 400, 'validation_failed', 'body'],
    [
      'a reference to a record that does not exist',
      { references: [{ kind: 'persons', id: '01900000-0000-7000-8000-000000000000' }] },
      422,
      'unknown_record',
      'references.0',
    ],
    [
      'a reference to a kind that has no records yet',
      { references: [{ kind: 'hotspots', id: '01900000-0000-7000-8000-000000000000' }] },
      422,
      'unknown_record',
      'references.0',
    ],
    [
      'an attachment nobody uploaded',
      { attachmentIds: ['01900000-0000-7000-8000-000000000000'] },
      422,
      'unknown_attachment',
      'attachmentIds',
    ],
    ['nobody to send to', { to: {} }, 400, 'validation_failed', 'to'],
  ])('refuses %s with a clear 4xx and sends nothing', async (_name, overrides, status, code, path) => {
    const before = await countRows();
    const body = request(typeof overrides === 'function' ? overrides() : overrides);
    const response = await sender.post('/api/messages', body);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().code).toBe(code);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await countRows()).toBe(before);
  });

  it('refuses a 10 MB body with 413 before reading it, and a role that does not send with 403', async () => {
    const before = await countRows();
    const huge = await sender.post('/api/messages', request({ body: 'đ'.repeat(5_000_000) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('payload_too_large');
    expect((await analyst.post('/api/messages', request())).statusCode).toBe(403);
    expect(await countRows()).toBe(before);
  });

  it('lets a recipient acknowledge and answer, and the sender close; refuses every move the table refuses', async () => {
    const sent = await send(sender, request());
    expect((await sender.post(`/api/messages/${sent.id}/acknowledge`)).statusCode).toBe(403);
    const ack = await receiver.post(`/api/messages/${sent.id}/acknowledge`);
    expect(ack.json().mine.state).toBe('acknowledged');
    const twice = await receiver.post(`/api/messages/${sent.id}/acknowledge`);
    expect(twice.json()).toMatchObject({ code: 'invalid_status_transition' });
    expect((await receiver.post(`/api/messages/${sent.id}/close`)).statusCode).toBe(403);

    const answer = await receiver.post(`/api/messages/${sent.id}/reply`, {
      body: 'Đối tượng đang ở phường Hoàn Kiếm.',
    });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json()).toMatchObject({
      kind: 'reply',
      threadId: sent.id,
      recipients: [{ agency: { id: hungYen.id } }],
    });
    const view = await thread(sender, sent.id);
    expect(view.messages.map((m) => m.kind)).toEqual(['request_info', 'reply']);
    expect(view.messages[0]?.recipients[0]?.state).toBe('answered');
    const withdraw = await sender.post(`/api/messages/${sent.id}/withdraw`, { reason: 'Nhầm' });
    expect(withdraw.json()).toMatchObject({ code: 'invalid_status_transition' });
    const closed = await sender.post(`/api/messages/${sent.id}/close`);
    expect(closed.json().recipients[0].state).toBe('closed');
    expect((await receiver.post(`/api/messages/${sent.id}/acknowledge`)).json().code).toBe(
      'invalid_status_transition',
    );
  });

  it('withdraws a message: the recipient keeps its subject and loses its body, and may no longer answer it', async () => {
    const sent = await send(sender, request({ body: 'Nội dung sẽ thu hồi' }));
    expect((await receiver.post(`/api/messages/${sent.id}/withdraw`, { reason: 'x' })).statusCode).toBe(403);
    const done = await sender.post(`/api/messages/${sent.id}/withdraw`, { reason: 'Gửi nhầm đơn vị' });
    expect(done.json().recipients[0].state).toBe('withdrawn');
    const seen = (await thread(receiver, sent.id)).messages[0];
    expect(seen).toMatchObject({ body: null, subject: sent.subject, mine: { state: 'withdrawn' } });
    const reply = await receiver.post(`/api/messages/${sent.id}/reply`, { body: 'Đã nhận' });
    expect(reply.json().code).toBe('invalid_status_transition');
  });

  it('hides a message from every other force exactly as one that does not exist, for reading, replying and moving', async () => {
    const sent = await send(sender, request());
    const missing = '01900000-0000-7000-8000-000000000000';
    for (const id of [sent.id, missing]) {
      expect((await stranger.get(`/api/messages/${id}`)).statusCode).toBe(404);
      expect((await stranger.post(`/api/messages/${id}/reply`, { body: 'Xin chào' })).statusCode).toBe(404);
      expect((await stranger.post(`/api/messages/${id}/acknowledge`)).statusCode).toBe(404);
    }
    const listed = (await stranger.get('/api/messages/inbox')).json();
    expect(listed.items.map((m: MessageJson) => m.id)).not.toContain(sent.id);
  });

  it('keeps a classified message from recipients without the clearance', async () => {
    const secret = await send(sender, request({ classification: 'MAT', subject: 'Tin mật' }));
    expect((await receiver.get(`/api/messages/${secret.id}`)).statusCode).toBe(404);
    const items = (await receiver.get('/api/messages/inbox')).json().items as MessageJson[];
    expect(items.map((m) => m.id)).not.toContain(secret.id);
    const cleared = (await userOf(test, haNoi, ['liaison_officer'], 'MAT')).api;
    expect((await cleared.get(`/api/messages/${secret.id}`)).statusCode).toBe(200);
  });

  it('records an exchange made by phone, outside the pair sequence, seen by both forces', async () => {
    const entry = await sender.post('/api/messages/out-of-band', {
      direction: 'received',
      counterpartAgencyId: haNoi.id,
      channel: 'phone',
      occurredAt: new Date(test.clock().getTime() - 3_600_000).toISOString(),
      kind: 'request_info',
      subject: 'Hà Nội gọi điện hỏi về đối tượng Tùng',
      body: 'Trực ban Hà Nội gọi lúc 8 giờ.',
    });
    expect(entry.statusCode, entry.body).toBe(201);
    expect(entry.json()).toMatchObject({ outOfBand: true, channel: 'phone', sender: { id: haNoi.id } });
    expect(entry.json().mine).toMatchObject({ seq: null, state: 'delivered' });
    const theirs = (await receiver.get('/api/messages/sent')).json().items as MessageJson[];
    expect(theirs.map((m) => m.id)).toContain(entry.json().id);
    const future = await sender.post('/api/messages/out-of-band', {
      direction: 'sent',
      counterpartAgencyId: haNoi.id,
      channel: 'meeting',
      occurredAt: '2030-01-01T00:00:00Z',
      kind: 'notification',
      subject: 'Họp giao ban',
    });
    expect(future.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'occurredAt' }] });
  });

  it('lets a recipient prove that nothing is missing from a sender', async () => {
    const report = (await receiver.get(`/api/messages/sequences?senderAgencyId=${hungYen.id}`)).json();
    const pair = report.pairs[0];
    expect(pair.senderAgency.id).toBe(hungYen.id);
    expect(pair.lastSeq).toBeGreaterThan(3);
    expect(pair).toMatchObject({ received: pair.lastSeq, missing: [] });
    const rows = await test.deps.db
      .select({ seq: messageRecipients.seq })
      .from(messageRecipients)
      .where(
        and(
          eq(messageRecipients.senderAgencyId, hungYen.id),
          eq(messageRecipients.recipientAgencyId, haNoi.id),
        ),
      );
    const numbers = rows.flatMap((r) => (r.seq === null ? [] : [r.seq])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: pair.lastSeq }, (_, i) => i + 1));
  });
});
