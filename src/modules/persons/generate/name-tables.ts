// Frequency tables of Vietnamese (Kinh) name parts for the person generator. The weights are approximate, put
// together from published lists of common names and surname shares; they aim at a realistic mix (Nguyễn often,
// Giáp rarely; Văn and Thị most middle names), not at census accuracy.
import { SURNAME_SHARES, SURNAME_VARIANTS } from '../identity/surname-frequency.ts';
import { createWeightedList, parseWeightedEntries, parseWeightedText, type WeightedList } from './random.ts';

/** Where a person lives, for the few name habits that differ by region (Hoàng/Huỳnh, Vũ/Võ, birth-order names). */
export type Region = 'north' | 'centre' | 'south';

/** The written form of each surname that `SURNAME_SHARES` keys by its folded spelling. */
const WRITTEN_SURNAMES: ReadonlyMap<string, string> = new Map([
  ['nguyen', 'Nguyễn'],
  ['tran', 'Trần'],
  ['le', 'Lê'],
  ['pham', 'Phạm'],
  ['hoang', 'Hoàng'],
  ['huynh', 'Huỳnh'],
  ['phan', 'Phan'],
  ['vu', 'Vũ'],
  ['vo', 'Võ'],
  ['dang', 'Đặng'],
  ['bui', 'Bùi'],
  ['do', 'Đỗ'],
  ['ho', 'Hồ'],
  ['ngo', 'Ngô'],
  ['duong', 'Dương'],
  ['ly', 'Lý'],
]);

/** The northern spelling of each regional pair (Hoàng/Huỳnh, Vũ/Võ) and its share of the pair by region. */
const NORTHERN_SPELLINGS: ReadonlySet<string> = new Set(['hoang', 'vu']);
const NORTHERN_SHARE_OF_PAIR: Record<Region, number> = { north: 0.9, centre: 0.5, south: 0.15 };

/** Less common surnames sharing what the listed ones leave (about 11%); relative weights, approximate. */
const RARER_SURNAMES = parseWeightedEntries(`
  Đinh 8, Đoàn 7, Trịnh 7, Trương 8, Lương 6, Lưu 5, Mai 6, Hà 6, Cao 5, Lâm 5, Tạ 4, Chu 3, Kiều 3, Lại 3,
  Tô 3, Quách 3, Vương 3, Phùng 4, Triệu 3, Tống 2, Thân 2, Nông 2, La 2, Tăng 2, Nghiêm 2, Khổng 1, Lục 2,
  Đàm 2, Mạc 2, Ninh 1, Giáp 1, Khúc 1, Diệp 1, Hứa 1, Thái 2, Âu 1, Bạch 1, Ông 1, Uông 1, Văn 1, Tôn 1
`);

const surnameEntries = (region: Region): [string, number][] => {
  const listed = [...SURNAME_SHARES].map(([folded, share]): [string, number] => {
    const written = WRITTEN_SURNAMES.get(folded) ?? folded;
    if (!SURNAME_VARIANTS.has(folded)) {
      return [written, share];
    }
    // Each spelling of a pair carries the pair's share: split it by region instead of counting it twice.
    const northern = NORTHERN_SHARE_OF_PAIR[region];
    return [written, share * (NORTHERN_SPELLINGS.has(folded) ? northern : 1 - northern)];
  });
  const listedTotal = listed.reduce((sum, [, share]) => sum + share, 0);
  const rarerShare = Math.max(0.05, 1 - listedTotal);
  const rarerTotal = RARER_SURNAMES.reduce((sum, [, weight]) => sum + weight, 0);
  const rarer = RARER_SURNAMES.map(([surname, weight]): [string, number] => [
    surname,
    (rarerShare * weight) / rarerTotal,
  ]);
  return [...listed, ...rarer];
};

/** Kinh surnames by region, weighted by `SURNAME_SHARES` (surname-frequency.ts) plus rarer ones. */
export const SURNAMES: Record<Region, WeightedList<string>> = {
  north: createWeightedList(surnameEntries('north')),
  centre: createWeightedList(surnameEntries('centre')),
  south: createWeightedList(surnameEntries('south')),
};

export const MALE_MIDDLE_NAMES = parseWeightedText(`
  Văn 40, Đức 10, Minh 10, Hữu 7, Quang 7, Đình 6, Thanh 6, Xuân 5, Ngọc 5, Công 5, Hoàng 4, Duy 4, Thế 4,
  Quốc 4, Mạnh 3, Tuấn 3, Trọng 3, Tiến 3, Anh 3, Bá 3, Việt 3, Chí 3, Khắc 2, Hồng 2, Gia 2, Trung 2, Hải 2,
  Nhật 2, Kim 1, Phú 1
`);

export const FEMALE_MIDDLE_NAMES = parseWeightedText(`
  Thị 55, Ngọc 8, Thu 5, Thanh 5, Minh 4, Hồng 4, Kim 4, Phương 4, Thúy 3, Thùy 3, Mai 3, Bích 3, Xuân 3,
  Hoài 2, Diệu 2, Khánh 2, Hải 2, Ánh 2, Lan 2, Quỳnh 2, Tuyết 2, Bảo 2, Mỹ 2, Huyền 2, Cẩm 2
`);

