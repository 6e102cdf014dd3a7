// The three search engines the benchmark measures on the same queries: the product's search service as a user of
// the department sees it, a plain pg_trgm query, and MiniSearch in memory.
import { sql } from 'drizzle-orm';
import MiniSearch from 'minisearch';
import { type Db, queryRows } from '../../src/db/connect.ts';
import type { AppDeps, RequestContext } from '../../src/http/context.ts';
import { findUserWithUsername } from '../../src/modules/auth/index.ts';
import { persons } from '../../src/modules/persons/index.ts';
import { PersonSearchQuery } from '../../src/modules/persons/search/person-search.schemas.ts';
import { searchPersons } from '../../src/modules/persons/search/person-search.service.ts';
import { foldVietnamese } from '../../src/text/vietnamese.ts';
import { VIEWER_USERNAME } from './bench-config.ts';
import type { NoisyQuery } from './bench-truth.ts';

/** One engine: the ids of its first ten answers to a query. */
export type SearchEngine = { name: string; search: (query: NoisyQuery) => Promise<string[]> };

/** The context of a request by the department's demo user (read only), as the auth hook would build it. */
const userContext = async (deps: AppDeps): Promise<RequestContext> => {
  const user = await findUserWithUsername(deps.db, VIEWER_USERNAME);
  if (!user) throw new Error(`no user ${VIEWER_USERNAME}`);
  const actor = {
    userId: user.id,
    agencyId: user.agencyId,
    roles: user.roles,
    clearance: user.clearance,
    sessionId: 'bench',
  };
  const audit = {
    actorUserId: user.id,
    actorAgencyId: user.agencyId,
    actorRoles: user.roles,
    authMethod: 'password',
    sessionHash: null,
    clientIp: '127.0.0.1',
    userAgent: 'bench persons',
    requestId: null,
  };
  return { ...deps, actor, audit };
};

/** The product's search (`searchPersons`): trigram candidates through the sharing policy, scored, audited. */
export const productEngine = async (deps: AppDeps): Promise<SearchEngine> => {
  const ctx = await userContext(deps);
  return {
    name: 'Giáp Ranh search service (as a C04 user)',
    search: async ({ q, birthYear }) => {
      const query = PersonSearchQuery.parse({ q, limit: 10, ...(birthYear ? { birthYear } : {}) });
      const hits = await searchPersons(ctx, query);
      return hits.map((hit) => hit.person.id);
    },
  };
};

/** Baseline: a plain pg_trgm similarity query on the folded names, with the same trigram index. */
export const trigramEngine = (db: Db): SearchEngine => ({
  name: 'baseline: pg_trgm `name_folded % q` by similarity',
  search: async ({ q }) => {
    const folded = foldVietnamese(q);
    const rows = await queryRows<{ id: string }>(
      db,
      sql`select id from ${persons} where ${persons.nameFolded} % ${folded}
          order by similarity(${persons.nameFolded}, ${folded}) desc limit 10`,
    );
    return rows.map((row) => row.id);
  },
});

/** Baseline: MiniSearch over every folded name (and alias) in memory, fuzzy and prefix; returns its build time. */
export const miniSearchEngine = async (db: Db): Promise<{ engine: SearchEngine; buildSeconds: number }> => {
  const started = performance.now();
  const rows = await db
    .select({ id: persons.id, name: persons.nameFolded, aliases: persons.aliasesText })
    .from(persons);
  const index = new MiniSearch<{ id: string; name: string; aliases: string }>({
    fields: ['name', 'aliases'],
  });
  index.addAll(rows);
  const buildSeconds = (performance.now() - started) / 1000;
  const engine: SearchEngine = {
    name: 'baseline: MiniSearch 7.2 in memory (fuzzy 0.2, prefix)',
    search: async ({ q }) =>
      index
        .search(foldVietnamese(q), { fuzzy: 0.2, prefix: true, combineWith: 'AND' })
        .slice(0, 10)
        .map((hit) => String(hit.id)),
  };
  return { engine, buildSeconds };
};
