import { describe, expect, it } from 'vitest';
import { defaultDeadline } from './deadlines.ts';
import {
  isOpenState,
  MESSAGE_MOVES,
  MESSAGE_STATES,
  type MessageMove,
  type MessageState,
  type MoveActor,
  nextState,
} from './message-states.ts';
import { renderTemplate, TEMPLATE_KEYS } from './templates.ts';

/** Every allowed move, written out by hand: any (state, move, actor) not listed here must be refused. */
const ALLOWED: [MessageState, MessageMove, MoveActor, MessageState][] = [
  ['sent', 'deliver', 'system', 'delivered'],
  ['sent', 'deliver', 'recipient', 'delivered'],
  ['sent', 'read', 'recipient', 'read'],
  ['delivered', 'read', 'recipient', 'read'],
  ...(['sent', 'delivered', 'read'] as const).map(
    (s) =>
      [s, 'acknowledge', 'recipient', 'acknowledged'] as [MessageState, MessageMove, MoveActor, MessageState],
  ),
  ...(['sent', 'delivered', 'read', 'acknowledged', 'overdue'] as const).map(
    (s) => [s, 'answer', 'recipient', 'answered'] as [MessageState, MessageMove, MoveActor, MessageState],
  ),
  ...(['sent', 'delivered', 'read', 'acknowledged'] as const).map(
    (s) => [s, 'expire', 'system', 'overdue'] as [MessageState, MessageMove, MoveActor, MessageState],
  ),
  ...(['sent', 'delivered', 'read', 'acknowledged', 'answered', 'overdue'] as const).flatMap((s) =>
    (['sender', 'recipient'] as const).map(
      (by) => [s, 'close', by, 'closed'] as [MessageState, MessageMove, MoveActor, MessageState],
    ),
  ),
  ...(['sent', 'delivered', 'read', 'acknowledged', 'overdue'] as const).map(
    (s) => [s, 'withdraw', 'sender', 'withdrawn'] as [MessageState, MessageMove, MoveActor, MessageState],
  ),
];

const ACTORS: MoveActor[] = ['sender', 'recipient', 'system'];
const allowedKey = new Set(ALLOWED.map(([s, m, a]) => `${s}|${m}|${a}`));
const REFUSED = MESSAGE_STATES.flatMap((s) =>
  MESSAGE_MOVES.flatMap((m) => ACTORS.map((a) => [s, m, a] as const)),
).filter(([s, m, a]) => !allowedKey.has(`${s}|${m}|${a}`));

describe('the state machine of a message at a recipient', () => {
  it.each(ALLOWED)('%s --%s by %s--> %s', (from, move, by, to) => {
    expect(nextState(from, move, by)).toBe(to);
  });

  it.each(REFUSED)('refuses %s --%s by %s', (from, move, by) => {
    expect(nextState(from, move, by)).toBeNull();
  });

  it('covers every combination and ends in closed or withdrawn', () => {
    expect(ALLOWED.length + REFUSED.length).toBe(
      MESSAGE_STATES.length * MESSAGE_MOVES.length * ACTORS.length,
    );
    for (const end of ['closed', 'withdrawn'] as const) {
      expect(MESSAGE_MOVES.every((m) => ACTORS.every((a) => nextState(end, m, a) === null))).toBe(true);
      expect(isOpenState(end)).toBe(false);
    }
    expect(isOpenState('answered')).toBe(false);
    expect(isOpenState('overdue')).toBe(true);
  });
});

describe('the default deadline of a request', () => {
  const sentAt = new Date('2026-11-23T02:00:00Z');
  const terms = (id: string, urgent: number | null, normal: number | null, low: number | null) => ({
    id,
    urgentReplyHours: urgent,
    normalReplyHours: normal,
    lowReplyHours: low,
  });

  it.each([
    ['urgent', [terms('a', 8, 168, 336)], '2026-11-23T10:00:00.000Z', 'a'],
    ['normal', [terms('a', 8, 168, 336)], '2026-11-30T02:00:00.000Z', 'a'],
    ['low', [terms('a', 8, 168, 336)], '2026-12-07T02:00:00.000Z', 'a'],
    ['urgent', [terms('a', 24, 72, null), terms('b', 6, 96, null)], '2026-11-23T08:00:00.000Z', 'b'],
    ['normal', [terms('a', 24, 72, null), terms('b', 6, 96, null)], '2026-11-26T02:00:00.000Z', 'a'],
    ['low', [terms('a', 24, 72, null), terms('b', 6, null, 48)], '2026-11-25T02:00:00.000Z', 'b'],
    ['urgent', [terms('a', 12, null, null), terms('b', 12, null, null)], '2026-11-23T14:00:00.000Z', 'a'],
  ] as const)('%s under %j is %s (agreement %s)', (priority, agreements, at, id) => {
    expect(defaultDeadline(agreements, priority, sentAt)).toEqual({
      deadlineAt: new Date(at),
      agreementId: id,
    });
  });

  it('has none when no agreement states one for the priority, or there is no agreement', () => {
    expect(defaultDeadline([terms('a', 8, null, null)], 'low', sentAt)).toBeNull();
    expect(defaultDeadline([], 'urgent', sentAt)).toBeNull();
  });

  it('crosses midnight and month ends in UTC (UTC+7 is only how it is shown)', () => {
    const late = new Date('2026-12-31T20:00:00Z');
    expect(defaultDeadline([terms('a', 8, null, null)], 'urgent', late)?.deadlineAt.toISOString()).toBe(
      '2027-01-01T04:00:00.000Z',
    );
  });
});

describe('templates', () => {
  it.each(TEMPLATE_KEYS)('%s renders in vi, lo and en with its parameters', (key) => {
    const params = {
      personName: 'Vàng A Sử',
      idNumber: '001087012345',
      place: 'Nam Giang',
      date: '2026-11-23',
    };
    const texts = (['vi', 'lo', 'en'] as const).map((l) => renderTemplate(key, l, params));
    expect(new Set(texts.map((t) => t.body)).size).toBe(3);
    for (const text of texts) {
      expect(text.subject.length).toBeGreaterThan(5);
      expect(text.body).not.toMatch(/\{\w+\}/);
    }
    expect(texts[1]?.body).toMatch(/[\u0E80-\u0EFF]/);
  });
});
