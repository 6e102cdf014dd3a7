// The named baseline: PostGIS ST_ClusterDBSCAN on the same points, in a database of its own on the local server.
import pg from 'pg';
import type { SpaceTimePoint } from '../../src/modules/early-warning/clustering/st-dbscan.ts';

export const BENCH_DATABASE = 'giapranh_bench_ew';
const SERVER = 'postgres://postgres@127.0.0.1:5432';
/** WGS 84 / UTM zone 48N: metres over 102°E to 108°E, the whole study area. */
const PROJECTED_SRID = 32648;
const BATCH = 100_000;

export type Postgis = { client: pg.Client; version: string };

/** Connects to the benchmark's database (created when missing) with PostGIS, or says why it cannot. */
export const openPostgis = async (): Promise<Postgis | { missing: string }> => {
  try {
    const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
    await admin.connect();
    const exists = await admin.query('select 1 from pg_database where datname = $1', [BENCH_DATABASE]);
    if (exists.rowCount === 0) await admin.query(`create database ${BENCH_DATABASE}`);
    await admin.end();
    const client = new pg.Client({ connectionString: `${SERVER}/${BENCH_DATABASE}` });
    await client.connect();
    try {
      await client.query('create extension if not exists postgis');
    } catch (error) {
      await client.end();
      return {
        missing: `PostGIS not installed (${(error as Error).message}); install postgresql-15-postgis-3`,
      };
    }
    const version =
      (await client.query<{ v: string }>('select postgis_lib_version() as v')).rows[0]?.v ?? '?';
    return { client, version };
  } catch (error) {
    return { missing: `no PostgreSQL server at ${SERVER} (${(error as Error).message})` };
  }
};

/** Loads the points as ids 0..n-1 into a fresh table, in batches of array parameters, then analyses it. */
export const loadPoints = async ({ client }: Postgis, points: readonly SpaceTimePoint[]) => {
  await client.query('drop table if exists ew_incidents');
  await client.query(
    'create unlogged table ew_incidents (id integer primary key, geom geometry(Point, 4326))',
  );
  for (let from = 0; from < points.length; from += BATCH) {
    const batch = points.slice(from, from + BATCH);
    await client.query(
      `insert into ew_incidents
       select i, ST_SetSRID(ST_MakePoint(lon, lat), 4326) from unnest($1::int[], $2::float8[], $3::float8[]) u(i, lon, lat)`,
      [batch.map((_, k) => from + k), batch.map((p) => p.lon), batch.map((p) => p.lat)],
    );
  }
  await client.query('vacuum analyze ew_incidents');
};

/**
 * ST_ClusterDBSCAN over every point, projected to UTM 48N: the query alone is timed (its labels are written to a
 * table on the server), then the labels are read back by id (-1 for noise, as ours).
 */
export const clusterWithPostgis = async (
  { client }: Postgis,
  count: number,
  { epsMetres, minPoints }: { epsMetres: number; minPoints: number },
) => {
  await client.query('drop table if exists ew_labels');
  const started = performance.now();
  await client.query(
    `create unlogged table ew_labels as
     select id, ST_ClusterDBSCAN(ST_Transform(geom, ${PROJECTED_SRID}), eps => ${Number(epsMetres)},
       minpoints => ${Math.trunc(minPoints)}) over () as cid
     from ew_incidents`,
  );
  const seconds = (performance.now() - started) / 1000;
  const labels = new Int32Array(count).fill(-1);
  const rows = await client.query<{ id: number; cid: number | null }>('select id, cid from ew_labels');
  for (const { id, cid } of rows.rows) labels[id] = cid ?? -1;
  return { labels, seconds };
};
