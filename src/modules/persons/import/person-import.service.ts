import { isDeepStrictEqual } from 'node:util';
import { type Db, withTransaction } from '../../../db/connect.ts';
import type { RequestContext } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { dayOf } from '../../agencies/index.ts';
import {
  changePerson,
  insertPersons,
  type PersonInsert,
  personColumns,
  type Recorder,
} from '../persons.service.ts';
import type { PersonRow } from '../persons.tables.ts';
import { notifyWatchers, notifyWatchersOfPersons } from '../watches/watches.service.ts';
import { readNdjsonLines } from './ndjson-lines.ts';
import { mapPersonsByExternalRef } from './person-import.repo.ts';
import type { BadImportLine, PersonImportLine, PersonImportReport } from './person-import.schemas.ts';
import { readImportLine, toLineMessage, toLinePath, toPersonInput } from './person-import-line.ts';
import { createProvincePlaces } from './province-place.ts';

/** Lines written per transaction: large enough to spare commits, small enough that a retry line by line is cheap. */
const BATCH_SIZE = 1_000;
const PROGRESS_EVERY = 10_000;
/** The faults an answer lists; the counts stay exact beyond them. */
const MAX_LISTED = 10_000;

export type ImportProgress = Omit<PersonImportReport, 'bad' | 'badNotListed'>;

export type ImportPersonsJob = {
  /** The owning agency, and the user who imports (null: the system, from the CLI). */
  by: Recorder;
  /** The NDJSON text: a file read in chunks, or a request body as one chunk. */
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  onProgress?: (progress: ImportProgress) => void;
  onBad?: (fault: BadImportLine) => void;
};

type GoodLine = { line: number; person: PersonImportLine };
type Outcome = 'created' | 'updated' | 'unchanged' | BadImportLine[];
type Run = { ctx: RequestContext; by: Recorder; placeOf: ReturnType<typeof createProvincePlaces> };

/** The columns of `base` that `columns` would change. */
const changedColumns = (columns: Record<string, unknown>, base: PersonRow): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(columns).filter(([key, value]) => !isDeepStrictEqual(value, base[key as keyof PersonRow])),
  );

/**
 * Changes or leaves one known person as its line says, or returns the insert of a new one for the batch's single
 * insert; a fault is thrown before anything is written.
 */
const applyLine = async (
  trx: Db,
  run: Run,
  good: GoodLine,
  base: PersonRow | undefined,
  at: Date,
): Promise<Outcome | PersonInsert> => {
  const input = toPersonInput(good.person);
  const withDocuments = base ? input : { ...input, identityDocuments: input.identityDocuments ?? [] };
  const columns = {
    ...(await personColumns(trx, withDocuments, base, dayOf(at))),
    ...(good.person.provinceCode === undefined ? {} : await run.placeOf(trx, good.person.provinceCode)),
  };
  if (!base) {
    const body = { ...input, dataSubjectCategory: input.dataSubjectCategory ?? 'suspect' };
    return { by: run.by, at, input: body, columns };
  }
  const changed = changedColumns(columns, base);
  if (Object.keys(changed).length === 0) return 'unchanged';
  const graded = 'sourceReliability' in changed || 'informationAccuracy' in changed;
  const person = await changePerson(trx, run.ctx, {
    by: run.by,
    at,
    base,
    version: base.version,
    columns: changed,
    graded,
  });
  await notifyWatchers(trx, person, 'person.updated', at);
  return 'updated';
};

/** A refusal of the line's content (4xx) as its faults; anything else (a database down, no reference data) stops. */
const faultsOf = (error: unknown, line: number): BadImportLine[] => {
  if (!(error instanceof AppError) || error.status >= 500) throw error;
  const issues = error.extra.errors ?? [{ path: '', code: error.code, message: error.message }];
  return issues.map((issue) => ({
    line,
    code: issue.code,
    path: toLinePath(issue.path),
    message: toLineMessage(issue.message),
  }));
};

/**
 * The lines of a batch in one transaction; a line's refusal costs only that line. The new persons are inserted
 * together, with their outbox events and audit entries, in three statements, then checked against the watches.
 */
const applyBatch = (run: Run, batch: GoodLine[]): Promise<Outcome[]> =>
  withTransaction(run.ctx.db, async (trx) => {
    const at = run.ctx.clock();
    const refs = batch.map((good) => good.person.externalRef);
    const existing = await mapPersonsByExternalRef(trx, run.by.agencyId, refs);
    const outcomes: Outcome[] = [];
    const inserts: PersonInsert[] = [];
    for (const good of batch) {
      const done = await applyLine(trx, run, good, existing.get(good.person.externalRef), at).catch(
        (error: unknown) => faultsOf(error, good.line),
      );
      if (typeof done === 'object' && !Array.isArray(done)) {
        inserts.push(done);
        outcomes.push('created');
      } else {
        outcomes.push(done);
      }
    }
    const created = await insertPersons(trx, run.ctx, inserts);
    await notifyWatchersOfPersons(trx, created, 'person.recorded', at);
    return outcomes;
  });

