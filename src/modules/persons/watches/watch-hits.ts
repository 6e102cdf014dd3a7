import { compareNames } from '../identity/name-similarity.ts';
import { splitPersonName } from '../identity/person-name.ts';
import { type MatchablePerson, POSSIBLE_MATCH_THRESHOLD, scorePair } from '../matching/pair-score.ts';
import type { PersonWatchRow } from './watches.tables.ts';

/** How close a recorded name must come to a search watch's name. */
export const SEARCH_WATCH_THRESHOLD = 0.8;

/**
 * Whether a person just recorded or changed (`person`, with its id) hits a watch: the watched record itself, a
 * record that may be the same person as the watched one, or a name (and birth year, when both are known) close
 * to a search watch's. Pure: `watched` is the watched record of a person watch, when there is one.
 */
export const hitsWatch = (
  watch: Pick<PersonWatchRow, 'personId' | 'name' | 'birthYear'>,
  person: MatchablePerson & { id: string },
  watched: MatchablePerson | undefined,
): boolean => {
  if (watch.personId) {
    if (watch.personId === person.id) return true;
    return watched !== undefined && scorePair(watched, person).score >= POSSIBLE_MATCH_THRESHOLD;
  }
  if (!watch.name) return false;
  if (watch.birthYear !== null && person.birthYear !== null && watch.birthYear !== person.birthYear)
    return false;
  const names = compareNames(splitPersonName(watch.name), splitPersonName(person.fullName), {
    aliasesOfB: person.aliases.map((alias) => splitPersonName(alias)),
  });
  return names.score >= SEARCH_WATCH_THRESHOLD;
};
