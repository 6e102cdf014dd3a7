import type { AgencyKind } from '../modules/agencies/index.ts';
import type { Role } from '../modules/auth/index.ts';

/**
 * The demo forces are those of the source reports (shared/seeds, FACTS.md), named as in the structure in force
 * since 2025-07-01. The people are invented: no demo account is a real officer.
 */
export const DEMO_AGENCIES: ReadonlyArray<{
  code: string;
  kind: AgencyKind;
  nameVi: string;
  nameLocal?: string;
  nameEn: string;
  country: string;
  parentCode?: string;
}> = [
  {
    code: 'BCA',
    kind: 'ministry',
    nameVi: 'Bộ Công an',
    nameEn: 'Ministry of Public Security',
    country: 'VN',
  },
  {
    code: 'C04',
    kind: 'department',
    nameVi: 'Cục Cảnh sát điều tra tội phạm về ma túy',
    nameEn: 'Drug Crime Investigation Police Department',
    country: 'VN',
    parentCode: 'BCA',
  },
  {
    code: 'CA-HNI',
    kind: 'provincial',
    nameVi: 'Công an thành phố Hà Nội',
    nameEn: 'Hà Nội City Police',
    country: 'VN',
  },
  {
    code: 'CA-HYN',
    kind: 'provincial',
    nameVi: 'Công an tỉnh Hưng Yên',
    nameEn: 'Hưng Yên Provincial Police',
    country: 'VN',
  },
  {
    code: 'CA-LCU',
    kind: 'provincial',
    nameVi: 'Công an tỉnh Lai Châu',
    nameEn: 'Lai Châu Provincial Police',
    country: 'VN',
  },
  {
    code: 'CA-DNG',
    kind: 'provincial',
    nameVi: 'Công an thành phố Đà Nẵng',
    nameEn: 'Đà Nẵng City Police',
    country: 'VN',
  },
  {
    code: 'LA-XEKONG',
    kind: 'foreign',
    nameVi: 'Công an tỉnh Sê Kông (Lào)',
    nameLocal: 'ກອງບັນຊາການ ປກສ ແຂວງເຊກອງ',
    nameEn: 'Sekong Provincial Police (Lao PDR)',
    country: 'LA',
  },
];

/** Every demo account shares this password; the demo prints it. Never used outside demo mode. */
export const DEMO_PASSWORD = 'GiapRanh-demo-2026';

export const DEMO_USERS: ReadonlyArray<{
  agencyCode: string;
  username: string;
  displayName: string;
  roles: Role[];
}> = [
  {
    agencyCode: 'CA-HYN',
    username: 'quantri.hungyen',
    displayName: 'Trần Thị Hoa',
    roles: ['administrator'],
  },
  { agencyCode: 'CA-HYN', username: 'chihuy.hungyen', displayName: 'Phạm Đức Minh', roles: ['commander'] },
  {
    agencyCode: 'CA-HYN',
    username: 'lienlac.hungyen',
    displayName: 'Nguyễn Văn Đức',
    roles: ['liaison_officer'],
  },
  { agencyCode: 'CA-HNI', username: 'quantri.hanoi', displayName: 'Lê Thu Trang', roles: ['administrator'] },
  { agencyCode: 'CA-HNI', username: 'trinhsat.hanoi', displayName: 'Đỗ Quang Huy', roles: ['investigator'] },
  { agencyCode: 'CA-HNI', username: 'phantich.hanoi', displayName: 'Vũ Ngọc Lan', roles: ['analyst'] },
  {
    agencyCode: 'CA-LCU',
    username: 'lienlac.laichau',
    displayName: 'Lò Văn Thành',
    roles: ['liaison_officer'],
  },
  { agencyCode: 'CA-DNG', username: 'lienlac.danang', displayName: 'Hồ Thị Mai', roles: ['liaison_officer'] },
  { agencyCode: 'C04', username: 'xem.cuc', displayName: 'Bùi Văn Khánh', roles: ['read_only'] },
  {
    agencyCode: 'LA-XEKONG',
    username: 'lienlac.xekong',
    displayName: 'Khamphanh Sisavath',
    roles: ['liaison_officer'],
  },
];
