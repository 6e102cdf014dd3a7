import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../events/outbox.tables.ts';
import { ENGINES } from '../../test/db.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { type CasesWorld, created, startCasesWorld } from './cases-test-world.ts';

describe.each(ENGINES)('cases through the sharing policy on %s', (engine) => {
  let w: CasesWorld;
  let personId: string;
  beforeAll(async () => {
    w = await startCasesWorld(engine);
    personId = (
      await created(w.owner, '/api/persons', { fullName: 'Trần Văn Bắt', dataSubjectCategory: 'suspect' })
    ).id;
  }, 120_000);
  afterAll(async () => {
    await w?.test.close();
  });

  const caseBody = (overrides: Record<string, unknown> = {}) => ({
    kind: 'criminal_case',
    title: 'Vận chuyển trái phép ma túy qua địa bàn giáp ranh',
    occurredOn: '2026-11-01',
    place: { structure: 'current', unitCode: w.beltCommune, detail: 'Quốc lộ 5' },
    offence: 'blhs-250',
    ...overrides,
  });

  it('records a case with its forces and persons; a participant reads it in full, the partner a pointer, an outsider nothing', async () => {
    const kase = await created<{ level: string; persons: { fullName: string }[]; zoneIds: string[] }>(
      w.owner,
      '/api/cases',
      caseBody({
        agencies: [{ agencyId: w.daNang.id, role: 'intelligence' }],
        persons: [{ personId, role: 'arrested' }],
      }),
    );
    expect(kase.level).toBe('full');
    expect(kase.persons).toEqual([{ personId, role: 'arrested', level: 'full', fullName: 'Trần Văn Bắt' }]);
    expect(kase.zoneIds.length).toBeGreaterThan(0);

    const participant = (await w.daNangUser.get(`/api/cases/${kase.id}`)).json();
    expect(participant.level).toBe('full');
    expect(participant.agencies[0].agency.id).toBe(w.daNang.id);
    // The participant reads the case, not the person: the person's own policy decides, and gives nothing.
    expect(participant.persons).toEqual([{ personId, role: 'arrested', level: null, fullName: null }]);

    expect((await w.partner.get(`/api/cases/${kase.id}`)).json()).toMatchObject({ level: 'pointer' });
    const hidden = await w.outsider.get(`/api/cases/${kase.id}`);
    const missing = await w.outsider.get('/api/cases/01900000-0000-7000-8000-000000000000');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe(missing.json().code);

    for (const [client, total] of [
      [w.owner, 1],
      [w.daNangUser, 1],
      [w.partner, 0],
      [w.outsider, 0],
    ] as const) {
      const list = (await client.get('/api/cases?q=van chuyen trai phep')).json();
      expect(list.total).toBe(total);
      expect(list.facets.kinds).toEqual(total ? [{ value: 'criminal_case', count: 1 }] : []);
    }

    const events = await w.test.deps.db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.aggregateId, kase.id));
    expect(events.map((e) => e.eventType)).toContain('case.recorded');
    const audit = await w.test.deps.db.select().from(auditEvents).where(eq(auditEvents.objectType, 'cases'));
    expect(audit.some((a) => a.action === 'read' && a.objectIds.includes(kase.id))).toBe(true);
  });

  it('changes a case at the version its lead force saw; a participant may not', async () => {
    const kase = await created(
      w.owner,
      '/api/cases',
      caseBody({ agencies: [{ agencyId: w.daNang.id, role: 'support' }] }),
    );
    const stale = await w.owner.patch(`/api/cases/${kase.id}`, {
      version: kase.version + 1,
      status: 'closed',
    });
    expect(stale.statusCode).toBe(409);
    const refused = await w.daNangUser.patch(`/api/cases/${kase.id}`, {
      version: kase.version,
      status: 'closed',
    });
    expect(refused.statusCode).toBe(403);
    const done = await w.owner.patch(`/api/cases/${kase.id}`, {
      version: kase.version,
      status: 'prosecuted',
      agencies: [],
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'prosecuted', agencies: [] });
    expect((await w.daNangUser.get(`/api/cases/${kase.id}`)).statusCode).toBe(404);
  });

  it('refuses a future day, a criminal case without offence, an unknown unit, a hidden person and a state secret above clearance, saving nothing', async () => {
    const hiddenPerson = (
      await created(w.outsider, '/api/persons', { fullName: 'Người Ẩn Danh', dataSubjectCategory: 'suspect' })
    ).id;
    const before = (await w.owner.get('/api/cases?limit=1')).json().total;
    const cases = [
      [caseBody({ occurredOn: '2026-12-31' }), 422, 'date_in_future', 'occurredOn'],
      [caseBody({ offence: null }), 422, 'offence_required', 'offence'],
      [
        caseBody({ place: { structure: 'current', unitCode: '99999' } }),
        422,
        'unknown_unit',
        'place.unitCode',
      ],
      [
        caseBody({ persons: [{ personId: hiddenPerson, role: 'suspect' }] }),
        422,
        'unknown_person',
        'persons.0.personId',
      ],
      [caseBody({ classification: 'MAT' }), 422, 'classification_above_clearance', 'classification'],
      [
        caseBody({ agencies: [{ agencyId: w.hungYen.id, role: 'support' }] }),
        422,
        'share_to_owner',
        'agencies.0.agencyId',
      ],
      [caseBody({ kind: 'raid' }), 400, 'validation_failed', 'kind'],
    ] as const;
    for (const [body, status, code, path] of cases) {
      const response = await w.owner.post('/api/cases', body);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().code).toBe(code);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await w.owner.get('/api/cases?limit=1')).json().total).toBe(before);
  });

  it('tells a watching force when a person it watches is linked to a case, naming the force that linked it', async () => {
    const watched = await created(w.owner, '/api/persons', {
      fullName: 'Lò Văn Liên Kết',
      dataSubjectCategory: 'suspect',
    });
    const watch = await w.owner.post('/api/persons/watches', { personId: watched.id });
    expect(watch.statusCode, watch.body).toBe(201);
    const share = await w.owner.post(`/api/sharing/persons/${watched.id}/shares`, {
      recipientAgencyId: w.daNang.id,
      level: 'summary',
      purpose: 'Phối hợp xác minh',
    });
    expect(share.statusCode, share.body).toBe(201);
    const hits = async () =>
      (
        (await w.owner.get('/api/inbox/notifications')).json().items as {
          kind: string;
          recordId: string;
          events: { event: string; byAgencyId: string }[];
        }[]
      ).filter((n) => n.kind === 'watch_hit' && n.recordId === watched.id);
    expect(await hits()).toEqual([]);
    await created(w.daNangUser, '/api/cases', {
      kind: 'incident',
      title: 'Phát hiện đối tượng tại Đà Nẵng',
      occurredOn: '2026-11-20',
      place: { structure: 'current', unitCode: '48' },
      persons: [{ personId: watched.id, role: 'suspect' }],
    });
    const [hit] = await hits();
    expect(hit?.events).toEqual([
      expect.objectContaining({ event: 'person.linked_to_case', byAgencyId: w.daNang.id }),
    ]);

    // The person page asks which cases involve the person: only cases read in full answer, for a visible person.
    const involving = async (client: typeof w.owner) =>
      (await client.get(`/api/cases?personId=${watched.id}`)).json() as { items: unknown[]; total: number };
    expect((await involving(w.daNangUser)).total).toBe(1);
    expect(await involving(w.owner)).toMatchObject({ items: [], total: 0 });
    expect((await w.outsider.get(`/api/cases?personId=${watched.id}`)).statusCode).toBe(404);
  });

  it('holds the demo cases: the Hưng Yên case in the belt, read in full by Hà Nội that took part in it', async () => {
    const own = (await w.owner.get('/api/cases?q=chung cu giap ranh')).json();
    expect(own.total).toBe(1);
    const [demo] = own.items as { id: string }[];
    const partner = (await w.partner.get(`/api/cases/${demo?.id}`)).json();
    expect(partner).toMatchObject({ level: 'full', offence: 'blhs-251' });
    const totals = (await w.partner.get(`/api/seizures/totals?caseId=${demo?.id}`)).json();
    expect(totals.rows.map((r: { unit: string }) => r.unit)).toEqual(['kg', 'pills']);
  });
});
