import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { recordAuditedRead } from '../audit/index.ts';
import { cases } from '../cases/cases.tables.ts';
import { seizures } from '../cases/seizures/seizures.tables.ts';
import { hotspots } from '../hotspots/index.ts';
import { accessRank, type Viewer, viewerOf } from '../sharing/index.ts';
import {
  MAP_FEATURE_LIMIT,
  MAP_KINDS,
  type MapFeatures,
  type MapKind,
  type MapQuery,
} from './map.schemas.ts';

/** One feature as the database gives it: the position is already snapped for a summary reader. */
type FeatureRow = {
  id: string;
  kind: MapKind;
  lat: number;
  lon: number;
  rank: number;
  status: string | null;
  drug: string | null;
  day: string;
};

const SUMMARY = 2;
const FULL = 3;

/** A coordinate as the reader may see it: exact in full, snapped to 0.01° (about 1 km) in a summary. */
const seen = (coordinate: SQL, rank: SQL): SQL =>
  sql`case when ${rank} >= ${FULL} then ${coordinate} else round((${coordinate})::numeric, 2)::float8 end`;

const wants = (query: MapQuery, kind: MapKind): boolean => !query.kinds || query.kinds.includes(kind);

/**
 * Wraps one kind's rows (id, raw lat/lon, rank, status, drug, day) so that the policy's rank is computed once per
 * row, summary or better is kept, and the box is tested on the position the reader sees (never the exact point of
 * a summary: narrowing boxes would find it).
 */
const visibleFeatures = (kind: MapKind, inner: SQL, query: MapQuery): SQL => {
  const [west, south, east, north] = query.bbox ?? [-180, -90, 180, 90];
  return sql`select id, ${kind}::text as kind, seen_lat as lat, seen_lon as lon, rank, status, drug, day
    from (select f.*, ${seen(sql`f.lat`, sql`f.rank`)} as seen_lat, ${seen(sql`f.lon`, sql`f.rank`)} as seen_lon
          from (${inner}) f where f.rank >= ${SUMMARY}) v
    where seen_lat between ${south} and ${north} and seen_lon between ${west} and ${east}`;
};

const period = (day: SQL, query: MapQuery): SQL[] => [
  query.from ? sql`${day} >= ${query.from}` : sql`true`,
  query.to ? sql`${day} <= ${query.to}` : sql`true`,
];

/** Crystal methamphetamine is `methamphetamine_crystal` on a hotspot and `methamphetamine` on a seizure. */
const DRUG_ALIASES: Record<string, string[]> = {
  methamphetamine: ['methamphetamine', 'methamphetamine_crystal'],
  methamphetamine_crystal: ['methamphetamine', 'methamphetamine_crystal'],
};
const drugNames = (drug: string): SQL =>
  sql`array[${sql.join(
    (DRUG_ALIASES[drug] ?? [drug]).map((d) => sql`${d}`),
    sql`, `,
  )}]::text[]`;

const zoneOf = (zones: SQL, query: MapQuery): SQL =>
  query.zone ? sql`${zones} @> array[${query.zone}]::uuid[]` : sql`true`;

const hotspotFeatures = (viewer: Viewer, query: MapQuery, kind: 'point' | 'hotspot'): SQL => {
  const where = [
    sql`${hotspots.kind} = ${kind}`,
    ...period(sql`${hotspots.recordedOn}`, query),
    zoneOf(sql`${hotspots.zoneIds}`, query),
    query.status ? sql`${hotspots.status} = ${query.status}` : sql`true`,
    query.drug ? sql`${hotspots.drugs} && ${drugNames(query.drug)}` : sql`true`,
  ];
  return visibleFeatures(
    kind,
    sql`select ${hotspots.id} as id, ${hotspots.lat} as lat, ${hotspots.lon} as lon,
      ${accessRank(viewer, hotspots, 'hotspots')} as rank, ${hotspots.status} as status,
      ${hotspots.drugs}[1] as drug, ${hotspots.recordedOn}::text as day
      from ${hotspots} where ${sql.join(where, sql` and `)}`,
    query,
  );
};

