import type { Db } from '../../../db/connect.ts';
import { AppError } from '../../../http/problem.ts';
import { findLatestLoad, type RefdataLoadRow } from './refdata.repo.ts';

/** The latest reference load, or undefined when the reference data has never been loaded. */
export const findRefDataLoad = (db: Db): Promise<RefdataLoadRow | undefined> => findLatestLoad(db);

/** Throws 503 `refdata_unavailable` until the reference data is loaded: maps, communes and lookups need it. */
export const assertRefDataLoaded = async (db: Db): Promise<void> => {
  if (!(await findLatestLoad(db))) {
    throw new AppError(
      'refdata_unavailable',
      'The administrative reference data is not loaded; run `npx giapranh refdata load DIR`',
    );
  }
};
