import { eq, inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../events/outbox.tables.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { ENGINES } from '../test/db.ts';
import { insertRowsAsJson } from './bulk-insert.ts';

describe.each(ENGINES)('inserting rows as one JSON parameter on %s', (engine) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(engine);
  });
  afterAll(async () => {
    await test.close();
  });

  it('stores every value as the query builder would: JSON, dates, nulls, over several statements', async () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    const rows = Array.from({ length: 1_500 }, (_, i) => ({
      id: uuidv7(),
      eventType: 'test.bulk',
      aggregateType: 'tests',
      aggregateId: uuidv7(),
      ownerAgencyId: null,
      payload: { n: i, name: 'Nguyễn Văn Đức', nested: [1, 'hai'] },
      createdAt: at,
    }));
    await insertRowsAsJson(test.deps.db, outboxEvents, rows);
    const stored = await test.deps.db
      .select()
      .from(outboxEvents)
      .where(
        inArray(
          outboxEvents.id,
          rows.map((row) => row.id),
        ),
      );
    expect(stored).toHaveLength(1_500);
    const first = stored.find((row) => row.id === rows[7]?.id);
    expect(first).toMatchObject({
      payload: { n: 7, name: 'Nguyễn Văn Đức', nested: [1, 'hai'] },
      createdAt: at,
    });
    const [one] = await test.deps.db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.id, rows[0]?.id ?? ''));
    expect(one?.ownerAgencyId).toBeNull();
  });
});
