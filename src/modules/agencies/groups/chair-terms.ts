import type { ErrorCode, FieldIssue } from '../../../http/problem.ts';
import { periodsOverlap } from '../periods.ts';

/** A chair term's days: `endsOn` is the first day of the next term (null while it runs). */
export type TermDays = { id: string; startsOn: string; endsOn: string | null };

export type ChairPlan = { closeTermId: string | null } | { issue: FieldIssue & { code: ErrorCode } };

const asPeriod = (term: { startsOn: string; endsOn: string | null }) => ({
  validFrom: term.startsOn,
  validUntil: term.endsOn,
});

/**
 * Plans a chair handover: the running term that began before the new one ends on its first day; any other
 * overlap is refused, naming the field of the new term that falls inside an existing one.
 */
export const planChairTerm = (existing: readonly TermDays[], proposed: Omit<TermDays, 'id'>): ChairPlan => {
  if (proposed.endsOn !== null && proposed.endsOn <= proposed.startsOn) {
    return { issue: { path: 'endsOn', code: 'invalid_period', message: 'endsOn must be after startsOn' } };
  }
  const running = existing.find((term) => term.endsOn === null && term.startsOn < proposed.startsOn);
  const after = existing.map((term) => (term === running ? { ...term, endsOn: proposed.startsOn } : term));
  const clash = after.find((term) => periodsOverlap(asPeriod(term), asPeriod(proposed)));
  if (clash) {
    const path = clash.startsOn <= proposed.startsOn ? 'startsOn' : 'endsOn';
    const message = `overlaps the chair term from ${clash.startsOn}${clash.endsOn ? ` to ${clash.endsOn}` : ''}`;
    return { issue: { path, code: 'chair_terms_overlap', message } };
  }
  return { closeTermId: running?.id ?? null };
};

/** The term covering a day, if any. */
export const findTermOn = <T extends { startsOn: string; endsOn: string | null }>(
  terms: readonly T[],
  day: string,
): T | undefined => terms.find((term) => term.startsOn <= day && (term.endsOn === null || day < term.endsOn));
