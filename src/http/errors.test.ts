import type { LightMyRequestResponse } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { type ApiClient, apiClient } from '../test/api.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { ENGINES } from '../test/db.ts';
import { buildAgency, buildUser, logInAs, TEST_PASSWORD } from '../test/factories.ts';
import { ERROR_CODES } from './problem.ts';

type FieldIssue = { path: string; code: string; message: string };
type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  errors?: FieldIssue[];
};
type UserView = { id: string; username: string; displayName: string; version: number };

const PROBLEM_KEYS = new Set(['type', 'title', 'status', 'detail', 'code', 'requestId', 'errors']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NEW_PASSWORD = 'Mật-khẩu-mới-2026';

/** Asserts an RFC 9457 problem document with nothing but its documented members, and returns it. */
const expectProblemShape = (res: LightMyRequestResponse): Problem => {
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json<Problem>();
  expect(body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status: res.statusCode,
    detail: expect.any(String),
    requestId: res.headers['x-request-id'],
  });
  expect(body.requestId).toMatch(UUID);
  expect(ERROR_CODES).toContain(body.code);
  expect(Object.keys(body).filter((key) => !PROBLEM_KEYS.has(key))).toEqual([]);
  return body;
};

const expectProblem = (res: LightMyRequestResponse, status: number, code: string): Problem => {
  expect(res.statusCode).toBe(status);
  const body = expectProblemShape(res);
  expect(body.code).toBe(code);
  return body;
};

/** The field issues of a problem as `{ path, code }`, in the order the server gave them. */
const issues = (problem: Problem) => (problem.errors ?? []).map(({ path, code }) => ({ path, code }));

/** A new plain object: it shows `polluted` only if a request polluted Object.prototype. */
const freshObject = (): Record<string, unknown> => ({});

