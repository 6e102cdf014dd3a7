import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { readConfig } from '../../config.ts';
import { type Database, openDatabase } from '../../db/connect.ts';
import type { AppDeps } from '../../http/context.ts';
import { makeTestClock, type TestApp } from '../../test/app.ts';
import { buildAgency, buildUser, logInAs } from '../../test/factories.ts';

// The pair's counter lives in the database: a server that stops and starts again (here PGlite closed and reopened
// on the same data folder) continues the sequence where it was, and a send refused after it took a number gives the
// number back, so the recipient never sees a gap.
describe('the per-pair sequence across a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'giapranh-seq-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const start = async (): Promise<TestApp & { database: Database }> => {
    const database = await openDatabase({ pgliteDir: dir });
    await database.migrate();
    const config = readConfig({ LOG_LEVEL: 'silent', GIAPRANH_DEMO_MODE: 'true' });
    const clock = makeTestClock();
    const deps: AppDeps = { db: database.db, engine: database.engine, clock, config };
    const app = await buildApp(deps);
    await app.ready();
    return {
      app,
      deps,
      database,
      clock,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  };

  it('continues without a gap after the database is closed and reopened, and after a refused send', async () => {
    let test = await start();
    const from = await buildAgency(test.deps);
    const to = await buildAgency(test.deps);
    const { user: sender } = await buildUser(test.deps, { agency: from, roles: ['liaison_officer'] });
    const { user: reader } = await buildUser(test.deps, { agency: to, roles: ['liaison_officer'] });
    const message = (n: number, extra: Record<string, unknown> = {}) => ({
      kind: 'notification',
      to: { agencyIds: [to.id] },
      subject: `Thông báo ${n}`,
      body: 'Nội dung',
      ...extra,
    });
    let api = (await logInAs(test, sender.username)).api;
    const seqs: number[] = [];
    for (const n of [1, 2]) {
      seqs.push((await api.post('/api/messages', message(n))).json().recipients[0].seq);
    }
    await test.close();

    test = await start();
    api = (await logInAs(test, sender.username)).api;
    const refused = await api.post(
      '/api/messages',
      message(3, { attachmentIds: ['01900000-0000-7000-8000-000000000000'] }),
    );
    expect(refused.json().code).toBe('unknown_attachment');
    seqs.push((await api.post('/api/messages', message(3))).json().recipients[0].seq);
    expect(seqs).toEqual([1, 2, 3]);
    const receiver = (await logInAs(test, reader.username)).api;
    const report = (await receiver.get(`/api/messages/sequences?senderAgencyId=${from.id}`)).json();
    expect(report.pairs).toMatchObject([{ lastSeq: 3, received: 3, missing: [] }]);
    await test.close();
  }, 120_000);
});
