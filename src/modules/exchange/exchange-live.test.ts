import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { buildAgency, userOf } from './exchange.test-kit.ts';
import { STREAM_IDLE_MS } from './live.routes.ts';
import { checkLiveClients, countLiveClients } from './live.ts';

type Counts = { messages: number; notifications: number };

/** Reads server-sent events from a stream, one `inbox` event at a time. */
const eventReader = (body: ReadableStream<Uint8Array>) => {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return async (): Promise<Counts> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (block.includes('event: inbox') && data) return JSON.parse(data.slice(6)) as Counts;
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffer += decoder.decode(value, { stream: true });
    }
  };
};

/** Reads server-sent events of any kind until the stream ends (`null`). */
const anyEventReader = (body: ReadableStream<Uint8Array>) => {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return async (): Promise<{ event: string; data: unknown } | null> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const lines = buffer.slice(0, end).split('\n');
        buffer = buffer.slice(end + 2);
        const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
        const data = lines.find((line) => line.startsWith('data: '))?.slice(6);
        if (event && data) return { event, data: JSON.parse(data) };
        continue;
      }
      const { value, done } = await reader.read();
      if (done) return null;
      buffer += decoder.decode(value, { stream: true });
    }
  };
};

describe.each(ENGINES)('the live inbox on %s', (engine) => {
  let test: TestApp;
  let address: string;
  beforeAll(async () => {
    test = await startTestApp(engine, { demoMode: true });
    address = await test.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await test.close();
  });

  it('pushes the unread counts to the recipient force’s open streams when a message arrives, and to nobody else', async () => {
    const from = await buildAgency(test.deps);
    const to = await buildAgency(test.deps);
    const other = await buildAgency(test.deps);
    const sender = (await userOf(test, from)).api;
    const recipient = (await userOf(test, to)).api;
    const bystander = (await userOf(test, other)).api;
    const open = (cookie: string | undefined) =>
      fetch(`${address}/api/inbox/stream`, { headers: { cookie: `gr_session=${cookie}` } });

    expect((await fetch(`${address}/api/inbox/stream`)).status).toBe(401);
    const stream = await open(recipient.cookie());
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const next = eventReader(stream.body as ReadableStream<Uint8Array>);
    expect(await next()).toEqual({ messages: 0, notifications: 0 });
    const side = await open(bystander.cookie());
    const sideNext = eventReader(side.body as ReadableStream<Uint8Array>);
    expect(await sideNext()).toEqual({ messages: 0, notifications: 0 });

    for (const n of [1, 2, 3]) {
      const sent = await sender.post('/api/messages', {
        kind: 'notification',
        to: { agencyIds: [to.id] },
        subject: `Thông báo khẩn ${n}`,
        body: 'Nội dung',
      });
      expect(sent.statusCode).toBe(201);
    }
    let counts = await next();
    while (counts.messages < 3) counts = await next();
    expect(counts).toEqual({ messages: 3, notifications: 1 });

    // The bystander's stream heard nothing: its next event comes only when its own inbox changes.
    await sender.post('/api/messages', {
      kind: 'notification',
      to: { agencyIds: [other.id] },
      subject: 'Cho đơn vị khác',
      body: 'Nội dung',
    });
    expect(await sideNext()).toEqual({ messages: 1, notifications: 1 });
  });

  describe('the stream and its session (T-SESS-5)', () => {
    const openAs = async (cookie: string | undefined) => {
      const response = await fetch(`${address}/api/inbox/stream`, {
        headers: { cookie: `gr_session=${cookie}` },
      });
      const next = anyEventReader(response.body as ReadableStream<Uint8Array>);
      expect(await next()).toMatchObject({ event: 'inbox' });
      return next;
    };
    const keepSessionAlive = async (api: { get: (url: string) => Promise<{ statusCode: number }> }) =>
      expect((await api.get('/api/inbox/unread')).statusCode).toBe(200);

    it('stays open while the session holds, and closes at the next check once the user logs out', async () => {
      const agency = await buildAgency(test.deps);
      const user = await userOf(test, agency);
      const next = await openAs(user.api.cookie());
      await checkLiveClients(test.deps.db, test.clock());
      expect(countLiveClients(test.deps.db, agency.id)).toBe(1);
      const logout = await user.api.post('/api/auth/logout');
      expect(logout.statusCode, logout.body).toBeLessThan(300);
      await checkLiveClients(test.deps.db, test.clock());
      expect(await next()).toEqual({ event: 'end', data: { reason: 'session_ended' } });
      expect(await next()).toBeNull();
      expect(countLiveClients(test.deps.db, agency.id)).toBe(0);
    });

    it('closes when the session expires (idle for more than 30 minutes)', async () => {
      const user = await userOf(test, await buildAgency(test.deps));
      const next = await openAs(user.api.cookie());
      test.clock.advance(31 * 60_000);
      await checkLiveClients(test.deps.db, test.clock());
      expect(await next()).toEqual({ event: 'end', data: { reason: 'session_ended' } });
      expect(await next()).toBeNull();
    });

    it('closes a stream that carried no event for an hour, though its session is alive', async () => {
      const user = await userOf(test, await buildAgency(test.deps));
      const next = await openAs(user.api.cookie());
      for (const minutes of [25, 25]) {
        test.clock.advance(minutes * 60_000);
        await keepSessionAlive(user.api);
        await checkLiveClients(test.deps.db, test.clock());
      }
      test.clock.advance(STREAM_IDLE_MS - 50 * 60_000 + 60_000);
      await keepSessionAlive(user.api);
      await checkLiveClients(test.deps.db, test.clock());
      expect(await next()).toEqual({ event: 'end', data: { reason: 'idle' } });
      expect(await next()).toBeNull();
    });
  });
});
