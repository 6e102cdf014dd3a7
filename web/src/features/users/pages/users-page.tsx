import { Alert, Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/error-text';
import { PageHeader } from '../../../ui/page-header';
import { QueryStatus } from '../../../ui/query-status';
import { agencyNameIn, type Me } from '../../auth/types';
import { useUsers } from '../api';
import { UsersTable } from '../components/users-table';
import type { UserFeedback } from '../feedback';
import { CreateUserModal } from '../forms/create-user-form';

type UsersPageProps = { me: Me };

const FeedbackAlert = ({ feedback, onClose }: { feedback: UserFeedback; onClose: () => void }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const isError = feedback.kind === 'error';
  const text =
    feedback.kind === 'error'
      ? errorText(feedback.error)
      : t(feedback.kind === 'created' ? 'users.create.created' : 'users.actions.done', {
          username: feedback.username,
        });
  return (
    <Alert
      color={isError ? 'red' : 'green'}
      variant="light"
      withCloseButton
      onClose={onClose}
      data-testid={isError ? 'users-error' : 'users-success'}
    >
      {text}
    </Alert>
  );
};

/** Administration of the agency's user accounts. */
export const UsersPage = ({ me }: UsersPageProps) => {
  const { t, i18n } = useTranslation();
  const users = useUsers();
  const [isCreating, createModal] = useDisclosure(false);
  const [feedback, setFeedback] = useState<UserFeedback | null>(null);
  return (
    <Stack>
      <PageHeader
        title={t('users.list.title')}
        subtitle={t('users.list.subtitle', { agency: agencyNameIn(me.agency, i18n.language) })}
        action={
          <Button onClick={createModal.open} data-testid="users-create">
            {t('users.list.create')}
          </Button>
        }
      />
      {feedback && <FeedbackAlert feedback={feedback} onClose={() => setFeedback(null)} />}
      <QueryStatus query={users} />
      {users.data && <UsersTable users={users.data} onFeedback={setFeedback} />}
      <CreateUserModal
        opened={isCreating}
        onClose={createModal.close}
        onCreated={(user) => setFeedback({ kind: 'created', username: user.username })}
      />
    </Stack>
  );
};
