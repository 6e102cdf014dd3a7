import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOfRecord, ROUTES } from '../../../app/router';
import { formatKm } from '../../../ui/format';
import type { UnitDetail, UnitSummary } from '../types';

/** The link to a unit's page. */
export const unitHref = (unit: Pick<UnitSummary, 'structure' | 'code'>): string =>
  hrefOfRecord(ROUTES.geoUnits, unit.structure, unit.code);

type NeighbourListProps = {
  unit: UnitDetail;
  /** When given, a neighbour is picked on the page instead of opening its own page. */
  onPick?: (code: string) => void;
};

/** The units sharing a border with this one, then the foreign units across the national border. */
export const NeighbourList = ({ unit, onPick }: NeighbourListProps) => {
  const { t, i18n } = useTranslation();
  const { units, foreign } = unit.neighbours;
  if (units.length === 0 && foreign.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('geo.unit.noNeighbours')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} data-testid="unit-neighbours">
      {units.map(({ unit: neighbour, sharedBorderKm }) => (
        <List.Item key={neighbour.code}>
          <Anchor
            size="sm"
            href={onPick ? undefined : unitHref(neighbour)}
            component={onPick ? 'button' : 'a'}
            onClick={onPick ? () => onPick(neighbour.code) : undefined}
          >
            {neighbour.fullName}
          </Anchor>{' '}
          <Text span size="xs" c="dimmed">
            {t('geo.unit.sharedBorder', { distance: formatKm(sharedBorderKm, i18n.language) })}
          </Text>
        </List.Item>
      ))}
      {foreign.map((neighbour) => (
        <List.Item key={neighbour.code}>
          {neighbour.name}{' '}
          <Badge size="xs" variant="light" color="red">
            {neighbour.country}
          </Badge>{' '}
          <Text span size="xs" c="dimmed">
            {t('geo.unit.sharedBorder', { distance: formatKm(neighbour.approxBorderKm, i18n.language) })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
};

/** What the unit became (or came from) across the 2025 reorganisation. */
export const MappingList = ({ unit }: { unit: UnitDetail }) => {
  const { t } = useTranslation();
  if (unit.mapping.units.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('geo.unit.noMapping')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} data-testid="unit-mapping">
      {unit.mapping.units.map((resolved) => (
        <List.Item key={`${resolved.unit.structure}-${resolved.unit.code}`}>
          <Group gap={6} wrap="nowrap">
            <Anchor size="sm" href={unitHref(resolved.unit)}>
              {resolved.unit.fullName}
            </Anchor>
            <Badge size="xs" variant="light" color={resolved.type === 'full' ? 'teal' : 'yellow'}>
              {t(`geo.unit.mappingType.${resolved.type}`)}
            </Badge>
            {resolved.qa && (
              <Badge size="xs" variant="outline" color="orange">
                {t(`geo.unit.qa.${resolved.qa}`)}
              </Badge>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
};
