import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { QueryStatus } from '../../../ui/query-status';
import { useGroups } from '../api';
import { groupHref } from '../components/agency-badges';
import { CreateGroupModal } from '../forms/group-forms';
import type { GroupKind } from '../types';

type GroupsPageProps = { isAdministrator: boolean };

const toKind = (value: string): GroupKind | null => (value === 'cluster' || value === 'route' ? value : null);

/** Clusters (with a rotating chair) and routes of forces. */
export const GroupsPage = ({ isAdministrator }: GroupsPageProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [kind, setKind] = useState<GroupKind | null>(null);
  const [isCreating, createModal] = useDisclosure(false);
  const groups = useGroups({ q, kind });
  return (
    <Stack>
      <PageHeader
        title={t('agencies.groups.title')}
        subtitle={t('agencies.groups.subtitle')}
        action={
          isAdministrator && (
            <Button onClick={createModal.open} data-testid="groups-create">
              {t('agencies.groups.create')}
            </Button>
          )
        }
      />
      <Group align="flex-end">
        <TextInput
          label={t('agencies.groups.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <SegmentedControl
          value={kind ?? 'all'}
          onChange={(value) => setKind(toKind(value))}
          data={[
            { value: 'all', label: t('agencies.groups.all') },
            { value: 'cluster', label: t('agencies.groupKind.cluster') },
            { value: 'route', label: t('agencies.groupKind.route') },
          ]}
        />
      </Group>
      <QueryStatus query={groups} />
      {groups.data?.length === 0 && <Text c="dimmed">{t('agencies.groups.empty')}</Text>}
      {groups.data && groups.data.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="groups-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agencies.groups.name')}</Table.Th>
              <Table.Th>{t('agencies.groups.kind')}</Table.Th>
              <Table.Th>{t('agencies.groups.agreement')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.data.map((group) => (
              <Table.Tr key={group.id} data-testid={`group-row-${group.code}`}>
                <Table.Td>
                  <Anchor href={groupHref(group.id)} size="sm">
                    {group.nameVi}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {group.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={group.kind === 'cluster' ? 'grape' : 'teal'}>
                    {t(`agencies.groupKind.${group.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{group.agreementRef ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CreateGroupModal
        opened={isCreating}
        onClose={createModal.close}
        onCreated={(group) => {
          window.location.hash = groupHref(group.id);
        }}
      />
    </Stack>
  );
};
