import type { CreateCaseBody } from '../modules/cases/cases.schemas.ts';
import type { CreateOperationBody } from '../modules/cases/operations/operations.schemas.ts';
import type { CreateSeizureBody } from '../modules/cases/seizures/seizures.schemas.ts';

/**
 * A handful of demo cases, seizures and one special operation. The source reports give only aggregate figures
 * (FACTS.md 001: the North-West route from 2022-09-15); these records, their days, places, quantities and names are
 * invented for the demo and are not facts of the reports. Persons are named by their demo reference, agencies by
 * their code; `belt` places a case in a commune of the Hà Nội - Hưng Yên belt of that province.
 */
export type DemoCase = {
  ownerUsername: string;
  belt?: '01' | '33';
  operationCode?: string;
  personRefs: { externalRef: string; role: 'arrested' | 'suspect' | 'witness' }[];
  agencyCodes: { code: string; role: NonNullable<CreateCaseBody['agencies']>[number]['role'] }[];
  body: Omit<CreateCaseBody, 'agencies' | 'persons' | 'operationId'> & { externalRef: string };
  seizures: (Omit<CreateSeizureBody, 'agencies'> & { jointCodes?: string[] })[];
};

export type DemoOperation = {
  ownerUsername: string;
  agencyCodes: { code: string; role: NonNullable<CreateOperationBody['agencies']>[number]['role'] }[];
  body: Omit<CreateOperationBody, 'agencies' | 'targets'>;
};

export const DEMO_OPERATIONS: DemoOperation[] = [
  {
    ownerUsername: 'lienlac.laichau',
    agencyCodes: [{ code: 'C04', role: 'co_investigating' }],
    body: {
      codeName: 'LCU-0826',
      startedOn: '2026-07-01',
      endedOn: '2026-08-21',
      status: 'solved',
      result: 'Phá án ngày 20/8/2026 (dữ liệu mẫu): bắt 1 đối tượng, thu giữ 6 bánh heroin.',
    },
  },
];

export const DEMO_CASES: DemoCase[] = [
  {
    ownerUsername: 'lienlac.hungyen',
    belt: '33',
    personRefs: [{ externalRef: 'HYN-DT-0001', role: 'arrested' }],
    agencyCodes: [{ code: 'CA-HNI', role: 'arresting' }],
    body: {
      externalRef: 'HYN-VA-2026-014',
      kind: 'criminal_case',
      title: 'Mua bán trái phép ma túy tổng hợp tại khu chung cư giáp ranh',
      occurredOn: '2026-09-14',
      place: {
        structure: 'current',
        unitCode: '',
        detail: 'Khu chung cư cao tầng gần ranh giới (dữ liệu mẫu)',
      },
      offence: 'blhs-251',
      status: 'prosecuted',
      summary: 'Phối hợp Công an TP Hà Nội bắt quả tang tại địa bàn giáp ranh (dữ liệu mẫu).',
    },
    seizures: [
      {
        seizedOn: '2026-09-14',
        substance: 'methamphetamine',
        quantity: 1.2,
        unit: 'kg',
        jointCodes: ['CA-HNI'],
        exhibits: [
          { kind: 'cash', description: 'Tiền mặt', amount: 25_000_000, currency: 'VND' },
          { kind: 'vehicle', description: 'Xe máy', count: 1 },
        ],
        holderUnit: 'Kho vật chứng Công an tỉnh Hưng Yên',
      },
      {
        seizedOn: '2026-09-14',
        substance: 'synthetic_pills',
        quantity: 3000,
        unit: 'pills',
        jointCodes: ['CA-HNI'],
      },
    ],
  },
  {
    ownerUsername: 'lienlac.hungyen',
    belt: '33',
    personRefs: [{ externalRef: 'HYN-DT-0002', role: 'suspect' }],
    agencyCodes: [],
    body: {
      externalRef: 'HYN-VV-2026-031',
      kind: 'incident',
      title: 'Tụ tập sử dụng trái phép chất ma túy tại quán karaoke',
      occurredOn: '2026-10-03',
      place: { structure: 'current', unitCode: '' },
      status: 'investigating',
    },
    seizures: [{ seizedOn: '2026-10-03', substance: 'ketamine', quantity: 12.5, unit: 'g' }],
  },
  {
    ownerUsername: 'lienlac.laichau',
    operationCode: 'LCU-0826',
    personRefs: [{ externalRef: 'LCU-MT-0042', role: 'arrested' }],
    agencyCodes: [],
    body: {
      externalRef: 'LCU-VA-2026-077',
      kind: 'criminal_case',
      title: 'Vận chuyển trái phép heroin qua tuyến biên giới Tây Bắc',
      occurredOn: '2026-08-20',
      place: { structure: 'current', unitCode: '12' },
      offence: 'blhs-250',
      status: 'prosecuted',
    },
    seizures: [
      {
        seizedOn: '2026-08-20',
        substance: 'heroin',
        quantity: 2.1,
        unit: 'kg',
        exhibits: [{ kind: 'weapon', description: 'Súng ngắn tự chế', count: 1 }],
      },
    ],
  },
];