const REFUSED_DATA = /^2[23][0-9A-Z]{3}$/;
const UNIQUE_VIOLATION = '23505';

/** The SQLSTATE of a database error, itself or wrapped by Drizzle, when it is the line's data the database refused. */
const refusedDataState = (error: unknown): string | undefined => {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  return [code, cause?.code].find((c): c is string => typeof c === 'string' && REFUSED_DATA.test(c));
};

const isRefusedData = (error: unknown): boolean => refusedDataState(error) !== undefined;

/** The fault of a line the database refused (SQLSTATE class 22 data exception, 23 constraint). */
const refusedBy = (error: unknown, line: number): BadImportLine =>
  refusedDataState(error) === UNIQUE_VIOLATION
    ? {
        line,
        code: 'external_ref_taken',
        path: 'externalRef',
        message: 'recorded meanwhile by another import',
      }
    : { line, code: 'invalid_value', path: '', message: 'the database refused this line' };

/** A batch in one transaction, or, when the database refuses it, line by line so that a bad line costs only itself. */
const runBatch = async (run: Run, batch: GoodLine[]): Promise<Outcome[]> => {
  try {
    return await applyBatch(run, batch);
  } catch (error) {
    if (batch.length === 1 && !isRefusedData(error)) throw error;
  }
  const outcomes: Outcome[] = [];
  for (const good of batch) {
    try {
      outcomes.push(...(await applyBatch(run, [good])));
    } catch (error) {
      if (!isRefusedData(error)) throw error;
      outcomes.push([refusedBy(error, good.line)]);
    }
  }
  return outcomes;
};

/** The running counts of an import and its listed faults. */
const tally = (onBad: ImportPersonsJob['onBad']) => {
  const report: PersonImportReport = {
    lines: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    badLines: 0,
    bad: [],
    badNotListed: 0,
  };
  const refuse = (faults: BadImportLine[]) => {
    report.badLines += 1;
    for (const fault of faults) {
      onBad?.(fault);
      if (report.bad.length < MAX_LISTED) report.bad.push(fault);
      else report.badNotListed += 1;
    }
  };
  const count = (outcome: Outcome) => {
    if (Array.isArray(outcome)) refuse(outcome);
    else report[outcome] += 1;
  };
  const progress = (): ImportProgress => {
    const { bad: _listed, badNotListed: _notListed, ...counts } = report;
    return counts;
  };
  return { report, refuse, count, progress };
};

/**
 * Loads persons from NDJSON into `by.agencyId`, one line per person, keyed by the agency's own `externalRef`: a new
 * reference is created, a known one changed where its line differs (version + 1) or left alone. Lines are written
 * 1,000 to a transaction (the new persons of a batch in one insert), each all or nothing; a bad line is reported with its number and field and stops nothing.
 */
export const importPersons = async (
  ctx: RequestContext,
  job: ImportPersonsJob,
): Promise<PersonImportReport> => {
  const run: Run = { ctx, by: job.by, placeOf: createProvincePlaces() };
  const counts = tally(job.onBad);
  const seen = new Map<string, number>();
  let batch: GoodLine[] = [];
  const flush = async () => {
    const outcomes = batch.length > 0 ? await runBatch(run, batch) : [];
    batch = [];
    for (const outcome of outcomes) counts.count(outcome);
  };
  for await (const raw of readNdjsonLines(job.source)) {
    counts.report.lines += 1;
    const read = readImportLine(raw);
    const first = read.ok ? seen.get(read.person.externalRef) : undefined;
    if (!read.ok) {
      counts.refuse(read.issues);
    } else if (first !== undefined) {
      const message = `line ${first} already has this reference`;
      counts.refuse([{ line: read.line, code: 'duplicate_external_ref', path: 'externalRef', message }]);
    } else {
      seen.set(read.person.externalRef, read.line);
      batch.push(read);
    }
    if (batch.length >= BATCH_SIZE) await flush();
    if (counts.report.lines % PROGRESS_EVERY === 0) {
      await flush();
      job.onProgress?.(counts.progress());
    }
  }
  await flush();
  if (counts.report.lines === 0 || counts.report.lines % PROGRESS_EVERY !== 0)
    job.onProgress?.(counts.progress());
  // Faults found while reading come before those of the batch their line was in: list them in line order.
  counts.report.bad.sort((a, b) => a.line - b.line);
  return counts.report;
};
