import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnit } from '../../geo/api';
import type { PersonAddress } from '../types';

/** One address: its kind, the unit's full name (its code until the name loads), and the street detail. */
export const AddressText = ({ address }: { address: PersonAddress }) => {
  const { t } = useTranslation();
  const unit = useUnit(address.structure, address.unitCode);
  const place = unit.data ? `${unit.data.fullName} (${address.unitCode})` : address.unitCode;
  return (
    <Text size="sm" data-testid="person-address">
      {`${t(`persons.addressKind.${address.kind}`)}: ${[address.detail, place].filter(Boolean).join(', ')}`}
      {address.structure === 'pre2025' && ` · ${t('geo.structure.pre2025')}`}
    </Text>
  );
};
