import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOfRecord, ROUTES } from '../../../app/router';
import type { AgencyStatus, AgencySummary } from '../types';

const STATUS_COLOR: Record<AgencyStatus, string> = { active: 'green', dissolved: 'gray', future: 'blue' };

/** The link to an agency's page. */
export const agencyHref = (id: string): string => hrefOfRecord(ROUTES.agencies, id);

/** The link to a cluster's or route's page. */
export const groupHref = (id: string): string => hrefOfRecord(ROUTES.groups, id);

/** Whether the agency exists on the day looked at. */
export const StatusBadge = ({ status }: { status: AgencyStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={STATUS_COLOR[status]}>
      {t(`agencies.status.${status}`)}
    </Badge>
  );
};

/** An agency's Vietnamese name as a link to its page. */
export const AgencyLink = ({ agency }: { agency: Pick<AgencySummary, 'id' | 'nameVi'> }) => (
  <Anchor href={agencyHref(agency.id)} size="sm">
    {agency.nameVi}
  </Anchor>
);
