import { formatKm } from '../../../ui/format';

/** A distance in metres as the UI shows it: in kilometres with one decimal, or a dash when unknown. */
export const distanceText = (metres: number | null, language: string): string =>
  metres === null ? '—' : formatKm(metres / 1000, language);
