import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, queryRows } from '../../db/connect.ts';
import { ENGINES, openTestDatabase } from '../../test/db.ts';
import { type AuditContext, appendAudit, recordAuditedRead, verifyAuditChain } from './index.ts';

const CONTEXT: AuditContext = {
  actorUserId: '01900000-0000-7000-8000-000000000001',
  actorAgencyId: '01900000-0000-7000-8000-000000000002',
  actorRoles: ['investigator'],
  authMethod: 'password+totp',
  sessionHash: 'abc',
  clientIp: '127.0.0.1',
  userAgent: 'test',
  requestId: 'req-1',
};

describe.each(ENGINES)('the audit chain on %s', (engine) => {
  let database: Database;
  beforeEach(async () => {
    database = await openTestDatabase(engine);
    for (let i = 0; i < 6; i += 1) {
      const at = new Date(Date.UTC(2026, 10, 23, 2, 0, i));
      await database.db.transaction((trx) =>
        appendAudit(
          trx,
          CONTEXT,
          {
            action: 'read',
            outcome: 'allow',
            objectType: 'user',
            objectIds: [`id-${i}`],
            recordsReturned: 1,
          },
          at,
        ),
      );
    }
  });
  afterEach(async () => {
    await database.close();
  });

  /** Tampering needs the table owner's power to switch the guard trigger off, which the application never uses. */
  const tamper = async (statement: ReturnType<typeof sql>) => {
    await database.db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
    await database.db.execute(statement);
    await database.db.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
  };

  it('verifies an untouched chain', async () => {
    const report = await verifyAuditChain(database.db);
    expect(report).toEqual({ ok: true, entries: 6, headSeq: 6, problem: null });
  });

  it('records concurrent reads in group commits: every one committed, in one unbroken chain', async () => {
    const at = new Date(Date.UTC(2026, 10, 23, 3));
    const reads = Array.from({ length: 40 }, (_, i) =>
      recordAuditedRead(database.db, {
        context: { ...CONTEXT, requestId: `read-${i}` },
        entry: {
          action: 'read',
          outcome: 'allow',
          objectType: 'user',
          objectIds: [`u-${i}`],
          recordsReturned: 1,
        },
        at,
      }),
    );
    await Promise.all(reads);
    expect(await verifyAuditChain(database.db)).toEqual({
      ok: true,
      entries: 46,
      headSeq: 46,
      problem: null,
    });
    const rows = await queryRows<{ n: number }>(
      database.db,
      sql`select count(distinct request_id)::int as n from audit_events`,
    );
    expect(rows[0]?.n).toBe(41);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows', async () => {
    const refusal = (statement: ReturnType<typeof sql>) =>
      database.db.execute(statement).then(
        () => 'accepted',
        (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message),
      );
    expect(await refusal(sql`update audit_events set action = 'x' where seq = 1`)).toMatch(
      /append-only: UPDATE/,
    );
    expect(await refusal(sql`delete from audit_events where seq = 1`)).toMatch(/append-only: DELETE/);
    expect(await refusal(sql`truncate audit_events`)).toMatch(/append-only: TRUNCATE/);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('names the first altered entry', async () => {
    await tamper(sql`update audit_events set records_returned = 0 where seq = 3`);
    const report = await verifyAuditChain(database.db);
    expect(report.problem).toMatchObject({ kind: 'altered', seq: 3 });
  });

  it('names a removed entry in the middle', async () => {
    await tamper(sql`delete from audit_events where seq = 4`);
    expect((await verifyAuditChain(database.db)).problem).toMatchObject({ kind: 'removed', seq: 4 });
  });

  it('names a removed last entry, using the chain head', async () => {
    await tamper(sql`delete from audit_events where seq = 6`);
    expect((await verifyAuditChain(database.db)).problem).toMatchObject({ kind: 'removed', seq: 6 });
  });

  it('names an inserted entry, spliced in or appended', async () => {
    await tamper(sql`update audit_events set seq = seq + 100 where seq >= 4`);
    await tamper(sql`update audit_events set seq = seq - 99 where seq >= 100`);
    await tamper(sql`insert into audit_events
      select 4, event_id, ts, actor_user_id, actor_agency_id, actor_roles, auth_method, session_hash, client_ip,
        user_agent, request_id, 'read', object_type, array['forged'], object_owner_agency_id, object_level,
        handling_code, outcome, policy_rule_id, receiving_agency_id, records_returned, justification, detail,
        prev_hash, hash
      from audit_events where seq = 3`);
    expect((await verifyAuditChain(database.db)).problem).toMatchObject({ kind: 'inserted', seq: 4 });
  });

  it('names an entry appended past the chain head', async () => {
    await tamper(sql`insert into audit_events
      select 7, event_id, ts, actor_user_id, actor_agency_id, actor_roles, auth_method, session_hash, client_ip,
        user_agent, request_id, action, object_type, object_ids, object_owner_agency_id, object_level,
        handling_code, outcome, policy_rule_id, receiving_agency_id, records_returned, justification, detail,
        hash, hash
      from audit_events where seq = 6`);
    expect((await verifyAuditChain(database.db)).problem).toMatchObject({ kind: 'inserted', seq: 7 });
  });
});
