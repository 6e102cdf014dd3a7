import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { findAgencyWithCode } from '../agencies/index.ts';
import { findAgreementsCovering } from './index.ts';

describe.each(ENGINES)('agreements covering a record on %s', (engine) => {
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

  it('finds the agreements covering two parties, a domain and a day in one query', async () => {
    const db = test.deps.db;
    const haNoi = await idOf('CA-HNI');
    const hungYen = await idOf('CA-HYN');
    const quangNam = await idOf('CA-QNM');
    const sekong = await idOf('LA-XEKONG');
    const drugs = await findAgreementsCovering(db, {
      agencyIds: [haNoi, hungYen],
      domain: 'drugs',
      at: '2024-01-01',
    });
    expect(drugs.map((a) => a.title)).toEqual([
      expect.stringContaining('Hưng Yên và Công an thành phố Hà Nội'),
    ]);
    expect(
      await findAgreementsCovering(db, { agencyIds: [haNoi, hungYen], domain: 'economic', at: '2024-01-01' }),
    ).toEqual([]);
    expect(
      await findAgreementsCovering(db, { agencyIds: [haNoi, hungYen], domain: 'drugs', at: '2023-01-01' }),
    ).toEqual([]);
    const minutes = await findAgreementsCovering(db, {
      agencyIds: [quangNam, sekong],
      domain: 'drugs',
      at: '2024-06-01',
    });
    expect(minutes.map((a) => a.kind)).toEqual(['minutes']);
    expect(
      await findAgreementsCovering(db, { agencyIds: [quangNam, sekong], domain: 'drugs', at: '2025-06-01' }),
    ).toEqual([]);
    expect(
      await findAgreementsCovering(db, { agencyIds: [haNoi, sekong], domain: 'drugs', at: '2024-06-01' }),
    ).toEqual([]);
    expect(
      await findAgreementsCovering(db, {
        agencyIds: [haNoi, hungYen],
        domain: 'drugs',
        at: '2024-01-01',
        zoneIds: [],
      }),
    ).toEqual([]);
  });
});
