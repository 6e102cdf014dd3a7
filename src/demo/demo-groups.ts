/** A demo cluster or route: members (by agency code, with periods) and, for a cluster, its chair terms. */
export type DemoGroup = {
  kind: 'cluster' | 'route';
  code: string;
  nameVi: string;
  nameEn: string;
  description: string;
  agreementRef: string | null;
  members: { agencyCode: string; validFrom: string | null }[];
  chairTerms: {
    agencyCode: string;
    startsOn: string;
    handover: { conferenceName: string; conferenceDate: string; conferencePlace: string } | null;
    note: string | null;
  }[];
};

const REGULATION_303_DAY = '2020-10-29';

const CLUSTER_303_FORCES = ['CA-HCM', 'CA-BRV', 'CA-BDG', 'CA-DNI', 'CA-LAN', 'CA-TNH', 'CA-TGG'];
const NORTH_WEST_FORCES = ['CA-LCU', 'CA-LCI', 'CA-YBI', 'CA-DBN', 'CA-HBH', 'CA-SLA'];

/**
 * The cluster of regulation 303/QCPH (report 002) and the North-West route (report 001). Members whose force was
 * merged on 2025-07-01 keep an open membership: a membership counts only while the agency itself exists.
 */
export const DEMO_GROUPS: readonly DemoGroup[] = [
  {
    kind: 'cluster',
    code: 'CUM-303',
    nameVi: 'Cụm Công an 7 tỉnh, thành phố theo Quy chế phối hợp 303/QCPH',
    nameEn: 'Cluster of the seven police forces of Coordination Regulation 303/QCPH',
    description:
      'Quy chế phối hợp số 303/QCPH ngày 29/10/2020 về bảo đảm an ninh, trật tự tại các địa bàn giáp ranh giữa Công an TP. Hồ Chí Minh, Bà Rịa - Vũng Tàu, Bình Dương, Đồng Nai, Long An, Tây Ninh và Tiền Giang.',
    agreementRef: '303/QCPH',
    members: CLUSTER_303_FORCES.map((agencyCode) => ({ agencyCode, validFrom: REGULATION_303_DAY })),
    chairTerms: [
      {
        agencyCode: 'CA-HCM',
        // Demo choice: FACTS.md says HCMC chaired before 2022-09-12 but not since when; the regulation's date is used.
        startsOn: REGULATION_303_DAY,
        handover: null,
        note: 'Ngày bắt đầu là lựa chọn của dữ liệu mẫu (ngày ký Quy chế); nguồn tin không nêu.',
      },
      {
        agencyCode: 'CA-BRV',
        startsOn: '2022-09-12',
        handover: {
          conferenceName: 'Hội nghị sơ kết 2 năm thực hiện Quy chế phối hợp số 303/QCPH',
          conferenceDate: '2022-09-12',
          conferencePlace: 'Thành phố Hồ Chí Minh',
        },
        note: null,
      },
    ],
  },
  {
    kind: 'route',
    code: 'TUYEN-TAY-BAC',
    nameVi: 'Tuyến biên giới Tây Bắc',
    nameEn: 'North-West border route',
    description:
      'Phương án đấu tranh với tội phạm ma túy trên tuyến biên giới Tây Bắc của Cục Cảnh sát điều tra tội phạm về ma túy; 6 tỉnh theo cấu trúc hành chính cũ. Ngày bắt đầu của các thành viên không được nêu (phương án đã thực hiện khoảng hai năm tính đến 20/6/2023).',
    agreementRef: null,
    members: NORTH_WEST_FORCES.map((agencyCode) => ({ agencyCode, validFrom: null })),
    chairTerms: [],
  },
];
