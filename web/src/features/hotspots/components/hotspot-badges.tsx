import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DrugSubstance, HotspotStatus } from '../types';

const STATUS_COLOR: Record<HotspotStatus, string> = {
  reported: 'gray',
  verified: 'orange',
  under_surveillance: 'yellow',
  eliminated: 'green',
  recheck: 'cyan',
  closed: 'dark',
};

/** The lifecycle status of a point or hotspot. */
export const StatusBadge = ({ status }: { status: HotspotStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={STATUS_COLOR[status]} data-testid="hotspot-status">
      {t(`hotspots.status.${status}`)}
    </Badge>
  );
};

/** The drugs a point or hotspot deals in. */
export const DrugBadges = ({ drugs }: { drugs: DrugSubstance[] }) => {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {drugs.map((drug) => (
        <Badge key={drug} size="sm" variant="outline" color="grape">
          {t(`hotspots.drug.${drug}`)}
        </Badge>
      ))}
    </Group>
  );
};
