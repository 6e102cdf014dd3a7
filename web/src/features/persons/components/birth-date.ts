import { formatDay } from '../../../ui/format';

/** A birth date as known (`1988`, `1988-04` or `1988-04-12`) in the UI language's order; a year stays a year. */
export const formatBirthDate = (text: string, language: string): string => {
  const [year, month, day] = text.split('-');
  if (day !== undefined) {
    return formatDay(text, language);
  }
  return month === undefined ? (year ?? text) : `${month}/${year}`;
};
