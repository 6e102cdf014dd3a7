import type { CreateHotspotBody, TransitionBody } from '../modules/hotspots/index.ts';

/**
 * Demo drug points and hotspots: invented places (no real address is named) near the borders the source reports
 * speak of: the Hà Nội - Hưng Yên boundary of report 000, inside the demo 5 km belt where the 2023 regulation shares
 * hotspots at summary level, and the Quảng Nam (now Đà Nẵng) - Sekong national border of report 004, whose 2024 plan
 * includes reviewing points and hotspots together. Dates, drugs and lifecycles are choices of the demo data.
 */
export type DemoHotspot = {
  ownerUsername: string;
  hotspot: CreateHotspotBody & { externalRef: string };
  /** Persons of the owner linked by their own reference (demo persons). */
  persons?: { externalRef: string; role: 'organiser' | 'owner' | 'seller' | 'user' | 'associate' }[];
  moves?: Omit<TransitionBody, 'version'>[];
  shareWith?: { agencyCode: string; level: 'pointer' | 'summary' | 'full'; purpose: string };
};

const NOTE = 'Dữ liệu mẫu: địa điểm hư cấu, không phải địa điểm thật.';

export const DEMO_HOTSPOTS: readonly DemoHotspot[] = [
  {
    ownerUsername: 'lienlac.hungyen',
    hotspot: {
      externalRef: 'HYN-TD-0001',
      kind: 'hotspot',
      name: 'Tụ điểm nhà trọ ven đê xã Văn Giang',
      description: `Nơi tụ tập sử dụng trái phép ma túy tổng hợp, gần ranh giới với Hà Nội. ${NOTE}`,
      drugs: ['methamphetamine_crystal', 'synthetic_pills'],
      lat: 20.93,
      lon: 105.93,
      address: 'Dãy nhà trọ ven đê (địa chỉ mẫu)',
      reportedOn: '2026-03-02',
      sourceReliability: 'B',
      informationAccuracy: '2',
    },
    persons: [{ externalRef: 'HYN-DT-0001', role: 'organiser' }],
    moves: [
      { to: 'verified', on: '2026-03-20', reason: 'Trinh sát xác minh có người tụ tập sử dụng ma túy.' },
      {
        to: 'under_surveillance',
        on: '2026-04-01',
        reason: 'Đưa vào diện theo dõi, phối hợp với Công an Hà Nội.',
      },
    ],
  },
  {
    ownerUsername: 'lienlac.hungyen',
    hotspot: {
      externalRef: 'HYN-TD-0002',
      kind: 'point',
      name: 'Điểm bán lẻ ma túy khu bãi sông xã Mễ Sở',
      description: `Điểm bán lẻ heroin cho người nghiện từ hai bên ranh giới. ${NOTE}`,
      drugs: ['heroin'],
      lat: 20.9,
      lon: 105.92,
      reportedOn: '2025-11-10',
    },
    moves: [
      { to: 'verified', on: '2025-12-01', reason: 'Xác minh có hoạt động mua bán.' },
      { to: 'eliminated', on: '2026-04-15', reason: 'Triệt xóa điểm, bắt giữ người bán.', recheckMonths: 6 },
    ],
  },
  {
    ownerUsername: 'trinhsat.hanoi',
    hotspot: {
      externalRef: 'HNI-TD-0001',
      kind: 'point',
      name: 'Điểm nghi bán ma túy gần bến đò Gia Lâm',
      description: `Tin báo của quần chúng, chưa xác minh. ${NOTE}`,
      drugs: ['synthetic_pills', 'ketamine'],
      lat: 20.98,
      lon: 105.96,
      reportedOn: '2026-10-05',
    },
  },
  {
    ownerUsername: 'lienlac.danang',
    hotspot: {
      externalRef: 'DNG-TD-0001',
      kind: 'point',
      name: 'Điểm tập kết ma túy gần đường mòn biên giới xã Tây Giang',
      description: `Điểm trung chuyển heroin và ma túy đá từ phía Lào; phát hiện qua khảo sát chung khu vực biên giới. ${NOTE}`,
      drugs: ['heroin', 'methamphetamine_crystal'],
      lat: 15.8,
      lon: 107.45,
      reportedOn: '2026-02-12',
      releasableToForeign: true,
    },
    moves: [{ to: 'verified', on: '2026-03-05', reason: 'Tuần tra chung xác nhận dấu vết tập kết.' }],
    shareWith: {
      agencyCode: 'LA-XEKONG',
      level: 'summary',
      purpose: 'Phối hợp rà soát điểm, tụ điểm ma túy khu vực biên giới',
    },
  },
];
