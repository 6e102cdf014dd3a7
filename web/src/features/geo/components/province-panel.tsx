import {
  Anchor,
  Card,
  Center,
  Divider,
  Group,
  Loader,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { useUnit, useZones } from '../api';
import type { Structure, UnitDetail } from '../types';
import { MappingList, NeighbourList, unitHref } from './unit-relations';

type ProvincePanelProps = {
  structure: Structure;
  code: string | null;
  zoneId: string | null;
  onPickProvince: (code: string) => void;
  onPickZone: (zoneId: string | null) => void;
};

const ZoneList = ({ structure, code, zoneId, onPickZone }: Omit<ProvincePanelProps, 'onPickProvince'>) => {
  const { t } = useTranslation();
  const zones = useZones({ structure, province: code });
  if (zones.isPending) {
    return <Loader size="xs" />;
  }
  if (zones.isError) {
    return <ErrorAlert error={zones.error} />;
  }
  if (zones.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('geo.province.noZones')}
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid="province-zones">
      {zones.data.map((zone) => (
        <UnstyledButton
          key={zone.id}
          onClick={() => onPickZone(zone.id === zoneId ? null : zone.id)}
          aria-pressed={zone.id === zoneId}
        >
          <Text size="sm" fw={zone.id === zoneId ? 700 : 400} c={zone.id === zoneId ? 'violet.8' : undefined}>
            {zone.name}
          </Text>
          <Text size="xs" c="dimmed">
            {zone.kind === 'belt'
              ? t('geo.zones.beltSummary', { km: zone.beltKm ?? 0, count: zone.members.length })
              : t('geo.zones.unitsSummary', { count: zone.members.length })}
          </Text>
        </UnstyledButton>
      ))}
    </Stack>
  );
};

const ProvinceFacts = ({
  unit,
  onPickProvince,
}: {
  unit: UnitDetail;
  onPickProvince: (code: string) => void;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={4} data-testid="province-name">
            {unit.fullName}
          </Title>
          <Text size="xs" c="dimmed">
            {t('geo.unit.codeLine', { code: unit.code, structure: t(`geo.structure.${unit.structure}`) })}
          </Text>
        </div>
        <Anchor size="sm" href={unitHref(unit)}>
          {t('geo.province.details')}
        </Anchor>
      </Group>
      <Divider label={t('geo.unit.neighbours')} labelPosition="left" />
      <NeighbourList unit={unit} onPick={onPickProvince} />
      <Divider label={t(`geo.unit.mappingTitle.${unit.structure}`)} labelPosition="left" />
      <MappingList unit={unit} />
    </>
  );
};

/** The province picked on the map: its name, neighbours, 2025 counterpart and the border zones touching it. */
export const ProvincePanel = ({
  structure,
  code,
  zoneId,
  onPickProvince,
  onPickZone,
}: ProvincePanelProps) => {
  const { t } = useTranslation();
  const unit = useUnit(code === null ? null : structure, code);
  return (
    <Card withBorder padding="sm" data-testid="province-panel">
      <Stack gap="xs">
        {code === null && (
          <>
            <Title order={4}>{t('geo.province.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('geo.province.hint')}
            </Text>
          </>
        )}
        {unit.isFetching && !unit.data && (
          <Center>
            <Loader size="sm" />
          </Center>
        )}
        <ErrorAlert error={unit.error} />
        {unit.data && <ProvinceFacts unit={unit.data} onPickProvince={onPickProvince} />}
        {code !== null && (
          <>
            <Divider label={t('geo.province.zones')} labelPosition="left" />
            <ZoneList structure={structure} code={code} zoneId={zoneId} onPickZone={onPickZone} />
          </>
        )}
      </Stack>
    </Card>
  );
};
