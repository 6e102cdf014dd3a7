import type { Classification } from '../db/columns.ts';
import type { Role } from '../modules/auth/index.ts';

/** Every demo account shares this password; the demo prints it. Never used outside demo mode. */
export const DEMO_PASSWORD = 'GiapRanh-demo-2026';

/** The demo accounts: invented people, none of them a real officer. */
export const DEMO_USERS: ReadonlyArray<{
  agencyCode: string;
  username: string;
  displayName: string;
  roles: Role[];
  clearance?: Classification;
}> = [
  {
    agencyCode: 'CA-HYN',
    username: 'quantri.hungyen',
    displayName: 'Trần Thị Hoa',
    roles: ['administrator'],
  },
  {
    agencyCode: 'CA-HYN',
    username: 'chihuy.hungyen',
    displayName: 'Phạm Đức Minh',
    roles: ['commander'],
    clearance: 'TOI_MAT',
  },
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
  { agencyCode: 'C04', username: 'quantri.cuc', displayName: 'Đinh Thị Ngân', roles: ['administrator'] },
  {
    agencyCode: 'LA-XEKONG',
    username: 'lienlac.xekong',
    displayName: 'Khamphanh Sisavath',
    roles: ['liaison_officer'],
  },
];
