import { Anchor, Badge, Group, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../ui/format';
import { SectionCard } from '../../../ui/section-card';
import { unitHref } from '../../geo/components/unit-relations';
import type { AgencyDetail, Succession } from '../types';
import { AgencyLink, groupHref, StatusBadge } from './agency-badges';
import { periodText } from './period-text';

/** The units the agency covers on the day looked at, then every jurisdiction period it had. */
export const JurisdictionCard = ({ agency }: { agency: AgencyDetail }) => {
  const { t, i18n } = useTranslation();
  const { structure, units } = agency.jurisdiction;
  return (
    <SectionCard title={t('agencies.detail.jurisdiction')} testId="agency-jurisdiction">
      <Text size="xs" c="dimmed">
        {t('agencies.detail.jurisdictionIn', { structure: t(`geo.structure.${structure}`) })}
      </Text>
      {units.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agencies.detail.noJurisdiction')}
        </Text>
      ) : (
        <Group gap={6}>
          {units.map((unit) => (
            <Badge
              key={`${unit.structure}-${unit.unitCode}`}
              component="a"
              href={unitHref({ structure: unit.structure, code: unit.unitCode })}
              variant={unit.derived ? 'outline' : 'light'}
              style={{ cursor: 'pointer', textTransform: 'none' }}
              title={unit.derived ? t('agencies.detail.derived') : undefined}
            >
              {unit.unitName ?? unit.unitCode}
            </Badge>
          ))}
        </Group>
      )}
      {agency.jurisdictionHistory.length > 0 && (
        <Table verticalSpacing={2} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agencies.detail.unit')}</Table.Th>
              <Table.Th>{t('agencies.detail.structure')}</Table.Th>
              <Table.Th>{t('agencies.detail.period')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {agency.jurisdictionHistory.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{row.unitName ?? row.unitCode}</Table.Td>
                <Table.Td>{t(`geo.structure.${row.structure}`)}</Table.Td>
                <Table.Td>{periodText(row, t, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
};

const SuccessionList = ({ items, direction }: { items: Succession[]; direction: 'from' | 'to' }) => {
  const { t, i18n } = useTranslation();
  return (
    <List size="sm" spacing={2}>
      {items.map((succession) => (
        <List.Item key={succession.id}>
          <AgencyLink agency={succession.agency} />{' '}
          <Text span size="xs" c="dimmed">
            {t(`agencies.succession.${direction}.${succession.kind}`, {
              day: formatDay(succession.date, i18n.language),
            })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
};

/** Parent, children, predecessors and successors, and the clusters and routes the agency belongs to. */
export const RelationsCard = ({ agency }: { agency: AgencyDetail }) => {
  const { t, i18n } = useTranslation();
  return (
    <SectionCard title={t('agencies.detail.relations')} testId="agency-relations">
      <Text size="sm" fw={500}>
        {t('agencies.detail.parent')}
      </Text>
      {agency.parent ? (
        <AgencyLink agency={agency.parent} />
      ) : (
        <Text size="sm" c="dimmed">
          —
        </Text>
      )}
      <Text size="sm" fw={500}>
        {t('agencies.detail.children', { count: agency.children.length })}
      </Text>
      {agency.children.length > 0 && (
        <List size="sm" spacing={2}>
          {agency.children.map((child) => (
            <List.Item key={child.id}>
              <Group gap={6}>
                <AgencyLink agency={child} />
                {child.status !== 'active' && <StatusBadge status={child.status} />}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {agency.predecessors.length > 0 && (
        <>
          <Text size="sm" fw={500}>
            {t('agencies.detail.predecessors')}
          </Text>
          <SuccessionList items={agency.predecessors} direction="from" />
        </>
      )}
      {agency.successors.length > 0 && (
        <>
          <Text size="sm" fw={500}>
            {t('agencies.detail.successors')}
          </Text>
          <SuccessionList items={agency.successors} direction="to" />
        </>
      )}
      <Text size="sm" fw={500}>
        {t('agencies.detail.groups')}
      </Text>
      {agency.groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          —
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {agency.groups.map((group) => (
            <List.Item key={`${group.id}-${group.validFrom ?? ''}`}>
              <Anchor size="sm" href={groupHref(group.id)}>
                {group.nameVi}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {t(`agencies.groupKind.${group.kind}`)} · {periodText(group, t, i18n.language)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
};
