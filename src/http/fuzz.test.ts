import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROLES } from '../modules/auth/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { ENGINES } from '../test/db.ts';
import { buildUser, logInAs } from '../test/factories.ts';
import { ERROR_CODES } from './problem.ts';

/** Random requests per route and client state, after the dictionary pass: about a minute on PGlite in all. */
const NUM_RUNS = 60;
const MINUTE = 60_000;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = Uppercase<(typeof METHODS)[number]>;
type Operation = { method: Method; path: string; params: string[]; fields: string[] };

const OpenApiOperation = z.object({
  parameters: z.array(z.object({ in: z.string(), name: z.string() })).optional(),
  requestBody: z
    .object({
      content: z.record(
        z.string(),
        z.object({ schema: z.object({ properties: z.record(z.string(), z.unknown()).optional() }) }),
      ),
    })
    .optional(),
});
const OpenApiDocument = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

/** Every operation the app documents, with its path parameters and the field names of its JSON body. */
const operationsOf = (document: unknown): Operation[] =>
  Object.entries(OpenApiDocument.parse(document).paths).flatMap(([path, item]) =>
    METHODS.filter((method) => method in item).map((method) => {
      const operation = OpenApiOperation.parse(item[method]);
      const body = operation.requestBody?.content['application/json']?.schema.properties ?? {};
      return {
        method: method.toUpperCase() as Method,
        path,
        params: (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        fields: Object.keys(body),
      };
    }),
  );

/** The routes come from the app's own OpenAPI document, so a new route is fuzzed without editing this file. */
const readOperations = async (): Promise<Operation[]> => {
  const test = await startTestApp('pglite');
  try {
    return operationsOf((await test.app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
  } finally {
    await test.close();
  }
};

const OPERATIONS = await readOperations();

/** Strings a careless server chokes on: NUL and other controls, lone surrogates, bidi and BOM, SQL and templates. */
const NASTY_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[0m\u007f',
  '\ud800',
  'x\udfff',
  '\u202e',
  '\ufeff',
  '\u0085\u2028',
  '𝕏🚓',
  'Nguyễn Văn Ánh',
  'ພາສາລາວ',
  "' or 1=1 --",
  '\u0024{1}{{1}}<script>',
  '%00',
  '',
  ' ',
];
const NASTY_NUMBERS = [0, -1, 0.5, 2 ** 31 - 1, 2 ** 31, 2 ** 53 - 1, 2 ** 53, -(2 ** 53), 1e308];

/** Every field of every route gets each of these once, the other fields plausible, before the random runs. */
const DICTIONARY: unknown[] = [
  ...NASTY_STRINGS,
  ...NASTY_NUMBERS,
  true,
  null,
  [],
  {},
  ['\u0000'],
  'x'.repeat(5_000),
];

/** Path parameters tried once each: empty, dot segments, NUL, the nil UUIDs, and longer than the router allows. */
const PARAM_DICTIONARY = [
  '',
  '.',
  '..',
  '\u0000',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'a'.repeat(101),
];

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...NASTY_STRINGS),
  fc.tuple(fc.string(), fc.constantFrom(...NASTY_STRINGS), fc.string()).map((parts) => parts.join('')),
);

/** `size` units of one short string: shrinks by halving the size, and cutting may leave half a surrogate pair. */
const repeated = (min: number, max: number) =>
  fc
    .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), fc.integer({ min, max }))
    .map(([unit, size]) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size));

const fieldValue = (known: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 2, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9._-]{3,24}$/) },
    { weight: 1, arbitrary: fc.stringMatching(/^\d{6}$/) },
    { weight: 2, arbitrary: fc.integer() },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom(...ROLES, 'root'), { maxLength: 8 }) },
    { weight: 1, arbitrary: fc.array(text, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );

/** A JSON object of the route's own fields with random values, sometimes with unknown keys added. */
const fieldsBody = (fields: string[], known: string[]) =>
  fc
    .tuple(
      fc.record(Object.fromEntries(fields.map((field) => [field, fieldValue(known)])), { requiredKeys: [] }),
      fc.option(fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), { freq: 3 }),
    )
    .map(([own, extra]) => JSON.stringify({ ...(extra ?? {}), ...own }));

/** Nesting about 2,000 levels deep, at the top or in one field, written by hand as the body text. */
const deepBody = (fields: string[]) =>
  fc
    .tuple(
      fc.integer({ min: 1_500, max: 2_500 }),
      fc.constantFrom(['[', ']', ''], ['{"a":', '}', 'null']),
      fc.option(fc.constantFrom(...fields)),
    )
    .map(([depth, [open, close, core], field]) => {
      const nested = open.repeat(depth) + core + close.repeat(depth);
      return field === null ? nested : `{${JSON.stringify(field)}:${nested}}`;
    });

