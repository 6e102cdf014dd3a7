import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PagingFooter } from '../../../ui/paging-footer';
import type { Page, UnitSummary } from '../types';
import { unitHref } from './unit-relations';

type UnitsTableProps = {
  page: Page<UnitSummary>;
  onPage: (page: number) => void;
  testId?: string;
};

/** A page of administrative units, each linking to its own page. */
export const UnitsTable = ({ page, onPage, testId = 'units-table' }: UnitsTableProps) => {
  const { t } = useTranslation();
  if (page.items.length === 0) {
    return <Text c="dimmed">{t('geo.units.empty')}</Text>;
  }
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="xs" data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('geo.units.name')}</Table.Th>
              <Table.Th>{t('geo.units.type')}</Table.Th>
              <Table.Th>{t('geo.units.code')}</Table.Th>
              <Table.Th>{t('geo.units.validity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.items.map((unit) => (
              <Table.Tr key={`${unit.structure}-${unit.code}`} data-testid={`unit-row-${unit.code}`}>
                <Table.Td>
                  <Anchor href={unitHref(unit)} size="sm">
                    {unit.fullName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`geo.unitType.${unit.unitType}`, { defaultValue: unit.unitType })}</Table.Td>
                <Table.Td>{unit.code}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge size="sm" variant="light" color={unit.structure === 'current' ? 'blue' : 'gray'}>
                      {t(`geo.structure.${unit.structure}`)}
                    </Badge>
                    {unit.isHistorical && (
                      <Badge size="sm" variant="outline" color="orange">
                        {t('geo.units.historical')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PagingFooter
        totalText={t('geo.units.total', { count: page.total })}
        total={page.total}
        pageSize={page.pageSize}
        page={page.page}
        onPage={onPage}
      />
    </>
  );
};
