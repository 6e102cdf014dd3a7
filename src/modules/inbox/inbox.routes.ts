import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AgencySummary, dayOf, mapAgenciesById, presentAgencySummary } from '../agencies/index.ts';
import { listNotifications, markNotificationRead } from './inbox.service.ts';
import { NOTIFICATION_KINDS } from './inbox.tables.ts';

const NotificationView = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  recordKind: z.string(),
  /** The record the notification is about: open it through its own route, which applies the sharing policy. */
  recordId: z.uuid(),
  watchId: z.uuid().nullable(),
  /** For a watch hit, the agency that holds the record (whom to contact); for a notice, the agency watching. */
  fromAgency: AgencySummary.nullable(),
  eventCount: z.int(),
  events: z.array(
    z.object({ at: z.string(), event: z.string(), recordId: z.string(), byAgencyId: z.string() }),
  ),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  read: z.boolean(),
});

const ListQuery = z.strictObject({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The agency's inbox of notifications (watch hits and notices so far; messages come with the exchange module). */
export const inboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/inbox/notifications',
    {
      schema: {
        tags: ['inbox'],
        querystring: ListQuery,
        response: { 200: z.object({ items: z.array(NotificationView), unread: z.int() }) },
      },
    },
    async (request) => {
      const { items, unread } = await listNotifications(request.ctx, request.query);
      const agencies = await mapAgenciesById(
        request.ctx.db,
        items.flatMap((n) => (n.fromAgencyId ? [n.fromAgencyId] : [])),
      );
      const day = dayOf(request.ctx.clock());
      return {
        unread,
        items: items.map((n) => {
          const from = n.fromAgencyId ? agencies.get(n.fromAgencyId) : undefined;
          return {
            id: n.id,
            kind: n.kind,
            recordKind: n.recordKind,
            recordId: n.recordId,
            watchId: n.watchId,
            fromAgency: from ? presentAgencySummary(from, day) : null,
            eventCount: n.eventCount,
            events: n.events,
            createdAt: n.createdAt.toISOString(),
            updatedAt: n.updatedAt.toISOString(),
            read: n.readAt !== null,
          };
        }),
      };
    },
  );

  app.post(
    '/inbox/notifications/:notificationId/read',
    { schema: { tags: ['inbox'], params: z.strictObject({ notificationId: z.uuid() }) } },
    async (request, reply) => {
      await markNotificationRead(request.ctx, request.params.notificationId);
      return reply.code(204).send();
    },
  );
};
