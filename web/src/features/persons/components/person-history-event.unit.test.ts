import { describe, expect, it } from 'vitest';
import { personHistoryEventKey } from './person-history-event';

describe('personHistoryEventKey', () => {
  it.each([
    ['person.recorded', 'create', 'persons.history.event.recorded'],
    ['person.linked', 'update', 'persons.history.event.linked'],
    ['person.photo_removed', 'update', 'persons.history.event.photo_removed'],
    ['share.granted', 'share', 'persons.history.event.share_granted'],
    ['share.granted', 'forward', 'persons.history.event.share_forwarded'],
    ['share.revoked', 'share', 'persons.history.event.share_revoked'],
    ['person.merged', 'update', 'persons.history.other'],
    ['toString', 'update', 'persons.history.other'],
    [null, 'update', 'persons.history.other'],
  ])('names %j (%s)', (event, action, expected) => {
    expect(personHistoryEventKey({ event, action })).toBe(expected);
  });
});
