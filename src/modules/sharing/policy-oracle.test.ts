import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { logInAs } from '../../test/factories.ts';
import { expectedRank, FOREIGN_AGENCY, type Rank } from '../../test/policy/reference-policy.ts';
import {
  AGENCY_COUNT,
  PERSON_ROLES,
  RECORD_COUNT,
  USER_COUNT,
  type World,
  worldOf,
} from '../../test/policy/world.ts';
import { type WorldIds, writeWorld } from '../../test/policy/world-db.ts';

// T-AC-1 (RELIABILITY.md c1): a random world, every read path of persons driven through the real HTTP API, each
// answer compared with the reference rules. An attempt is one decision of the policy checked: a GET or an
// explanation is one; a list page checks every record its filters name (listed or not, and the total and facets).
// Reproduce a run with POLICY_SEED=<the seed printed>.
const SEED = Number(process.env.POLICY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const REQUESTS = Number(process.env.POLICY_REQUESTS ?? 2_000);
const LEAST_ATTEMPTS = 10_000;
const IN_FLIGHT = 8;
const LEVEL_NAMES = ['none', 'pointer', 'summary', 'full'] as const;

type Attempt =
  | { path: 'get'; user: number; record: number; granted: boolean }
  | { path: 'list'; user: number; owner: number; role: number }
  | { path: 'explain'; owner: number; record: number; agency: number };

const attemptArbitrary: fc.Arbitrary<Attempt> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      path: fc.constant('get' as const),
      user: fc.integer({ min: 0, max: USER_COUNT - 1 }),
      record: fc.integer({ min: 0, max: RECORD_COUNT - 1 }),
      granted: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      path: fc.constant('list' as const),
      user: fc.integer({ min: 0, max: USER_COUNT - 1 }),
      owner: fc.integer({ min: 0, max: AGENCY_COUNT - 1 }),
      role: fc.integer({ min: 0, max: PERSON_ROLES.length - 1 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      path: fc.constant('explain' as const),
      owner: fc.integer({ min: 0, max: USER_COUNT - 1 }),
      record: fc.integer({ min: 0, max: RECORD_COUNT - 1 }),
      agency: fc.integer({ min: 0, max: AGENCY_COUNT - 1 }),
    }),
  },
);

type Tally = {
  requests: number;
  attempts: number;
  allowed: number;
  denied: number;
  leaks: string[];
  falseDenials: string[];
  wrong: string[];
};

