import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { queryRows } from '../db/connect.ts';

export const Health = z.object({
  status: z.literal('ok'),
  database: z.object({
    engine: z.enum(['pglite', 'postgres']),
    status: z.literal('up'),
    migrationsApplied: z.int(),
  }),
});

/** Liveness and database state, for operators and load balancers. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    { config: { access: 'public' }, schema: { tags: ['system'], response: { 200: Health } } },
    async (request) => {
      const { db, engine } = request.ctx;
      const rows = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      const migrationsApplied = Number(rows[0]?.n ?? 0);
      return { status: 'ok' as const, database: { engine, status: 'up' as const, migrationsApplied } };
    },
  );
};
