import type { CreatePersonBody } from '../modules/persons/index.ts';

/**
 * Demo persons of interest: invented people (no real person is named here), placed where the demo agreements
 * apply so the sharing policy can be seen at work. `belt` places a person in a commune of the 5 km belt along the
 * Hà Nội - Hưng Yên boundary (the first commune of that province in the zone, by code), where the 2023
 * agreement shares persons at summary level. The Hưng Yên and Hà Nội records of Vũ Văn Khải are the same man
 * recorded twice, with the noise real records carry, for the matching of persons across forces.
 */
export type DemoPerson = {
  ownerUsername: string;
  belt?: '01' | '33';
  shareWith?: { agencyCode: string; level: 'pointer' | 'summary' | 'full'; purpose: string };
  person: CreatePersonBody & { externalRef: string };
};

const NOTE = 'Dữ liệu mẫu: người hư cấu, không phải người thật.';

export const DEMO_PERSONS: readonly DemoPerson[] = [
  {
    ownerUsername: 'lienlac.hungyen',
    belt: '33',
    person: {
      externalRef: 'HYN-DT-0001',
      fullName: 'Vũ Văn Khải',
      aliases: ['Khải Còi'],
      sex: 'male',
      birthDate: '1990-05-12',
      identityDocuments: [{ kind: 'cccd', number: '033090012345' }],
      roles: ['suspect'],
      dataSubjectCategory: 'suspect',
      sourceReliability: 'B',
      informationAccuracy: '2',
      note: NOTE,
    },
  },
  {
    ownerUsername: 'lienlac.hungyen',
    belt: '33',
    person: {
      externalRef: 'HYN-DT-0002',
      fullName: 'Đào Thị Hạnh',
      aliases: ['Hạnh Béo'],
      sex: 'female',
      birthDate: '1995',
      identityDocuments: [{ kind: 'cccd', number: '033195001122' }],
      roles: ['drug_dependent_managed'],
      dataSubjectCategory: 'uncategorised',
      handlingCode: 'H1',
      sourceReliability: 'A',
      informationAccuracy: '1',
      note: NOTE,
    },
  },
  {
    ownerUsername: 'chihuy.hungyen',
    person: {
      externalRef: 'HYN-DT-0003',
      fullName: 'Tạ Quang Lộc',
      sex: 'male',
      birthDate: '1985-11',
      identityDocuments: [{ kind: 'cccd', number: '033085004567' }],
      addresses: [{ kind: 'permanent', structure: 'current', unitCode: '33' }],
      roles: ['offender'],
      dataSubjectCategory: 'convicted',
      classification: 'MAT',
      note: NOTE,
    },
  },
  {
    ownerUsername: 'trinhsat.hanoi',
    belt: '01',
    person: {
      externalRef: 'HNI-2024-117',
      fullName: 'Vu Van Khai',
      aliases: ['Khải Còi'],
      sex: 'male',
      birthDate: '1990',
      roles: ['suspect', 'associate'],
      dataSubjectCategory: 'suspect',
      sourceReliability: 'C',
      informationAccuracy: '3',
      note: NOTE,
    },
  },
  {
    ownerUsername: 'trinhsat.hanoi',
    person: {
      externalRef: 'HNI-2024-205',
      fullName: 'Kiều Minh Tuấn',
      sex: 'male',
      birthDate: '1992-02-29',
      identityDocuments: [{ kind: 'cccd', number: '001092003344' }],
      addresses: [{ kind: 'current', structure: 'current', unitCode: '00004' }],
      roles: ['wanted'],
      dataSubjectCategory: 'suspect',
      note: NOTE,
    },
  },
  {
    ownerUsername: 'lienlac.laichau',
    person: {
      externalRef: 'LCU-MT-0042',
      fullName: 'Giàng A Tủa',
      sex: 'male',
      birthDate: '1988',
      identityDocuments: [{ kind: 'cccd', number: '012088007788' }],
      addresses: [{ kind: 'current', structure: 'current', unitCode: '12' }],
      roles: ['suspect'],
      dataSubjectCategory: 'suspect',
      handlingCode: 'H2',
      note: NOTE,
    },
  },
  {
    ownerUsername: 'lienlac.danang',
    shareWith: {
      agencyCode: 'LA-XEKONG',
      level: 'summary',
      purpose: 'Trao đổi theo biên bản hợp tác năm 2024',
    },
    person: {
      externalRef: 'DNG-QN-0007',
      fullName: 'Hồ Văn Tâm',
      sex: 'male',
      birthDate: '1979',
      nationality: 'VN',
      identityDocuments: [{ kind: 'cccd', number: '049079001234' }],
      addresses: [{ kind: 'current', structure: 'pre2025', unitCode: '49' }],
      roles: ['suspect'],
      dataSubjectCategory: 'suspect',
      releasableToForeign: true,
      sourceReliability: 'B',
      informationAccuracy: '3',
      note: NOTE,
    },
  },
];