/** A second middle name, as in "Nguyễn Thị Thu Hương" or "Trần Minh Quốc Bảo" (about 8% of names). */
export const SECOND_MIDDLE_NAMES: Record<'male' | 'female', WeightedList<string>> = {
  male: parseWeightedText('Minh 5, Anh 4, Hoàng 3, Quốc 3, Tuấn 2, Đức 3, Thanh 3, Gia 2, Bảo 2, Hải 2'),
  female: parseWeightedText('Thu 5, Minh 3, Ngọc 4, Hồng 3, Phương 3, Thanh 3, Bảo 2, Khánh 2, Mai 2, Lan 2'),
};

export const MALE_GIVEN_NAMES = parseWeightedText(`
  Anh 40, Tuấn 35, Hùng 35, Dũng 30, Minh 30, Đức 30, Hải 28, Long 28, Nam 28, Hoàng 25, Thắng 25, Cường 25,
  Sơn 25, Trung 25, Huy 25, Quân 22, Thành 22, Phong 20, Tùng 20, Hiếu 20, Hưng 20, Khánh 18, Bình 18, Toàn 18,
  Tài 18, Thanh 16, Hiệp 15, Quang 15, Vinh 15, Phúc 15, Đạt 14, Lâm 14, Hòa 14, Dương 14, Tú 14, Tâm 14,
  Việt 14, Hậu 13, Tiến 13, Trường 13, Kiên 13, Lộc 12, Thịnh 12, Thuận 12, Duy 12, Khoa 12, Mạnh 12, Nghĩa 12,
  Vũ 12, Hiển 10, Phú 10, Quý 10, Công 10, Chiến 10, Nhân 10, Phát 10, Sang 10, Tân 10, Thái 10, Trí 10, Bảo 10,
  Hà 8, Lực 8, Phương 8, Thiện 8, Thông 8, Trọng 8, Đông 8, Giang 8, Khang 8, Khôi 8, Linh 8, Nguyên 8, Nhật 8,
  Quyết 8, Hảo 6, Tuân 6, Tường 6, Vương 6, Xuân 6, Chính 6, Cảnh 6, Danh 6, Định 6, Hào 6, Khải 6, Kiệt 6,
  Luân 6, Lợi 6, Quốc 6, Tấn 6, Tín 6, Chung 6, Phước 6, Doanh 5, Hiền 5, Hoan 5, Hợp 5, Lương 5, Ninh 5, Sỹ 5,
  Thọ 5, Thương 5, Toản 5, Triều 5, Tuyến 5, Vĩnh 5, Bằng 5, Bắc 5, Huấn 5, Ngọc 5, Đăng 5, Phi 5, Quyền 5,
  Học 4, Trực 4, Tuyên 4, Cương 4, Điệp 4, Đoàn 4, Tính 4, Điền 4, Hữu 4, Khương 4, Lập 4, Nhất 4, Sáng 4,
  Sinh 4, Tư 4, Thạch 4, Thiệu 3, Uy 3, Yên 3, Lãm 3, Mừng 3, Duẩn 3, Giáp 3, Kỳ 3, Mẫn 3, Pháp 3, Thoại 3,
  Tịnh 3, Tĩnh 3, Hạnh 2, Lai 2, Ngà 2, Nho 2, Phụng 2, Sửu 2, Tý 2, Thìn 2, Dần 2
`);

export const FEMALE_GIVEN_NAMES = parseWeightedText(`
  Anh 35, Linh 35, Hương 32, Lan 30, Hà 30, Trang 30, Thảo 30, Hoa 28, Huyền 28, Hằng 28, Ngọc 25, Mai 25,
  Phương 25, Thủy 25, Nhung 22, Hạnh 22, Hiền 22, Nga 22, Dung 22, Yến 20, Vân 20, Quỳnh 20, Oanh 18, Loan 18,
  Nhi 18, Thu 18, Giang 18, Hồng 18, Trinh 15, Ly 15, My 15, Liên 15, Tuyết 14, Chi 14, Ngân 14, Thanh 14,
  Thúy 14, Thư 14, Nhàn 12, Nguyệt 12, Như 12, Phượng 12, Uyên 12, Vy 12, Duyên 12, Hậu 10, Hân 10, Lệ 10,
  Quyên 10, Tâm 10, Trâm 10, Xuân 10, Ánh 10, Huệ 10, Hường 10, Thùy 10, Thương 10, Kim 8, Minh 8, Thắm 8,
  Thơm 8, Bích 8, Châu 8, Cúc 8, Diễm 8, Đào 8, Mỹ 8, Thoa 8, Tiên 8, Dương 8, Diệp 6, Hải 6, Hạ 6, Lụa 6,
  Mến 6, Sen 6, Tình 6, Hòa 6, Khánh 6, Liễu 6, Ngà 6, Sương 6, Thơ 6, Trà 6, Tú 6, Hảo 6, Trúc 6, Hoài 6,
  Mơ 5, Nụ 5, Gấm 5, Lành 5, Lý 5, Na 5, Quế 5, Nhiên 5, Bình 5, Khanh 5, Hiên 4, Khuê 4, Nhạn 4, Nương 4,
  Phúc 4, Vui 4, Xoan 4, Ái 4, Đan 4, Hiếu 4, Lương 4, Nhã 4, Ninh 4, Quý 4, Lam 3, Phấn 3, Thêu 3, Yên 3,
  Tươi 4, Xinh 3, Chinh 4
`);

/** Given and middle names of Kinh persons by sex. */
export const KINH_NAME_PARTS = {
  male: { middle: MALE_MIDDLE_NAMES, given: MALE_GIVEN_NAMES },
  female: { middle: FEMALE_MIDDLE_NAMES, given: FEMALE_GIVEN_NAMES },
} as const;
