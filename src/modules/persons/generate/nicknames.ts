// Nicknames ("tên gọi khác") as records carry them: the given name with a plain descriptive word ("Đức Lùn",
// "Hùng Béo"), a childhood pet name ("Tý", "Cu Tèo"), or in the south a birth-order name ("Năm Hùng"). Generic
// words only; the weights are approximate.
import type { Region } from './name-tables.ts';
import { drawWeighted, isDrawn, parseWeightedText, type Random, type WeightedList } from './random.ts';

type Sex = 'male' | 'female';

const DESCRIPTIVE_WORDS: Record<Sex, WeightedList<string>> = {
  male: parseWeightedText(`
    Lùn 8, Béo 8, Còi 6, Đen 7, Trắng 3, Râu 4, Sẹo 5, Gầy 4, Xoăn 3, Hói 3, Mập 4, Cận 3, Móm 2, Cao 3,
    Lào 3, Bắc 2, Tây 2, Đầu Bạc 1, Tóc Đỏ 1
  `),
  female: parseWeightedText('Béo 6, Đen 5, Gầy 4, Lùn 4, Xinh 4, Còi 3, Trắng 3, Tóc Vàng 2, Lào 2, Mập 3'),
};

const PET_NAMES: Record<Sex, WeightedList<string>> = {
  male: parseWeightedText(`
    Tý 6, Tèo 6, Cu Tèo 4, Bin 4, Bo 3, Tũn 3, Cò 3, Cu Tý 2, Cu Bin 2, Xù 2, Ốc 2, Tôm 2, Cún 2, Bi 3, Su 2,
    Nhím 2, Tít 2, Tồ 2, Tỉn 2, Bờm 2
  `),
  female: parseWeightedText('Bống 5, Mít 4, Na 3, Bông 3, Su 3, Cún 2, Miu 2, Xíu 2, Nhím 2, Cốm 2'),
};

const BIRTH_ORDER_WORDS = parseWeightedText(
  'Hai 5, Ba 6, Tư 5, Năm 5, Sáu 4, Bảy 4, Tám 3, Chín 2, Mười 2, Út 4',
);

/** Share of persons with at least one nickname, and of those with a second one. */
export const NICKNAME_SHARE = 0.2;
export const SECOND_NICKNAME_SHARE = 0.15;

/** One nickname for a person, drawn by form: descriptive word, pet name, or (south) birth order. */
export const drawNickname = (random: Random, person: { given: string; sex: Sex; region: Region }): string => {
  const form = random();
  if (person.region === 'south' && form < 0.25) {
    return `${drawWeighted(random, BIRTH_ORDER_WORDS)} ${person.given}`;
  }
  if (form < 0.7) {
    return `${person.given} ${drawWeighted(random, DESCRIPTIVE_WORDS[person.sex])}`;
  }
  return drawWeighted(random, PET_NAMES[person.sex]);
};

/** The nicknames of a person: none for most, one for about a fifth, now and then two (never twice the same). */
export const drawNicknames = (
  random: Random,
  person: { given: string; sex: Sex; region: Region },
): string[] => {
  if (!isDrawn(random, NICKNAME_SHARE)) {
    return [];
  }
  const first = drawNickname(random, person);
  if (!isDrawn(random, SECOND_NICKNAME_SHARE)) {
    return [first];
  }
  const second = drawNickname(random, person);
  return second === first ? [first] : [first, second];
};
