import { Alert, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/error-text';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { formatDateTime } from '../../../ui/format';
import { PageHeader } from '../../../ui/page-header';
import { QueryStatus } from '../../../ui/query-status';
import { useDeleteZone, useZones } from '../api';
import { CreateZoneModal } from '../forms/create-zone-form';
import type { Zone } from '../types';

type ZonesPageProps = { isAdministrator: boolean };

type Feedback = { kind: 'created' | 'deleted'; name: string } | { kind: 'error'; error: unknown };

const ZoneRow = ({
  zone,
  hasActionColumn,
  onDelete,
}: {
  zone: Zone;
  hasActionColumn: boolean;
  onDelete: (zone: Zone) => void;
}) => {
  const { t, i18n } = useTranslation();
  const members = zone.members.map((member) => member.name);
  return (
    <Table.Tr data-testid={`zone-row-${zone.id}`}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {zone.name}
        </Text>
        {zone.description && (
          <Text size="xs" c="dimmed">
            {zone.description}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {zone.kind === 'belt'
          ? t('geo.zones.beltSummary', { km: zone.beltKm ?? 0, count: zone.members.length })
          : t('geo.zones.unitsSummary', { count: zone.members.length })}
        <Text size="xs" c="dimmed" lineClamp={2}>
          {members.slice(0, 8).join(', ')}
          {members.length > 8 ? '…' : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge size="sm" variant="light" color={zone.structure === 'current' ? 'blue' : 'gray'}>
          {t(`geo.structure.${zone.structure}`)}
        </Badge>
      </Table.Td>
      <Table.Td>{formatDateTime(zone.updatedAt, i18n.language)}</Table.Td>
      {hasActionColumn && (
        <Table.Td>
          {zone.abilities.canManage && (
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => onDelete(zone)}>
              {t('geo.zones.delete')}
            </Button>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
};

/** The border zones; administrators build new ones, and each zone's actions show when its `abilities` allow. */
export const ZonesPage = ({ isAdministrator }: ZonesPageProps) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const zones = useZones();
  const remove = useDeleteZone();
  const [isCreating, createModal] = useDisclosure(false);
  const [deleting, setDeleting] = useState<Zone | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const hasActionColumn = zones.data?.some((zone) => zone.abilities.canManage) ?? false;
  const confirmDelete = () => {
    if (!deleting) {
      return;
    }
    remove.mutate(
      { id: deleting.id, version: deleting.version },
      {
        onSuccess: () => setFeedback({ kind: 'deleted', name: deleting.name }),
        onError: (error) => setFeedback({ kind: 'error', error }),
        onSettled: () => setDeleting(null),
      },
    );
  };
  return (
    <Stack>
      <PageHeader
        title={t('geo.zones.title')}
        subtitle={t('geo.zones.subtitle')}
        action={
          isAdministrator && (
            <Button onClick={createModal.open} data-testid="zones-create">
              {t('geo.zones.create')}
            </Button>
          )
        }
      />
      {feedback && (
        <Alert
          color={feedback.kind === 'error' ? 'red' : 'green'}
          variant="light"
          withCloseButton
          onClose={() => setFeedback(null)}
        >
          {feedback.kind === 'error'
            ? errorText(feedback.error)
            : t(`geo.zones.${feedback.kind}`, { name: feedback.name })}
        </Alert>
      )}
      <QueryStatus query={zones} />
      {zones.data?.length === 0 && <Text c="dimmed">{t('geo.zones.empty')}</Text>}
      {zones.data && zones.data.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="xs" data-testid="zones-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('geo.zones.name')}</Table.Th>
                <Table.Th>{t('geo.zones.members')}</Table.Th>
                <Table.Th>{t('geo.zones.structure')}</Table.Th>
                <Table.Th>{t('geo.zones.updatedAt')}</Table.Th>
                {hasActionColumn && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {zones.data.map((zone) => (
                <ZoneRow key={zone.id} zone={zone} hasActionColumn={hasActionColumn} onDelete={setDeleting} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateZoneModal
        opened={isCreating}
        onClose={createModal.close}
        onCreated={(zone) => setFeedback({ kind: 'created', name: zone.name })}
      />
      <ConfirmModal
        message={deleting ? t('geo.zones.confirmDelete', { name: deleting.name }) : null}
        isPending={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </Stack>
  );
};
