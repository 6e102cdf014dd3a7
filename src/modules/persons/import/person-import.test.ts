import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../events/outbox.tables.ts';
import type { ApiClient } from '../../../test/api.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildUser, logInAs } from '../../../test/factories.ts';
import type { AgencyRow } from '../../agencies/index.ts';
import { auditEvents } from '../../audit/audit.tables.ts';
import type { Role } from '../../auth/index.ts';
import { persons } from '../persons.tables.ts';

const NDJSON = 'application/x-ndjson';

const line = (fields: Record<string, unknown>) =>
  JSON.stringify({
    aliases: [],
    sex: 'male',
    birthDate: '1990-05-12',
    idNumber: '001090012345',
    provinceCode: '01',
    ...fields,
  });

/** A file of good lines and every kind of bad one; the comment after each says what the import must make of it. */
const FILE_LINES = [
  line({ externalRef: 'HNI-000123', fullName: 'Nguyễn Văn Đức', aliases: ['Đức Lùn'] }), // 1 created
  line({
    externalRef: 'HNI-000124',
    fullName: 'Trần Thị Hoa',
    sex: 'female',
    birthDate: '1995',
    idNumber: '033 195 000 123',
    provinceCode: '33',
    roles: ['offender'],
    _exportedBy: 'hệ thống cũ',
  }), // 2 created, "_" key ignored
  '', // 3 empty: skipped, still counted for the numbering
  line({ externalRef: 'HNI-000125', fullName: 'Lê Văn Nhuận', birthDate: '2023-02-29' }), // 4 impossible date
  line({ externalRef: 'HNI-000126', fullName: 'Vũ Văn Sai Số', idNumber: '099090012345' }), // 5 invalid CCCD
  '{"externalRef": "HNI-000127", "fullName": "Hỏng Dòng"', // 6 malformed JSON
  line({ externalRef: 'HNI-000128', fullName: 'Đỗ\u0007Văn Chuông' }), // 7 a control character
  line({ externalRef: 'HNI-000129', fullName: 'A'.repeat(10 * 1024 * 1024) }), // 8 a 10 MB name
  line({ externalRef: 'HNI-000130', fullName: 'Hồ Văn Biệt', nickname: 'Biệt Danh' }), // 9 unknown key
  line({ externalRef: 'HNI-000131', fullName: 'Mai Văn Xa', provinceCode: '99' }), // 10 unknown province
  line({ externalRef: 'HNI-000123', fullName: 'Nguyễn Văn Đức Hai' }), // 11 reference of line 1 again
  line({
    externalRef: 'HNI-000132',
    fullName: 'Phạm Văn Nam',
    sex: 'unknown',
    birthDate: null,
    idNumber: 'c1234567',
    provinceCode: null,
    dataSubjectCategory: 'witness',
  }), // 12 created: a Vietnamese passport, no place
  '[1, 2]', // 13 not an object
];
const FILE = `${FILE_LINES.join('\n')}\n`;

const BAD = [
  [4, 'invalid_birth_date', 'birthDate'],
  [5, 'invalid_identity_number', 'idNumber'],
  [6, 'malformed_json', ''],
  [7, 'invalid_characters', 'fullName'],
  [8, 'line_too_long', ''],
  [9, 'unrecognized_key', 'nickname'],
  [10, 'unknown_unit', 'provinceCode'],
  [11, 'duplicate_external_ref', 'externalRef'],
  [13, 'malformed_json', ''],
];

const BAD_NAMES = [
  'Lê Văn Nhuận',
  'Vũ Văn Sai Số',
  'Hỏng Dòng',
  'Đỗ Văn Chuông',
  'Hồ Văn Biệt',
  'Mai Văn Xa',
];

type Report = {
  lines: number;
  created: number;
  updated: number;
  unchanged: number;
  badLines: number;
  bad: { line: number; code: string; path: string; message: string }[];
};

