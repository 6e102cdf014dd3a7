// The map's query for a viewport, measured on PostgreSQL: the points of hotspots inside a box that the viewer may
// read, with the sharing policy's `accessRank` in the query as every read path has it. No map endpoint exists yet
// (GET /api/map/features is being built), so this measures its SQL, not the HTTP path.
import { and, between } from 'drizzle-orm';
import { openDatabase } from '../../src/db/connect.ts';
import { hotspots } from '../../src/modules/hotspots/hotspots.tables.ts';
import { accessRank, type Viewer, visibleTo } from '../../src/modules/sharing/index.ts';
import { percentile } from '../persons/metrics.ts';
import type { Incidents } from './incidents.ts';
import { BENCH_DATABASE } from './postgis-baseline.ts';

const VIEWER_AGENCY = '01900000-0000-7000-8000-000000000001';
const OTHER_AGENCY = '01900000-0000-7000-8000-000000000002';
const RUNS = 5;
const BATCH = 3_000; // 16 parameters a row: under PostgreSQL's 65,535 a statement

export type MapQueryFigures = { rowsInBox: number; visible: number; p50: number; p95: number; runs: number };

/**
 * Loads the incidents as hotspots of two forces (every other one the viewer's own; the other force shares nothing
 * with it), then times `RUNS` reads of the box `[minLat, maxLat] × [minLon, maxLon]` after a warm-up read.
 */
export const measureMapQuery = async (
  { points }: Incidents,
  box: { minLat: number; maxLat: number; minLon: number; maxLon: number },
): Promise<MapQueryFigures> => {
  const database = await openDatabase({
    databaseUrl: `postgres://postgres@127.0.0.1:5432/${BENCH_DATABASE}`,
  });
  try {
    await database.migrate();
    const { db } = database;
    await db.execute('truncate hotspots cascade');
    for (let from = 0; from < points.length; from += BATCH) {
      const batch = points.slice(from, from + BATCH);
      const rows = batch.map((p, k) => ({
        id: crypto.randomUUID(),
        kind: 'point' as const,
        name: `Điểm ${from + k}`,
        nameFolded: `diem ${from + k}`,
        lat: p.lat,
        lon: p.lon,
        unitStructure: 'current' as const,
        unitCode: '01',
        provinceCode: '01',
        status: 'reported' as const,
        statusOn: '2025-06-01',
        ownerAgencyId: (from + k) % 2 === 0 ? VIEWER_AGENCY : OTHER_AGENCY,
        crimeDomain: 'drugs' as const,
        recordedOn: '2025-06-01',
        createdAt: new Date(0),
        updatedAt: new Date(0),
      }));
      await db.insert(hotspots).values(rows);
    }
    await db.execute('vacuum analyze hotspots');
    const viewer: Viewer = { agencyId: VIEWER_AGENCY, foreign: false, clearance: 'MAT', now: new Date() };
    const inBox = and(
      between(hotspots.lat, box.minLat, box.maxLat),
      between(hotspots.lon, box.minLon, box.maxLon),
    );
    const read = () =>
      db
        .select({
          id: hotspots.id,
          lat: hotspots.lat,
          lon: hotspots.lon,
          kind: hotspots.kind,
          status: hotspots.status,
          rank: accessRank(viewer, hotspots, 'hotspots'),
        })
        .from(hotspots)
        .where(and(inBox, visibleTo(viewer, hotspots, 'hotspots')));
    const visible = (await read()).length; // also the warm-up read
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await read();
      times.push(performance.now() - started);
    }
    const rowsInBox = points.filter(
      (p) => p.lat >= box.minLat && p.lat <= box.maxLat && p.lon >= box.minLon && p.lon <= box.maxLon,
    ).length;
    return { rowsInBox, visible, p50: percentile(times, 50), p95: percentile(times, 95), runs: RUNS };
  } finally {
    await database.close();
  }
};
