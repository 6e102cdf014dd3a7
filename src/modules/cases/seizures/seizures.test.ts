import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { type CasesWorld, created, startCasesWorld } from '../cases-test-world.ts';

type Totals = {
  seizures: number;
  rows: { substance: string; unit: string; seizures: number; amount: number; kgEquivalent: number | null }[];
  substances: {
    substance: string;
    kgEquivalent: number | null;
    unconverted: { unit: string; amount: number }[];
  }[];
  credits: {
    agency: { id: string };
    seizures: number;
    rows: { substance: string; unit: string; amount: number }[];
  }[];
};

describe.each(ENGINES)('seizures, their custody and their totals on %s', (engine) => {
  let w: CasesWorld;
  let caseId: string;
  let jointId: string;
  beforeAll(async () => {
    w = await startCasesWorld(engine);
    caseId = (
      await created(w.owner, '/api/cases', {
        kind: 'criminal_case',
        title: 'Mua bán trái phép ma túy tổng hợp',
        occurredOn: '2026-10-01',
        place: { structure: 'current', unitCode: w.beltCommune },
        offence: 'blhs-251',
        agencies: [{ agencyId: w.daNang.id, role: 'arresting' }],
      })
    ).id;
  }, 120_000);
  afterAll(async () => {
    await w?.test.close();
  });

  const seize = (body: Record<string, unknown>, client = w.owner) =>
    created(client, `/api/cases/${caseId}/seizures`, { seizedOn: '2026-10-02', ...body });
  const totals = async (client = w.owner, query = '') =>
    (await client.get(`/api/seizures/totals?caseId=${caseId}${query}`)).json() as Totals;

  it('totals each substance per unit, never adding kilograms and pills, and counts a joint seizure once with credit to each force', async () => {
    jointId = (
      await seize({
        substance: 'methamphetamine',
        quantity: 2.5,
        unit: 'kg',
        agencies: [{ agencyId: w.daNang.id }],
        exhibits: [{ kind: 'cash', description: 'Tiền mặt', amount: 15_000_000, currency: 'VND' }],
      })
    ).id;
    await seize({ substance: 'synthetic_pills', quantity: 1000, unit: 'pills' });
    await seize({ substance: 'synthetic_pills', quantity: 500, unit: 'g' });
    await seize({ exhibits: [{ kind: 'vehicle', description: 'Xe máy Honda Wave', count: 1 }] });

    const all = await totals();
    expect(all.seizures).toBe(4);
    expect(all.rows).toEqual([
      { substance: 'methamphetamine', unit: 'kg', seizures: 1, amount: 2.5, kgEquivalent: 2.5 },
      { substance: 'synthetic_pills', unit: 'g', seizures: 1, amount: 500, kgEquivalent: 0.5 },
      { substance: 'synthetic_pills', unit: 'pills', seizures: 1, amount: 1000, kgEquivalent: null },
    ]);
    expect(all.substances.find((s) => s.substance === 'synthetic_pills')).toEqual({
      substance: 'synthetic_pills',
      kgEquivalent: 0.5,
      unconverted: [{ unit: 'pills', amount: 1000 }],
    });
    const credit = (id: string) => all.credits.find((c) => c.agency.id === id);
    expect(credit(w.hungYen.id)?.seizures).toBe(4);
    expect(credit(w.daNang.id)).toMatchObject({
      seizures: 1,
      rows: [{ substance: 'methamphetamine', unit: 'kg', amount: 2.5 }],
    });
    const daNangOnly = await totals(w.owner, `&agency=${w.daNang.id}`);
    expect(daNangOnly.rows).toEqual([all.rows[0]]);
  });

  it('counts for each force only the seizures the policy lets it read at summary level', async () => {
    const joint = await totals(w.daNangUser);
    // Đà Nẵng takes part in the case, so it reads every seizure on it only if given: here it was credited with one,
    // and the case's participation does not reach the seizures, which are records of their own.
    expect(joint.seizures).toBe(1);
    expect(joint.rows.map((r) => r.unit)).toEqual(['kg']);
    expect(await totals(w.partner)).toMatchObject({ seizures: 0, rows: [], credits: [] });
    expect(await totals(w.outsider)).toMatchObject({ seizures: 0, rows: [], credits: [] });
    expect((await w.outsider.get(`/api/seizures?caseId=${caseId}`)).json().total).toBe(0);
    expect((await w.partner.get(`/api/seizures/${jointId}`)).json().level).toBe('pointer');
    expect((await w.outsider.get(`/api/seizures/${jointId}`)).statusCode).toBe(404);
    const list = (await w.owner.get(`/api/seizures?caseId=${caseId}`)).json();
    expect(list.total).toBe(4);
    expect(list.facets.units).toEqual([
      { value: 'g', count: 1 },
      { value: 'kg', count: 1 },
      { value: 'pills', count: 1 },
    ]);
  });

  it('refuses absurd, negative and ill-fitting quantities, future days and cash without currency, saving nothing', async () => {
    const before = (await totals()).seizures;
    const bad = [
      [{ substance: 'heroin', quantity: 1e9, unit: 'kg' }, 422, 'quantity_out_of_range', 'quantity'],
      [{ substance: 'heroin', quantity: -1, unit: 'kg' }, 422, 'quantity_out_of_range', 'quantity'],
      [
        { substance: 'synthetic_pills', quantity: 2.5, unit: 'pills' },
        422,
        'quantity_out_of_range',
        'quantity',
      ],
      [{ substance: 'heroin', quantity: 100, unit: 'pills' }, 422, 'unit_not_allowed', 'unit'],
      [
        { substance: 'heroin', quantity: 1, unit: 'kg', seizedOn: '2027-01-01' },
        422,
        'date_in_future',
        'seizedOn',
      ],
      [{ substance: 'heroin', quantity: 1 }, 400, 'validation_failed', 'unit'],
      [{}, 400, 'validation_failed', 'substance'],
      [
        { exhibits: [{ kind: 'cash', description: 'Tiền', amount: 5 }] },
        400,
        'validation_failed',
        'exhibits.0.currency',
      ],
      [{ substance: 'cocaine', quantity: 1, unit: 'ml' }, 400, 'validation_failed', 'unit'],
    ] as const;
    for (const [body, status, code, path] of bad) {
      const response = await w.owner.post(`/api/cases/${caseId}/seizures`, {
        seizedOn: '2026-10-02',
        ...body,
      });
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().code).toBe(code);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const current = (await w.owner.get(`/api/seizures/${jointId}`)).json();
    const update = await w.owner.patch(`/api/seizures/${jointId}`, {
      version: current.version,
      quantity: 1e9,
    });
    expect(update.statusCode).toBe(422);
    expect((await totals()).seizures).toBe(before);
    expect((await w.owner.get(`/api/seizures/${jointId}`)).json().quantity).toBe(2.5);
    expect(
      (
        await w.outsider.post(`/api/cases/${caseId}/seizures`, {
          seizedOn: '2026-10-02',
          substance: 'heroin',
          quantity: 1,
          unit: 'g',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('keeps the custody chain append-only: handovers by the holder, in order, the new holder reading the seizure', async () => {
    const early = await w.owner.post(`/api/seizures/${jointId}/custody`, {
      toAgencyId: w.haNoi.id,
      since: '2026-09-30',
    });
    expect(early.json().code).toBe('custody_out_of_order');
    expect(
      (
        await w.outsider.post(`/api/seizures/${jointId}/custody`, {
          toAgencyId: w.outsiderAgency.id,
          since: '2026-10-05',
        })
      ).statusCode,
    ).toBe(404);
    const handed = await w.owner.post(`/api/seizures/${jointId}/custody`, {
      toAgencyId: w.haNoi.id,
      holderUnit: 'Kho vật chứng',
      holderPerson: 'Nguyễn Văn Giữ',
      since: '2026-10-05',
    });
    expect(handed.statusCode, handed.body).toBe(201);
    expect(
      handed
        .json()
        .custody.map((c: { seq: number; holderAgency: { id: string } }) => [c.seq, c.holderAgency.id]),
    ).toEqual([
      [1, w.hungYen.id],
      [2, w.haNoi.id],
    ]);
    expect((await w.partner.get(`/api/seizures/${jointId}`)).json().level).toBe('full');
    const onward = await w.partner.post(`/api/seizures/${jointId}/custody`, {
      toAgencyId: w.hungYen.id,
      since: '2026-10-06',
    });
    expect(onward.statusCode, onward.body).toBe(201);
    expect(onward.json().custody).toHaveLength(3);
    expect(
      (
        await w.daNangUser.post(`/api/seizures/${jointId}/custody`, {
          toAgencyId: w.daNang.id,
          since: '2026-10-07',
        })
      ).statusCode,
    ).toBe(403);
  });
});
