import { useTranslation } from 'react-i18next';
import type { QuantityUnit, Substance } from '../types';
import { formatAmount } from './case-links';

/** "2,5 kg ma túy đá", "1.000 viên ma túy tổng hợp": a quantity always with its own unit. */
export const QuantityText = ({
  substance,
  quantity,
  unit,
}: {
  substance: Substance | null;
  quantity: number | null;
  unit: QuantityUnit | null;
}) => {
  const { t, i18n } = useTranslation();
  if (!substance || quantity === null || !unit) return <>—</>;
  return (
    <>
      {formatAmount(quantity, i18n.language)} {t(`cases.unit.${unit}`)} · {t(`cases.substance.${substance}`)}
    </>
  );
};
