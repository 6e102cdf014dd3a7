import { EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ComingSoonProps = { moduleLabel: string };

/** The placeholder of a module that a later release brings; it never shows made-up data. */
export const ComingSoon = ({ moduleLabel }: ComingSoonProps) => {
  const { t } = useTranslation();
  return (
    <EmptyState
      mt="xl"
      data-testid="coming-soon"
      title={t('shell.comingSoon.title')}
      description={t('shell.comingSoon.description', { module: moduleLabel })}
    />
  );
};