describe.each(ENGINES)('the sharing policy against its reference on %s', (engine) => {
  let test: TestApp;
  let world: World;
  let ids: WorldIds;
  let clients: ApiClient[];
  beforeAll(async () => {
    console.info(`policy test seed ${SEED} (${engine}): POLICY_SEED=${SEED} reproduces it`);
    test = await startTestApp(engine, { demoMode: true });
    world = worldOf(SEED);
    ids = await writeWorld(test.deps, world, SEED);
    clients = [];
    for (const username of ids.usernames) clients.push((await logInAs(test, username)).api);
  }, 300_000);
  afterAll(async () => {
    await test?.close();
  });

  it(`answers ${REQUESTS} random reads (${LEAST_ATTEMPTS}+ decisions) exactly as the reference rules say: no leak, no false denial`, async () => {
    const now = test.clock();
    const expiry = (s: number) => ids.shareExpiry[s] ?? null;
    const rank = (user: number, record: number): Rank =>
      expectedRank(world, world.users[user] as World['users'][number], record, now, expiry);
    const granted = world.users.map((_, u) => world.records.flatMap((_, r) => (rank(u, r) > 0 ? [r] : [])));
    const [attempts] = fc.sample(fc.array(attemptArbitrary, { minLength: REQUESTS, maxLength: REQUESTS }), {
      seed: SEED + 1,
      numRuns: 1,
    });
    const tally: Tally = {
      requests: 0,
      attempts: 0,
      allowed: 0,
      denied: 0,
      leaks: [],
      falseDenials: [],
      wrong: [],
    };
    const judge = (what: string, expected: number, actual: number) => {
      tally.attempts++;
      if (expected > 0) tally.allowed++;
      else tally.denied++;
      if (actual > expected) tally.leaks.push(`${what}: expected ${expected}, got ${actual}`);
      if (actual < expected) tally.falseDenials.push(`${what}: expected ${expected}, got ${actual}`);
    };

    const runGet = async (a: Extract<Attempt, { path: 'get' }>) => {
      const pool = granted[a.user] ?? [];
      const r = a.granted && pool.length > 0 ? (pool[a.record % pool.length] as number) : a.record;
      const response = await (clients[a.user] as ApiClient).get(`/api/persons/${ids.records[r]}`);
      const body = response.json();
      const actual = response.statusCode === 404 ? 0 : LEVEL_NAMES.indexOf(body.level);
      judge(`user ${a.user} GET record ${r}`, rank(a.user, r), actual);
      if (response.statusCode !== 404 && response.statusCode !== 200)
        tally.wrong.push(`GET ${r}: ${response.statusCode}`);
      if (body.level === 'pointer' && 'fullName' in body) tally.leaks.push(`pointer ${r} carries a name`);
      if (body.level === 'summary' && 'identityDocuments' in body)
        tally.leaks.push(`summary ${r} carries documents`);
    };

    const runList = async (a: Extract<Attempt, { path: 'list' }>) => {
      const role = PERSON_ROLES[a.role] as string;
      const owner = ids.agencies[a.owner]?.id;
      const response = await (clients[a.user] as ApiClient).get(
        `/api/persons?owner=${owner}&role=${role}&limit=200`,
      );
      const body = response.json() as {
        items: { id: string }[];
        total: number;
        facets: { roles: { value: string; count: number }[] };
      };
      const scope = world.records.flatMap((rec, r) =>
        rec.owner === a.owner && rec.roles.includes(role as never) ? [r] : [],
      );
      const visible = scope.filter((r) => rank(a.user, r) >= 2);
      const what = `user ${a.user} list owner ${a.owner} role ${role}`;
      if (body.total > visible.length) tally.leaks.push(`${what}: total ${body.total} > ${visible.length}`);
      if (body.total < visible.length)
        tally.falseDenials.push(`${what}: total ${body.total} < ${visible.length}`);
      const listed = new Set(body.items.map((item) => item.id));
      const expectedIds = new Set(visible.map((r) => ids.records[r]));
      for (const id of listed) if (!expectedIds.has(id)) tally.leaks.push(`${what}: lists ${id}`);
      if (visible.length <= 200) {
        for (const r of scope) {
          judge(
            `${what}: record ${r}`,
            rank(a.user, r) >= 2 ? 1 : 0,
            listed.has(ids.records[r] as string) ? 1 : 0,
          );
        }
      } else {
        tally.attempts++;
      }
      for (const facet of body.facets.roles) {
        const count = visible.filter((r) => world.records[r]?.roles.includes(facet.value as never)).length;
        if (facet.count !== count)
          tally.wrong.push(`${what}: facet ${facet.value} ${facet.count} ≠ ${count}`);
      }
    };

    const runExplain = async (a: Extract<Attempt, { path: 'explain' }>) => {
      const record = world.records[a.record] as World['records'][number];
      // The owner's most cleared user asks; a foreign owner's users read no state secret, not even their own.
      const asker = world.users.findIndex((u) => u.agency === record.owner && u.clearance === 'TUYET_MAT');
      if (asker < 0 || (record.owner === FOREIGN_AGENCY && record.classification !== 'none')) return;
      const response = await (clients[asker] as ApiClient).get(
        `/api/sharing/persons/${ids.records[a.record]}/explain?agencyId=${ids.agencies[a.agency]?.id}`,
      );
      const actual = LEVEL_NAMES.indexOf(response.json().level);
      const expected = expectedRank(
        world,
        { agency: a.agency, clearance: 'TUYET_MAT' },
        a.record,
        now,
        expiry,
      );
      judge(`explain record ${a.record} for agency ${a.agency}`, expected, actual);
    };

    const run = (a: Attempt) => {
      tally.requests++;
      return a.path === 'get' ? runGet(a) : a.path === 'list' ? runList(a) : runExplain(a);
    };
    const queue = [...(attempts ?? [])];
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (let a = queue.shift(); a; a = queue.shift()) await run(a);
      }),
    );
    console.info(
      `policy test seed ${SEED} (${engine}): ${tally.requests} requests, ${tally.attempts} attempts, ${tally.allowed} allowed, ${tally.denied} denied, ` +
        `${tally.leaks.length} leaks, ${tally.falseDenials.length} false denials, ${tally.wrong.length} other faults`,
    );
    expect(tally.leaks.slice(0, 10), `seed ${SEED}`).toEqual([]);
    expect(tally.falseDenials.slice(0, 10), `seed ${SEED}`).toEqual([]);
    expect(tally.wrong.slice(0, 10), `seed ${SEED}`).toEqual([]);
    expect(tally.attempts).toBeGreaterThanOrEqual(LEAST_ATTEMPTS);
  }, 600_000);
});
