import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { logInAs } from '../../test/factories.ts';
import type { AgencyRow } from '../agencies/index.ts';
import { escalateOverdue } from './escalation.service.ts';
import { buildAgency, buildAgreementInForce, type MessageJson, userOf } from './exchange.test-kit.ts';

const HOUR = 3_600_000;

type Notification = { kind: string; recordId: string; eventCount: number; events: { recordId: string }[] };

describe.each(ENGINES)('deadlines, escalation, grouping and figures on %s', (engine) => {
  let test: TestApp;
  let quangNam: AgencyRow;
  let sekong: AgencyRow;
  let other: AgencyRow;
  let sender: ApiClient;
  let liaison: ApiClient;
  let commanders: ApiClient[];
  let names: string[];
  let senderCommander: ApiClient;
  let firstAgreement: string;
  beforeAll(async () => {
    test = await startTestApp(engine, { demoMode: true });
    quangNam = await buildAgency(test.deps);
    sekong = await buildAgency(test.deps);
    other = await buildAgency(test.deps);
    firstAgreement = await buildAgreementInForce(test, [quangNam, sekong], {
      urgentHours: 8,
      normalHours: 168,
      lowHours: null,
    });
    // A second agreement between the same forces promises urgent answers within 4 hours: the shorter binds.
    await buildAgreementInForce(test, [quangNam, sekong], {
      urgentHours: 4,
      normalHours: null,
      lowHours: null,
    });
    const made = [
      await userOf(test, quangNam),
      await userOf(test, quangNam, ['commander']),
      await userOf(test, sekong),
      await userOf(test, sekong, ['commander']),
      await userOf(test, sekong, ['commander']),
    ];
    names = made.map((u) => u.username);
    [sender, senderCommander, liaison, ...commanders] = made.map((u) => u.api) as [
      ApiClient,
      ApiClient,
      ApiClient,
      ...ApiClient[],
    ];
  });
  afterAll(async () => {
    await test.close();
  });

  const send = async (body: Record<string, unknown>, to = sekong) => {
    const response = await sender.post('/api/messages', {
      kind: 'request_info',
      to: { agencyIds: [to.id] },
      subject: 'Đề nghị cung cấp thông tin',
      body: 'Nội dung',
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as MessageJson;
  };
  /** Moves the clock by hand; sessions idle that long have ended, so everybody logs in again. */
  const advance = async (ms: number) => {
    test.clock.advance(ms);
    const again = await Promise.all(names.map(async (name) => (await logInAs(test, name)).api));
    [sender, senderCommander, liaison, ...commanders] = again as [
      ApiClient,
      ApiClient,
      ApiClient,
      ...ApiClient[],
    ];
  };
  const notifications = async (client: ApiClient) =>
    ((await client.get('/api/inbox/notifications')).json() as { items: Notification[] }).items;

  it('takes the shortest deadline of the agreements in force for the priority, or the one given, or none', async () => {
    const now = test.clock().getTime();
    const urgent = await send({ priority: 'urgent' });
    expect(urgent.recipients[0]).toMatchObject({
      deadlineAt: new Date(now + 4 * HOUR).toISOString(),
      deadlineSource: 'agreement',
    });
    const normal = await send({ priority: 'normal' });
    expect(normal.recipients[0]?.deadlineAt).toBe(new Date(now + 168 * HOUR).toISOString());
    const low = await send({ priority: 'low' });
    expect(low.recipients[0]).toMatchObject({ deadlineAt: null, deadlineSource: null });
    const given = await send({ priority: 'low', deadlineAt: '2026-11-24T09:30:00+07:00' });
    expect(given.recipients[0]).toMatchObject({
      deadlineAt: '2026-11-24T02:30:00.000Z',
      deadlineSource: 'explicit',
    });
    const noAgreement = await send({ priority: 'urgent' }, other);
    expect(noAgreement.recipients[0]?.deadlineAt).toBeNull();
    const notice = await send({ kind: 'notification', priority: 'urgent' });
    expect(notice.recipients[0]?.deadlineAt).toBeNull();
  });

  it('marks late requests overdue once, telling each commander of the late force and the asking force, on a clock moved by hand', async () => {
    const request = await send({ priority: 'urgent', subject: 'Khẩn: xác minh đối tượng' });
    const answered = await send({ priority: 'urgent', subject: 'Khẩn: đã trả lời kịp' });
    expect(
      (await liaison.post(`/api/messages/${answered.id}/reply`, { body: 'Đã xác minh xong.' })).statusCode,
    ).toBe(201);
    expect(await escalateOverdue(test.deps, test.clock())).toEqual([]);

    await advance(4 * HOUR + 1);
    const moved = await escalateOverdue(test.deps, test.clock());
    expect(moved.map((r) => r.messageId)).toContain(request.id);
    expect(moved.map((r) => r.messageId)).not.toContain(answered.id);
    expect(moved.every((r) => r.state === 'overdue')).toBe(true);
    expect(await escalateOverdue(test.deps, test.clock())).toEqual([]);
    expect(await escalateOverdue(test.deps, new Date(test.clock().getTime() + HOUR))).toEqual([]);

    for (const commander of commanders) {
      const overdue = (await notifications(commander)).filter((n) => n.kind === 'request_overdue');
      expect(overdue).toHaveLength(1);
      expect(overdue[0]?.events.map((e) => e.recordId)).toContain(request.id);
    }
    expect((await notifications(liaison)).filter((n) => n.kind === 'request_overdue')).toEqual([]);
    const asking = (await notifications(senderCommander)).filter((n) => n.kind === 'request_overdue');
    expect(asking).toHaveLength(1);

    const listed = (await liaison.get('/api/messages/inbox?overdue=true')).json().items as MessageJson[];
    expect(listed.map((m) => m.id)).toContain(request.id);
    expect(listed.map((m) => m.id)).not.toContain(answered.id);
    const events = (await sender.get(`/api/messages/${request.id}`)).json().messages[0].recipients[0].events;
    expect(events.map((e: { to: string }) => e.to)).toEqual(['sent', 'overdue']);
    // Answering late is still an answer: the request leaves the overdue list.
    expect(
      (await liaison.post(`/api/messages/${request.id}/reply`, { body: 'Trả lời muộn.' })).statusCode,
    ).toBe(201);
    const after = (await liaison.get('/api/messages/inbox?overdue=true')).json().items as MessageJson[];
    expect(after.map((m) => m.id)).not.toContain(request.id);
  });

  it('groups a bulk send into one notification per sender and day: no flood', async () => {
    const before = (await notifications(liaison)).length;
    for (let i = 0; i < 25; i++) {
      await send({ kind: 'notification', subject: `Thông báo số ${i + 1}` });
    }
    const after = await notifications(liaison);
    expect(after.length).toBeLessThanOrEqual(before + 1);
    const digest = after.find((n) => n.kind === 'messages_received');
    expect(digest?.eventCount).toBeGreaterThanOrEqual(25);
  });

  it('counts an agreement’s exchanges for its review: requests, answers, on time, median answer time, items', async () => {
    const from = '2026-11-01';
    const until = '2026-12-01';
    const card = await senderCommander.get(
      `/api/agreements/${firstAgreement}/exchange-scorecard?from=${from}&until=${until}`,
    );
    expect(card.statusCode, card.body).toBe(200);
    const figures = card.json();
    expect(figures.requestsSent).toBeGreaterThanOrEqual(6);
    expect(figures.requestsAnswered).toBe(2);
    expect(figures.answeredOnTime).toBe(1);
    // The late request and the urgent one of the first test, never answered.
    expect(figures.overdue).toBe(2);
    // One answered at once, one 4 hours late: the median of 0 and 4 hours.
    expect(figures.medianAnswerHours).toBeCloseTo(2, 1);
    expect(figures.messages).toBeGreaterThan(figures.requestsSent);
    const outsider = (await userOf(test, other, ['commander'])).api;
    const refused = await outsider.get(
      `/api/agreements/${firstAgreement}/exchange-scorecard?from=${from}&until=${until}`,
    );
    expect(refused.statusCode).toBe(403);
    const empty = await senderCommander.get(
      `/api/agreements/${firstAgreement}/exchange-scorecard?from=2025-01-01&until=2025-02-01`,
    );
    expect(empty.json()).toMatchObject({ messages: 0, requestsSent: 0, medianAnswerHours: null });
  });
});
