import { describe, expect, it } from 'vitest';
import { historyEventKey } from './history-card';

describe('historyEventKey', () => {
  it.each([
    ['agreement.sign', 'agreements.history.event.sign'],
    ['agreement.document_attach', 'agreements.history.event.document_attach'],
    ['agreement.status_recorded', 'agreements.history.event.status_recorded'],
    ['agreement.renamed', 'agreements.history.other'],
    ['case.sign', 'agreements.history.other'],
    [null, 'agreements.history.other'],
  ])('names %j', (event, expected) => {
    expect(historyEventKey(event)).toBe(expected);
  });
});
