import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../events/outbox.tables.ts';
import { type ApiClient, apiClient } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { buildAgency, buildUser, logInAs } from '../../test/factories.ts';
import { findAgencyWithCode } from '../agencies/index.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import type { Role } from '../auth/index.ts';

const UNKNOWN = '01900000-0000-7000-8000-000000000000';

describe.each(ENGINES)('coordination agreements on %s', (engine) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(engine, { seedDemo: true });
  });
  afterAll(async () => {
    await test.close();
  });

  const idOf = async (code: string) => {
    const agency = await findAgencyWithCode(test.deps.db, code);
    if (!agency) throw new Error(`no agency ${code}`);
    return agency.id;
  };
  const userAt = async (code: string, roles: Role[]): Promise<ApiClient> => {
    const agency = await findAgencyWithCode(test.deps.db, code);
    if (!agency) throw new Error(`no agency ${code}`);
    const { user } = await buildUser(test.deps, { agency, roles });
    return (await logInAs(test, user.username)).api;
  };
  const trail = async (agreementId: string) => ({
    events: (
      await test.deps.db.select().from(outboxEvents).where(eq(outboxEvents.aggregateId, agreementId))
    ).map((e) => e.eventType),
    audit: (
      await test.deps.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.objectIds, [agreementId]))
    ).map((a) => a.detail),
  });

  it('answers 401 without login, and lists the five demo agreements to any logged-in user', async () => {
    const anonymous = await apiClient(test.app).get('/api/agreements');
    expect(anonymous.statusCode).toBe(401);
    const reader = await userAt('CA-DNG', ['read_only']);
    const items = (await reader.get('/api/agreements')).json().items as {
      number: string | null;
      kind: string;
    }[];
    expect(items).toHaveLength(5);
    expect(items.map((a) => a.kind).sort()).toEqual([
      'minutes',
      'plan',
      'regulation',
      'regulation',
      'regulation',
    ]);
    expect(items[0]?.number).toBe('303/QCPH');
    const drugs = (
      await reader.get(`/api/agreements?domain=economic&agencyId=${await idOf('CA-HCM')}`)
    ).json();
    expect(drugs.items.map((a: { number: string }) => a.number)).toEqual(['303/QCPH']);
    const in2024 = (await reader.get('/api/agreements?inForceOn=2025-06-01&kind=minutes')).json();
    expect(in2024.items).toEqual([]);
  });

  it('creates, updates and signs a draft, refusing a stale version, and leaves audit and outbox rows for each', async () => {
    const api = await userAt('CA-HYN', ['commander']);
    const [hungYen, haNoi] = [await idOf('CA-HYN'), await idOf('CA-HNI')];
    const created = await api.post('/api/agreements', {
      kind: 'mou',
      title: 'Biên bản ghi nhớ thử',
      domains: ['drugs', 'cyber'],
      parties: [{ agencyId: hungYen, role: 'host' }],
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ status: 'draft', version: 1, abilities: { canEdit: true } });
    const updated = await api.patch(`/api/agreements/${draft.id}`, { version: 1, number: '12/BBGN' });
    expect(updated.json()).toMatchObject({ number: '12/BBGN', version: 2 });
    const stale = await api.patch(`/api/agreements/${draft.id}`, { version: 1, title: 'Cũ' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const lonely = await api.post(`/api/agreements/${draft.id}/sign`, { version: 2, signedOn: '2024-03-01' });
    expect(lonely.statusCode).toBe(422);
    expect(lonely.json()).toMatchObject({ code: 'too_few_parties', errors: [{ path: 'parties' }] });
    const added = await api.post(`/api/agreements/${draft.id}/parties`, {
      version: 2,
      agencyId: haNoi,
      signatoryName: 'Nguyễn Văn Thử',
      signatoryRank: 'Đại tá',
    });
    expect(added.statusCode).toBe(201);
    // Parties read in Vietnamese alphabetical order, whatever order they were added in.
    expect(added.json().parties.map((p: { agency: { code: string } }) => p.agency.code)).toEqual([
      'CA-HNI',
      'CA-HYN',
    ]);
    const twice = await api.post(`/api/agreements/${draft.id}/parties`, { version: 3, agencyId: haNoi });
    expect(twice.json()).toMatchObject({ code: 'duplicate_party', errors: [{ path: 'agencyId' }] });
    const signed = await api.post(`/api/agreements/${draft.id}/sign`, { version: 3, signedOn: '2024-03-01' });
    expect(signed.json()).toMatchObject({
      status: 'signed',
      signedOn: '2024-03-01',
      effectiveFrom: '2024-03-01',
    });
    const inForce = await api.post(`/api/agreements/${draft.id}/status`, {
      version: 4,
      status: 'in_force',
      on: '2024-03-02',
    });
    expect(inForce.json()).toMatchObject({ status: 'in_force', version: 5 });
    const back = await api.post(`/api/agreements/${draft.id}/status`, {
      version: 5,
      status: 'draft',
      on: '2024-04-01',
    });
    expect(back.json()).toMatchObject({ code: 'invalid_status_transition', errors: [{ path: 'status' }] });
    const obligations = await api.request('PUT', `/api/agreements/${draft.id}/obligations`, {
      version: 5,
      obligations: [{ agencyId: null, recordKind: 'alerts', level: 'full' }],
      replyDeadlines: { urgentHours: 8, normalHours: 168, lowHours: null },
    });
    expect(obligations.json()).toMatchObject({
      replyDeadlines: { urgentHours: 8, normalHours: 168 },
      version: 6,
    });
    const reviews = await api.request('PUT', `/api/agreements/${draft.id}/reviews`, {
      version: 6,
      reviews: [{ kind: 'annual_meeting', everyMonths: 12, fixedOn: null, lastHeldOn: '2025-03-01' }],
    });
    expect(reviews.json().reviews).toMatchObject([{ nextDueOn: '2026-03-01', remindDaysBefore: 30 }]);
    const both = await api.request('PUT', `/api/agreements/${draft.id}/reviews`, {
      version: 7,
      reviews: [{ kind: 'briefing', everyMonths: 6, fixedOn: '2026-01-01' }],
    });
    expect(both.json()).toMatchObject({
      code: 'invalid_schedule',
      errors: [{ path: 'reviews.0.everyMonths' }],
    });
    const party = added.json().parties.find((p: { agency: { id: string } }) => p.agency.id === haNoi);
    const removed = await api.request('DELETE', `/api/agreements/${draft.id}/parties/${party.id}?version=7`);
    expect(removed.json().parties).toHaveLength(1);
    const { events, audit } = await trail(draft.id);
    const expected = [
      'agreement.create',
      'agreement.update',
      'agreement.party_add',
      'agreement.sign',
      'agreement.status',
      'agreement.obligations_set',
      'agreement.reviews_set',
      'agreement.party_remove',
    ];
    expect(events).toEqual(expected);
    expect(audit).toEqual(expected);
    const reader = await userAt('CA-DNG', ['read_only']);
    const history = (await reader.get(`/api/agreements/${draft.id}/history`)).json().items;
    expect(history.map((h: { event: string }) => h.event)).toEqual(expected);
    expect(new Set(history.map((h: { agency: { code: string } }) => h.agency.code))).toEqual(
      new Set(['CA-HYN']),
    );
  });

  it('refuses bad input with the field at fault and saves nothing', async () => {
    const api = await userAt('CA-HYN', ['administrator']);
    const hungYen = await idOf('CA-HYN');
    const before = (await api.get('/api/agreements')).json().items.length;
    const unknown = await api.post('/api/agreements', {
      kind: 'regulation',
      title: 'Thử',
      parties: [{ agencyId: hungYen }, { agencyId: UNKNOWN }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({
      code: 'unknown_agency',
      errors: [{ path: 'parties.1.agencyId' }],
    });
    const backwards = await api.post('/api/agreements', {
      kind: 'regulation',
      title: 'Thử',
      effectiveFrom: '2024-05-01',
      effectiveUntil: '2024-04-01',
      parties: [{ agencyId: hungYen }],
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json()).toMatchObject({ code: 'invalid_period', errors: [{ path: 'effectiveUntil' }] });
    const malformed = await api.post('/api/agreements', { kind: 'treaty', title: '', domains: ['piracy'] });
    expect(malformed.statusCode).toBe(400);
    const paths = malformed.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['kind', 'title', 'domains.0']));
    expect((await api.get('/api/agreements')).json().items).toHaveLength(before);
  });

  it('lets only parties’ administrators and commanders (or the registry) write', async () => {
    const hungYen = await idOf('CA-HYN');
    const readOnly = await userAt('CA-HYN', ['read_only']);
    const refused = await readOnly.post('/api/agreements', {
      kind: 'mou',
      title: 'Thử',
      parties: [{ agencyId: hungYen }],
    });
    expect(refused.statusCode).toBe(403);
    const outsider = await userAt('CA-DNG', ['administrator']);
    const list = (await outsider.get('/api/agreements')).json().items as {
      id: string;
      number: string | null;
    }[];
    const regulation303 = list.find((a) => a.number === '303/QCPH');
    const detail = (await outsider.get(`/api/agreements/${regulation303?.id}`)).json();
    expect(detail.abilities).toEqual({ canEdit: false });
    const patch = await outsider.patch(`/api/agreements/${regulation303?.id}`, {
      version: detail.version,
      note: 'x',
    });
    expect(patch.statusCode).toBe(403);
    const registry = await buildUser(test.deps, {
      agency: await buildAgency(test.deps, { kind: 'ministry' }),
      roles: ['administrator'],
    });
    const ministry = (await logInAs(test, registry.user.username)).api;
    expect((await ministry.get(`/api/agreements/${regulation303?.id}`)).json().abilities).toEqual({
      canEdit: true,
    });
    expect((await ministry.get(`/api/agreements/${UNKNOWN}`)).statusCode).toBe(404);
  });

  it('shows 303/QCPH’s interim review due on 2024-09-12 to its parties, within 90 days of 2024-08-01', async () => {
    const dongNai = await userAt('CA-DNI', ['liaison_officer']);
    const list = (await dongNai.get('/api/agreements?kind=regulation')).json().items as {
      id: string;
      number: string;
    }[];
    const detail = (
      await dongNai.get(`/api/agreements/${list.find((a) => a.number === '303/QCPH')?.id}`)
    ).json();
    expect(detail.reviews).toMatchObject([
      { kind: 'interim_review', everyMonths: 24, nextDueOn: '2024-09-12' },
    ]);
    expect(detail.groupId).not.toBeNull();
    test.clock.set(new Date('2024-08-01T02:00:00Z'));
    try {
      const due = (await dongNai.get('/api/agreements/reviews-due?within=90')).json();
      expect(due.items).toMatchObject([{ number: '303/QCPH', dueOn: '2024-09-12', overdue: false }]);
      expect((await dongNai.get('/api/agreements/reviews-due?within=30')).json().items).toEqual([]);
      const haNoi = await userAt('CA-HNI', ['commander']);
      expect((await haNoi.get('/api/agreements/reviews-due')).json().items).toEqual([]);
    } finally {
      test.clock.set(new Date('2026-11-23T02:00:00Z'));
    }
  });
});
