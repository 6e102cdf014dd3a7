import { Button, Center, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { endSession, isSignedIn, useSession } from '../features/auth/api';
import { LoginPage } from '../features/auth/pages/login-page';
import { AppLayout } from '../features/shell/components/app-layout';
import { ErrorAlert } from '../ui/error-alert';
import { FullPageLoader } from '../ui/full-page-loader';
import { onSessionLost } from './api';

/** Chooses between the sign-in and the signed-in app, and returns to sign-in when the session is lost. */
export const App = () => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const session = useSession();

  useEffect(
    () =>
      onSessionLost((error) => {
        if (isSignedIn(queryClient)) {
          endSession(queryClient, error.code);
        }
      }),
    [queryClient],
  );

  if (session.isPending) {
    return <FullPageLoader />;
  }
  if (session.isError) {
    return (
      <Center h="100vh" p="md">
        <Stack maw={480}>
          <ErrorAlert error={session.error} />
          <Button onClick={() => void session.refetch()}>{t('app.common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!session.data.user) {
    return <LoginPage notice={session.data.notice} />;
  }
  return <AppLayout me={session.data.user} />;
};
