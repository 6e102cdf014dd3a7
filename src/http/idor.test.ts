import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies } from '../modules/agencies/agencies.tables.ts';
import { type AgencyRow, findAgencyWithCode } from '../modules/agencies/index.ts';
import { users } from '../modules/auth/auth.tables.ts';
import type { ApiClient } from '../test/api.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { ENGINES } from '../test/db.ts';
import { buildUser, logInAs } from '../test/factories.ts';

// T-AC-2 (RELIABILITY.md c1): every route of the OpenAPI document that takes an id, called with the ids of objects
// one agency keeps by an administrator (with every clearance) of every agency that has no claim on them. A route
// that is not in the table below fails the test: a new route must say here who may reach its objects.

const PDF = Buffer.from('%PDF-1.4\n% Giáp Ranh IDOR\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
const RAW = { pdf: { type: 'application/pdf', body: PDF }, png: { type: 'image/png', body: PNG } };

/** Objects of the kept agency (Công an tỉnh Hưng Yên) and of the registry, with the agencies entitled to each. */
type Fixture = {
  userId: string;
  zoneId: string;
  agencyId: string;
  contactId: string;
  groupId: string;
  membershipId: string;
  agreementId: string;
  agreementVersion: number;
  partyId: string;
  documentId: string;
  personId: string;
  shareId: string;
  matchId: string;
  watchId: string;
  notificationId: string;
  linkId: string;
  alertId: string;
  hotspotId: string;
  classificationId: string;
  caseId: string;
  seizureId: string;
  operationId: string;
  messageId: string;
  attachmentId: string;
};

type Call = { body?: unknown; query?: string; raw?: keyof typeof RAW };
type Rule = {
  /** Readable by every logged-in user by design (the registry, geography, agreements). */
  public?: true;
  /** Who has a claim besides the keeper: the registry, the agreement's parties, or the person's recipient (Hà Nội). */
  entitled: 'keeper' | 'registry' | 'parties' | 'recipients';
  call: (f: Fixture, caller: AgencyRow) => Call;
};

const none = () => ({});
const RULES: Record<string, Rule> = {
  'GET /api/users/{userId}': { entitled: 'keeper', call: none },
  'PATCH /api/users/{userId}': {
    entitled: 'keeper',
    call: () => ({ body: { version: 1, displayName: 'Kẻ lạ' } }),
  },
  'POST /api/users/{userId}/unlock': { entitled: 'keeper', call: () => ({ body: { version: 1 } }) },
  'POST /api/users/{userId}/mfa-reset': { entitled: 'keeper', call: () => ({ body: { version: 1 } }) },
  'GET /api/geo/units/{structure}/{code}': { public: true, entitled: 'keeper', call: none },
  'GET /api/geo/units/{structure}/{code}/resolve': {
    public: true,
    entitled: 'keeper',
    call: () => ({ query: 'at=2024-01-01' }),
  },
  'GET /api/geo/provinces/{structure}/{code}/geojson': { public: true, entitled: 'keeper', call: none },
  'GET /api/geo/zones/{zoneId}': { public: true, entitled: 'keeper', call: none },
  'PATCH /api/geo/zones/{zoneId}': {
    entitled: 'keeper',
    call: () => ({ body: { version: 1, name: 'Đổi tên' } }),
  },
  'DELETE /api/geo/zones/{zoneId}': { entitled: 'keeper', call: () => ({ query: 'version=1' }) },
  'GET /api/geo/zones/{zoneId}/contains': {
    public: true,
    entitled: 'keeper',
    call: () => ({ query: 'lat=20.9&lon=106' }),
  },
  'GET /api/geo/zones/{zoneId}/geojson': { public: true, entitled: 'keeper', call: none },
  'GET /api/agencies/{agencyId}': { public: true, entitled: 'registry', call: none },
  'PATCH /api/agencies/{agencyId}': {
    entitled: 'registry',
    call: () => ({ body: { version: 1, nameVi: 'Đổi tên' } }),
  },
  'PUT /api/agencies/{agencyId}/jurisdiction': {
    entitled: 'registry',
    call: () => ({ body: { version: 1, units: [] } }),
  },
  'POST /api/agencies/{agencyId}/successions': {
    entitled: 'registry',
    call: (_f, caller) => ({
      body: { version: 1, kind: 'renamed', date: '2026-11-01', successorIds: [caller.id] },
    }),
  },
  'GET /api/agencies/{agencyId}/contacts': { public: true, entitled: 'keeper', call: none },
  'POST /api/agencies/{agencyId}/contacts': {
    entitled: 'registry',
    call: () => ({ body: { kind: 'duty_desk', name: 'Trực ban giả' } }),
  },
  'PATCH /api/agencies/{agencyId}/contacts/{contactId}': {
    entitled: 'registry',
    call: () => ({ body: { version: 1, name: 'Đổi' } }),
  },
  'DELETE /api/agencies/{agencyId}/contacts/{contactId}': {
    entitled: 'registry',
    call: () => ({ query: 'version=1' }),
  },
  'GET /api/groups/{groupId}': { public: true, entitled: 'registry', call: none },
  'PATCH /api/groups/{groupId}': {
    entitled: 'registry',
    call: () => ({ body: { version: 1, nameVi: 'Đổi tên' } }),
  },
  'POST /api/groups/{groupId}/members': {
    entitled: 'registry',
    call: (_f, caller) => ({ body: { version: 1, agencyId: caller.id } }),
  },
  'PATCH /api/groups/{groupId}/members/{membershipId}': {
    entitled: 'registry',
    call: () => ({ body: { version: 1, validUntil: '2027-01-01' } }),
  },
  'POST /api/groups/{groupId}/chair-terms': {
    entitled: 'registry',
    call: (_f, caller) => ({ body: { version: 1, agencyId: caller.id, startsOn: '2026-12-01' } }),
  },
  'GET /api/agreements/{agreementId}': { public: true, entitled: 'parties', call: none },
  'GET /api/agreements/{agreementId}/history': { public: true, entitled: 'parties', call: none },
  'PATCH /api/agreements/{agreementId}': {
    entitled: 'parties',
    call: (f) => ({ body: { version: f.agreementVersion, note: 'Sửa trái phép' } }),
  },
  'POST /api/agreements/{agreementId}/sign': {
    entitled: 'parties',
    call: (f) => ({ body: { version: f.agreementVersion, signedOn: '2026-11-01' } }),
  },
  'POST /api/agreements/{agreementId}/status': {
    entitled: 'parties',
    call: (f) => ({ body: { version: f.agreementVersion, status: 'suspended', on: '2026-11-20' } }),
  },
  'POST /api/agreements/{agreementId}/parties': {
    entitled: 'parties',
    call: (f, caller) => ({ body: { version: f.agreementVersion, agencyId: caller.id } }),
  },
  'DELETE /api/agreements/{agreementId}/parties/{partyId}': {
    entitled: 'parties',
    call: (f) => ({ query: `version=${f.agreementVersion}` }),
  },
  'PUT /api/agreements/{agreementId}/zones': {
    entitled: 'parties',
    call: (f) => ({ body: { version: f.agreementVersion, zoneIds: [] } }),
  },
  'PUT /api/agreements/{agreementId}/obligations': {
    entitled: 'parties',
    call: (f) => ({
      body: {
        version: f.agreementVersion,
        obligations: [],
        replyDeadlines: { urgentHours: 1, normalHours: 2, lowHours: null },
      },
    }),
  },
  'PUT /api/agreements/{agreementId}/reviews': {
    entitled: 'parties',
    call: (f) => ({ body: { version: f.agreementVersion, reviews: [] } }),
  },
  'POST /api/agreements/{agreementId}/documents': {
    entitled: 'parties',
    call: () => ({ raw: 'pdf', query: 'filename=gia.pdf' }),
  },
  'GET /api/agreements/{agreementId}/documents': { public: true, entitled: 'parties', call: none },
  'GET /api/agreements/{agreementId}/documents/{documentId}': {
    public: true,
    entitled: 'parties',
    call: none,
  },
  'GET /api/persons/{personId}': { entitled: 'recipients', call: none },
  'GET /api/persons/{personId}/matches': { entitled: 'recipients', call: none },
  'GET /api/persons/{personId}/links': { entitled: 'recipients', call: none },
  'POST /api/persons/{personId}/links': {
    entitled: 'keeper',
    call: (f) => ({ body: { linkedPersonId: f.personId, kind: 'other' } }),
  },
  'POST /api/persons/{personId}/links/{linkId}/remove': {
    entitled: 'keeper',
    call: () => ({ body: { reason: 'Xoá trái phép' } }),
  },
  'GET /api/persons/{personId}/history': { entitled: 'keeper', call: none },
  'GET /api/early-warning/alerts/{alertId}': { entitled: 'recipients', call: none },
  'PUT /api/persons/{personId}/photo': { entitled: 'keeper', call: () => ({ raw: 'png' }) },
  'GET /api/persons/{personId}/photo': { entitled: 'recipients', call: none },
  'DELETE /api/persons/{personId}/photo': { entitled: 'keeper', call: none },
  'POST /api/persons/matches/{matchId}/decision': {
    entitled: 'keeper',
    call: () => ({ body: { status: 'rejected' } }),
  },
  'POST /api/persons/watches/{watchId}/end': { entitled: 'keeper', call: none },
  'POST /api/inbox/notifications/{notificationId}/read': { entitled: 'keeper', call: none },
  'GET /api/messages/{messageId}': { entitled: 'recipients', call: none },
  'POST /api/messages/{messageId}/reply': {
    entitled: 'recipients',
    call: () => ({ body: { body: 'Trả lời trái phép' } }),
  },
  'POST /api/messages/{messageId}/acknowledge': { entitled: 'recipients', call: none },
  'POST /api/messages/{messageId}/close': { entitled: 'recipients', call: none },
  'POST /api/messages/{messageId}/withdraw': {
    entitled: 'recipients',
    call: () => ({ body: { reason: 'Thu hồi trái phép' } }),
  },
  'GET /api/messages/{messageId}/attachments/{attachmentId}': { entitled: 'recipients', call: none },
  'GET /api/agreements/{agreementId}/exchange-scorecard': {
    entitled: 'parties',
    call: () => ({ query: 'from=2026-01-01&until=2027-01-01' }),
  },
  'PATCH /api/persons/{personId}': {
    entitled: 'keeper',
    call: () => ({ body: { version: 1, note: 'Sửa trái phép' } }),
  },
  'GET /api/hotspots/{hotspotId}': { entitled: 'keeper', call: none },
  'GET /api/hotspots/{hotspotId}/history': { entitled: 'keeper', call: none },
  'PATCH /api/hotspots/{hotspotId}': {
    entitled: 'keeper',
    call: () => ({ body: { version: 1, name: 'Sửa trái phép' } }),
  },
  'POST /api/hotspots/{hotspotId}/transitions': {
    entitled: 'keeper',
    call: () => ({ body: { version: 1, to: 'verified', on: '2026-11-01', reason: 'Chuyển trái phép' } }),
  },
  'PATCH /api/commune-classifications/{classificationId}': {
    entitled: 'keeper',
    call: () => ({ body: { version: 1, drugClass: 'drug_free' } }),
  },
  'DELETE /api/commune-classifications/{classificationId}': {
    entitled: 'keeper',
    call: () => ({ query: 'version=1' }),
  },
  'GET /api/cases/{caseId}': { entitled: 'keeper', call: none },
  'PATCH /api/cases/{caseId}': {
    entitled: 'keeper',
    call: () => ({ body: { version: 1, title: 'Sửa trái phép' } }),
  },
  'POST /api/cases/{caseId}/seizures': {
    entitled: 'keeper',
    call: () => ({ body: { seizedOn: '2026-11-01', substance: 'heroin', quantity: 1, unit: 'g' } }),
  },
  'GET /api/seizures/{seizureId}': { entitled: 'keeper', call: none },
  'PATCH /api/seizures/{seizureId}': {
    entitled: 'keeper',
    call: () => ({ body: { version: 1, quantity: 2 } }),
  },
  'POST /api/seizures/{seizureId}/custody': {
    entitled: 'keeper',
    call: (_f, caller) => ({ body: { toAgencyId: caller.id, since: '2026-11-02' } }),
  },
  'GET /api/operations/{operationId}': { entitled: 'keeper', call: none },
  'PATCH /api/operations/{operationId}': {
    entitled: 'keeper',
    call: () => ({ body: { version: 1, result: 'Sửa trái phép' } }),
  },
  'GET /api/sharing/{kind}/{recordId}': { entitled: 'keeper', call: none },
  'GET /api/sharing/{kind}/{recordId}/explain': {
    entitled: 'keeper',
    call: (_f, caller) => ({ query: `agencyId=${caller.id}` }),
  },
  'POST /api/sharing/{kind}/{recordId}/shares': {
    entitled: 'keeper',
    call: (_f, caller) => ({
      body: { recipientAgencyId: caller.id, level: 'full', purpose: 'Tự cấp quyền' },
    }),
  },
  'POST /api/sharing/shares/{shareId}/revoke': {
    entitled: 'keeper',
    call: () => ({ body: { reason: 'Thu hồi trái phép' } }),
  },
};

const paramValue = (name: string, f: Fixture): string => {
  const values: Record<string, string> = {
    structure: 'current',
    code: '33',
    kind: 'persons',
    recordId: f.personId,
    ...(f as unknown as Record<string, string>),
  };
  const value = values[name];
  if (value === undefined) throw new Error(`no fixture for path parameter ${name}`);
  return value;
};

describe.each(ENGINES)('every id-taking route refuses other agencies on %s', (engine) => {
  let test: TestApp;
  let keeper: AgencyRow;
  let keeperAdmin: ApiClient;
  let fixture: Fixture;
  let paths: string[];
  beforeAll(async () => {
    test = await startTestApp(engine, { seedDemo: true, refData: true, demoMode: true });
    const byCode = async (code: string) => (await findAgencyWithCode(test.deps.db, code)) as AgencyRow;
    keeper = await byCode('CA-HYN');
    const haNoi = await byCode('CA-HNI');
    const { user: admin } = await buildUser(test.deps, {
      agency: keeper,
      roles: ['administrator', 'investigator'],
    });
    keeperAdmin = (await logInAs(test, admin.username)).api;
    const { user: colleague } = await buildUser(test.deps, { agency: keeper });
    const expect201 = async (response: { statusCode: number; body: string; json: () => unknown }) => {
      if (response.statusCode !== 201) throw new Error(`fixture: ${response.statusCode} ${response.body}`);
      return response.json() as Record<string, unknown>;
    };
    const zone = await expect201(
      await keeperAdmin.post('/api/geo/zones', {
        kind: 'units',
        name: 'Vùng thử IDOR',
        structure: 'current',
        units: [{ code: '33' }, { code: '01' }],
      }),
    );
    const contact = await expect201(
      await keeperAdmin.post(`/api/agencies/${keeper.id}/contacts`, {
        kind: 'duty_desk',
        name: 'Trực ban Hưng Yên',
      }),
    );
    const agreements = (await keeperAdmin.get(`/api/agreements?agencyId=${keeper.id}&domain=drugs`)).json()
      .items as {
      id: string;
      version: number;
      parties: { id: string; agency: { id: string } }[];
    }[];
    const agreement = agreements.find((a) => a.parties.some((p) => p.agency.id === haNoi.id));
    if (!agreement) throw new Error('no Hưng Yên - Hà Nội agreement');
    const document = await expect201(
      await keeperAdmin.request(
        'POST',
        `/api/agreements/${agreement.id}/documents?filename=ban-ky.pdf`,
        PDF,
        {
          headers: { 'content-type': 'application/pdf' },
        },
      ),
    );
    const detail = (await keeperAdmin.get(`/api/agreements/${agreement.id}`)).json() as { version: number };
    const groups = (await keeperAdmin.get('/api/groups')).json().items as { id: string }[];
    const group = (await keeperAdmin.get(`/api/groups/${groups[0]?.id}`)).json() as {
      id: string;
      members: { id: string }[];
    };
    const person = await expect201(
      await keeperAdmin.post('/api/persons', { fullName: 'Lê Văn Bí Mật', dataSubjectCategory: 'suspect' }),
    );
    const twin = await expect201(
      await keeperAdmin.post('/api/persons', { fullName: 'Le Van Bi Mat', dataSubjectCategory: 'suspect' }),
    );
    const link = await expect201(
      await keeperAdmin.post(`/api/persons/${person.id}/links`, {
        linkedPersonId: twin.id,
        kind: 'associate',
      }),
    );
    const photo = await keeperAdmin.request('PUT', `/api/persons/${person.id}/photo`, PNG, {
      headers: { 'content-type': 'image/png' },
    });
    if (photo.statusCode !== 204) throw new Error(`fixture: photo ${photo.statusCode} ${photo.body}`);
    for (let i = 0; i < 12; i++) {
      await expect201(
        await keeperAdmin.post('/api/hotspots', {
          kind: 'point',
          name: `Điểm cảnh báo ${i}`,
          lat: 20.93 + (i % 4) * 0.001,
          lon: 105.93 + Math.floor(i / 4) * 0.001,
        }),
      );
    }
    const warning = await keeperAdmin.post('/api/early-warning/run');
    const alerts = (await keeperAdmin.get('/api/early-warning/alerts')).json().items as { id: string }[];
    if (!alerts[0]) throw new Error(`fixture: no early-warning alert (${warning.body})`);
    const matches = (await keeperAdmin.get(`/api/persons/${twin.id}/matches`)).json().items as {
      id: string;
    }[];
    const watch = await expect201(
      await keeperAdmin.post('/api/persons/watches', { name: 'Đinh Văn Theo Dõi' }),
    );
    const { user: haNoiOfficer } = await buildUser(test.deps, { agency: haNoi });
    const haNoiApi = (await logInAs(test, haNoiOfficer.username)).api;
    await expect201(
      await haNoiApi.post('/api/persons', { fullName: 'Dinh Van Theo Doi', dataSubjectCategory: 'suspect' }),
    );
    const notifications = (await keeperAdmin.get('/api/inbox/notifications')).json().items as {
      id: string;
    }[];
    const share = await expect201(
      await keeperAdmin.post(`/api/sharing/persons/${person.id}/shares`, {
        recipientAgencyId: haNoi.id,
        level: 'summary',
        purpose: 'Phối hợp',
      }),
    );
    const hotspot = await expect201(
      await keeperAdmin.post('/api/hotspots', {
        kind: 'point',
        name: 'Điểm thử IDOR',
        lat: 20.45,
        lon: 106.35,
      }),
    );
    const classification = await expect201(
      await keeperAdmin.post('/api/commune-classifications', {
        communeCode: '12454',
        drugClass: 'type_3',
        validFrom: '2026-01-01',
        decisionRef: 'Quyết định thử IDOR',
      }),
    );
    // A case placed far from Hưng Yên's agreement zones (Đà Nẵng), so only its keeper reads it.
    const kase = await expect201(
      await keeperAdmin.post('/api/cases', {
        kind: 'incident',
        title: 'Vụ việc thử IDOR',
        occurredOn: '2026-11-01',
        place: { structure: 'current', unitCode: '48' },
      }),
    );
    const seizure = await expect201(
      await keeperAdmin.post(`/api/cases/${kase.id}/seizures`, {
        seizedOn: '2026-11-01',
        substance: 'heroin',
        quantity: 12.5,
        unit: 'g',
      }),
    );
    const operation = await expect201(
      await keeperAdmin.post('/api/operations', { codeName: 'CA-IDOR', startedOn: '2026-10-01' }),
    );
    const attachment = await expect201(
      await keeperAdmin.request('POST', '/api/messages/attachments?filename=bien-ban.pdf', PDF, {
        headers: { 'content-type': 'application/pdf' },
      }),
    );
    const message = await expect201(
      await keeperAdmin.post('/api/messages', {
        kind: 'request_info',
        to: { agencyIds: [haNoi.id] },
        subject: 'Đề nghị xác minh',
        body: 'Nội dung chỉ Hà Nội được đọc',
        attachmentIds: [attachment.id],
      }),
    );
    fixture = {
      caseId: kase.id as string,
      seizureId: seizure.id as string,
      operationId: operation.id as string,
      messageId: message.id as string,
      attachmentId: attachment.id as string,
      userId: colleague.id,
      zoneId: zone.id as string,
      agencyId: keeper.id,
      contactId: contact.id as string,
      groupId: group.id,
      membershipId: group.members[0]?.id as string,
      agreementId: agreement.id,
      agreementVersion: detail.version,
      partyId: agreement.parties[0]?.id as string,
      documentId: document.id as string,
      personId: person.id as string,
      shareId: share.id as string,
      matchId: matches[0]?.id as string,
      watchId: watch.id as string,
      notificationId: notifications[0]?.id as string,
      linkId: link.id as string,
      alertId: alerts[0].id,
      hotspotId: hotspot.id as string,
      classificationId: classification.id as string,
    };
    if (!fixture.notificationId) throw new Error('fixture: the watch hit no notification');
    if (!fixture.matchId) throw new Error('fixture: no possible match between the twin records');
    const document_ = (await keeperAdmin.get('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    paths = Object.entries(document_.paths).flatMap(([path, item]) =>
      path.includes('{') ? Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`) : [],
    );
  }, 300_000);
  afterAll(async () => {
    await test?.close();
  });

  it('knows every id-taking route', () => {
    expect(paths.filter((p) => !(p in RULES))).toEqual([]);
  });

  it('answers 403 or 404 (never a 2xx) to every other agency, changes nothing, and hides records as if they did not exist', async () => {
    const all = await test.deps.db.select().from(agencies);
    const recipient = (await findAgencyWithCode(test.deps.db, 'CA-HNI'))?.id;
    const registry = new Set(
      all.filter((a) => a.kind === 'ministry' || a.kind === 'department').map((a) => a.id),
    );
    const parties = new Set(
      (
        (await keeperAdmin.get(`/api/agreements/${fixture.agreementId}`)).json().parties as {
          agency: { id: string };
        }[]
      ).map((p) => p.agency.id),
    );
    const entitled = (rule: Rule, agency: AgencyRow) =>
      agency.id === keeper.id ||
      (rule.entitled === 'registry' && registry.has(agency.id)) ||
      (rule.entitled === 'recipients' && agency.id === recipient) ||
      (rule.entitled === 'parties' && (parties.has(agency.id) || registry.has(agency.id)));
    const callers = new Map<string, ApiClient>();
    const clientFor = async (agency: AgencyRow) => {
      let client = callers.get(agency.id);
      if (!client) {
        const { user } = await buildUser(test.deps, {
          agency,
          roles: ['administrator', 'commander', 'liaison_officer', 'investigator'],
        });
        await test.deps.db.update(users).set({ clearance: 'TUYET_MAT' }).where(eq(users.id, user.id));
        client = (await logInAs(test, user.username)).api;
        callers.set(agency.id, client);
      }
      return client;
    };
    const missing = (await keeperAdmin.get('/api/persons/01900000-0000-7000-8000-000000000000')).json();
    const faults: string[] = [];
    let calls = 0;
    for (const operation of paths) {
      const rule = RULES[operation] as Rule;
      const [method, path] = operation.split(' ') as [string, string];
      for (const agency of all) {
        if (entitled(rule, agency)) continue;
        const call = rule.call(fixture, agency);
        const url =
          path.replace(/\{(\w+)\}/g, (_, name: string) => paramValue(name, fixture)) +
          (call.query ? `?${call.query}` : '');
        const client = await clientFor(agency);
        const raw = call.raw ? RAW[call.raw] : undefined;
        const response = raw
          ? await client.request(method as 'POST', url, raw.body, { headers: { 'content-type': raw.type } })
          : await client.request(method as 'GET', url, call.body);
        calls++;
        const ok =
          rule.public && method === 'GET'
            ? response.statusCode === 200
            : [403, 404].includes(response.statusCode);
        if (!ok)
          faults.push(`${agency.code} ${operation}: ${response.statusCode} ${response.body.slice(0, 120)}`);
        if (response.statusCode === 404 && /\{(personId|hotspotId)\}/.test(path) && method === 'GET') {
          const body = response.json();
          if (
            Object.keys(body).sort().join() !== Object.keys(missing).sort().join() ||
            body.code !== missing.code
          ) {
            faults.push(`${agency.code} ${operation}: a hidden record answers unlike a missing one`);
          }
        }
      }
    }
    console.info(
      `IDOR sweep on ${engine}: ${paths.length} routes, ${calls} calls by ${callers.size} agencies`,
    );
    expect(faults).toEqual([]);
    const person = (await keeperAdmin.get(`/api/persons/${fixture.personId}`)).json();
    expect([person.version, person.note, person.photoSha256]).toEqual([1, null, expect.any(String)]);
    const links = (await keeperAdmin.get(`/api/persons/${fixture.personId}/links`)).json();
    expect(links.edges.map((e: { id: string }) => e.id)).toEqual([fixture.linkId]);
    expect([person.version, person.note]).toEqual([1, null]);
    const thread = (await keeperAdmin.get(`/api/messages/${fixture.messageId}`)).json();
    expect(thread.messages.map((m: { kind: string }) => m.kind)).toEqual(['request_info']);
    expect(thread.messages[0].recipients.map((r: { state: string }) => r.state)).toEqual(['sent']);
    const panel = (await keeperAdmin.get(`/api/sharing/persons/${fixture.personId}`)).json();
    expect(panel.shares.map((s: { active: boolean }) => s.active)).toEqual([true]);
    expect((await keeperAdmin.get(`/api/geo/zones/${fixture.zoneId}`)).json().version).toBe(1);
    const hotspot = (await keeperAdmin.get(`/api/hotspots/${fixture.hotspotId}`)).json();
    expect([hotspot.version, hotspot.status]).toEqual([1, 'reported']);
    const classes = (await keeperAdmin.get('/api/commune-classifications?commune=12454')).json().items;
    expect(classes.map((c: { version: number }) => c.version)).toEqual([1]);
    const seizure = (await keeperAdmin.get(`/api/seizures/${fixture.seizureId}`)).json();
    expect([seizure.version, seizure.quantity, seizure.custody.length]).toEqual([1, 12.5, 1]);
    expect((await keeperAdmin.get(`/api/cases/${fixture.caseId}`)).json().version).toBe(1);
    expect((await keeperAdmin.get(`/api/seizures?caseId=${fixture.caseId}`)).json().total).toBe(1);
    expect((await keeperAdmin.get(`/api/agreements/${fixture.agreementId}`)).json().version).toBe(
      fixture.agreementVersion,
    );
  }, 600_000);
});
