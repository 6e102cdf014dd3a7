import type { AgreementKind, AgreementStatus, CrimeDomain } from '../modules/agreements/index.ts';

/** The reports name no signatory, so the demo parties carry none; who chaired or attended is in `note`. */
type Party = { agencyCode: string; role: 'party' | 'host' | 'chair' | 'lead'; note?: string };

type Review = {
  kind: 'interim_review' | 'final_review' | 'annual_meeting' | 'briefing';
  everyMonths: number | null;
  fixedOn: string | null;
  lastHeldOn: string | null;
  remindDaysBefore: number;
  note: string | null;
};

/** A demo agreement as the seed reports state it; what they leave unstated is null or a choice named in `note`. */
export type DemoAgreement = {
  kind: AgreementKind;
  number: string | null;
  title: string;
  status: AgreementStatus;
  signedOn: string | null;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
  domains: CrimeDomain[];
  approvalAuthority: string | null;
  areaDescription: string | null;
  groupCode: string | null;
  zoneNames: string[];
  parties: Party[];
  obligations: {
    agencyCode: string | null;
    recordKind: 'persons' | 'hotspots' | 'cases';
    level: 'summary';
  }[];
  reviews: Review[];
  note: string;
};

const SHARING_CHOICE = 'Mức chia sẻ (tóm tắt) là lựa chọn của dữ liệu mẫu; nguồn tin không nêu.';

