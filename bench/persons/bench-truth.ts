// The truth of the generated set, regenerated (the generator is deterministic): which record is which person, and
// the noisy queries, each with the record it should find.
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../src/db/connect.ts';
import { type GeneratedRecord, generateRecords } from '../../src/modules/persons/generate/index.ts';
import { BENCH_AGENCIES, type PersonsBenchConfig, QUERY_COUNT } from './bench-config.ts';

/** A noisy query: a duplicate's name as another force typed it, its birth year, and the person's first record. */
export type NoisyQuery = { q: string; birthYear: number | null; wantedId: string; noise: string[] };

export type BenchTruth = {
  /** Database id of each generated record → its person key. */
  personOfId: Map<string, string>;
  queries: NoisyQuery[];
};

const recordKey = (agencyCode: string, externalRef: string) => `${agencyCode}|${externalRef}`;

/** Every generated record's database id, by force and reference, in one query. */
const mapRecordIds = async (db: Db): Promise<Map<string, string>> => {
  const rows = await queryRows<{ id: string; code: string; external_ref: string }>(
    db,
    sql`select p.id, a.code, p.external_ref from persons p join agencies a on a.id = p.owner_agency_id
        where p.external_ref is not null`,
  );
  return new Map(rows.map((row) => [recordKey(row.code, row.external_ref), row.id]));
};

/**
 * Regenerates the set, maps each record to its database row, and picks `QUERY_COUNT` duplicates spread evenly over
 * the set as the noisy queries (the name and birth year as recorded by the duplicate's force).
 */
export const readBenchTruth = async (db: Db, config: PersonsBenchConfig): Promise<BenchTruth> => {
  const ids = await mapRecordIds(db);
  const idOf = (record: GeneratedRecord) => {
    const id = ids.get(recordKey(record.agencyCode, record.line.externalRef));
    if (!id) throw new Error(`${record.line.externalRef} of ${record.agencyCode} is not in the database`);
    return id;
  };
  const personOfId = new Map<string, string>();
  const duplicates: { record: GeneratedRecord; first: GeneratedRecord }[] = [];
  const options = { count: config.count, seed: config.seed, agencies: BENCH_AGENCIES, duplicateRate: 0.1 };
  for (const records of generateRecords(options)) {
    for (const record of records) personOfId.set(idOf(record), record.personKey);
    const [first, ...others] = records;
    for (const record of others) if (first) duplicates.push({ record, first });
  }
  const step = duplicates.length / QUERY_COUNT;
  const queries = Array.from({ length: Math.min(QUERY_COUNT, duplicates.length) }, (_, i) => {
    const { record, first } = duplicates[Math.floor(i * step)] as (typeof duplicates)[number];
    const year = Number(record.line.birthDate.slice(0, 4));
    return {
      q: record.line.fullName,
      birthYear: Number.isInteger(year) ? year : null,
      wantedId: idOf(first),
      noise: record.noise,
    };
  });
  return { personOfId, queries };
};
