import type { AgencyKind } from '../modules/agencies/index.ts';

type Structure = 'current' | 'pre2025';
type UnitRow = {
  structure: Structure;
  unitCode: string;
  validFrom: string | null;
  validUntil: string | null;
};

/** A demo force: its registry entry, its units with valid time, and what became of it on 2025-07-01. */
export type DemoAgency = {
  code: string;
  kind: AgencyKind;
  nameVi: string;
  nameLocal?: string;
  localLanguage?: string;
  nameEn: string;
  country: string;
  parentCode?: string;
  units: UnitRow[];
  mergedInto?: { code: string; date: string };
};

/** The day the two-tier structure (34 provinces) took effect, and the provincial police forces with it. */
export const REORGANISATION_DAY = '2025-07-01';

// Province codes are the official GSO codes of /work/shared/data/vn-admin; each is stored with its structure
// because codes were reused (pre2025 `15` is Yên Bái, current `15` is Lào Cai).
const continuing = (pre2025: string, current: string): UnitRow[] => [
  { structure: 'pre2025', unitCode: pre2025, validFrom: null, validUntil: REORGANISATION_DAY },
  { structure: 'current', unitCode: current, validFrom: REORGANISATION_DAY, validUntil: null },
];

const mergedAway = (pre2025: string): UnitRow[] => [
  { structure: 'pre2025', unitCode: pre2025, validFrom: null, validUntil: REORGANISATION_DAY },
];

const provincial = (
  code: string,
  nameVi: string,
  nameEn: string,
  units: UnitRow[],
  mergedInto?: string,
): DemoAgency => ({
  code,
  kind: 'provincial',
  nameVi,
  nameEn,
  country: 'VN',
  units,
  ...(mergedInto ? { mergedInto: { code: mergedInto, date: REORGANISATION_DAY } } : {}),
});

const criminalPoliceDivision = (
  parentCode: string,
  parentNameVi: string,
  parentNameEn: string,
  units: UnitRow[],
) => ({
  code: `${parentCode}-CSHS`,
  kind: 'division' as const,
  nameVi: `Phòng Cảnh sát hình sự, ${parentNameVi}`,
  nameEn: `Criminal Police Division, ${parentNameEn}`,
  country: 'VN',
  parentCode,
  units,
});

/**
 * The forces of the five source reports (shared/seeds, FACTS.md), each placed in the structure of its report
 * (pre2025) and in today's. Forces of provinces merged on 2025-07-01 end that day and name their successor; the
 * force of the province that kept its name continues. Công an tỉnh Phú Thọ appears only as Hòa Bình's successor.
 * Agencies' founding dates are not in the sources and stay null.
 */
