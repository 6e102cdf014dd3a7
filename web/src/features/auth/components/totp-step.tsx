import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSessionLostError } from '../../../app/api';
import { useVerifyTotp } from '../api';
import { TotpCodeForm } from './totp-code-form';

type TotpStepProps = { onRestart: (notice: string | null) => void };

/** Step two for an enrolled account: the code from the authenticator app. */
export const TotpStep = ({ onRestart }: TotpStepProps) => {
  const { t } = useTranslation();
  const verify = useVerifyTotp();
  const submit = (code: string) =>
    verify.mutate(code, {
      onError: (error) => {
        if (isSessionLostError(error)) {
          onRestart(error.code);
        }
      },
    });
  return (
    <Stack>
      <Title order={3}>{t('auth.totp.title')}</Title>
      <Text size="sm">{t('auth.totp.description')}</Text>
      <TotpCodeForm
        label={t('auth.totp.code')}
        submitLabel={t('auth.totp.submit')}
        isPending={verify.isPending}
        error={verify.error}
        onSubmit={submit}
      />
      <Button variant="subtle" onClick={() => onRestart(null)}>
        {t('auth.totp.back')}
      </Button>
    </Stack>
  );
};
