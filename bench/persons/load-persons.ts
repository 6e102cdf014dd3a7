// Loads the benchmark database: reference data, the demo forces, an agreement that lets the Ministry's drug police
// department see every force's persons, then the generated persons through the product's own import.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Config } from '../../src/config.ts';
import type { Database } from '../../src/db/connect.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { type AppDeps, type RequestContext, systemContext } from '../../src/http/context.ts';
import { findAgencyWithCode, setJurisdiction } from '../../src/modules/agencies/index.ts';
import {
  createAgreement,
  recordHistoricalStatus,
  setObligations,
  setZones,
} from '../../src/modules/agreements/index.ts';
import { createZone, loadRefData } from '../../src/modules/geo/index.ts';
import { generateRecords, writeRecordsToFolder } from '../../src/modules/persons/generate/index.ts';
import { PROVINCES } from '../../src/modules/persons/generate/province-tables.ts';
import { importPersons } from '../../src/modules/persons/index.ts';
import { BENCH_AGENCIES, type PersonsBenchConfig, VIEWER_AGENCY } from './bench-config.ts';

const agencyIdOf = async (ctx: RequestContext, code: string): Promise<string> => {
  const agency = await findAgencyWithCode(ctx.db, code);
  if (!agency) throw new Error(`no agency ${code} after the demo seed`);
  return agency.id;
};

/**
 * The department's jurisdiction is the whole country (as its mandate is), a zone of every province, and one
 * agreement in force between the department and the six forces that shares persons at summary level in it.
 */
const shareEverythingWithDepartment = async (ctx: RequestContext): Promise<void> => {
  const department = await findAgencyWithCode(ctx.db, VIEWER_AGENCY);
  if (!department) throw new Error(`no agency ${VIEWER_AGENCY}`);
  const units = PROVINCES.map((p) => ({
    structure: 'current' as const,
    unitCode: p.code,
    validFrom: '2025-07-01',
    validUntil: null,
  }));
  await setJurisdiction(ctx, department.id, { version: department.version, units }, 'trusted');
  const zone = await createZone(ctx, {
    kind: 'units',
    name: 'Toàn quốc (dữ liệu đo hiệu năng)',
    structure: 'current',
    units: PROVINCES.map((p) => ({ code: p.code })),
  });
  const parties = [{ agencyId: department.id, role: 'lead' as const }];
  for (const code of BENCH_AGENCIES)
    parties.push({ agencyId: await agencyIdOf(ctx, code), role: 'party' as never });
  let agreement = await createAgreement(ctx, {
    kind: 'plan',
    title: 'Phương án đối chiếu đối tượng toàn quốc (dữ liệu đo hiệu năng)',
    domains: ['drugs'],
    parties,
  });
  agreement = await recordHistoricalStatus(ctx, agreement.id, {
    version: agreement.version,
    status: 'in_force',
    signedOn: '2025-07-01',
    effectiveFrom: '2025-07-01',
    effectiveUntil: null,
  });
  agreement = await setObligations(ctx, agreement.id, {
    version: agreement.version,
    obligations: [{ agencyId: null, recordKind: 'persons', level: 'summary' }],
    replyDeadlines: { urgentHours: null, normalHours: null, lowHours: null },
  });
  await setZones(ctx, agreement.id, { version: agreement.version, zoneIds: [zone.id] });
};

const log = (line: string) => process.stderr.write(`  ${line}\n`);

/** Generates the persons into a temporary folder and imports each force's file with `importPersons`. */
const importGenerated = async (deps: AppDeps, config: PersonsBenchConfig): Promise<number> => {
  const folder = await mkdtemp(join(tmpdir(), 'giapranh-bench-persons-'));
  try {
    const options = { count: config.count, seed: config.seed, agencies: BENCH_AGENCIES, duplicateRate: 0.1 };
    const written = await writeRecordsToFolder({
      persons: generateRecords(options),
      agencies: BENCH_AGENCIES,
      out: folder,
    });
    log(`generated ${written.records} records of ${written.persons} persons`);
    for (const code of BENCH_AGENCIES) {
      const started = performance.now();
      const report = await importPersons(systemContext(deps, 'bench persons'), {
        by: { agencyId: await agencyIdOf(systemContext(deps, 'bench'), code), userId: null },
        source: createReadStream(join(folder, `${code}.ndjson`)),
      });
      if (report.badLines > 0)
        throw new Error(`${code}: ${report.badLines} bad lines, e.g. ${JSON.stringify(report.bad[0])}`);
      const seconds = (performance.now() - started) / 1000;
      log(
        `imported ${code}: ${report.created} created in ${seconds.toFixed(0)} s (${(report.created / seconds).toFixed(0)}/s)`,
      );
    }
    return written.records;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};

/** Loads a freshly created, migrated benchmark database; returns the generated records loaded and the seconds. */
export const loadBenchDatabase = async (
  database: Database,
  appConfig: Config,
  config: PersonsBenchConfig,
): Promise<{ records: number; seconds: number }> => {
  const started = performance.now();
  const deps: AppDeps = {
    db: database.db,
    engine: database.engine,
    clock: () => new Date(),
    config: appConfig,
  };
  await loadRefData(database.db, appConfig.refDataDir);
  await seedDemo(deps);
  await shareEverythingWithDepartment(systemContext(deps, 'bench persons'));
  log('reference data, demo forces and the bench agreement loaded');
  const records = await importGenerated(deps, config);
  await database.db.execute(sql`analyze`);
  return { records, seconds: (performance.now() - started) / 1000 };
};