export const DEMO_AGENCIES: readonly DemoAgency[] = [
  {
    code: 'BCA',
    kind: 'ministry',
    nameVi: 'Bộ Công an',
    nameEn: 'Ministry of Public Security',
    country: 'VN',
    units: [],
  },
  {
    code: 'C04',
    kind: 'department',
    nameVi: 'Cục Cảnh sát điều tra tội phạm về ma túy',
    nameEn: 'Drug Crime Investigation Police Department',
    country: 'VN',
    parentCode: 'BCA',
    units: [],
  },
  // 000: Hưng Yên and Hà Nội (2023).
  provincial('CA-HNI', 'Công an thành phố Hà Nội', 'Hà Nội City Police', continuing('01', '01')),
  provincial('CA-HYN', 'Công an tỉnh Hưng Yên', 'Hưng Yên Provincial Police', continuing('33', '33')),
  // 001: the North-West route (2023).
  provincial('CA-LCU', 'Công an tỉnh Lai Châu', 'Lai Châu Provincial Police', continuing('12', '12')),
  provincial('CA-LCI', 'Công an tỉnh Lào Cai', 'Lào Cai Provincial Police', continuing('10', '15')),
  provincial('CA-PTO', 'Công an tỉnh Phú Thọ', 'Phú Thọ Provincial Police', continuing('25', '25')),
  provincial('CA-YBI', 'Công an tỉnh Yên Bái', 'Yên Bái Provincial Police', mergedAway('15'), 'CA-LCI'),
  provincial('CA-DBN', 'Công an tỉnh Điện Biên', 'Điện Biên Provincial Police', continuing('11', '11')),
  provincial('CA-HBH', 'Công an tỉnh Hòa Bình', 'Hòa Bình Provincial Police', mergedAway('17'), 'CA-PTO'),
  provincial('CA-SLA', 'Công an tỉnh Sơn La', 'Sơn La Provincial Police', continuing('14', '14')),
  // 002: the seven forces of regulation 303/QCPH (2022).
  provincial('CA-HCM', 'Công an Thành phố Hồ Chí Minh', 'Hồ Chí Minh City Police', continuing('79', '79')),
  provincial(
    'CA-BRV',
    'Công an tỉnh Bà Rịa - Vũng Tàu',
    'Bà Rịa - Vũng Tàu Provincial Police',
    mergedAway('77'),
    'CA-HCM',
  ),
  provincial('CA-BDG', 'Công an tỉnh Bình Dương', 'Bình Dương Provincial Police', mergedAway('74'), 'CA-HCM'),
  provincial('CA-DNI', 'Công an tỉnh Đồng Nai', 'Đồng Nai Provincial Police', continuing('75', '75')),
  provincial('CA-TNH', 'Công an tỉnh Tây Ninh', 'Tây Ninh Provincial Police', continuing('72', '80')),
  provincial('CA-LAN', 'Công an tỉnh Long An', 'Long An Provincial Police', mergedAway('80'), 'CA-TNH'),
  provincial('CA-DTP', 'Công an tỉnh Đồng Tháp', 'Đồng Tháp Provincial Police', continuing('87', '82')),
  provincial('CA-TGG', 'Công an tỉnh Tiền Giang', 'Tiền Giang Provincial Police', mergedAway('82'), 'CA-DTP'),
  // 003: the criminal police divisions of An Giang, Đồng Tháp, Cà Mau and Cần Thơ (year not stated).
  provincial('CA-AGG', 'Công an tỉnh An Giang', 'An Giang Provincial Police', continuing('89', '91')),
  provincial('CA-CMU', 'Công an tỉnh Cà Mau', 'Cà Mau Provincial Police', continuing('96', '96')),
  provincial('CA-CTO', 'Công an thành phố Cần Thơ', 'Cần Thơ City Police', continuing('92', '92')),
  criminalPoliceDivision(
    'CA-AGG',
    'Công an tỉnh An Giang',
    'An Giang Provincial Police',
    continuing('89', '91'),
  ),
  criminalPoliceDivision(
    'CA-DTP',
    'Công an tỉnh Đồng Tháp',
    'Đồng Tháp Provincial Police',
    continuing('87', '82'),
  ),
  criminalPoliceDivision('CA-CMU', 'Công an tỉnh Cà Mau', 'Cà Mau Provincial Police', continuing('96', '96')),
  criminalPoliceDivision(
    'CA-CTO',
    'Công an thành phố Cần Thơ',
    'Cần Thơ City Police',
    continuing('92', '92'),
  ),
  // 004: Quảng Nam and Sekong (2023); Quảng Nam's force merged into Đà Nẵng's.
  provincial('CA-DNG', 'Công an thành phố Đà Nẵng', 'Đà Nẵng City Police', continuing('48', '48')),
  provincial('CA-QNM', 'Công an tỉnh Quảng Nam', 'Quảng Nam Provincial Police', mergedAway('49'), 'CA-DNG'),
  {
    code: 'LA-XEKONG',
    kind: 'foreign',
    nameVi: 'Công an tỉnh Sê Kông (Lào)',
    nameLocal: 'ກອງບັນຊາການ ປກສ ແຂວງເຊກອງ',
    localLanguage: 'lo',
    nameEn: 'Sekong Provincial Police (Lao PDR)',
    country: 'LA',
    // A Lao province (ISO 3166-2) is the same unit in both Vietnamese structures.
    units: [
      { structure: 'pre2025', unitCode: 'LA-XE', validFrom: null, validUntil: null },
      { structure: 'current', unitCode: 'LA-XE', validFrom: null, validUntil: null },
    ],
  },
];

/** Invented contact points (clearly marked as demo data; the numbers and addresses do not exist). */
export const DEMO_CONTACTS: ReadonlyArray<{
  agencyCode: string;
  kind: 'duty_desk' | 'liaison_officer';
  name: string;
  rank?: string;
  title?: string;
  phone: string;
  email: string;
  languages: string[];
}> = [
  {
    agencyCode: 'CA-HYN',
    kind: 'duty_desk',
    name: 'Trực ban (dữ liệu mẫu)',
    phone: '+84 000 000 101',
    email: 'trucban.hungyen@giapranh.example',
    languages: ['vi'],
  },
  {
    agencyCode: 'CA-HYN',
    kind: 'liaison_officer',
    name: 'Nguyễn Văn Đức',
    rank: 'Thiếu tá',
    title: 'Cán bộ liên lạc (dữ liệu mẫu)',
    phone: '+84 000 000 102',
    email: 'lienlac.hungyen@giapranh.example',
    languages: ['vi'],
  },
  {
    agencyCode: 'CA-HNI',
    kind: 'duty_desk',
    name: 'Trực ban (dữ liệu mẫu)',
    phone: '+84 000 000 201',
    email: 'trucban.hanoi@giapranh.example',
    languages: ['vi', 'en'],
  },
  {
    agencyCode: 'CA-DNG',
    kind: 'liaison_officer',
    name: 'Hồ Thị Mai',
    rank: 'Đại úy',
    title: 'Cán bộ liên lạc (dữ liệu mẫu)',
    phone: '+84 000 000 301',
    email: 'lienlac.danang@giapranh.example',
    languages: ['vi', 'lo'],
  },
  {
    agencyCode: 'LA-XEKONG',
    kind: 'liaison_officer',
    name: 'Khamphanh Sisavath',
    title: 'Liaison officer (demo data)',
    phone: '+856 00 000 401',
    email: 'liaison.sekong@giapranh.example',
    languages: ['lo', 'vi'],
  },
];
