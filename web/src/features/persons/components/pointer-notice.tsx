import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { agencyHref } from '../../agencies/components/agency-badges';
import type { PersonPointer } from '../types';

/** What a pointer share tells: that an agency holds a record on this person, and that it is the one to ask. */
export const PointerNotice = ({ person }: { person: PersonPointer }) => {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" title={t('persons.pointer.title')} data-testid="person-pointer">
      <Text size="sm">{t('persons.pointer.text', { agency: person.ownerAgency.nameVi })}</Text>
      <Anchor href={agencyHref(person.ownerAgency.id)} size="sm" data-testid="person-pointer-agency">
        {t('persons.pointer.contact')}
      </Anchor>
    </Alert>
  );
};
