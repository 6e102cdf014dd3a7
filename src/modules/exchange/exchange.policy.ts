import { CLASSIFICATIONS, type Classification } from '../../db/columns.ts';
import type { Actor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { refuseField } from './recipients.ts';

/** The roles that write to other forces (send, reply, acknowledge, close, withdraw, record out-of-band). */
const SENDER_ROLES = ['administrator', 'commander', 'liaison_officer', 'investigator'] as const;

/** Refuses (403) a user whose roles do not write messages; analysts and read-only users only read them. */
export const assertSender = (actor: Actor): void => {
  if (!SENDER_ROLES.some((role) => actor.roles.includes(role))) {
    throw new AppError('forbidden', 'Your role does not send messages');
  }
};

/** Refuses (422) a classification above the sender's own clearance: nobody marks what they may not read. */
export const checkClearance = (actor: Actor, classification: Classification): void => {
  if (CLASSIFICATIONS.indexOf(classification) > CLASSIFICATIONS.indexOf(actor.clearance)) {
    refuseField('classification_above_clearance', 'classification', 'Above your clearance');
  }
};
