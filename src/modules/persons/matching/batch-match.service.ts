// Batch matching against the database: the records an agency may see, read with one cursor, matched in memory
// (batch-match.ts), and the possible matches written as links for that agency.
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { type Db, queryRows, withTransaction } from '../../../db/connect.ts';
import { type Viewer, visibleTo } from '../../sharing/index.ts';
import { type PersonRow, persons } from '../persons.tables.ts';
import { type BatchPair, type BatchRecord, type BatchStats, findPossibleMatches } from './batch-match.ts';
import { personMatches } from './matching.tables.ts';
import { preparePerson } from './pair-score.ts';

const FETCH_ROWS = 20_000;
const INSERT_ROWS = 1_000;

type RawRow = {
  id: string;
  owner_agency_id: string;
  full_name: string;
  aliases: string[];
  sex: PersonRow['sex'];
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  id_numbers: string[];
  province_code: string | null;
};

const toBatchRecord = (row: RawRow): BatchRecord =>
  preparePerson({
    id: row.id,
    ownerAgencyId: row.owner_agency_id,
    fullName: row.full_name,
    aliases: row.aliases,
    sex: row.sex,
    birthYear: row.birth_year,
    birthMonth: row.birth_month,
    birthDay: row.birth_day,
    idNumbers: row.id_numbers,
    provinceCode: row.province_code,
  });

/**
 * Every person record the viewer may see (a pointer is enough, as for matching after a write), read through one
 * cursor in one transaction, so a million records cost one query and no more memory than their matchable fields.
 */
export const loadBatchRecords = (
  db: Db,
  viewer: Viewer,
  onProgress?: (loaded: number) => void,
): Promise<BatchRecord[]> =>
  withTransaction(db, async (trx) => {
    await trx.execute(sql`declare batch_match_persons no scroll cursor for
      select id, owner_agency_id, full_name, aliases, sex, birth_year, birth_month, birth_day, id_numbers,
        province_code
      from ${persons} where ${visibleTo(viewer, persons, 'persons')}`);
    const records: BatchRecord[] = [];
    for (;;) {
      const rows = await queryRows<RawRow>(trx, sql.raw(`fetch ${FETCH_ROWS} from batch_match_persons`));
      for (const row of rows) records.push(toBatchRecord(row));
      onProgress?.(records.length);
      if (rows.length < FETCH_ROWS) break;
    }
    await trx.execute(sql`close batch_match_persons`);
    return records;
  });

/** Writes the pairs as the agency's possible matches, its own record first; a decided link keeps its decision. */
const writeLinks = async (db: Db, agencyId: string, records: BatchRecord[], pairs: BatchPair[], at: Date) => {
  for (let start = 0; start < pairs.length; start += INSERT_ROWS) {
    const rows = pairs.slice(start, start + INSERT_ROWS).map((pair) => ({
      id: uuidv7(),
      agencyId,
      personId: (records[pair.a] as BatchRecord).id,
      candidateId: (records[pair.b] as BatchRecord).id,
      score: pair.score,
      explanation: pair.explanation,
      foundAt: at,
    }));
    await db
      .insert(personMatches)
      .values(rows)
      .onConflictDoUpdate({
        target: [personMatches.agencyId, personMatches.personId, personMatches.candidateId],
        set: {
          score: sql`excluded.score`,
          explanation: sql`excluded.explanation`,
          foundAt: sql`excluded.found_at`,
        },
        setWhere: sql`${personMatches.status} = 'possible'`,
      });
  }
};

export type BatchMatchProgress = { phase: 'load' | 'match'; done: number; total: number | null };

/**
 * Matches every person the viewer's agency holds against every record of another force it may see, in one batch:
 * the pairs scoring at least the threshold become the agency's possible matches (nothing is merged).
 */
export const matchAgencyPersons = async (
  db: Db,
  viewer: Viewer,
  options: { at: Date; onProgress?: (progress: BatchMatchProgress) => void },
): Promise<{ records: number; found: number; stats: BatchStats }> => {
  const progress = options.onProgress;
  const records = await loadBatchRecords(db, viewer, (done) =>
    progress?.({ phase: 'load', done, total: null }),
  );
  const { pairs, stats } = findPossibleMatches(records, {
    agencyId: viewer.agencyId,
    onProgress: (done, total) => progress?.({ phase: 'match', done, total }),
  });
  await writeLinks(db, viewer.agencyId, records, pairs, options.at);
  return { records: records.length, found: pairs.length, stats };
};
