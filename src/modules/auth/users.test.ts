import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../events/outbox.tables.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { buildUser, logInAs } from '../../test/factories.ts';
import { auditEvents } from '../audit/audit.tables.ts';

describe.each(ENGINES)('user administration on %s', (engine) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(engine);
  });
  afterAll(async () => {
    await test.close();
  });

  const adminOfNewAgency = async () => {
    const admin = await buildUser(test.deps, { roles: ['administrator'] });
    const { api } = await logInAs(test, admin.user.username);
    return { ...admin, api };
  };

  const auditRowsFor = (objectId: string) =>
    test.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.objectIds, [objectId]));

  it('creates a user in the administrator’s agency, leaving an outbox event and an audit entry', async () => {
    const { api, agency, user: admin } = await adminOfNewAgency();
    const res = await api.post('/api/users', {
      username: 'Dieu.Tra.Vien',
      displayName: 'Đặng Thị Điều',
      roles: ['investigator', 'analyst'],
      password: 'Tuần-tra-chung-2026',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      username: 'dieu.tra.vien',
      agencyId: agency.id,
      version: 1,
      mfaEnrolled: false,
    });
    expect(created).not.toHaveProperty('passwordHash');

    const events = await test.deps.db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.aggregateId, created.id));
    expect(events.map((e) => e.eventType)).toEqual(['user.create']);
    const audit = await auditRowsFor(created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'admin.user.create', outcome: 'allow', actorUserId: admin.id });

    const list = (await api.get('/api/users')).json().items as { username: string }[];
    expect(list.map((u) => u.username)).toContain('dieu.tra.vien');
  });

  it('refuses a taken username and a password that breaks the rules, with the field at fault', async () => {
    const { api } = await adminOfNewAgency();
    const body = {
      username: 'trung.ten',
      displayName: 'Trùng Tên',
      roles: ['analyst'],
      password: 'Mật-khẩu-đủ-dài',
    };
    expect((await api.post('/api/users', body)).statusCode).toBe(201);
    const taken = await api.post('/api/users', body);
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'username_taken', errors: [{ path: 'username' }] });
    const cases = [
      ['1234567', 'password_too_short'],
      ['password1', 'password_too_common'],
      ['x'.repeat(257), 'password_too_long'],
    ] as const;
    for (const [password, code] of cases) {
      const res = await api.post('/api/users', { ...body, username: `mk.${code}`, password });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code, errors: [{ path: 'password', code }] });
    }
    const unicode = await api.post('/api/users', {
      ...body,
      username: 'unicode.ok',
      password: 'Đường-biên-giới',
    });
    expect(unicode.statusCode).toBe(201);
  });

  it('answers 404 for a user of another agency, exactly as for a missing one', async () => {
    const { api } = await adminOfNewAgency();
    const other = await buildUser(test.deps);
    const foreign = await api.get(`/api/users/${other.user.id}`);
    const missing = await api.get('/api/users/01900000-0000-7000-8000-000000000000');
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect({ ...foreign.json(), requestId: 0 }).toEqual({ ...missing.json(), requestId: 0 });
    const patch = await api.patch(`/api/users/${other.user.id}`, { version: 1, displayName: 'Chiếm quyền' });
    expect(patch.statusCode).toBe(404);
    const list = (await api.get('/api/users')).json().items as { id: string }[];
    expect(list.map((u) => u.id)).not.toContain(other.user.id);
  });

  it('answers 409 to an update made at a stale version, and keeps the newer change', async () => {
    const { api, agency } = await adminOfNewAgency();
    const { user } = await buildUser(test.deps, { agency });
    const first = await api.patch(`/api/users/${user.id}`, { version: 1, displayName: 'Tên mới' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await api.patch(`/api/users/${user.id}`, { version: 1, displayName: 'Tên cũ' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect((await api.get(`/api/users/${user.id}`)).json().displayName).toBe('Tên mới');
  });

  it('forbids non-administrators, before reading their input', async () => {
    const { agency } = await adminOfNewAgency();
    const commander = await buildUser(test.deps, { agency, roles: ['commander'] });
    const { api } = await logInAs(test, commander.user.username);
    expect((await api.get('/api/users')).statusCode).toBe(403);
    const res = await api.post('/api/users', { nonsense: true });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
  });

  it('audits refusals: a forbidden call and a probe for another agency’s user', async () => {
    const { agency } = await adminOfNewAgency();
    const commander = await buildUser(test.deps, { agency, roles: ['commander'] });
    const { api } = await logInAs(test, commander.user.username);
    expect((await api.get('/api/users')).statusCode).toBe(403);
    const { api: admin, user: prober } = await adminOfNewAgency();
    const other = await buildUser(test.deps);
    expect((await admin.get(`/api/users/${other.user.id}`)).statusCode).toBe(404);

    const denials = () =>
      test.deps.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.outcome, 'deny'))
        .orderBy(auditEvents.seq)
        .then((rows) =>
          rows.filter((row) => row.actorUserId === commander.user.id || row.actorUserId === prober.id),
        );
    await expect.poll(async () => (await denials()).length).toBe(2);
    const [forbidden, probe] = await denials();
    expect(forbidden).toMatchObject({ action: 'read', detail: 'GET /api/users answered 403' });
    expect(probe).toMatchObject({
      objectIds: [other.user.id],
      detail: 'GET /api/users/:userId answered 404',
    });
  });

  it('disabling a user ends its sessions at once', async () => {
    const { api, agency } = await adminOfNewAgency();
    const target = await buildUser(test.deps, { agency });
    const session = await logInAs(test, target.user.username);
    expect((await session.api.get('/api/auth/me')).statusCode).toBe(200);
    const disabled = await api.patch(`/api/users/${target.user.id}`, { version: 1, isDisabled: true });
    expect(disabled.json().isDisabled).toBe(true);
    expect((await session.api.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('audits every read of a user record with the number of records returned', async () => {
    const { api, agency } = await adminOfNewAgency();
    const { user } = await buildUser(test.deps, { agency });
    await api.get(`/api/users/${user.id}`);
    const reads = (await auditRowsFor(user.id)).filter((row) => row.action === 'read');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ outcome: 'allow', recordsReturned: 1, objectOwnerAgencyId: agency.id });
  });
});
