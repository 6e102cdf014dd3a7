import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Handling } from '../types';

/** The restrictions a reader must not miss: H1 keeps the record out of court, H2 keeps it with its first recipients. */
export const HandlingWarnings = ({ handling }: { handling: Handling }) => {
  const { t } = useTranslation();
  if (!handling.notForJudicialUse && !handling.noOnwardSharing) {
    return null;
  }
  return (
    <Stack gap="xs">
      {handling.notForJudicialUse && (
        <Alert
          color="red"
          variant="light"
          title={t('persons.warning.h1Title')}
          data-testid="person-warning-h1"
        >
          {t('persons.warning.h1Text')}
        </Alert>
      )}
      {handling.noOnwardSharing && (
        <Alert
          color="orange"
          variant="light"
          title={t('persons.warning.h2Title')}
          data-testid="person-warning-h2"
        >
          {t('persons.warning.h2Text')}
        </Alert>
      )}
    </Stack>
  );
};
