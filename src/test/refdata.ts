import type { AppDeps } from '../http/context.ts';
import type { LoadResult } from '../modules/geo/index.ts';
import {
  type PreparedRefData,
  prepareRefData,
  storeRefData,
} from '../modules/geo/refdata/refdata-load.service.ts';

let prepared: { dir: string; data: PreparedRefData } | undefined;

/**
 * Loads the real reference data (from `config.refDataDir`, never a copy in the repository) into a test database.
 * The files are read and prepared once per test file and reused for every engine the file runs on.
 */
export const loadTestRefData = async (deps: AppDeps): Promise<LoadResult> => {
  const startedAt = performance.now();
  const dir = deps.config.refDataDir;
  if (prepared?.dir !== dir) {
    prepared = { dir, data: prepareRefData(dir) };
  }
  return storeRefData(deps.db, dir, prepared.data, { clock: deps.clock, startedAt });
};
