import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/context.ts';
import { addLiveClient } from './live.ts';
import { countUnread } from './unread.ts';

const UnreadCounts = z.object({ messages: z.int(), notifications: z.int() });

/** Seconds between the comments that keep an idle stream open through proxies. */
const HEARTBEAT_MS = 25_000;

/**
 * The live inbox: `GET /inbox/stream` is a server-sent event stream (authenticated by the session cookie like
 * every route) that says `inbox` with the user's unread counts on opening and whenever the agency's inbox changes;
 * the page then reloads what it shows through the ordinary routes. `GET /inbox/unread` gives the same counts.
 */
export const liveRoutes: FastifyPluginAsyncZod = async (app) => {
  const open = new Set<() => void>();
  // The server waits for open connections when it closes: end the streams first.
  app.addHook('preClose', async () => {
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
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-content-type-options': 'nosniff',
        'x-accel-buffering': 'no',
      });
      const send = (event: string, data: unknown) => {
        if (!raw.writableEnded) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      send('inbox', first);
      const forget = addLiveClient(db, { actor, send });
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
