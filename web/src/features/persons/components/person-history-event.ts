import type { HistoryItem } from '../../agencies/types';

/** The changes of a person the UI names (`event` of the audit log); any other shows as a generic change. */
const PERSON_EVENTS = {
  'person.recorded': 'recorded',
  'person.updated': 'updated',
  'person.linked': 'linked',
  'person.unlinked': 'unlinked',
  'person.photo_set': 'photo_set',
  'person.photo_removed': 'photo_removed',
  'share.granted': 'share_granted',
  'share.revoked': 'share_revoked',
} as const;

type PersonEventName = (typeof PERSON_EVENTS)[keyof typeof PERSON_EVENTS] | 'share_forwarded';

const isKnownEvent = (event: string): event is keyof typeof PERSON_EVENTS =>
  Object.hasOwn(PERSON_EVENTS, event);

/** The i18n key of a change in a person's history; a share granted by a forward is named as a forward. */
export const personHistoryEventKey = (
  item: Pick<HistoryItem, 'event' | 'action'>,
): `persons.history.event.${PersonEventName}` | 'persons.history.other' => {
  const event = item.event ?? '';
  if (!isKnownEvent(event)) {
    return 'persons.history.other';
  }
  const name =
    event === 'share.granted' && item.action === 'forward' ? 'share_forwarded' : PERSON_EVENTS[event];
  return `persons.history.event.${name}`;
};
