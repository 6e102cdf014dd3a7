import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';
import { AgencyLink } from '../../agencies/components/agency-badges';
import type { ShareView } from '../share-types';
import { LevelBadge } from './level-badge';

const ShareStatus = ({ share }: { share: ShareView }) => {
  const { t, i18n } = useTranslation();
  if (share.revokedAt) {
    return (
      <>
        <Badge size="sm" variant="light" color="red">
          {t('persons.sharing.revokedAt', { at: formatDateTime(share.revokedAt, i18n.language) })}
        </Badge>
        {share.revocationReason && (
          <Text size="xs" c="dimmed">
            {share.revocationReason}
          </Text>
        )}
      </>
    );
  }
  return (
    <Badge size="sm" variant="light" color={share.active ? 'green' : 'gray'}>
      {t(share.active ? 'persons.sharing.active' : 'persons.sharing.expired')}
    </Badge>
  );
};

/** `onRevoke` is left out for those who may not revoke. */
type ShareHistoryProps = { shares: ShareView[]; onRevoke?: (share: ShareView) => void };

/** Every share of the record ever made, newest as the API orders them, with a revoke button on the active ones. */
export const ShareHistory = ({ shares, onRevoke }: ShareHistoryProps) => {
  const { t, i18n } = useTranslation();
  if (shares.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('persons.sharing.noShares')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" data-testid="person-shares">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('persons.sharing.recipient')}</Table.Th>
            <Table.Th miw={110}>{t('persons.sharing.level')}</Table.Th>
            <Table.Th>{t('persons.sharing.purpose')}</Table.Th>
            <Table.Th>{t('persons.sharing.granted')}</Table.Th>
            <Table.Th>{t('persons.sharing.expiresAt')}</Table.Th>
            <Table.Th miw={150}>{t('persons.sharing.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shares.map((share) => (
            <Table.Tr key={share.id} data-testid="person-share-row">
              <Table.Td>
                <AgencyLink agency={share.recipientAgency} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <LevelBadge level={share.level} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{share.purpose}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(share.grantedAt, i18n.language)}</Text>
                <Text size="xs" c="dimmed">
                  {share.grantedByAgency.nameVi}
                </Text>
              </Table.Td>
              <Table.Td>
                {share.expiresAt
                  ? formatDateTime(share.expiresAt, i18n.language)
                  : t('persons.sharing.noExpiry')}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ShareStatus share={share} />
              </Table.Td>
              <Table.Td>
                {share.active && onRevoke && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    color="red"
                    onClick={() => onRevoke(share)}
                    data-testid="person-share-revoke"
                  >
                    {t('persons.sharing.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
