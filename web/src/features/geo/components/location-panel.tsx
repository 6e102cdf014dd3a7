import { Card, Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { formatKm } from '../../../ui/format';
import { useLocate } from '../api';
import type { Location } from '../types';

type LocationPanelProps = { point: { lat: number; lon: number } | null };

const Row = ({ label, value }: { label: string; value: string }) => (
  <Table.Tr>
    <Table.Th w="45%" fw={500} c="dimmed">
      {label}
    </Table.Th>
    <Table.Td>{value}</Table.Td>
  </Table.Tr>
);

const LocationTable = ({ location }: { location: Location }) => {
  const { t, i18n } = useTranslation();
  const km = (value: number | null) =>
    value === null ? t('geo.locate.unknown') : formatKm(value, i18n.language);
  const border =
    location.distanceToNationalBorderKm === null
      ? t('geo.locate.unknown')
      : location.nationalBorderCountry
        ? t('geo.locate.borderWith', {
            distance: km(location.distanceToNationalBorderKm),
            country: t(`geo.country.${location.nationalBorderCountry}`),
          })
        : km(location.distanceToNationalBorderKm);
  const boundary =
    location.nearestProvince && location.distanceToProvincialBoundaryKm !== null
      ? t('geo.locate.boundaryWith', {
          distance: km(location.distanceToProvincialBoundaryKm),
          province: location.nearestProvince.fullName,
        })
      : km(location.distanceToProvincialBoundaryKm);
  return (
    <Table withRowBorders={false} verticalSpacing={4} data-testid="locate-result">
      <Table.Tbody>
        {location.inVietnam ? (
          <>
            <Row
              label={t('geo.locate.province')}
              value={location.province?.fullName ?? t('geo.locate.unknown')}
            />
            <Row
              label={t('geo.locate.commune')}
              value={location.commune?.fullName ?? t('geo.locate.unknown')}
            />
            <Row
              label={t('geo.locate.pre2025Province')}
              value={location.pre2025Province?.fullName ?? t('geo.locate.unknown')}
            />
            <Row label={t('geo.locate.toProvincialBoundary')} value={boundary} />
          </>
        ) : (
          <Row
            label={t('geo.locate.foreignUnit')}
            value={
              location.foreignUnit
                ? `${location.foreignUnit.name} (${location.foreignUnit.country})`
                : t('geo.locate.unknown')
            }
          />
        )}
        <Row label={t('geo.locate.toNationalBorder')} value={border} />
      </Table.Tbody>
    </Table>
  );
};

/** What lies at the point picked on the map: the units and the distances to the boundaries. */
export const LocationPanel = ({ point }: LocationPanelProps) => {
  const { t, i18n } = useTranslation();
  const located = useLocate(point);
  const coordinates = point
    ? `${point.lat.toLocaleString(i18n.language, { maximumFractionDigits: 4 })}, ${point.lon.toLocaleString(i18n.language, { maximumFractionDigits: 4 })}`
    : '';
  return (
    <Card withBorder padding="sm" data-testid="locate-panel">
      <Stack gap="xs">
        <Title order={4}>{t('geo.locate.title')}</Title>
        {!point && (
          <Text size="sm" c="dimmed">
            {t('geo.locate.hint')}
          </Text>
        )}
        {point && (
          <Text size="xs" c="dimmed">
            {t('geo.locate.coordinates', { coordinates })}
          </Text>
        )}
        {located.isFetching && (
          <Center>
            <Loader size="sm" />
          </Center>
        )}
        <ErrorAlert error={located.error} testId="locate-error" />
        {located.data && !located.isFetching && <LocationTable location={located.data} />}
      </Stack>
    </Card>
  );
};
