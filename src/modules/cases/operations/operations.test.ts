import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { type CasesWorld, created, startCasesWorld } from '../cases-test-world.ts';

describe.each(ENGINES)('special operations on %s', (engine) => {
  let w: CasesWorld;
  beforeAll(async () => {
    w = await startCasesWorld(engine);
  }, 120_000);
  afterAll(async () => {
    await w?.test.close();
  });

  it('lets the lead force and the participating forces read an operation, and nobody else, not even agreement partners', async () => {
    const target = await created(w.owner, '/api/persons', {
      fullName: 'Vàng A Mục Tiêu',
      dataSubjectCategory: 'suspect',
    });
    const operation = await created<{
      level: string;
      handling: { handlingCode: string };
      targets: unknown[];
    }>(w.owner, '/api/operations', {
      codeName: 'CA-0723H',
      startedOn: '2026-06-01',
      agencies: [{ agencyId: w.daNang.id, role: 'co_investigating' }],
      targets: [{ personId: target.id }],
    });
    expect(operation.handling.handlingCode).toBe('H2');
    expect(operation.targets).toEqual([{ personId: target.id, level: 'full', fullName: 'Vàng A Mục Tiêu' }]);
    const kase = await created(w.owner, '/api/cases', {
      kind: 'incident',
      title: 'Vụ việc trong chuyên án',
      occurredOn: '2026-06-10',
      place: { structure: 'current', unitCode: w.beltCommune },
      operationId: operation.id,
    });
    const seen = (await w.daNangUser.get(`/api/operations/${operation.id}`)).json();
    expect(seen.level).toBe('full');
    expect(seen.targets).toEqual([{ personId: target.id, level: null, fullName: null }]);
    expect(seen.cases).toEqual([]);
    expect(
      (await w.owner.get(`/api/operations/${operation.id}`)).json().cases.map((c: { id: string }) => c.id),
    ).toEqual([kase.id]);
    for (const client of [w.partner, w.outsider]) {
      expect((await client.get(`/api/operations/${operation.id}`)).statusCode).toBe(404);
      expect((await client.get('/api/operations?q=0723')).json().total).toBe(0);
    }
    expect((await w.daNangUser.get('/api/operations?q=0723')).json().total).toBe(1);
    const forward = await w.daNangUser.post(`/api/sharing/operations/${operation.id}/shares`, {
      recipientAgencyId: w.haNoi.id,
      level: 'summary',
      purpose: 'Chuyển tiếp',
    });
    expect(forward.json().code).toBe('handling_forbids_forwarding');
    const linked = await w.outsider.post('/api/cases', {
      kind: 'incident',
      title: 'Gắn chuyên án của lực lượng khác',
      occurredOn: '2026-06-10',
      place: { structure: 'current', unitCode: '48' },
      operationId: operation.id,
    });
    expect(linked.json()).toMatchObject({ code: 'unknown_operation', errors: [{ path: 'operationId' }] });
  });

  it('refuses a code name twice, a period in the future or backwards, and a level above the writer’s clearance', async () => {
    await created(w.owner, '/api/operations', { codeName: 'CA-TRUNG', startedOn: '2026-01-01' });
    const bad = [
      [{ codeName: 'CA-TRUNG', startedOn: '2026-01-01' }, 409, 'operation_code_taken', 'codeName'],
      [{ codeName: 'CA-MOI', startedOn: '2027-01-01' }, 422, 'date_in_future', 'startedOn'],
      [
        { codeName: 'CA-MOI', startedOn: '2026-05-01', endedOn: '2026-04-01' },
        422,
        'invalid_period',
        'endedOn',
      ],
      [
        { codeName: 'CA-MOI', startedOn: '2026-05-01', classification: 'TOI_MAT' },
        422,
        'classification_above_clearance',
        'classification',
      ],
    ] as const;
    for (const [body, status, code, path] of bad) {
      const response = await w.owner.post('/api/operations', body);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json()).toMatchObject({ code, errors: [{ path }] });
    }
    expect((await w.owner.get('/api/operations?q=CA-MOI')).json().total).toBe(0);
  });

  it('hides a state secret operation from users of its own force below its level', async () => {
    const cleared = await w.userAt(w.hungYen, ['investigator'], 'MAT');
    const secret = await created(cleared, '/api/operations', {
      codeName: 'CA-MAT-01',
      startedOn: '2026-02-01',
      classification: 'MAT',
    });
    expect((await cleared.get(`/api/operations/${secret.id}`)).statusCode).toBe(200);
    expect((await w.owner.get(`/api/operations/${secret.id}`)).statusCode).toBe(404);
  });
});
