import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The spinner shown while the app learns whether someone is signed in. */
export const FullPageLoader = () => {
  const { t } = useTranslation();
  return (
    <Center h="100vh" aria-busy="true" aria-label={t('app.common.loading')}>
      <Loader />
    </Center>
  );
};
