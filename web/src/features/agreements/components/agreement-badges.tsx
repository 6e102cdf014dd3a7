import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOfRecord, ROUTES } from '../../../app/router';
import type { AgreementStatus } from '../types';

const STATUS_COLOR: Record<AgreementStatus, string> = {
  draft: 'gray',
  signed: 'blue',
  in_force: 'green',
  suspended: 'orange',
  expired: 'dark',
  superseded: 'grape',
};

/** The link to an agreement's page. */
export const agreementHref = (id: string): string => hrefOfRecord(ROUTES.agreements, id);

/** An agreement's status as a coloured badge. */
export const AgreementStatusBadge = ({ status }: { status: AgreementStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={STATUS_COLOR[status]} data-testid="agreement-status">
      {t(`agreements.status.${status}`)}
    </Badge>
  );
};