const bodyOf = (fields: string[], known: string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fieldsBody(fields, known) },
    { weight: 3, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...fields), repeated(90_000, 110_000))
        .map(([field, value]) => JSON.stringify({ [field]: value })),
    },
    { weight: 1, arbitrary: deepBody(fields) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

const CONTENT_TYPES = [
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json; charset=utf-16',
  'application/problem+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/xml',
  'application/octet-stream',
  '',
];

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  { weight: 3, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const query = fc.oneof(
  fc.constant(''),
  fc.dictionary(text, text, { maxKeys: 4 }).map((entries) => new URLSearchParams(entries).toString()),
  fc.string({ unit: fc.constantFrom('a', '=', '&', '%', '[', ']', '.', '0', 'f', '+', '~'), maxLength: 30 }),
  fc.constantFrom('__proto__[polluted]=1', 'constructor[prototype][polluted]=1', 'a[]=1&a[]=2', '%zz=%E0%A4'),
);

const paramValue = (ids: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...ids) },
    { weight: 3, arbitrary: text },
    { weight: 1, arbitrary: repeated(90, 200) },
  );

/** One test per operation, named by its method and path. */
const cases = (operations: Operation[]) =>
  operations.map((o): [Method, string, Operation] => [o.method, o.path, o]);

type RequestCase = {
  params: Record<string, string>;
  query: string;
  contentType: string | undefined;
  body: string | undefined;
};
type Known = { ids: string[]; strings: string[]; plausible: (field: string) => unknown };

/** A body field name for routes without one, so that even they receive objects with keys. */
const fieldsOf = (operation: Operation) =>
  operation.fields.length > 0 ? operation.fields : ['id', 'version'];

const requestOf = (operation: Operation, known: Known) =>
  fc.record<RequestCase>({
    params: fc.record(Object.fromEntries(operation.params.map((name) => [name, paramValue(known.ids)]))),
    query,
    contentType,
    body: bodyOf(fieldsOf(operation), known.strings),
  });

/** The dictionary pass: each field then each path parameter gets each bad value once, everything else plausible. */
const dictionaryOf = (operation: Operation, known: Known): RequestCase[] => {
  const fields = fieldsOf(operation);
  const params = Object.fromEntries(operation.params.map((name) => [name, known.ids[0] ?? '']));
  const body = (overrides: Record<string, unknown> = {}) =>
    JSON.stringify({
      ...Object.fromEntries(fields.map((field) => [field, known.plausible(field)])),
      ...overrides,
    });
  const request = (overrides: Partial<RequestCase>): RequestCase => ({
    params,
    query: '',
    contentType: 'application/json',
    body: body(),
    ...overrides,
  });
  return [
    ...fields.flatMap((field) => DICTIONARY.map((value) => request({ body: body({ [field]: value }) }))),
    ...operation.params.flatMap((name) =>
      PARAM_DICTIONARY.map((value) => request({ params: { ...params, [name]: value } })),
    ),
  ];
};

/** UTF-8 percent-encoding, as a browser does; unlike encodeURIComponent it does not throw on half a surrogate. */
const percentEncode = (value: string): string =>
  Array.from(Buffer.from(value, 'utf8'), (byte) =>
    /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');

const urlOf = (operation: Operation, request: RequestCase): string => {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    percentEncode(request.params[name] ?? ''),
  );
  return request.query ? `${path}?${request.query}` : path;
};

/** What every client relies on: never a 5xx, and every error a problem document with a stable code. */
const whatIsWrong = (res: LightMyRequestResponse): string | undefined => {
  const said = `${res.statusCode} ${res.body.slice(0, 300)}`;
  if (res.statusCode >= 500) {
    return said;
  }
  if (res.statusCode < 400) {
    return undefined;
  }
  const type = res.headers['content-type'];
  if (typeof type !== 'string' || !type.startsWith('application/problem+json')) {
    return `not a problem document: ${type} ${said}`;
  }
  const body = res.json<{ code: unknown; status: unknown; requestId: unknown }>();
  const isProblem =
    ERROR_CODES.some((code) => code === body.code) &&
    body.status === res.statusCode &&
    body.requestId === res.headers['x-request-id'];
  return isProblem ? undefined : `a problem document without a known code, status or request id: ${said}`;
};

