// Names of ethnic-minority persons in the northern border provinces, where records of Hmong, Thái, Tày, Nùng
// and Dao persons are common. Generic and approximate: common surnames of each group, its usual middle names, and
// given names mixing the group's own with common Vietnamese ones, as such names are actually registered.
import { createWeightedList, parseWeightedText, type WeightedList } from './random.ts';

export type MinorityGroup = 'hmong' | 'thai' | 'tay_nung' | 'dao';

type GroupNames = {
  surnames: WeightedList<string>;
  middle: Record<'male' | 'female', WeightedList<string>>;
  given: Record<'male' | 'female', WeightedList<string>>;
};

export const MINORITY_NAMES: Record<MinorityGroup, GroupNames> = {
  // Men's middle name is most often "A" ("Giàng A Páo"), women's "Thị" ("Sùng Thị Mỷ").
  hmong: {
    surnames: parseWeightedText(`
      Giàng 20, Sùng 15, Vàng 15, Lý 12, Thào 12, Mùa 8, Hờ 6, Lầu 6, Vừ 5, Hạng 5, Sình 4, Tráng 4, Chá 3, Cứ 3
    `),
    middle: {
      male: parseWeightedText('A 70, Seo 10, Văn 10, Chứ 5, Mí 5'),
      female: parseWeightedText('Thị 90, Seo 5, Mí 5'),
    },
    given: {
      male: parseWeightedText(`
        Páo 10, Chứ 8, Dế 6, Sử 6, Chính 6, Pó 5, Dìa 5, Tủa 5, Lử 4, Vư 4, Say 4, Phềnh 4, Sinh 4, Của 4,
        Lồng 3, Nhìa 3, Chơ 3, Thề 3, Xá 3, Giống 3, Dung 2, Hùng 2, Minh 2
      `),
      female: parseWeightedText(`
        Mỷ 10, Dợ 8, Sua 6, Mai 6, Say 5, Chở 5, Dua 5, Ly 5, Pà 4, Xí 4, Chu 4, Mua 4, Dế 3, Dính 3, Lan 2
      `),
    },
  },
  // "Lò Văn ...", "Quàng Văn ...", "Cầm Thị ...".
  thai: {
    surnames: parseWeightedText(`
      Lò 20, Quàng 12, Cầm 12, Lường 10, Tòng 8, Điêu 6, Vì 6, Lù 5, Mè 4, Bạc 4, Hà 6, Hoàng 4, Lê 3
    `),
    middle: { male: parseWeightedText('Văn 90, Đức 5, Minh 5'), female: parseWeightedText('Thị 95, Ngọc 5') },
    given: {
      male: parseWeightedText(`
        Pâng 4, Ún 4, Chinh 5, Nhất 4, Xuân 5, Hải 6, Thanh 6, Tiến 5, Sơn 5, Hùng 5, Khánh 4, Biên 4, Ngoan 3,
        Piêng 3, Phanh 3, Muôn 3, Inh 3, Ánh 3, Chiến 4, Dũng 4, Tuấn 4, Thoại 3, Hương 2, Long 3
      `),
      female: parseWeightedText(`
        Ơn 4, Xuân 5, Mai 6, Hoa 5, Lả 4, Ban 4, Quyên 4, Thoa 4, Phương 4, Ngân 4, Hương 4, Ươn 3, Ín 3,
        Xiêng 3, Lan 4, Thảo 4, Hiền 3
      `),
    },
  },
  tay_nung: {
    surnames: parseWeightedText(`
      Nông 15, Hoàng 12, Lương 8, Triệu 8, Lục 6, Bế 6, Đàm 5, Mông 4, Hà 5, Vi 5, Lành 3, Lăng 3, Chu 3, Ma 4
    `),
    middle: {
      male: parseWeightedText('Văn 80, Đức 6, Minh 6, Thanh 4, Quang 4'),
      female: parseWeightedText('Thị 85, Thu 5, Ngọc 5, Hồng 5'),
    },
    given: {
      male: parseWeightedText(`
        Sáng 4, Pháo 3, Slay 2, Kim 3, Thắng 5, Hùng 5, Lợi 4, Mạnh 4, Tuấn 4, Bình 4, Chiến 4, Dũng 4, Lâm 3,
        Hậu 3, Nam 4, Cường 4, Quân 3, Hoan 3
      `),
      female: parseWeightedText(`
        Slao 2, Dầu 2, Mùi 3, Thảo 5, Hoa 5, Mai 5, Lan 5, Hằng 4, Hạnh 4, Nhung 4, Nga 4, Huyền 3, Thơm 3, Lụa 3
      `),
    },
  },
  // Dao names put a generation or title word in the middle ("Triệu Tà Phin", "Tẩn Láo Lở").
  dao: {
    surnames: parseWeightedText('Triệu 20, Bàn 15, Đặng 12, Lý 10, Chảo 8, Tẩn 8, Phùn 4, Sần 4'),
    middle: {
      male: parseWeightedText('Văn 40, Láo 15, Tà 15, Kim 10, Quẩy 5, Sành 5'),
      female: parseWeightedText('Thị 60, Mẩy 20, Tả 10, Sử 10'),
    },
    given: {
      male: parseWeightedText(`
        Phin 5, Lở 4, Tả 4, Kiều 4, Chòi 3, Phẩu 3, Quẩy 3, Sinh 3, Minh 4, Hùng 3, Lâm 3, Kim 3, Vần 3
      `),
      female: parseWeightedText('Xoay 4, Mẩy 3, Tả 3, Múi 3, Dần 3, Mai 4, Hoa 4, Liên 3, Phấy 3'),
    },
  },
};

/**
 * Share of ethnic-minority persons among the records of each current northern border province, and the groups'
 * mix there. Approximate, from the provinces' broad ethnic make-up; provinces not listed generate Kinh names only.
 */
export const MINORITY_SHARES: ReadonlyMap<string, { share: number; groups: WeightedList<MinorityGroup> }> =
  new Map([
    [
      '04',
      {
        share: 0.8,
        groups: createWeightedList([
          ['tay_nung', 0.85],
          ['dao', 0.1],
          ['hmong', 0.05],
        ]),
      },
    ],
    [
      '08',
      {
        share: 0.45,
        groups: createWeightedList([
          ['hmong', 0.5],
          ['tay_nung', 0.3],
          ['dao', 0.2],
        ]),
      },
    ],
    [
      '11',
      {
        share: 0.6,
        groups: createWeightedList([
          ['thai', 0.55],
          ['hmong', 0.4],
          ['dao', 0.05],
        ]),
      },
    ],
    [
      '12',
      {
        share: 0.6,
        groups: createWeightedList([
          ['hmong', 0.45],
          ['thai', 0.4],
          ['dao', 0.15],
        ]),
      },
    ],
    [
      '14',
      {
        share: 0.55,
        groups: createWeightedList([
          ['thai', 0.7],
          ['hmong', 0.25],
          ['dao', 0.05],
        ]),
      },
    ],
    [
      '15',
      {
        share: 0.45,
        groups: createWeightedList([
          ['hmong', 0.4],
          ['tay_nung', 0.3],
          ['dao', 0.3],
        ]),
      },
    ],
    [
      '20',
      {
        share: 0.65,
        groups: createWeightedList([
          ['tay_nung', 0.9],
          ['dao', 0.1],
        ]),
      },
    ],
    [
      '22',
      {
        share: 0.08,
        groups: createWeightedList([
          ['dao', 0.5],
          ['tay_nung', 0.5],
        ]),
      },
    ],
  ]);