/** The five agreements of the seed reports (FACTS.md 000-004). */
export const DEMO_AGREEMENTS: readonly DemoAgreement[] = [
  {
    kind: 'regulation',
    number: null,
    title:
      'Quy chế phối hợp phòng, chống tội phạm và tệ nạn ma túy tại địa bàn giáp ranh giữa Công an tỉnh Hưng Yên và Công an thành phố Hà Nội',
    status: 'in_force',
    signedOn: '2023-10-01',
    effectiveFrom: '2023-10-01',
    effectiveUntil: null,
    domains: ['drugs'],
    approvalAuthority: 'Với sự đồng ý của Bộ Công an',
    areaDescription:
      '8 huyện giáp ranh (nguồn tin không nêu tên); trọng tâm là khu đô thị, chung cư cao tầng gần ranh giới.',
    groupCode: null,
    zoneNames: ['Địa bàn giáp ranh Hà Nội - Hưng Yên'],
    parties: [
      {
        agencyCode: 'CA-HYN',
        role: 'chair',
        note: 'Đồng chủ trì hội nghị ký kết: Đại tá Nguyễn Thanh Trường, Giám đốc Công an tỉnh Hưng Yên; nguồn tin không nêu người ký.',
      },
      {
        agencyCode: 'CA-HNI',
        role: 'chair',
        note: 'Đồng chủ trì hội nghị ký kết: Thiếu tướng Nguyễn Thanh Tùng, Phó Giám đốc Công an thành phố Hà Nội; nguồn tin không nêu người ký.',
      },
    ],
    obligations: [
      { agencyCode: null, recordKind: 'hotspots', level: 'summary' },
      { agencyCode: null, recordKind: 'persons', level: 'summary' },
    ],
    reviews: [],
    note: `Bản tin tháng 10/2023 không nêu ngày ký chính xác: ngày 01/10/2023 là lựa chọn của dữ liệu mẫu (tháng của bản tin). Địa bàn 5 km là vùng mẫu của dữ liệu mẫu. ${SHARING_CHOICE}`,
  },
  {
    kind: 'plan',
    number: null,
    title: 'Phương án đấu tranh với tội phạm ma túy trên tuyến biên giới Tây Bắc',
    status: 'in_force',
    signedOn: null,
    effectiveFrom: null,
    effectiveUntil: null,
    domains: ['drugs'],
    approvalAuthority: null,
    areaDescription:
      'Tuyến biên giới Tây Bắc: Lai Châu, Lào Cai, Yên Bái, Điện Biên, Hòa Bình, Sơn La (cấu trúc cũ).',
    groupCode: 'TUYEN-TAY-BAC',
    zoneNames: [],
    parties: [
      { agencyCode: 'C04', role: 'lead' },
      ...['CA-LCU', 'CA-LCI', 'CA-YBI', 'CA-DBN', 'CA-HBH', 'CA-SLA'].map((agencyCode) => ({
        agencyCode,
        role: 'party' as const,
      })),
    ],
    obligations: [],
    reviews: [],
    note: 'Ngày ban hành không được nêu; phương án đã thực hiện khoảng hai năm tính đến hội nghị giao ban ngày 20/6/2023 tại Công an tỉnh Lai Châu.',
  },
  {
    kind: 'regulation',
    number: '303/QCPH',
    title:
      'Quy chế phối hợp số 303/QCPH về bảo đảm an ninh, trật tự tại các địa bàn giáp ranh giữa 7 đơn vị Công an tỉnh, thành phố',
    status: 'in_force',
    signedOn: '2020-10-29',
    effectiveFrom: '2020-10-29',
    effectiveUntil: null,
    domains: [
      'criminal',
      'drugs',
      'economic',
      'fraud',
      'smuggling',
      'counterfeit',
      'corruption',
      'environment',
      'food_safety',
    ],
    approvalAuthority: null,
    areaDescription: 'Các địa bàn giáp ranh giữa 7 tỉnh, thành phố (nguồn tin không nêu cụ thể).',
    groupCode: 'CUM-303',
    zoneNames: [],
    parties: ['CA-HCM', 'CA-BRV', 'CA-BDG', 'CA-DNI', 'CA-LAN', 'CA-TNH', 'CA-TGG'].map((agencyCode) => ({
      agencyCode,
      role: 'party' as const,
    })),
    obligations: [],
    reviews: [
      {
        kind: 'interim_review',
        everyMonths: 24,
        fixedOn: null,
        lastHeldOn: '2022-09-12',
        remindDaysBefore: 60,
        note: 'Hội nghị sơ kết 2 năm tại TP. Hồ Chí Minh ngày 12/9/2022; số ngày nhắc trước là lựa chọn của dữ liệu mẫu.',
      },
    ],
    note: 'Ngày có hiệu lực lấy bằng ngày của Quy chế (lựa chọn của dữ liệu mẫu). Luân phiên Cụm trưởng theo Cụm 303.',
  },
  {
    kind: 'regulation',
    number: null,
    title:
      'Quy chế phối hợp bảo đảm an ninh, trật tự tại địa bàn giáp ranh giữa Phòng Cảnh sát hình sự Công an các tỉnh An Giang, Đồng Tháp, Cà Mau và thành phố Cần Thơ',
    status: 'in_force',
    signedOn: null,
    effectiveFrom: null,
    effectiveUntil: null,
    domains: ['criminal'],
    approvalAuthority: null,
    areaDescription: 'Các địa bàn giáp ranh giữa 4 tỉnh, thành phố (nguồn tin không nêu cụ thể).',
    groupCode: null,
    zoneNames: [],
    parties: [
      { agencyCode: 'CA-AGG-CSHS', role: 'host' },
      { agencyCode: 'CA-DTP-CSHS', role: 'party' },
      { agencyCode: 'CA-CMU-CSHS', role: 'party' },
      { agencyCode: 'CA-CTO-CSHS', role: 'party' },
    ],
    obligations: [
      { agencyCode: null, recordKind: 'persons', level: 'summary' },
      { agencyCode: null, recordKind: 'cases', level: 'summary' },
    ],
    reviews: [],
    note: `Ký ngày 7 tháng 8, năm không được nêu: ngày ký để trống. ${SHARING_CHOICE}`,
  },
  {
    kind: 'minutes',
    number: null,
    title:
      'Biên bản Hội nghị hợp tác phòng, chống ma túy năm 2024 giữa Công an tỉnh Quảng Nam và Công an tỉnh Sê Kông (Lào)',
    status: 'expired',
    signedOn: '2023-12-21',
    effectiveFrom: '2024-01-01',
    effectiveUntil: '2025-01-01',
    domains: ['drugs'],
    approvalAuthority: null,
    areaDescription:
      'Các huyện biên giới Nam Giang, Tây Giang (phía Việt Nam); nay là các xã của thành phố Đà Nẵng.',
    groupCode: null,
    zoneNames: [],
    parties: [
      {
        agencyCode: 'CA-QNM',
        role: 'host',
        note: 'Đại tá Nguyễn Hà Lai, Phó Giám đốc, dự hội nghị; nguồn tin không nói rõ ai ký.',
      },
      { agencyCode: 'LA-XEKONG', role: 'party' },
    ],
    obligations: [],
    reviews: [
      {
        kind: 'annual_meeting',
        everyMonths: 12,
        fixedOn: null,
        lastHeldOn: '2023-12-21',
        remindDaysBefore: 30,
        note: 'Hội nghị tổng kết hằng năm tại Tam Kỳ; chu kỳ 12 tháng là lựa chọn của dữ liệu mẫu.',
      },
    ],
    note: 'Năm 2023 của hội nghị ngày 21/12 là suy luận ("năm 2024 và những năm tiếp theo"). Hiệu lực trong năm 2024 là lựa chọn của dữ liệu mẫu. Dựa trên các biên bản ghi nhớ hợp tác phòng, chống ma túy năm 2023.',
  },
];
