/**
 * The states of a message at one recipient, in the order a request usually goes through them; `closed` and
 * `withdrawn` end it.
 */
export const MESSAGE_STATES = [
  'sent',
  'delivered',
  'read',
  'acknowledged',
  'answered',
  'overdue',
  'closed',
  'withdrawn',
] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];

/** What happens to a message at a recipient, and who may make it happen. */
export const MESSAGE_MOVES = [
  'deliver',
  'read',
  'acknowledge',
  'answer',
  'expire',
  'close',
  'withdraw',
] as const;
export type MessageMove = (typeof MESSAGE_MOVES)[number];

export type MoveActor = 'sender' | 'recipient' | 'system';

const OPEN: readonly MessageState[] = ['sent', 'delivered', 'read', 'acknowledged'];

/** The one transition table: for each move, the states it leaves from, the state it leads to, and who makes it. */
const MOVES: Record<
  MessageMove,
  { from: readonly MessageState[]; to: MessageState; by: readonly MoveActor[] }
> = {
  deliver: { from: ['sent'], to: 'delivered', by: ['system', 'recipient'] },
  read: { from: ['sent', 'delivered'], to: 'read', by: ['recipient'] },
  acknowledge: { from: ['sent', 'delivered', 'read'], to: 'acknowledged', by: ['recipient'] },
  answer: { from: [...OPEN, 'overdue'], to: 'answered', by: ['recipient'] },
  expire: { from: OPEN, to: 'overdue', by: ['system'] },
  close: { from: [...OPEN, 'answered', 'overdue'], to: 'closed', by: ['sender', 'recipient'] },
  withdraw: { from: [...OPEN, 'overdue'], to: 'withdrawn', by: ['sender'] },
};

/** The state a move leads to from `from` when `by` makes it, or null when the table refuses it. Pure. */
export const nextState = (from: MessageState, move: MessageMove, by: MoveActor): MessageState | null => {
  const rule = MOVES[move];
  return rule.from.includes(from) && rule.by.includes(by) ? rule.to : null;
};

/** Whether a recipient row still waits for something (neither answered, closed nor withdrawn). */
export const isOpenState = (state: MessageState): boolean => OPEN.includes(state) || state === 'overdue';

/** The stamp column each state sets when it is reached. */
export const STATE_STAMP = {
  delivered: 'deliveredAt',
  read: 'readAt',
  acknowledged: 'acknowledgedAt',
  answered: 'answeredAt',
  overdue: 'overdueAt',
  closed: 'closedAt',
  withdrawn: 'withdrawnAt',
} as const satisfies Partial<Record<MessageState, string>>;