describe.each(ENGINES)('random requests to every route on %s', (engine) => {
  let test: TestApp;
  let known: Known;
  let admin: { username: string; totpSecret: string };

  beforeAll(async () => {
    // With the reference data loaded the geo routes go past `refdata_unavailable` into their real work.
    test = await startTestApp(engine, { refData: true });
    const { user, agency } = await buildUser(test.deps, { roles: ['administrator'] });
    admin = { username: user.username, totpSecret: (await logInAs(test, user.username)).totpSecret ?? '' };
    // Random writes and failed logins land on this colleague, never on the administrator whose session the
    // fuzzing uses: if they lock or disable the colleague, the fuzzing goes on.
    const colleague = await buildUser(test.deps, { agency, roles: ['investigator'] });
    let serial = 0;
    const plausible: Record<string, () => unknown> = {
      // A new name each time, so that a body valid but for one field gets past `username_taken` to the insert.
      username: () => {
        serial += 1;
        return `ke.thu.${engine}.${serial}`;
      },
      password: () => 'Mật-khẩu-thử-2026',
      currentPassword: () => 'Mật-khẩu-sai-2026',
      newPassword: () => 'Mật-khẩu-mới-2026',
      displayName: () => 'Lê Văn Thử',
      roles: () => ['analyst'],
      version: () => 1,
      isDisabled: () => false,
      code: () => '123456',
    };
    known = {
      ids: [colleague.user.id],
      strings: [colleague.user.username, 'administrator', 'analyst'],
      plausible: (field) => plausible[field]?.() ?? 'x',
    };
  });
  afterAll(async () => {
    await test.close();
  });

  const send = async (operation: Operation, request: RequestCase, headers: Record<string, string>) => {
    const url = urlOf(operation, request);
    const type = request.contentType;
    const res = await test.app.inject({
      method: operation.method,
      url,
      headers: { ...headers, ...(type === undefined ? {} : { 'content-type': type }) },
      ...(request.body === undefined ? {} : { payload: request.body }),
    });
    return { wrong: whatIsWrong(res), label: `${operation.method} ${url} (${type ?? 'no content-type'})` };
  };

  /** The dictionary pass first, every failure of it listed at once, then the random requests. */
  const fuzz = async (operation: Operation, headers: Record<string, string>) => {
    const failures: string[] = [];
    for (const request of dictionaryOf(operation, known)) {
      const { wrong, label } = await send(operation, request, headers);
      if (wrong !== undefined) {
        failures.push(`${label} ${request.body?.slice(0, 200) ?? ''} → ${wrong}`);
      }
    }
    expect.soft(failures).toEqual([]);
    await fc.assert(
      fc.asyncProperty(requestOf(operation, known), async (request) => {
        const { wrong, label } = await send(operation, request, headers);
        expect(wrong, label).toBeUndefined();
      }),
      { numRuns: NUM_RUNS },
    );
  };

  it('reads the routes to fuzz from the OpenAPI document', () => {
    const names = OPERATIONS.map((o) => `${o.method} ${o.path}`);
    expect(names).toEqual(
      expect.arrayContaining(['POST /api/auth/login', 'POST /api/users', 'PATCH /api/users/{userId}']),
    );
    expect(OPERATIONS.find((o) => o.path === '/api/users/{userId}')?.params).toEqual(['userId']);
    expect(OPERATIONS.find((o) => o.path === '/api/auth/login')?.fields).toEqual(['username', 'password']);
  });

  describe('as an anonymous client', () => {
    it.each(cases(OPERATIONS))('%s %s never answers 5xx', async (_method, _path, operation) => {
      await fuzz(operation, {});
    });
  });

  describe('as an administrator with a session and its CSRF token', () => {
    let headers: Record<string, string>;

    // A fresh session per route; the minute keeps the second-factor code from being one already used.
    beforeEach(async () => {
      test.clock.advance(MINUTE);
      const { api } = await logInAs(test, admin.username, { totpSecret: admin.totpSecret });
      headers = { cookie: `gr_session=${api.cookie() ?? ''}`, 'x-csrf-token': api.csrfToken() ?? '' };
    });

    // Logout would end the session the other requests rely on.
    it.each(cases(OPERATIONS.filter((o) => o.path !== '/api/auth/logout')))(
      '%s %s never answers 5xx',
      async (_method, _path, operation) => {
        await fuzz(operation, headers);
        // The requests were made as the administrator to the end, not turned away as anonymous.
        const me = await test.app.inject({ method: 'GET', url: '/api/auth/me', headers });
        expect(me.statusCode).toBe(200);
      },
    );
  });
});
