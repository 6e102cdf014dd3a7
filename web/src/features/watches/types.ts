import type { Role } from '../auth/types';

/** One active watch of the user's agency: on a recorded person (`personId`) or on a name (and birth year). */
export type Watch = {
  id: string;
  personId: string | null;
  name: string | null;
  birthYear: number | null;
  silent: boolean;
  note: string | null;
  createdAt: string;
  endedAt: string | null;
};

type WatchOptions = { silent?: boolean; note?: string };

/** `POST /persons/watches`: a person the user reads, or a name with an optional birth year. */
export type CreateWatchBody =
  | (WatchOptions & { personId: string })
  | (WatchOptions & { name: string; birthYear?: number });

/** Only commanders keep a watch silent (the owner is not told); the API answers 403 to the others. */
export const canWatchSilently = (roles: readonly Role[]): boolean => roles.includes('commander');
