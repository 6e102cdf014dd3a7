import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOfRecord, ROUTES } from '../../../app/router';
import { formatBorderTime, formatDay } from '../../../ui/format';
import { QueryStatus } from '../../../ui/query-status';
import { agencyHref } from '../../agencies/components/agency-badges';
import { useSharedGroups, useSharedItems } from '../api';
import { SHARED_RECORD_KINDS, type SharedGroup, type SharedItem } from '../types';

const PAGES = {
  persons: ROUTES.persons,
  hotspots: ROUTES.hotspots,
  cases: ROUTES.cases,
  seizures: ROUTES.seizures,
  operations: ROUTES.operations,
} as const;

/** A record of the group: its page from summary up, else whom to ask (a pointer names only the owner). */
const RecordCell = ({ item }: { item: SharedItem }) => {
  const { t } = useTranslation();
  if (item.level === 'pointer') {
    return (
      <Anchor href={agencyHref(item.ownerAgency.id)} size="sm" data-testid="shared-item-contact">
        {t('inbox.shared.contact', { agency: item.ownerAgency.nameVi })}
      </Anchor>
    );
  }
  return (
    <Anchor href={hrefOfRecord(PAGES[item.kind], item.recordId)} size="sm" data-testid="shared-item-open">
      {item.label ?? t('inbox.openRecord')}
    </Anchor>
  );
};

const GroupItems = ({ group }: { group: SharedGroup }) => {
  const { t, i18n } = useTranslation();
  const items = useSharedItems(group);
  return (
    <Stack gap="xs">
      <QueryStatus query={items} />
      {items.data && (
        <Table data-testid="shared-items">
          <Table.Tbody>
            {items.data.items.map((item) => (
              <Table.Tr key={item.shareId} data-testid="shared-item" data-level={item.level}>
                <Table.Td>{t(`inbox.shared.kind.${item.kind}`)}</Table.Td>
                <Table.Td>
                  <RecordCell item={item} />
                </Table.Td>
                <Table.Td>{t(`agreements.level.${item.level}`)}</Table.Td>
                <Table.Td>
                  <Text size="xs">{item.purpose}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {formatBorderTime(item.grantedAt, i18n.language)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};

const GroupRow = ({ group }: { group: SharedGroup }) => {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder p="sm" data-testid="shared-group">
      <Stack gap="xs">
        <Group justify="space-between">
          <Stack gap={2}>
            <Text fw={600}>
              {t('inbox.shared.line', { agency: group.grantedByAgency.nameVi, count: group.count })}
            </Text>
            <Group gap={4}>
              <Text size="xs" c="dimmed">
                {formatDay(group.day, i18n.language)}
              </Text>
              {SHARED_RECORD_KINDS.filter((kind) => group.kinds[kind]).map((kind) => (
                <Badge key={kind} size="xs" variant="light">
                  {t(`inbox.shared.kind.${kind}`)}: {group.kinds[kind]}
                </Badge>
              ))}
            </Group>
          </Stack>
          <Button variant="subtle" size="xs" onClick={() => setOpen(!open)} data-testid="shared-group-toggle">
            {open ? t('inbox.shared.hide') : t('inbox.shared.show')}
          </Button>
        </Group>
        {open && <GroupItems group={group} />}
      </Stack>
    </Paper>
  );
};

/** "Shared with you": the records other forces newly shared with the agency, one line per force and day. */
export const SharedPanel = () => {
  const { t } = useTranslation();
  const groups = useSharedGroups();
  return (
    <Stack>
      <QueryStatus query={groups} />
      {groups.data?.groups.length === 0 && <Text c="dimmed">{t('inbox.shared.empty')}</Text>}
      <Stack gap="xs" data-testid="shared-list">
        {groups.data?.groups.map((group) => (
          <GroupRow key={`${group.day}-${group.grantedByAgency.id}`} group={group} />
        ))}
      </Stack>
    </Stack>
  );
};
