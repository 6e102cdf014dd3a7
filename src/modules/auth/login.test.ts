import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { buildUser, logInAs, TEST_PASSWORD } from '../../test/factories.ts';
import { totpCodeAt } from './totp.ts';

const MINUTE = 60_000;

describe.each(ENGINES)('login and sessions on %s', (engine) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(engine);
  });
  afterAll(async () => {
    await test.close();
  });

  const loginBody = async (username: string, password: string) =>
    apiClient(test.app).post('/api/auth/login', { username, password });

  it('answers 401 unauthenticated without a session, as a problem document', async () => {
    const res = await apiClient(test.app).get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      code: 'unauthenticated',
      status: 401,
      requestId: res.headers['x-request-id'],
    });
  });

  it('logs in with password and second factor, then shows the user and the agency', async () => {
    const { user, agency } = await buildUser(test.deps, { roles: ['liaison_officer'] });
    const { api } = await logInAs(test, user.username);
    const me = await api.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({
      username: user.username,
      roles: ['liaison_officer'],
      agency: { id: agency.id, code: agency.code },
      mfaEnrolled: true,
      demoMode: false,
    });
    const cookie = (await loginBody(user.username, TEST_PASSWORD)).cookies.find(
      (c) => c.name === 'gr_session',
    );
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  it('requires the second factor outside demo mode: a password alone opens nothing', async () => {
    const { user } = await buildUser(test.deps);
    const api = apiClient(test.app);
    const login = await api.post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    expect(login.json()).toMatchObject({ state: 'mfa_enrolment_required', user: null });
    const me = await api.get('/api/auth/me');
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('mfa_enrolment_required');
    const secret = (await api.post('/api/auth/totp/enrolment')).json().secret as string;
    const wrong = await api.post('/api/auth/totp/enrolment/confirm', { code: '000000' });
    expect(wrong.json().code).toBe('invalid_totp_code');
    const ok = await api.post('/api/auth/totp/enrolment/confirm', {
      code: await totpCodeAt(secret, test.clock()),
    });
    expect(ok.json()).toMatchObject({ state: 'authenticated' });

    test.clock.advance(MINUTE);
    const again = apiClient(test.app);
    const second = await again.post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    expect(second.json().state).toBe('mfa_required');
    expect((await again.get('/api/auth/me')).json().code).toBe('mfa_required');
    const code = await totpCodeAt(secret, test.clock());
    expect((await again.post('/api/auth/totp', { code })).json().state).toBe('authenticated');
    expect((await again.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('refuses a code already used, and codes two steps away', async () => {
    const { user } = await buildUser(test.deps);
    const { totpSecret } = await logInAs(test, user.username);
    const secret = totpSecret as string;
    const reuse = apiClient(test.app);
    await reuse.post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    const used = await reuse.post('/api/auth/totp', { code: await totpCodeAt(secret, test.clock()) });
    expect(used.json().code).toBe('invalid_totp_code');
    const far = await reuse.post('/api/auth/totp', {
      code: await totpCodeAt(secret, new Date(test.clock().getTime() + 2 * 30_000)),
    });
    expect(far.json().code).toBe('invalid_totp_code');
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const { user } = await buildUser(test.deps);
    const unknown = await loginBody('khong.ton.tai', TEST_PASSWORD);
    const wrong = await loginBody(user.username, 'sai-mat-khau-123');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
  });

  it('locks the account after 5 failures in 15 minutes until an administrator unlocks it', async () => {
    const { user, agency } = await buildUser(test.deps);
    const admin = await buildUser(test.deps, { agency, roles: ['administrator'] });
    for (let i = 0; i < 5; i += 1) {
      expect((await loginBody(user.username, `sai-mat-khau-${i}`)).statusCode).toBe(401);
      test.clock.advance(MINUTE);
    }
    const right = await loginBody(user.username, TEST_PASSWORD);
    expect(right.statusCode).toBe(401);
    expect(right.json().code).toBe('invalid_credentials');
    test.clock.advance(24 * 60 * MINUTE);
    expect((await loginBody(user.username, TEST_PASSWORD)).statusCode).toBe(401);

    const { api } = await logInAs(test, admin.user.username);
    const shown = (await api.get(`/api/users/${user.id}`)).json();
    expect(shown.isLocked).toBe(true);
    const unlocked = await api.post(`/api/users/${user.id}/unlock`, { version: shown.version });
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().isLocked).toBe(false);
    expect((await loginBody(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('does not lock when the failures are spread over more than 15 minutes', async () => {
    const { user } = await buildUser(test.deps);
    for (let i = 0; i < 6; i += 1) {
      await loginBody(user.username, `sai-mat-khau-${i}`);
      test.clock.advance(4 * MINUTE);
    }
    expect((await loginBody(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('expires a session idle for 30 minutes, and any session 12 hours after login', async () => {
    const { user } = await buildUser(test.deps);
    const { api, totpSecret } = await logInAs(test, user.username);
    test.clock.advance(29 * MINUTE);
    expect((await api.get('/api/auth/me')).statusCode).toBe(200);
    test.clock.advance(31 * MINUTE);
    const idle = await api.get('/api/auth/me');
    expect(idle.statusCode).toBe(401);
    expect(idle.json().code).toBe('session_expired');

    test.clock.advance(MINUTE);
    const active = await logInAs(test, user.username, { totpSecret: totpSecret ?? '' });
    for (let elapsed = 0; elapsed < 12 * 60; elapsed += 20) {
      test.clock.advance(20 * MINUTE);
      const me = await active.api.get('/api/auth/me');
      if (elapsed + 20 <= 12 * 60) {
        expect(me.statusCode).toBe(200);
      }
    }
    test.clock.advance(2 * MINUTE);
    expect((await active.api.get('/api/auth/me')).json().code).toBe('session_expired');
  });

  it('rejects a state-changing request without the CSRF token, and with a wrong one', async () => {
    const { user } = await buildUser(test.deps);
    const { api } = await logInAs(test, user.username);
    const token = api.csrfToken();
    api.setCsrfToken(undefined);
    const missing = await api.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Mật-khẩu-mới-2026',
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('csrf_failed');
    api.setCsrfToken(`${token}x`);
    expect((await api.post('/api/auth/logout')).json().code).toBe('csrf_failed');
    api.setCsrfToken(token);
    expect((await api.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await api.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('logs in with a password alone in demo mode', async () => {
    const demo = await startTestApp(engine, { demoMode: true, seedDemo: true });
    try {
      const api = apiClient(demo.app);
      const res = await api.post('/api/auth/login', {
        username: 'lienlac.hungyen',
        password: 'GiapRanh-demo-2026',
      });
      expect(res.json()).toMatchObject({
        state: 'authenticated',
        user: { demoMode: true, agency: { code: 'CA-HYN' } },
      });
    } finally {
      await demo.close();
    }
  });
});
