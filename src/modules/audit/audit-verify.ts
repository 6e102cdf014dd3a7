import { asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { auditEvents, auditHead } from './audit.tables.ts';
import { GENESIS_HASH, hashAuditFields } from './audit-chain.ts';

export type ChainProblem = {
  kind: 'altered' | 'removed' | 'inserted';
  seq: number;
  message: string;
};

export type ChainReport = { ok: boolean; entries: number; headSeq: number; problem: ChainProblem | null };

type Row = typeof auditEvents.$inferSelect;

const BATCH = 5_000;

type Expected = { expectedSeq: number; prevHash: string; headSeq: number; next: Row | undefined };

const checkRow = (row: Row, { expectedSeq, prevHash, headSeq, next }: Expected): ChainProblem | null => {
  if (row.seq > headSeq) {
    return { kind: 'inserted', seq: row.seq, message: `entry ${row.seq} is past the chain head` };
  }
  if (row.seq > expectedSeq) {
    return { kind: 'removed', seq: expectedSeq, message: `entry ${expectedSeq} was removed` };
  }
  if (row.seq < expectedSeq) {
    return { kind: 'inserted', seq: row.seq, message: `entry ${row.seq} was inserted out of order` };
  }
  if (row.prevHash !== prevHash) {
    const spliced = next?.prevHash === prevHash;
    return spliced
      ? { kind: 'inserted', seq: row.seq, message: `entry ${row.seq} was inserted into the chain` }
      : { kind: 'altered', seq: row.seq, message: `entry ${row.seq} does not link to entry ${row.seq - 1}` };
  }
  const { hash, ...fields } = row;
  if (hashAuditFields(fields) !== hash) {
    return { kind: 'altered', seq: row.seq, message: `entry ${row.seq} was altered` };
  }
  return null;
};

/** Walks the whole chain in order and names the first entry that was altered, removed or inserted. */
export const verifyAuditChain = async (db: Db): Promise<ChainReport> => {
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  const headSeq = head?.seq ?? 0;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  let lastSeq = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, lastSeq))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH + 1);
    const page = rows.slice(0, BATCH);
    for (const [index, row] of page.entries()) {
      const problem = checkRow(row, { expectedSeq, prevHash, headSeq, next: rows[index + 1] });
      if (problem) {
        return { ok: false, entries, headSeq, problem };
      }
      expectedSeq = row.seq + 1;
      prevHash = row.hash;
      lastSeq = row.seq;
      entries += 1;
    }
    if (rows.length <= BATCH) {
      break;
    }
  }
  if (headSeq >= expectedSeq) {
    const problem: ChainProblem = {
      kind: 'removed',
      seq: expectedSeq,
      message: `entry ${expectedSeq} was removed`,
    };
    return { ok: false, entries, headSeq, problem };
  }
  if (head && head.hash !== prevHash) {
    const problem: ChainProblem = {
      kind: 'altered',
      seq: headSeq,
      message: `entry ${headSeq} does not match the head`,
    };
    return { ok: false, entries, headSeq, problem };
  }
  return { ok: true, entries, headSeq, problem: null };
};
