import { useTranslation } from 'react-i18next';
import { distanceText } from '../../hotspots/components/distance-text';
import { useProvinceName } from '../../persons/components/use-province-name';
import type { Alert } from '../types';

/** Where an alert's cluster lies: its province, and how far it is from the provincial boundary and the national border. */
export const useAlertPlace = () => {
  const { t, i18n } = useTranslation();
  const provinceName = useProvinceName();
  return {
    province: (alert: Alert) => (alert.provinceCode ? provinceName(alert.provinceCode) : '—'),
    toBoundary: (alert: Alert) =>
      `${distanceText(alert.distanceToProvincialBoundaryM, i18n.language)}${
        alert.nearestProvinceCode ? ` (${provinceName(alert.nearestProvinceCode)})` : ''
      }`,
    toBorder: (alert: Alert) =>
      alert.distanceToNationalBorderM === null
        ? '—'
        : `${distanceText(alert.distanceToNationalBorderM, i18n.language)}${
            alert.nationalBorderCountry ? ` (${alert.nationalBorderCountry})` : ''
          }`,
    counts: (alert: Alert) =>
      t('earlyWarning.counts', {
        count: alert.eventCount,
        recent: alert.recentCount,
        previous: alert.previousCount,
      }),
  };
};
