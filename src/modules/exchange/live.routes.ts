import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/context.ts';
import { isSessionLive } from '../auth/index.ts';
import { addLiveClient, checkLiveClients } from './live.ts';
import { countUnread } from './unread.ts';

const UnreadCounts = z.object({ messages: z.int(), notifications: z.int() });

/** Milliseconds between the comments that keep an idle stream open through proxies. */
const HEARTBEAT_MS = 25_000;
/** Milliseconds between the checks of every open stream's session (T-SESS-5, docs/security.md). */
const SESSION_CHECK_MS = 60_000;
/** A stream that carried no event for this long is closed (T-SESS-5); the page opens it again on activity. */
export const STREAM_IDLE_MS = 60 * 60 * 1000;

/**
 * The live inbox: `GET /inbox/stream` is a server-sent event stream (authenticated by the session cookie like
 * every route) that says `inbox` with the user's unread counts on opening and whenever the agency's inbox changes;
 * the page then reloads what it shows through the ordinary routes. Every minute each stream checks that its session
 * still holds (logout, expiry, a disabled account) and that it carried an event within the hour; otherwise it says
 * `end` with the reason (`session_ended`, `idle`) and closes. `GET /inbox/unread` gives the same counts.
 */
export const liveRoutes: FastifyPluginAsyncZod = async (app) => {
  const open = new Set<() => void>();
  let timer: NodeJS.Timeout | null = null;
  // The server waits for open connections when it closes: end the streams first.
  app.addHook('preClose', async () => {
    if (timer) clearInterval(timer);
    for (const end of [...open]) end();
  });
  app.get(
    '/inbox/unread',
    { schema: { tags: ['inbox'], response: { 200: UnreadCounts } } },
    async (request) => countUnread(request.ctx.db, requireActor(request.ctx), request.ctx.clock()),
  );

  app.get(
    '/inbox/stream',
    // Left out of the OpenAPI document: a stream never ends, so the document's generic clients (the fuzz test) cannot
    // call it; docs/api-exchange.md describes it and exchange-live.test.ts tests it over a real socket.
    { schema: { hide: true } },
    async (request, reply) => {
      const { db, clock } = request.ctx;
      const actor = requireActor(request.ctx);
      const first = await countUnread(db, actor, clock());
      timer ??= setInterval(
        () => void checkLiveClients(db, clock()).catch(() => undefined),
        SESSION_CHECK_MS,
      );
      timer.unref();
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-content-type-options': 'nosniff',
        'x-accel-buffering': 'no',
      });
      let lastEventAt = clock();
      const send = (event: string, data: unknown) => {
        lastEventAt = clock();
        if (!raw.writableEnded) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      const check = async (now: Date) => {
        const reason = !(await isSessionLive(db, actor.sessionId, now))
          ? 'session_ended'
          : now.getTime() - lastEventAt.getTime() > STREAM_IDLE_MS
            ? 'idle'
            : null;
        if (!reason) return;
        send('end', { reason });
        end();
      };
      send('inbox', first);
      const forget = addLiveClient(db, { actor, send, check });
      const heartbeat = setInterval(() => {
        if (!raw.writableEnded) raw.write(': keep-alive\n\n');
      }, HEARTBEAT_MS);
      heartbeat.unref();
      const end = () => {
        clearInterval(heartbeat);
        forget();
        open.delete(end);
        if (!raw.writableEnded) raw.end();
      };
      open.add(end);
      request.raw.on('close', end);
    },
  );
};
