import { z } from 'zod';

/** A record's version for optimistic concurrency; bounded so `version + 1` always fits the int4 column. */
export const Version = z
  .int()
  .min(1)
  .max(2 ** 31 - 2);
