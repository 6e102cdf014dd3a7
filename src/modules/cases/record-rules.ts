import type { Classification } from '../../db/columns.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { readableClassifications } from '../sharing/visibility.ts';

/** The roles that record and change cases, special operations and seizures of their agency. */
const WRITER_ROLES = ['administrator', 'commander', 'liaison_officer', 'investigator'] as const;

/** Refuses (403) a user whose roles do not record cases. */
export const assertCaseWriter = (ctx: RequestContext): void => {
  if (!WRITER_ROLES.some((role) => requireActor(ctx).roles.includes(role))) {
    throw new AppError('forbidden', 'Your role does not record cases');
  }
};

/** Refuses (422 `date_in_future` at `path`) a day after today: nothing is seized or started tomorrow. */
export const assertNotFuture = (day: string | null | undefined, today: string, path: string): void => {
  if (day && day > today) {
    const message = `${day} is after today (${today})`;
    throw new AppError('date_in_future', message, { errors: [{ path, code: 'date_in_future', message }] });
  }
};

/** Refuses (422 at `path`) an end before a start. */
export const assertOrdered = (from: string, until: string | null | undefined, path: string): void => {
  if (until && until < from) {
    const message = `${until} is before ${from}`;
    throw new AppError('invalid_period', message, { errors: [{ path, code: 'invalid_period', message }] });
  }
};

/**
 * Refuses (422 `classification_above_clearance`) a state secret level above the writer's own clearance: the
 * policy would hide the record from its own author.
 */
export const assertClearedFor = (ctx: RequestContext, level: Classification | undefined): void => {
  if (level === undefined || ctx.actor === null) return;
  if (!readableClassifications(ctx.actor.clearance).includes(level)) {
    const message = 'The level is above your clearance';
    throw new AppError('classification_above_clearance', message, {
      errors: [{ path: 'classification', code: 'classification_above_clearance', message }],
    });
  }
};

/** Refuses (422 `duplicate_entry` at `path.N.field`) a list that names the same id twice. */
export const assertDistinct = (ids: readonly string[], path: string, field: string): void => {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) {
      const message = 'Named twice';
      throw new AppError('duplicate_entry', message, {
        errors: [{ path: `${path}.${index}.${field}`, code: 'duplicate_entry', message }],
      });
    }
    seen.add(id);
  }
};
