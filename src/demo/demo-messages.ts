import type { MessageLanguage } from '../modules/exchange/templates.ts';

/**
 * The demo's exchanges between forces: invented requests, answers and notices along the seed agreements, so every
 * demo force opens a busy inbox (answered, open and overdue requests). Times are hours before the seed runs, or a
 * fixed day for the Quảng Nam - Sekong thread of 2024 (under their 2024 cooperation minutes; Quảng Nam's force has
 * since merged into Đà Nẵng's). Nothing here is a fact from the source reports: the people and the requests are
 * made up.
 */
export type DemoMessage = {
  key: string;
  from: string;
  fromUser: string | null;
  to: string[];
  /** Hours before the seed runs, or an ISO instant. */
  when: number | string;
  kind: 'notification' | 'request_info' | 'request_assistance' | 'reply' | 'alert' | 'wanted_circulation';
  priority: 'urgent' | 'normal' | 'low';
  language: MessageLanguage;
  subject?: string;
  body?: string;
  template?: 'verify_identity' | 'suspect_whereabouts' | 'arrest_notice' | 'joint_patrol';
  params?: Record<string, string>;
  /** A deadline this many hours after sending (the demo agreements state no reply deadlines). */
  deadlineHours?: number;
  /** The message (by key) this one answers. */
  replyTo?: string;
  /** What the recipients did, in order, this many hours after it arrived. */
  steps?: { move: 'read' | 'acknowledge' | 'close'; hours: number }[];
};

const READ = [{ move: 'read' as const, hours: 0.5 }];