describe.each(ENGINES)('errors as problem documents on %s', (engine) => {
  let test: TestApp;
  let admin: ApiClient;
  let member: ApiClient;
  let target: UserView;

  beforeAll(async () => {
    test = await startTestApp(engine);
    const { user, agency } = await buildUser(test.deps, { roles: ['administrator'] });
    admin = (await logInAs(test, user.username)).api;
    const investigator = await buildUser(test.deps, { agency, roles: ['investigator'] });
    member = (await logInAs(test, investigator.user.username)).api;
    target = (await admin.get(`/api/users/${investigator.user.id}`)).json<UserView>();
  });
  afterAll(async () => {
    await test.close();
  });

  const usernames = async () =>
    (await admin.get('/api/users')).json<{ items: UserView[] }>().items.map((u) => u.username);

  const sendRaw = (client: ApiClient, url: string, payload: string, contentType = 'application/json') =>
    client.request('POST', url, payload, { headers: { 'content-type': contentType } });

  const newUser = (username: string) => ({
    username,
    displayName: 'Trần Thị Mới',
    roles: ['analyst'],
    password: NEW_PASSWORD,
  });

  it.each([
    ['a truncated object', '{"username":'],
    ['a trailing comma', '{"username":"a","password":"b",}'],
    ['an empty body', ''],
    ['single quotes', "{'username':'a'}"],
  ])('answers %s with 400 malformed_json', async (_, payload) => {
    expectProblem(await sendRaw(apiClient(test.app), '/api/auth/login', payload), 400, 'malformed_json');
  });

  it('answers malformed JSON to POST /api/users with 400 and creates nobody', async () => {
    const res = await sendRaw(admin, '/api/users', JSON.stringify(newUser('hong.json')).slice(0, -1));
    expectProblem(res, 400, 'malformed_json');
    expect(await usernames()).not.toContain('hong.json');
  });

  it.each([
    ['text/plain', JSON.stringify({ username: 'a', password: 'b' })],
    ['application/x-www-form-urlencoded', 'username=a&password=b'],
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="username"\r\n\r\na\r\n--x--\r\n',
    ],
    ['application/xml', '<login><username>a</username></login>'],
  ])('answers a body of type %s with 415 unsupported_media_type', async (contentType, payload) => {
    const res = await sendRaw(apiClient(test.app), '/api/auth/login', payload, contentType);
    expectProblem(res, 415, 'unsupported_media_type');
  });

  it('refuses a form-encoded POST /api/users with 415 and creates nobody', async () => {
    const form = new URLSearchParams({ ...newUser('dang.form'), roles: 'analyst' }).toString();
    const res = await sendRaw(admin, '/api/users', form, 'application/x-www-form-urlencoded');
    expectProblem(res, 415, 'unsupported_media_type');
    expect(await usernames()).not.toContain('dang.form');
  });

  it('answers a body over the limit with 413 payload_too_large and creates nobody', async () => {
    const small = await startTestApp(engine, { bodyLimit: 2048 });
    try {
      const over = await apiClient(small.app).post('/api/auth/login', {
        username: 'x'.repeat(3000),
        password: 'y',
      });
      expectProblem(over, 413, 'payload_too_large');
      const under = await apiClient(small.app).post('/api/auth/login', {
        username: 'x'.repeat(150),
        password: 'y'.repeat(900),
      });
      expectProblem(under, 401, 'invalid_credentials');

      const { user } = await buildUser(small.deps, { roles: ['administrator'] });
      const { api } = await logInAs(small, user.username);
      const big = await api.post('/api/users', { ...newUser('qua.lon'), displayName: 'Đ'.repeat(1500) });
      expectProblem(big, 413, 'payload_too_large');
      const list = (await api.get('/api/users')).json<{ items: UserView[] }>();
      expect(list.items.map((u) => u.username)).not.toContain('qua.lon');
    } finally {
      await small.close();
    }
  });

  it('refuses an unknown field at login, naming it, and opens no session even with the right password', async () => {
    const { user } = await buildUser(test.deps);
    const client = apiClient(test.app);
    const res = await client.post('/api/auth/login', {
      username: user.username,
      password: TEST_PASSWORD,
      isAdmin: true,
    });
    const body = expectProblem(res, 400, 'validation_failed');
    expect(issues(body)).toEqual([{ path: 'isAdmin', code: 'unrecognized_key' }]);
    expect(client.cookie()).toBeUndefined();
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses agencyId in POST /api/users, naming it, and creates nobody in any agency', async () => {
    const other = await buildAgency(test.deps);
    const res = await admin.post('/api/users', { ...newUser('sang.ngang'), agencyId: other.id });
    const body = expectProblem(res, 400, 'validation_failed');
    expect(issues(body)).toEqual([{ path: 'agencyId', code: 'unrecognized_key' }]);
    expect(await usernames()).not.toContain('sang.ngang');
    const retry = await admin.post('/api/users', newUser('sang.ngang'));
    expect(retry.statusCode).toBe(201);
  });

  it.each([
    {
      body: { username: 5, roles: 'x' },
      expected: [
        { path: 'username', code: 'invalid_type' },
        { path: 'displayName', code: 'required' },
        { path: 'roles', code: 'invalid_type' },
        { path: 'password', code: 'required' },
      ],
    },
    {
      body: {
        username: 'ab',
        displayName: 'x'.repeat(201),
        roles: ['analyst', 'analyst', 'analyst', 'analyst', 'analyst', 'analyst', 'analyst'],
        password: 'x'.repeat(1025),
      },
      expected: [
        { path: 'username', code: 'too_short' },
        { path: 'displayName', code: 'too_big' },
        { path: 'roles', code: 'too_big' },
        { path: 'password', code: 'too_big' },
      ],
    },
    {
      body: { username: 'co dau cach', displayName: 'Lê Văn Sai', roles: ['analyst', 'king'], password: 'x' },
      expected: [
        { path: 'username', code: 'invalid_format' },
        { path: 'roles.1', code: 'invalid_value' },
      ],
    },
  ])('reports every bad field of POST /api/users by path: $body', async ({ body, expected }) => {
    const before = await usernames();
    const problem = expectProblem(await admin.post('/api/users', body), 400, 'validation_failed');
    expect(issues(problem)).toEqual(expect.arrayContaining(expected));
    expect(issues(problem)).toHaveLength(expected.length);
    expect(await usernames()).toEqual(before);
  });

  it('reports a missing version and a wrong type in PATCH /api/users/:userId and changes nothing', async () => {
    const problem = expectProblem(
      await admin.patch(`/api/users/${target.id}`, { displayName: 42, isDisabled: 'yes' }),
      400,
      'validation_failed',
    );
    expect(issues(problem)).toEqual(
      expect.arrayContaining([
        { path: 'version', code: 'required' },
        { path: 'displayName', code: 'invalid_type' },
        { path: 'isDisabled', code: 'invalid_type' },
      ]),
    );
    expect((await admin.get(`/api/users/${target.id}`)).json()).toEqual(target);
  });

  it('reports a path parameter that is not a UUID as params.userId', async () => {
    const problem = expectProblem(await admin.get('/api/users/not-a-uuid'), 400, 'validation_failed');
    expect(issues(problem)).toEqual([{ path: 'params.userId', code: 'invalid_format' }]);
  });

  it.each([
    ['__proto__ at the top', '{"__proto__":{"polluted":"yes"},"username":"a","password":"b"}'],
    [
      'constructor.prototype',
      '{"constructor":{"prototype":{"polluted":"yes"}},"username":"a","password":"b"}',
    ],
    ['__proto__ inside a field', '{"username":{"__proto__":{"polluted":"yes"}},"password":"b"}'],
  ])('refuses %s in a login body with 400 and pollutes no prototype', async (_, payload) => {
    const res = await sendRaw(apiClient(test.app), '/api/auth/login', payload);
    expect(res.statusCode).toBe(400);
    expectProblemShape(res);
    expect(freshObject().polluted).toBeUndefined();
  });

  it('refuses __proto__ in POST /api/users, creates nobody, and ignores it in a query string', async () => {
    const payload = JSON.stringify(newUser('nguyen.mau')).replace('{', '{"__proto__":{"polluted":"yes"},');
    const res = await sendRaw(admin, '/api/users', payload);
    expect(res.statusCode).toBe(400);
    expectProblemShape(res);
    expect(await usernames()).not.toContain('nguyen.mau');
    const query = await admin.get('/api/users?__proto__[polluted]=yes&constructor[prototype][polluted]=yes');
    expect(query.statusCode).toBe(200);
    expect(freshObject().polluted).toBeUndefined();
  });

  it.each([
    ['GET', '/api/khong-co'],
    ['POST', '/api/khong-co'],
    ['DELETE', '/api/users'],
    ['PUT', '/api/users'],
  ] as const)('answers %s %s, an unknown route, with 404 not_found', async (method, url) => {
    expectProblem(await admin.request(method, url, method === 'GET' ? undefined : {}), 404, 'not_found');
  });

  it('answers 404 not_found for a user that does not exist and for one of another agency', async () => {
    const stranger = await buildUser(test.deps);
    expectProblem(await admin.get(`/api/users/${stranger.user.id}`), 404, 'not_found');
    expectProblem(await admin.get(`/api/users/${uuidv7()}`), 404, 'not_found');
  });

  it('answers 401 unauthenticated without a session, and 403 forbidden to a user who is not an administrator', async () => {
    expectProblem(await apiClient(test.app).get('/api/users'), 401, 'unauthenticated');
    expectProblem(await member.get('/api/users'), 403, 'forbidden');
    expectProblem(await member.post('/api/users', newUser('khong.duoc')), 403, 'forbidden');
    expect(await usernames()).not.toContain('khong.duoc');
  });

  it('answers an unexpected error with 500 internal_error and no internals', async () => {
    const app = await buildApp(test.deps);
    app.get('/boom', { config: { access: 'public' } }, async () => {
      throw new Error('secret internals SELECT 1');
    });
    await app.ready();
    try {
      const res = await app.inject({ method: 'GET', url: '/boom' });
      expectProblem(res, 500, 'internal_error');
      expect(res.body).not.toContain('secret internals');
      expect(res.body).not.toContain('SELECT');
      expect(res.body).not.toContain('stack');
    } finally {
      await app.close();
    }
  });

  it('publishes an OpenAPI 3.1 document of the API and its documentation page', async () => {
    const res = await apiClient(test.app).get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.paths['/api/auth/login']).toHaveProperty('post');
    expect(Object.keys(doc.paths['/api/users/{userId}'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'patch']),
    );

    let page = await apiClient(test.app).get('/api/docs');
    const location = page.headers.location;
    if (page.statusCode === 302 && typeof location === 'string') {
      page = await apiClient(test.app).get(new URL(location, 'http://localhost/api/docs').pathname);
    }
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
  });

  it('reports the database as up, with its engine', async () => {
    const res = await apiClient(test.app).get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { engine, status: 'up' } });
    expect(res.json().database.migrationsApplied).toBeGreaterThan(0);
  });

  // Each of these once answered 500 (found by the fuzz tests); they guard the fixes.
  describe('text the database cannot store, out-of-range versions and malformed URLs', () => {
    it('answers a NUL character in the login username with a 4xx, not 500', async () => {
      const res = await apiClient(test.app).post('/api/auth/login', { username: 'a\u0000b', password: 'x' });
      expect(res.statusCode).toBeLessThan(500);
      expectProblemShape(res);
    });

    it('refuses a NUL character in a display name with 400 naming displayName, and creates nobody', async () => {
      const res = await admin.post('/api/users', { ...newUser('ky.tu.rong'), displayName: 'Lê\u0000Văn' });
      expect(issues(expectProblem(res, 400, 'validation_failed'))).toEqual([
        expect.objectContaining({ path: 'displayName', code: 'invalid_characters' }),
      ]);
      expect(await usernames()).not.toContain('ky.tu.rong');
    });

    it('refuses a NUL character in a display name change with 400 and changes nothing', async () => {
      const res = await admin.patch(`/api/users/${target.id}`, {
        version: target.version,
        displayName: 'Lê\u0000Văn',
      });
      expect(issues(expectProblem(res, 400, 'validation_failed'))).toEqual([
        expect.objectContaining({ path: 'displayName' }),
      ]);
      expect((await admin.get(`/api/users/${target.id}`)).json()).toEqual(target);
    });

    it.each([2 ** 31 - 1, 2 ** 31, Number.MAX_SAFE_INTEGER])(
      'answers version %d, beyond the version column, with a 4xx and changes nothing',
      async (version) => {
        for (const [method, url] of [
          ['PATCH', `/api/users/${target.id}`],
          ['POST', `/api/users/${target.id}/unlock`],
          ['POST', `/api/users/${target.id}/mfa-reset`],
        ] as const) {
          const res = await admin.request(method, url, { version });
          expect(res.statusCode, `${method} ${url}`).toBeGreaterThanOrEqual(400);
          expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
          expectProblemShape(res);
        }
        expect((await admin.get(`/api/users/${target.id}`)).json()).toEqual(target);
      },
    );

    it('answers a badly percent-encoded URL with a 400 problem document', async () => {
      const res = await admin.get('/api/users/%E0%A4%A');
      expectProblem(res, 400, 'bad_request');
    });

    it('answers a path parameter over 100 characters with a 4xx problem document', async () => {
      const res = await admin.patch(`/api/users/${'a'.repeat(101)}`, { version: 1 });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expectProblemShape(res);
    });
  });
});