const caseFeatures = (viewer: Viewer, query: MapQuery): SQL => {
  const where = [
    sql`${cases.lat} is not null and ${cases.lon} is not null`,
    ...period(sql`${cases.occurredOn}`, query),
    zoneOf(sql`${cases.zoneIds}`, query),
    query.status ? sql`${cases.status} = ${query.status}` : sql`true`,
  ];
  return visibleFeatures(
    'case',
    sql`select ${cases.id} as id, ${cases.lat} as lat, ${cases.lon} as lon,
      ${accessRank(viewer, cases, 'cases')} as rank, ${cases.status} as status, null::text as drug,
      ${cases.occurredOn}::text as day
      from ${cases} where ${sql.join(where, sql` and `)}`,
    query,
  );
};

/** A seizure lies at its case's point: the reader sees it as precisely as it reads the lesser of the two. */
const seizureFeatures = (viewer: Viewer, query: MapQuery): SQL => {
  const where = [
    sql`${cases.lat} is not null and ${cases.lon} is not null`,
    ...period(sql`${seizures.seizedOn}`, query),
    zoneOf(sql`${seizures.zoneIds}`, query),
    query.drug ? sql`${seizures.substance} = any(${drugNames(query.drug)})` : sql`true`,
  ];
  return visibleFeatures(
    'seizure',
    sql`select ${seizures.id} as id, ${cases.lat} as lat, ${cases.lon} as lon,
      least(${accessRank(viewer, seizures, 'seizures')}, ${accessRank(viewer, cases, 'cases')}) as rank,
      null::text as status, ${seizures.substance} as drug, ${seizures.seizedOn}::text as day
      from ${seizures} join ${cases} on ${cases.id} = ${seizures.caseId}
      where ${sql.join(where, sql` and `)}`,
    query,
  );
};

/** The parts of the union a query asks for: a status filter leaves out seizures, a drug filter leaves out cases. */
const partsOf = (viewer: Viewer, query: MapQuery): SQL[] => [
  ...(wants(query, 'point') ? [hotspotFeatures(viewer, query, 'point')] : []),
  ...(wants(query, 'hotspot') ? [hotspotFeatures(viewer, query, 'hotspot')] : []),
  ...(wants(query, 'case') && !query.drug ? [caseFeatures(viewer, query)] : []),
  ...(wants(query, 'seizure') && !query.status ? [seizureFeatures(viewer, query)] : []),
];

const columnsOf = (rows: FeatureRow[], truncated: boolean): MapFeatures => {
  const counts = { point: 0, hotspot: 0, case: 0, seizure: 0 };
  for (const row of rows) counts[row.kind] += 1;
  return {
    kindNames: [...MAP_KINDS],
    ids: rows.map((r) => r.id),
    kinds: rows.map((r) => MAP_KINDS.indexOf(r.kind)),
    lat: rows.map((r) => Number(r.lat)),
    lon: rows.map((r) => Number(r.lon)),
    exact: rows.map((r) => (Number(r.rank) >= FULL ? 1 : 0)),
    status: rows.map((r) => r.status),
    drug: rows.map((r) => r.drug),
    day: rows.map((r) => r.day),
    counts,
    truncated,
  };
};

/**
 * The points, hotspots, placed cases and seizures the actor reads at summary level or above, in a box, a period,
 * a zone, by status and drug, as compact columns. The sharing policy's rank is part of the query, so nothing hidden
 * is drawn or counted; a pointer (the reader knows the record exists, not where) is left off the map.
 */
export const listMapFeatures = async (ctx: RequestContext, query: MapQuery): Promise<MapFeatures> => {
  const viewer = await viewerOf(ctx.db, requireActor(ctx), ctx.clock());
  const parts = partsOf(viewer, query);
  const rows =
    parts.length === 0
      ? []
      : await queryRows<FeatureRow>(
          ctx.db,
          sql`${sql.join(parts, sql` union all `)} order by day, id limit ${MAP_FEATURE_LIMIT + 1}`,
        );
  const truncated = rows.length > MAP_FEATURE_LIMIT;
  const features = columnsOf(truncated ? rows.slice(0, MAP_FEATURE_LIMIT) : rows, truncated);
  await recordAuditedRead(ctx.db, {
    context: ctx.audit,
    at: ctx.clock(),
    entry: { action: 'search', outcome: 'allow', objectType: 'map', recordsReturned: features.ids.length },
  });
  return features;
};
