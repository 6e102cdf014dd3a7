import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../../db/connect.ts';
import { writeOutboxEvent } from '../../../events/outbox.ts';
import { type RequestContext, requireActor } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { compareVietnamese } from '../../../text/vietnamese.ts';
import { appendAudit } from '../../audit/index.ts';
import { listForeignUnitRows } from '../adjacency/adjacency.repo.ts';
import { listUnitRowsByCodes } from '../units/units.repo.ts';
import type { Structure } from '../units/units.tables.ts';
import {
  buildBeltMembers,
  buildBorderCommuneMembers,
  buildUnitMembers,
  type MemberDraft,
} from './zone-build.service.ts';
import {
  deleteZoneAtVersion,
  findZoneRow,
  insertZone,
  insertZoneMembers,
  listZoneMemberRows,
  listZoneRows,
  updateZoneAtVersion,
  type ZoneMemberRow,
  type ZoneRow,
} from './zones.repo.ts';
import type { CreateZoneBody, UpdateZoneBody } from './zones.schemas.ts';

export type ZoneMember = ZoneMemberRow & { name: string };
export type Zone = ZoneRow & { members: ZoneMember[] };

const withMembers = async (db: Db, zones: ZoneRow[]): Promise<Zone[]> => {
  const members = await listZoneMemberRows(
    db,
    zones.map((z) => z.id),
  );
  const names = new Map<string, string>();
  for (const structure of ['current', 'pre2025'] as Structure[]) {
    const codes = members
      .filter((m) => m.structure === structure && m.level !== 'foreign')
      .map((m) => m.code);
    for (const u of await listUnitRowsByCodes(db, structure, [...new Set(codes)]))
      names.set(`${structure}:${u.code}`, u.fullName);
  }
  const foreign = new Map((await listForeignUnitRows(db)).map((f) => [f.code, f.name]));
  const nameOf = (m: ZoneMemberRow) =>
    (m.level === 'foreign' ? foreign.get(m.code) : names.get(`${m.structure}:${m.code}`)) ?? m.code;
  return zones.map((zone) => ({
    ...zone,
    members: members
      .filter((m) => m.zoneId === zone.id)
      .map((m) => ({ ...m, name: nameOf(m) }))
      .sort((a, b) => compareVietnamese(a.name, b.name) || a.code.localeCompare(b.code)),
  }));
};

/** The zone with its members; 404 `not_found` when there is none. */
export const getZone = async (db: Db, zoneId: string): Promise<Zone> => {
  const zone = await findZoneRow(db, zoneId);
  if (!zone) {
    throw new AppError('not_found', 'No such border zone');
  }
  const [full] = await withMembers(db, [zone]);
  return full ?? { ...zone, members: [] };
};

/** Zones of a structure (or all), optionally those touching a province, sorted by name in Vietnamese order. */
export const listZones = async (
  db: Db,
  filter: { structure?: Structure; province?: string },
): Promise<Zone[]> => {
  const rows = (await listZoneRows(db)).filter((z) => !filter.structure || z.structure === filter.structure);
  const zones = await withMembers(db, rows);
  return zones
    .filter(
      (z) =>
        !filter.province ||
        z.provinces.includes(filter.province) ||
        z.members.some((m) => m.code === filter.province),
    )
    .sort((a, b) => compareVietnamese(a.name, b.name));
};

const membersFor = (db: Db, input: CreateZoneBody): Promise<MemberDraft[]> => {
  if (input.kind === 'belt') {
    return buildBeltMembers(db, input);
  }
  if ('borderCommunesOf' in input) {
    return buildBorderCommuneMembers(db, input.borderCommunesOf);
  }
  return buildUnitMembers(
    db,
    input.structure,
    input.units.map((u) => u.code),
  );
};

const record = async (
  ctx: RequestContext,
  trx: Db,
  zone: ZoneRow,
  action: 'create' | 'update' | 'delete',
  at: Date,
) => {
  const payload = { zoneId: zone.id, name: zone.name, structure: zone.structure, version: zone.version };
  await writeOutboxEvent(
    trx,
    {
      eventType: `border_zone.${action}`,
      aggregateType: 'border_zone',
      aggregateId: zone.id,
      ownerAgencyId: null,
      payload,
    },
    at,
  );
  await appendAudit(
    trx,
    ctx.audit,
    { action, outcome: 'allow', objectType: 'border_zone', objectIds: [zone.id] },
    at,
  );
};

/**
 * Creates a border zone after checking its units exist and touch (or computing a belt or border communes); the
 * route authorises the actor, and a system context (the demo seed) creates it with no author.
 */
export const createZone = async (ctx: RequestContext, input: CreateZoneBody): Promise<Zone> => {
  const by = ctx.actor?.userId ?? null;
  const members = await membersFor(ctx.db, input);
  const id = await withTransaction(ctx.db, async (trx) => {
    const at = ctx.clock();
    const zone = await insertZone(trx, {
      id: uuidv7(),
      name: input.name,
      description: input.description ?? null,
      structure: input.structure,
      kind: input.kind,
      beltKm: input.kind === 'belt' ? input.beltKm : null,
      provinces:
        input.kind === 'belt' ? input.provinces : 'borderCommunesOf' in input ? input.borderCommunesOf : [],
      ownerAgencyId: ctx.actor?.agencyId ?? null,
      createdAt: at,
      createdBy: by,
      updatedAt: at,
      updatedBy: by,
    });
    const unique = new Map(members.map((m) => [`${m.structure}:${m.code}`, m]));
    await insertZoneMembers(
      trx,
      [...unique.values()].map((m) => ({
        zoneId: zone.id,
        structure: m.structure,
        code: m.code,
        level: m.level,
      })),
    );
    await record(ctx, trx, zone, 'create', at);
    return zone.id;
  });
  return getZone(ctx.db, id);
};

/** Renames or re-describes a zone at the version the administrator saw (409 when stale). */
export const updateZone = async (
  ctx: RequestContext,
  zoneId: string,
  input: UpdateZoneBody,
): Promise<Zone> => {
  const actor = requireActor(ctx);
  await withTransaction(ctx.db, async (trx) => {
    await getZone(trx, zoneId);
    const at = ctx.clock();
    const updated = await updateZoneAtVersion(trx, zoneId, input.version, {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.description === undefined ? {} : { description: input.description }),
      updatedAt: at,
      updatedBy: actor.userId,
    });
    if (!updated) {
      throw new AppError('version_conflict', 'Someone changed this zone first; reload it');
    }
    await record(ctx, trx, updated, 'update', at);
  });
  return getZone(ctx.db, zoneId);
};

/** Deletes a zone at the version the administrator saw (409 when stale). */
export const deleteZone = (ctx: RequestContext, zoneId: string, version: number): Promise<void> =>
  withTransaction(ctx.db, async (trx) => {
    const zone = await getZone(trx, zoneId);
    const at = ctx.clock();
    if (!(await deleteZoneAtVersion(trx, zoneId, version))) {
      throw new AppError('version_conflict', 'Someone changed this zone first; reload it');
    }
    await record(ctx, trx, zone, 'delete', at);
  });
