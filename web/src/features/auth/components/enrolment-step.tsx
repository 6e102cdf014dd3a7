import { Button, Center, Code, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSessionLostError } from '../../../app/api';
import { ErrorAlert } from '../../../ui/error-alert';
import { useConfirmTotpEnrolment, type useStartTotpEnrolment } from '../api';
import { QrCodeImage } from './qr-code-image';
import { TotpCodeForm } from './totp-code-form';

type EnrolmentStepProps = {
  enrolment: ReturnType<typeof useStartTotpEnrolment>;
  onRestart: (notice: string | null) => void;
};

/** Step two for an account without an authenticator: scan the secret, then confirm with a code. */
export const EnrolmentStep = ({ enrolment, onRestart }: EnrolmentStepProps) => {
  const { t } = useTranslation();
  const confirm = useConfirmTotpEnrolment();
  const submit = (code: string) =>
    confirm.mutate(code, {
      onError: (error) => {
        if (isSessionLostError(error)) {
          onRestart(error.code);
        }
      },
    });
  return (
    <Stack>
      <Title order={3}>{t('auth.enrolment.title')}</Title>
      <Text size="sm">{t('auth.enrolment.description')}</Text>
      {enrolment.isPending && (
        <Center>
          <Loader />
        </Center>
      )}
      <ErrorAlert error={enrolment.error} testId="login-error" />
      {enrolment.isError && <Button onClick={() => enrolment.mutate()}>{t('app.common.retry')}</Button>}
      {enrolment.data && (
        <>
          <Center>
            <QrCodeImage value={enrolment.data.otpauthUri} alt={t('auth.enrolment.qrAlt')} />
          </Center>
          <Text size="sm">{t('auth.enrolment.secret')}</Text>
          <Code block data-testid="totp-enrolment-secret">
            {enrolment.data.secret}
          </Code>
          <TotpCodeForm
            label={t('auth.enrolment.code')}
            submitLabel={t('auth.enrolment.submit')}
            isPending={confirm.isPending}
            error={confirm.error}
            onSubmit={submit}
          />
        </>
      )}
      <Button variant="subtle" onClick={() => onRestart(null)}>
        {t('auth.totp.back')}
      </Button>
    </Stack>
  );
};
