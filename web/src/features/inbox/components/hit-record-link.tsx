import { Anchor, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api';
import { agencyHref } from '../../agencies/components/agency-badges';
import type { AgencySummary } from '../../agencies/types';
import { usePerson } from '../../persons/api';
import { personHref } from '../../persons/components/person-link';

type HitRecordLinkProps = { recordId: string; fromAgency: AgencySummary | null; onOpen: () => void };

/**
 * Where a watch hit leads: the record's page when the sharing policy lets the user read it (at any level), or the
 * holding force to contact when the record answers "not found".
 */
export const HitRecordLink = ({ recordId, fromAgency, onOpen }: HitRecordLinkProps) => {
  const { t } = useTranslation();
  const person = usePerson(recordId);
  if (person.isPending) {
    return <Loader size="xs" />;
  }
  const isHidden = person.error instanceof ApiError && person.error.status === 404;
  if (isHidden && fromAgency) {
    return (
      <Anchor href={agencyHref(fromAgency.id)} size="sm" onClick={onOpen} data-testid="inbox-contact">
        {t('inbox.hit.contact', { agency: fromAgency.nameVi })}
      </Anchor>
    );
  }
  return (
    <Anchor href={personHref(recordId)} size="sm" onClick={onOpen} data-testid="inbox-open-record">
      {t('inbox.openRecord')}
    </Anchor>
  );
};