export const DEMO_MESSAGES: readonly DemoMessage[] = [
  // Quảng Nam and Sekong, 2024: a request in Vietnamese, read in Lao by Sekong, answered in Lao.
  {
    key: 'demo:qnm-xekong-2024-01',
    from: 'CA-QNM',
    fromUser: null,
    to: ['LA-XEKONG'],
    when: '2024-03-12T02:30:00Z',
    kind: 'request_assistance',
    priority: 'normal',
    language: 'vi',
    template: 'verify_identity',
    params: {
      personName: 'Bhriu Thị Lan',
      idNumber: 'LA-0457812',
      note: 'Đối tượng khai cư trú tại bản Đắc Chưng, huyện Kaleum.',
    },
    deadlineHours: 168,
    steps: [...READ, { move: 'acknowledge', hours: 2 }],
  },
  {
    key: 'demo:qnm-xekong-2024-02',
    from: 'LA-XEKONG',
    fromUser: 'lienlac.xekong',
    to: ['CA-QNM'],
    when: '2024-03-14T08:00:00Z',
    kind: 'reply',
    priority: 'normal',
    language: 'lo',
    replyTo: 'demo:qnm-xekong-2024-01',
    body: 'ພວກເຮົາໄດ້ກວດສອບແລ້ວ: ບຸກຄົນດັ່ງກ່າວອາໄສຢູ່ບ້ານດັກຈຶງ, ເມືອງກະລຶມ ແທ້. ມີປະຫວັດກ່ຽວພັນກັບການຂົນສົ່ງຢາເສບຕິດ ປີ 2022.',
    steps: READ,
  },
  {
    key: 'demo:qnm-xekong-2024-03',
    from: 'CA-QNM',
    fromUser: null,
    to: ['LA-XEKONG'],
    when: '2024-03-15T01:00:00Z',
    kind: 'reply',
    priority: 'normal',
    language: 'vi',
    replyTo: 'demo:qnm-xekong-2024-02',
    body: 'Cảm ơn Công an tỉnh Sê Kông. Chúng tôi sẽ phối hợp tổ chức tuần tra chung tại cửa khẩu Nam Giang trong tháng 4.',
    steps: READ,
  },
  // Hưng Yên and Hà Nội, under their coordination regulation.
  {
    key: 'demo:hni-hyn-01',
    from: 'CA-HNI',
    fromUser: 'trinhsat.hanoi',
    to: ['CA-HYN'],
    when: 72,
    kind: 'request_info',
    priority: 'normal',
    language: 'vi',
    template: 'suspect_whereabouts',
    params: { personName: 'Đặng Văn Khải', place: 'khu chung cư giáp ranh Văn Giang' },
    deadlineHours: 168,
    steps: READ,
  },
  {
    key: 'demo:hni-hyn-02',
    from: 'CA-HYN',
    fromUser: 'lienlac.hungyen',
    to: ['CA-HNI'],
    when: 30,
    kind: 'reply',
    priority: 'normal',
    language: 'vi',
    replyTo: 'demo:hni-hyn-01',
    body: 'Đối tượng Đặng Văn Khải thuê căn hộ tại khu đô thị giáp ranh, thường xuyên qua lại địa bàn Gia Lâm. Đề nghị trao đổi thêm qua trực ban.',
    steps: READ,
  },
  {
    key: 'demo:hyn-hni-03',
    from: 'CA-HYN',
    fromUser: 'lienlac.hungyen',
    to: ['CA-HNI'],
    when: 20,
    kind: 'request_assistance',
    priority: 'urgent',
    language: 'vi',
    template: 'verify_identity',
    params: { personName: 'Lương Thị Nga', idNumber: '033191004512' },
    deadlineHours: 8,
    steps: READ,
  },
  {
    key: 'demo:hyn-hni-04',
    from: 'CA-HYN',
    fromUser: 'lienlac.hungyen',
    to: ['CA-HNI'],
    when: 12,
    kind: 'notification',
    priority: 'normal',
    language: 'vi',
    template: 'arrest_notice',
    params: { personName: 'Vũ Đình Toản', place: 'xã Văn Giang', date: 'hôm qua' },
    steps: READ,
  },
  {
    key: 'demo:hni-hyn-05',
    from: 'CA-HNI',
    fromUser: 'trinhsat.hanoi',
    to: ['CA-HYN'],
    when: 2,
    kind: 'request_info',
    priority: 'urgent',
    language: 'vi',
    subject: 'Khẩn: xác minh phương tiện biển số 89A-123.45',
    body: 'Đề nghị Công an tỉnh Hưng Yên xác minh chủ phương tiện và hành trình xe biển số 89A-123.45 trong 48 giờ qua.',
    deadlineHours: 8,
  },
  // The North-West route plan: the Department (C04) and Lai Châu.
  {
    key: 'demo:c04-lcu-01',
    from: 'C04',
    fromUser: 'quantri.cuc',
    to: ['CA-LCU'],
    when: 120,
    kind: 'wanted_circulation',
    priority: 'urgent',
    language: 'vi',
    subject: 'Thông báo truy nã đối tượng Giàng A Páo',
    body: 'Đối tượng Giàng A Páo, sinh năm 1988, bị truy nã về tội mua bán trái phép chất ma túy; nghi lẩn trốn trên tuyến biên giới Tây Bắc.',
    steps: [...READ, { move: 'acknowledge', hours: 1 }],
  },
  {
    key: 'demo:lcu-c04-02',
    from: 'CA-LCU',
    fromUser: 'lienlac.laichau',
    to: ['C04'],
    when: 240,
    kind: 'request_assistance',
    priority: 'normal',
    language: 'vi',
    template: 'joint_patrol',
    params: { place: 'đường mòn biên giới huyện Phong Thổ cũ', date: 'tuần tới' },
    deadlineHours: 48,
    steps: READ,
  },
  {
    key: 'demo:lcu-c04-03',
    from: 'CA-LCU',
    fromUser: 'lienlac.laichau',
    to: ['C04'],
    when: 30,
    kind: 'request_info',
    priority: 'normal',
    language: 'vi',
    subject: 'Đề nghị cung cấp kết quả giám định mẫu ma túy tổng hợp',
    body: 'Đề nghị Cục cung cấp kết quả giám định mẫu thu giữ trong chuyên án tháng trước để phục vụ điều tra.',
    deadlineHours: 168,
  },
  // Đà Nẵng (Quảng Nam's successor) and Sekong today: a Lao request read in Vietnamese, and an answered request.
  {
    key: 'demo:dng-xekong-01',
    from: 'CA-DNG',
    fromUser: 'lienlac.danang',
    to: ['LA-XEKONG'],
    when: 144,
    kind: 'request_info',
    priority: 'normal',
    language: 'vi',
    template: 'suspect_whereabouts',
    params: { personName: 'A Lăng Thị Bé', place: 'khu vực cửa khẩu Đắc Tà Oóc' },
    deadlineHours: 120,
    steps: READ,
  },
  {
    key: 'demo:dng-xekong-02',
    from: 'LA-XEKONG',
    fromUser: 'lienlac.xekong',
    to: ['CA-DNG'],
    when: 96,
    kind: 'reply',
    priority: 'normal',
    language: 'lo',
    replyTo: 'demo:dng-xekong-01',
    body: 'ບຸກຄົນດັ່ງກ່າວໄດ້ເດີນທາງກັບບ້ານເດີມຢູ່ເມືອງດັກຈຶງ ແຕ່ເດືອນແລ້ວ. ພວກເຮົາຈະແຈ້ງໃຫ້ຊາບຖ້າມີການເຄື່ອນໄຫວໃໝ່.',
    steps: READ,
  },
  {
    key: 'demo:xekong-dng-03',
    from: 'LA-XEKONG',
    fromUser: 'lienlac.xekong',
    to: ['CA-DNG'],
    when: 60,
    kind: 'request_assistance',
    priority: 'normal',
    language: 'lo',
    template: 'joint_patrol',
    params: { place: 'ດ່ານດັກຕາອົກ', date: '05/12/2026' },
    deadlineHours: 120,
    steps: [...READ, { move: 'acknowledge', hours: 3 }],
  },
];
