import { CLASSES, LEVELS, type World, type WorldRecord } from './world.ts';

// The sharing rules of docs/sharing.md, written again as plainly as possible, for the randomized test to hold the
// real policy (SQL in src/modules/sharing/visibility.ts) to. It shares no code with the product.

export const FOREIGN_AGENCY = 5;

/** 0 none, 1 pointer, 2 summary, 3 full. */
export type Rank = 0 | 1 | 2 | 3;

const rankOfLevel = (level: (typeof LEVELS)[number]): Rank => (LEVELS.indexOf(level) + 1) as Rank;

const COVERING = new Set(['in_force', 'expired', 'superseded']);

export type Reader = { agency: number; clearance: (typeof CLASSES)[number] };

/** What the rules give a reader of `agency` with `clearance` on record `r` of the world, at `now`. */
export const expectedRank = (
  world: World,
  reader: Reader,
  r: number,
  now: Date,
  shareExpiry: (s: number) => Date | null,
): Rank => {
  const record = world.records[r] as WorldRecord;
  const foreign = reader.agency === FOREIGN_AGENCY;
  const clearance = foreign ? 'none' : reader.clearance;
  if (CLASSES.indexOf(record.classification) > CLASSES.indexOf(clearance)) return 0;
  if (record.owner === reader.agency) return 3;
  if (foreign && !record.releasable) return 0;
  let best: Rank = 0;
  world.shares.forEach((share, s) => {
    if (share.record !== r || share.recipient !== reader.agency || share.revoked) return;
    const expiry = shareExpiry(s);
    if (expiry !== null && expiry <= now) return;
    const forward = share.forwarder !== null && share.forwarder !== record.owner;
    if (forward && record.handling === 'H2') return;
    best = Math.max(best, rankOfLevel(share.level)) as Rank;
  });
  for (const agreement of world.agreements) {
    if (!COVERING.has(agreement.status)) continue;
    if (!agreement.parties.includes(reader.agency) || !agreement.parties.includes(record.owner)) continue;
    if (!agreement.domains.includes(record.domain)) continue;
    if (agreement.from !== null && record.recordedOn < agreement.from) continue;
    if (agreement.until !== null && record.recordedOn >= agreement.until) continue;
    if (!agreement.zones.some((z) => record.zones.includes(z))) continue;
    const binding = agreement.obligations.filter(
      (o) => o.kind === 'persons' && (o.agency === null || o.agency === record.owner),
    );
    const level = binding.reduce<Rank>((top, o) => Math.max(top, rankOfLevel(o.level)) as Rank, 1);
    best = Math.max(best, level) as Rank;
  }
  return best;
};
