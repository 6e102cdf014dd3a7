import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildAgency, buildUser, logInAs } from '../../../test/factories.ts';
import type { AgencyRow } from '../../agencies/index.ts';

type Notification = {
  kind: string;
  recordId: string;
  fromAgency: { id: string } | null;
  eventCount: number;
  read: boolean;
  id: string;
};

describe.each(ENGINES)('watches that notify on %s', (engine) => {
  let test: TestApp;
  let watcherAgency: AgencyRow;
  let ownerAgency: AgencyRow;
  let watcher: ApiClient;
  let commander: ApiClient;
  let owner: ApiClient;
  let watched = { id: '', version: 0 };
  let ownerName: string;
  let watcherName: string;
  beforeAll(async () => {
    test = await startTestApp(engine, { demoMode: true });
    watcherAgency = await buildAgency(test.deps);
    ownerAgency = await buildAgency(test.deps);
    watcher = (await logInAs(test, (await buildUser(test.deps, { agency: watcherAgency })).user.username))
      .api;
    const boss = await buildUser(test.deps, { agency: watcherAgency, roles: ['commander'] });
    commander = (await logInAs(test, boss.user.username)).api;
    ownerName = (await buildUser(test.deps, { agency: ownerAgency })).user.username;
    watcherName = (await buildUser(test.deps, { agency: watcherAgency })).user.username;
    owner = (await logInAs(test, ownerName)).api;
  });
  afterAll(async () => {
    await test.close();
  });

  const inbox = async (client: ApiClient) =>
    (await client.get('/api/inbox/notifications')).json() as { items: Notification[]; unread: number };
  const record = async (body: Record<string, unknown>) => {
    const response = await owner.post('/api/persons', {
      dataSubjectCategory: 'suspect',
      sex: 'male',
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; version: number };
  };

  it('notifies the watching force once a day per person, counting later events into the same notification, and tells the owner', async () => {
    const watch = await watcher.post('/api/persons/watches', { name: 'Hoàng Văn Thắng', birthYear: 1987 });
    expect(watch.statusCode, watch.body).toBe(201);
    const before = (await inbox(watcher)).items.length;
    const person = await record({ fullName: 'Hoang Van Thang', birthDate: '1987' });
    const hits = (await inbox(watcher)).items.filter((n) => n.recordId === person.id);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      kind: 'watch_hit',
      eventCount: 1,
      read: false,
      fromAgency: { id: ownerAgency.id },
    });
    expect((await watcher.get(`/api/persons/${person.id}`)).statusCode).toBe(404);

    await owner.patch(`/api/persons/${person.id}`, { version: person.version, note: 'Bổ sung' });
    const after = (await inbox(watcher)).items.filter((n) => n.recordId === person.id);
    expect(after).toHaveLength(1);
    expect(after[0]?.eventCount).toBe(2);
    expect((await inbox(watcher)).items.length).toBe(before + 1);

    const notices = (await inbox(owner)).items.filter(
      (n) => n.kind === 'watch_notice' && n.recordId === person.id,
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]?.fromAgency?.id).toBe(watcherAgency.id);

    watched = { id: person.id, version: person.version + 1 };
  });

  it('keeps a commander’s silent watch from the owner, and lets only a commander make one', async () => {
    const refused = await watcher.post('/api/persons/watches', { name: 'Lù Văn Sinh', silent: true });
    expect(refused.statusCode).toBe(403);
    const silent = await commander.post('/api/persons/watches', { name: 'Lù Văn Sinh', silent: true });
    expect(silent.statusCode, silent.body).toBe(201);
    const person = await record({ fullName: 'Lu Van Sinh' });
    expect(
      (await inbox(commander)).items.some((n) => n.recordId === person.id && n.kind === 'watch_hit'),
    ).toBe(true);
    expect(
      (await inbox(owner)).items.some((n) => n.recordId === person.id && n.kind === 'watch_notice'),
    ).toBe(false);
  });

  it('says nothing of a state secret, nor of a person unlike the watched one; an ended watch is quiet', async () => {
    const secret = await record({ fullName: 'Hoàng Văn Thắng', birthDate: '1987', classification: 'MAT' });
    const other = await record({ fullName: 'Hoàng Văn Thành', birthDate: '1960' });
    const ids = (await inbox(watcher)).items.map((n) => n.recordId);
    expect(ids).not.toContain(secret.id);
    expect(ids).not.toContain(other.id);
    const watches = (await watcher.get('/api/persons/watches')).json().items as { id: string }[];
    for (const w of watches)
      expect((await watcher.post(`/api/persons/watches/${w.id}/end`)).statusCode).toBe(200);
    const later = await record({ fullName: 'Hoàng Văn Thắng', birthDate: '1987' });
    expect((await inbox(watcher)).items.map((n) => n.recordId)).not.toContain(later.id);
  });

  it('marks a notification read for its own agency only', async () => {
    const [first] = (await inbox(watcher)).items;
    expect((await owner.post(`/api/inbox/notifications/${first?.id}/read`)).statusCode).toBe(404);
    expect((await watcher.post(`/api/inbox/notifications/${first?.id}/read`)).statusCode).toBe(204);
    expect((await inbox(watcher)).items.find((n) => n.id === first?.id)?.read).toBe(true);
  });

  it('starts a new notification the next day', async () => {
    test.clock.advance(24 * 60 * 60 * 1000);
    owner = (await logInAs(test, ownerName)).api;
    const reader = (await logInAs(test, watcherName)).api;
    const before = (await inbox(reader)).items.filter((n) => n.recordId === watched.id).length;
    const search = await reader.post('/api/persons/watches', { name: 'Hoàng Văn Thắng', birthYear: 1987 });
    expect(search.statusCode).toBe(201);
    const again = await owner.patch(`/api/persons/${watched.id}`, {
      version: watched.version,
      note: 'Ngày hôm sau',
    });
    expect(again.statusCode, again.body).toBe(200);
    expect((await inbox(reader)).items.filter((n) => n.recordId === watched.id)).toHaveLength(before + 1);
  });
});
