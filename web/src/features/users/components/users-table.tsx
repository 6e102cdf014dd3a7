import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';
import type { UserFeedback } from '../feedback';
import type { User } from '../types';
import { UserRowActions } from './user-row-actions';

type UsersTableProps = { users: User[]; onFeedback: (feedback: UserFeedback) => void };

const YesNo = ({ value, alertWhenYes }: { value: boolean; alertWhenYes: boolean }) => {
  const { t } = useTranslation();
  const color = value ? (alertWhenYes ? 'red' : 'green') : 'dimmed';
  return (
    <Text size="sm" c={color} fw={value ? 600 : 400}>
      {value ? t('app.common.yes') : t('app.common.no')}
    </Text>
  );
};

/** The agency's users with their state and the actions on each. */
export const UsersTable = ({ users, onFeedback }: UsersTableProps) => {
  const { t, i18n } = useTranslation();
  if (users.length === 0) {
    return <Text c="dimmed">{t('users.list.empty')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.list.username')}</Table.Th>
            <Table.Th>{t('users.list.displayName')}</Table.Th>
            <Table.Th>{t('users.list.roles')}</Table.Th>
            <Table.Th>{t('users.list.locked')}</Table.Th>
            <Table.Th>{t('users.list.disabled')}</Table.Th>
            <Table.Th>{t('users.list.mfa')}</Table.Th>
            <Table.Th>{t('users.list.lastLogin')}</Table.Th>
            <Table.Th>{t('users.list.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid={`user-row-${user.username}`}>
              <Table.Td>{user.username}</Table.Td>
              <Table.Td>{user.displayName}</Table.Td>
              <Table.Td>{user.roles.map((role) => t(`auth.roles.${role}`)).join(', ')}</Table.Td>
              <Table.Td>
                <YesNo value={user.isLocked} alertWhenYes />
              </Table.Td>
              <Table.Td>
                <YesNo value={user.isDisabled} alertWhenYes />
              </Table.Td>
              <Table.Td>
                <YesNo value={user.mfaEnrolled} alertWhenYes={false} />
              </Table.Td>
              <Table.Td>
                {user.lastLoginAt ? formatDateTime(user.lastLoginAt, i18n.language) : t('users.list.never')}
              </Table.Td>
              <Table.Td>
                <UserRowActions user={user} onFeedback={onFeedback} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
