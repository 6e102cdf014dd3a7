import { Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, ROUTES } from '../../../app/router';
import { ErrorAlert } from '../../../ui/error-alert';
import { formatDay } from '../../../ui/format';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { useUnit, useUnits } from '../api';
import { MappingList, NeighbourList, unitHref } from '../components/unit-relations';
import { UnitsTable } from '../components/units-table';
import type { Structure, UnitDetail } from '../types';

type UnitPageProps = { structure: Structure; code: string };

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Table.Tr>
    <Table.Th w="35%" fw={500} c="dimmed">
      {label}
    </Table.Th>
    <Table.Td>{children}</Table.Td>
  </Table.Tr>
);

const UnitFacts = ({ unit }: { unit: UnitDetail }) => {
  const { t, i18n } = useTranslation();
  const validity = [
    unit.validFrom ? t('geo.unit.validFrom', { day: formatDay(unit.validFrom, i18n.language) }) : null,
    unit.validUntil ? t('geo.unit.validUntil', { day: formatDay(unit.validUntil, i18n.language) }) : null,
  ].filter((part) => part !== null);
  return (
    <Table withRowBorders={false} verticalSpacing={4} data-testid="unit-facts">
      <Table.Tbody>
        <Fact label={t('geo.units.type')}>
          {t(`geo.unitType.${unit.unitType}`, { defaultValue: unit.unitType })}
        </Fact>
        {unit.fullNameEn && <Fact label={t('geo.unit.nameEn')}>{unit.fullNameEn}</Fact>}
        <Fact label={t('geo.unit.parent')}>
          {unit.parent ? <Anchor href={unitHref(unit.parent)}>{unit.parent.fullName}</Anchor> : '—'}
        </Fact>
        {unit.province && unit.province.code !== unit.parent?.code && (
          <Fact label={t('geo.unit.province')}>
            <Anchor href={unitHref(unit.province)}>{unit.province.fullName}</Anchor>
          </Fact>
        )}
        <Fact label={t('geo.units.validity')}>{validity.length > 0 ? validity.join(' · ') : '—'}</Fact>
        {unit.formerNames.length > 0 && (
          <Fact label={t('geo.unit.formerNames')}>
            {unit.formerNames
              .map((former) =>
                t('geo.unit.formerName', {
                  name: former.fullName,
                  day: formatDay(former.until, i18n.language),
                }),
              )
              .join('; ')}
          </Fact>
        )}
      </Table.Tbody>
    </Table>
  );
};

const Children = ({ unit }: { unit: UnitDetail }) => {
  const [page, setPage] = useState(1);
  const isDistrict = unit.level === 'district';
  const level = unit.structure === 'pre2025' && unit.level === 'province' ? 'district' : 'commune';
  const children = useUnits({
    q: '',
    structure: unit.structure,
    level,
    province: isDistrict ? null : unit.code,
    district: isDistrict ? unit.code : null,
    page,
  });
  if (children.isError) {
    return <ErrorAlert error={children.error} />;
  }
  return children.data ? (
    <UnitsTable page={children.data} onPage={setPage} testId="unit-children" />
  ) : (
    <Loader size="sm" />
  );
};

/** One administrative unit: parent, children, neighbours and its counterpart across the 2025 reorganisation. */
export const UnitPage = ({ structure, code }: UnitPageProps) => {
  const { t } = useTranslation();
  const unit = useUnit(structure, code);
  if (!unit.isSuccess) {
    return <QueryStatus query={unit} />;
  }
  const detail = unit.data;
  return (
    <Stack>
      <Anchor href={hrefOf(ROUTES.geoUnits)} size="sm">
        {t('geo.unit.back')}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={2} data-testid="unit-name">
          {detail.fullName}
        </Title>
        <Badge variant="light" color={detail.structure === 'current' ? 'blue' : 'gray'}>
          {t(`geo.structure.${detail.structure}`)}
        </Badge>
        {detail.isHistorical && (
          <Badge variant="outline" color="orange">
            {t('geo.units.historical')}
          </Badge>
        )}
      </Group>
      <Text c="dimmed" size="sm">
        {t('geo.unit.codeLine', { code: detail.code, structure: t(`geo.structure.${detail.structure}`) })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <UnitFacts unit={detail} />
        </Card>
        <SectionCard title={t(`geo.unit.mappingTitle.${detail.structure}`)}>
          <MappingList unit={detail} />
        </SectionCard>
        <SectionCard title={t('geo.unit.neighbours')}>
          <NeighbourList unit={detail} />
        </SectionCard>
      </SimpleGrid>
      {detail.level !== 'commune' && detail.childrenCount > 0 && (
        <Stack gap="xs">
          <Title order={4}>{t('geo.unit.children', { count: detail.childrenCount })}</Title>
          <Children unit={detail} />
        </Stack>
      )}
    </Stack>
  );
};
