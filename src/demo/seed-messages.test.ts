import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../modules/exchange/exchange.tables.ts';
import { apiClient } from '../test/api.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { ENGINES } from '../test/db.ts';
import { DEMO_PASSWORD } from './demo-data.ts';
import { seedDemo } from './seed-demo.ts';

type Item = {
  id: string;
  kind: string;
  subject: string;
  mine: { state: string; readAt: string | null } | null;
  recipients: { state: string }[];
};

describe.each(ENGINES)('the demo exchanges on %s', (engine) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(engine, { demoMode: true, seedDemo: true });
  });
  afterAll(async () => {
    await test.close();
  });

  const as = async (username: string) => {
    const api = apiClient(test.app);
    const login = await api.post('/api/auth/login', { username, password: DEMO_PASSWORD });
    expect(login.statusCode).toBe(200);
    return api;
  };

  it('gives the forces busy inboxes with answered, open and overdue requests', async () => {
    const hungYen = await as('lienlac.hungyen');
    const received = (await hungYen.get('/api/messages/inbox')).json().items as Item[];
    const states = received.map((m) => m.mine?.state);
    expect(states).toContain('answered');
    // Listing it delivered the open request; nobody has read it yet.
    expect(received.some((m) => m.mine?.state === 'delivered' && m.mine.readAt === null)).toBe(true);
    const sent = (await hungYen.get('/api/messages/sent')).json().items as Item[];
    expect(sent.flatMap((m) => m.recipients.map((r) => r.state))).toContain('overdue');
    const commander = await as('chihuy.hungyen');
    const told = (await commander.get('/api/inbox/notifications')).json().items as { kind: string }[];
    expect(told.map((n) => n.kind)).toContain('request_overdue');
    const laiChau = await as('lienlac.laichau');
    const lcuSent = (await laiChau.get('/api/messages/sent')).json().items as Item[];
    expect(lcuSent.flatMap((m) => m.recipients.map((r) => r.state))).toEqual(
      expect.arrayContaining(['overdue']),
    );
  });

  it('holds a Quảng Nam - Sekong thread that Sekong reads in Lao, and Đà Nẵng reads Sekong’s template in Vietnamese', async () => {
    const sekong = await as('lienlac.xekong');
    const inbox = (await sekong.get('/api/messages/inbox')).json().items as Item[];
    const request = inbox.find((m) => m.kind === 'request_assistance');
    expect(request?.subject).toMatch(/[\u0E80-\u0EFF]/);
    const thread = (await sekong.get(`/api/messages/${request?.id}`)).json().messages as {
      body: string;
      sender: { code: string };
    }[];
    expect(thread.map((m) => m.sender.code)).toEqual(['CA-QNM', 'LA-XEKONG', 'CA-QNM']);
    expect(thread[0]?.body).toMatch(/[\u0E80-\u0EFF]/);
    expect(thread[2]?.body).toContain('Sê Kông');

    const daNang = await as('lienlac.danang');
    const patrol = ((await daNang.get('/api/messages/inbox')).json().items as Item[]).find(
      (m) => m.kind === 'request_assistance',
    );
    expect(patrol?.subject).toBe('Đề nghị phối hợp tuần tra chung');
    expect((await daNang.get('/api/inbox/unread')).json()).toEqual({ messages: 0, notifications: 0 });
  });

  it('changes nothing when seeded again', async () => {
    const before = (await test.deps.db.select().from(messages)).length;
    expect((await seedDemo(test.deps)).created).toBe(false);
    expect((await test.deps.db.select().from(messages)).length).toBe(before);
  });
});
