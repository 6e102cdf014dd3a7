// How common Vietnamese surnames are, so that agreeing on "Nguyễn" counts for little and on "Giàng" for much.
import { foldVietnamese } from '../../../text/vietnamese.ts';

/**
 * Approximate share of the population bearing each common surname, keyed by folded surname (widely cited
 * estimates, nationwide). Hoàng/Huỳnh and Vũ/Võ are one surname each, split by region; each spelling gets the
 * pair's share, which makes them weigh a little less than they might, never more.
 */
export const SURNAME_SHARES: ReadonlyMap<string, number> = new Map([
  ['nguyen', 0.38],
  ['tran', 0.11],
  ['le', 0.095],
  ['pham', 0.07],
  ['hoang', 0.051],
  ['huynh', 0.051],
  ['phan', 0.045],
  ['vu', 0.039],
  ['vo', 0.039],
  ['dang', 0.021],
  ['bui', 0.02],
  ['do', 0.014],
  ['ho', 0.013],
  ['ngo', 0.013],
  ['duong', 0.01],
  ['ly', 0.005],
]);

/** Share assumed for any surname not listed: the remaining ~11% spread over some hundreds of surnames. */
export const DEFAULT_SURNAME_SHARE = 0.002;

/** Regional spellings of one surname, folded: a record may carry either. */
export const SURNAME_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['hoang', 'huynh'],
  ['huynh', 'hoang'],
  ['vu', 'vo'],
  ['vo', 'vu'],
]);

/** The population share of a surname (any spelling, with or without diacritics), or the default for rare ones. */
export const findSurnameShare = (surname: string): number =>
  SURNAME_SHARES.get(foldVietnamese(surname)) ?? DEFAULT_SURNAME_SHARE;

/** Bits of information that two records agreeing on this surname carry: -log2(share); Nguyễn ≈ 1.4, rare ≈ 9. */
export const measureSurnameInformation = (surname: string): number => -Math.log2(findSurnameShare(surname));

/** The largest value `measureSurnameInformation` returns, for scaling weights to [0, 1]. */
export const MAX_SURNAME_INFORMATION = -Math.log2(DEFAULT_SURNAME_SHARE);
