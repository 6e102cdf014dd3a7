import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../http/context.ts';

/** One open event stream: whose it is, how to write to it, and how it checks it may stay open. */
export type LiveClient = {
  actor: Actor;
  send: (event: string, data: unknown) => void;
  check?: (now: Date) => Promise<void>;
};

type Hub = { clients: Map<string, Set<LiveClient>>; pending: Set<string>; scheduled: boolean };

/** One hub per database (one per app): the test apps of one process never hear each other. */
const hubs = new WeakMap<Db, Hub>();

const hubOf = (db: Db): Hub => {
  let hub = hubs.get(db);
  if (!hub) {
    hub = { clients: new Map(), pending: new Set(), scheduled: false };
    hubs.set(db, hub);
  }
  return hub;
};

/** Registers an open stream of a user; the returned function forgets it when the connection closes. */
export const addLiveClient = (db: Db, client: LiveClient): (() => void) => {
  const hub = hubOf(db);
  const agencyId = client.actor.agencyId;
  const set = hub.clients.get(agencyId) ?? new Set();
  set.add(client);
  hub.clients.set(agencyId, set);
  return () => {
    set.delete(client);
    if (set.size === 0) hub.clients.delete(agencyId);
  };
};

/**
 * Asks every open stream of this app to check that it may stay open (its session holds, it is not idle); the server
 * runs it every minute, tests after moving their clock.
 */
export const checkLiveClients = async (db: Db, now: Date): Promise<void> => {
  const clients = [...hubOf(db).clients.values()].flatMap((set) => [...set]);
  await Promise.all(clients.map((client) => client.check?.(now)));
};

/** The users with an open stream, by agency (for tests and the health of the feature). */
export const countLiveClients = (db: Db, agencyId: string): number =>
  hubOf(db).clients.get(agencyId)?.size ?? 0;

/**
 * Tells every connected user of these agencies that their inbox changed, after the change committed. The push
 * carries no content, only "look again" with the user's own unread counts (`count` computes them per user, through
 * the same rules as the inbox), so nothing classified or unshared travels this way. Pushes asked for in the same
 * tick are folded into one per agency: a bulk send is one push, not a flood.
 */
export const publishInboxChange = (
  db: Db,
  agencyIds: Iterable<string>,
  count: (actor: Actor) => Promise<unknown>,
): void => {
  const hub = hubOf(db);
  for (const id of agencyIds) if (hub.clients.has(id)) hub.pending.add(id);
  if (hub.scheduled || hub.pending.size === 0) return;
  hub.scheduled = true;
  setImmediate(() => {
    hub.scheduled = false;
    const agencies = [...hub.pending];
    hub.pending.clear();
    for (const agencyId of agencies) {
      for (const client of hub.clients.get(agencyId) ?? []) {
        count(client.actor)
          .then((counts) => client.send('inbox', counts))
          .catch(() => client.send('inbox', {}));
      }
    }
  });
};