describe.each(ENGINES)('importing persons from NDJSON on %s', (engine) => {
  let test: TestApp;
  let agency: AgencyRow;
  let writer: ApiClient;
  beforeAll(async () => {
    test = await startTestApp(engine, { refData: true });
    const built = await buildUser(test.deps, { roles: ['investigator'] });
    agency = built.agency;
    writer = (await logInAs(test, built.user.username)).api;
  });
  afterAll(async () => {
    await test.close();
  });

  const upload = (api: ApiClient, body: string, type = NDJSON) =>
    api.request('POST', '/api/persons/import', body, { headers: { 'content-type': type } });

  const userAt = async (roles: Role[]) => {
    const { user } = await buildUser(test.deps, { agency, roles });
    return (await logInAs(test, user.username)).api;
  };

  /** What an import may change: the agency's persons, and the outbox and audit rows of person writes. */
  const snapshot = async () => {
    const rows = await test.deps.db
      .select({ id: persons.id, version: persons.version, updatedAt: persons.updatedAt })
      .from(persons)
      .where(eq(persons.ownerAgencyId, agency.id))
      .orderBy(persons.id);
    const ids = rows.map((row) => row.id);
    const events = ids.length
      ? await test.deps.db.select().from(outboxEvents).where(inArray(outboxEvents.aggregateId, ids))
      : [];
    const writes = await test.deps.db
      .select({ seq: auditEvents.seq })
      .from(auditEvents)
      .where(and(eq(auditEvents.objectType, 'persons'), inArray(auditEvents.action, ['create', 'update'])));
    return { rows, events: events.length, writes: writes.length };
  };

  it('loads the good lines, reports each bad one with its number and field, and saves nothing of them', async () => {
    const response = await upload(writer, FILE);
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    const report = response.json() as Report;
    expect(report).toMatchObject({ lines: 12, created: 3, updated: 0, unchanged: 0, badLines: 9 });
    expect(report.bad.map((b) => [b.line, b.code, b.path])).toEqual(BAD);
    expect(report.bad.every((b) => b.message.length > 0)).toBe(true);
    expect(report.bad[0]?.message).toBe('no such day in that month');

    const found = (await writer.get('/api/persons?q=duc lun')).json();
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({
      level: 'full',
      externalRef: 'HNI-000123',
      fullName: 'Nguyễn Văn Đức',
      birthDate: '1990-05-12',
      provinceCode: '01',
      identityDocuments: [{ kind: 'cccd', number: '001090012345' }],
      addresses: [{ kind: 'current', structure: 'current', unitCode: '01' }],
      dataSubjectCategory: 'suspect',
      version: 1,
    });
    const hoa = (await writer.get('/api/persons?q=tran thi hoa')).json().items[0];
    expect(hoa).toMatchObject({ provinceCode: '33', roles: ['offender'], sex: 'female', birthDate: '1995' });
    expect(hoa.identityDocuments).toEqual([{ kind: 'cccd', number: '033195000123' }]);
    const nam = (await writer.get('/api/persons?q=pham van nam')).json().items[0];
    expect(nam).toMatchObject({ provinceCode: null, addresses: [], dataSubjectCategory: 'witness' });
    expect(nam.identityDocuments).toEqual([{ kind: 'passport_vn', number: 'C1234567' }]);

    for (const name of BAD_NAMES) {
      expect((await writer.get(`/api/persons?q=${encodeURIComponent(name)}`)).json().total, name).toBe(0);
    }
    expect((await snapshot()).rows).toHaveLength(3);
  });

  it('changes nothing when the same file is imported again: no new version, event or audit entry', async () => {
    const before = await snapshot();
    test.clock.advance(60_000);
    const report = (await upload(writer, FILE)).json() as Report;
    expect(report).toMatchObject({ lines: 12, created: 0, updated: 0, unchanged: 3, badLines: 9 });
    expect(await snapshot()).toEqual(before);
  });

  it('updates a person whose line changed, at the next version, and leaves the others', async () => {
    const changed = FILE.replace('"aliases":["Đức Lùn"]', '"aliases":["Đức Lùn","Đức Béo"]');
    const report = (await upload(writer, changed)).json() as Report;
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 2, badLines: 9 });
    const duc = (await writer.get('/api/persons?q=duc beo')).json();
    expect(duc.items).toMatchObject([
      { externalRef: 'HNI-000123', aliases: ['Đức Lùn', 'Đức Béo'], version: 2 },
    ]);
    expect((await upload(writer, changed)).json()).toMatchObject({ updated: 0, unchanged: 3 });
  });

  it('refuses the unauthenticated (401), readers (403) and a body that is not NDJSON (415), saving nothing', async () => {
    const before = await snapshot();
    const other = line({ externalRef: 'HNI-000200', fullName: 'Người Không Được Nhập' });
    const anonymous = await test.app.inject({
      method: 'POST',
      url: '/api/persons/import',
      payload: other,
      headers: { 'content-type': NDJSON },
    });
    expect(anonymous.statusCode).toBe(401);
    const analyst = await upload(await userAt(['analyst']), other);
    expect(analyst.statusCode).toBe(403);
    expect(analyst.json().code).toBe('forbidden');
    const json = await upload(writer, other, 'application/json');
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe('unsupported_media_type');
    expect(await snapshot()).toEqual(before);
  });

  it('answers an empty file with an empty report', async () => {
    const response = await upload(writer, '\n\n');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ lines: 0, created: 0, badLines: 0, bad: [] });
  });

  it('tells another force watching a name when an import records a match, once for the day', async () => {
    const { user, agency: watching } = await buildUser(test.deps);
    const watcher = (await logInAs(test, user.username)).api;
    expect(watching.id).not.toBe(agency.id);
    expect(
      (await watcher.post('/api/persons/watches', { name: 'Quàng Văn Nhập', birthYear: 1984 })).statusCode,
    ).toBe(201);
    const file = `${line({ externalRef: 'HNI-000900', fullName: 'Quang Van Nhap', birthDate: '1984', idNumber: '001084012345' })}\n`;
    expect((await upload(writer, file)).json()).toMatchObject({ created: 1 });
    const changed = file.replace('"provinceCode":"01"', '"provinceCode":"33"');
    expect((await upload(writer, changed)).json()).toMatchObject({ updated: 1 });
    const hits = (await watcher.get('/api/inbox/notifications')).json().items as {
      kind: string;
      eventCount: number;
    }[];
    expect(hits.map((n) => [n.kind, n.eventCount])).toEqual([['watch_hit', 2]]);
  });
});
