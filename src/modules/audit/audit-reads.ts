import { type Db, withTransaction } from '../../db/connect.ts';
import { type AuditItem, appendAuditItems } from './audit.service.ts';

type Waiting = AuditItem & { done: (error?: unknown) => void };
type Writer = { queue: Waiting[]; flushing: Promise<void> | null };

const writers = new WeakMap<Db, Writer>();

const flush = async (db: Db, writer: Writer) => {
  while (writer.queue.length > 0) {
    const batch = writer.queue.splice(0, writer.queue.length);
    try {
      await withTransaction(db, (trx) => appendAuditItems(trx, batch));
      for (const item of batch) {
        item.done();
      }
    } catch (error) {
      for (const item of batch) {
        item.done(error);
      }
    }
  }
  writer.flushing = null;
};

/**
 * Records a read in the audit log and resolves once it is committed, so no read is served unaudited. A read
 * changes no data, so its entry need not share a transaction with anything: the reads that arrive while one
 * batch commits are appended together in the next (group commit), one chain-head lock and one commit for many.
 * Call it outside any transaction (PGlite has one connection: awaiting it inside a transaction never ends);
 * inside one, use `appendAudit` with the transaction.
 */
export const recordAuditedRead = (db: Db, item: AuditItem): Promise<void> => {
  let writer = writers.get(db);
  if (!writer) {
    writer = { queue: [], flushing: null };
    writers.set(db, writer);
  }
  const current = writer;
  return new Promise<void>((resolve, reject) => {
    current.queue.push({ ...item, done: (error) => (error === undefined ? resolve() : reject(error)) });
    current.flushing ??= flush(db, current);
  });
};

/** Waits until every read recorded so far is committed; the server calls it before it closes the database. */
export const drainAuditedReads = async (db: Db): Promise<void> => {
  const writer = writers.get(db);
  while (writer?.flushing) {
    await writer.flushing;
  }
};
