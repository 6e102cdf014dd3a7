import { Alert, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/error-text';
import { PRODUCT_NAME } from '../../../app/product';
import { LanguageSwitcher } from '../../../ui/language-switcher';
import { useStartTotpEnrolment } from '../api';
import { CredentialsForm } from '../components/credentials-form';
import { EnrolmentStep } from '../components/enrolment-step';
import { TotpStep } from '../components/totp-step';
import type { LoginResult } from '../types';

type Step = 'credentials' | 'totp' | 'enrolment';

type LoginPageProps = { notice: string | null };

/** Sign-in in up to two steps; `notice` says why the user is here (e.g. `session_expired`). */
export const LoginPage = ({ notice: initialNotice }: LoginPageProps) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [step, setStep] = useState<Step>('credentials');
  const [notice, setNotice] = useState(initialNotice);
  const enrolment = useStartTotpEnrolment();

  const handleResult = (result: LoginResult) => {
    setNotice(null);
    if (result.state === 'mfa_required') {
      setStep('totp');
    } else if (result.state === 'mfa_enrolment_required') {
      setStep('enrolment');
      enrolment.mutate();
    }
  };
  const restart = (reason: string | null) => {
    enrolment.reset();
    setNotice(reason);
    setStep('credentials');
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper w="100%" maw={440} p="xl" withBorder shadow="sm">
        <Stack>
          <Group justify="space-between" wrap="nowrap">
            <Title order={1} size="h2">
              {PRODUCT_NAME}
            </Title>
            <LanguageSwitcher />
          </Group>
          <Text c="dimmed" size="sm">
            {t('auth.login.subtitle')}
          </Text>
          {notice && (
            <Alert color="yellow" variant="light" data-testid="login-notice">
              {errorText(notice)}
            </Alert>
          )}
          {step === 'credentials' && (
            <>
              <Title order={2} size="h3">
                {t('auth.login.title')}
              </Title>
              <CredentialsForm onResult={handleResult} />
            </>
          )}
          {step === 'totp' && <TotpStep onRestart={restart} />}
          {step === 'enrolment' && <EnrolmentStep enrolment={enrolment} onRestart={restart} />}
        </Stack>
      </Paper>
    </Center>
  );
};
