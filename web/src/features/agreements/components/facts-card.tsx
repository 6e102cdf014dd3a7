import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDay } from '../../../ui/format';
import { SectionCard } from '../../../ui/section-card';
import { groupHref } from '../../agencies/components/agency-badges';
import type { AgreementDetail } from '../types';
import { AgreementStatusBadge, agreementHref } from './agreement-badges';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <Table.Tr>
    <Table.Th w={200} fw={500}>
      {label}
    </Table.Th>
    <Table.Td>{children}</Table.Td>
  </Table.Tr>
);

/** The agreement's dates, status, scope of crime domains, approving authority and linked cluster. */
export const FactsCard = ({ agreement }: { agreement: AgreementDetail }) => {
  const { t, i18n } = useTranslation();
  const day = (value: string | null, empty: string) => (value ? formatDay(value, i18n.language) : empty);
  const notStated = t('agreements.detail.notStated');
  return (
    <SectionCard title={t('agreements.detail.facts')} testId="agreement-facts">
      <Table verticalSpacing={6}>
        <Table.Tbody>
          <Row label={t('agreements.detail.status')}>
            <AgreementStatusBadge status={agreement.status} />
          </Row>
          <Row label={t('agreements.detail.signedOn')}>{day(agreement.signedOn, notStated)}</Row>
          <Row label={t('agreements.detail.effectiveFrom')}>{day(agreement.effectiveFrom, notStated)}</Row>
          <Row label={t('agreements.detail.effectiveUntil')}>
            {day(agreement.effectiveUntil, t('agreements.detail.openEnded'))}
          </Row>
          {agreement.supersededById && (
            <Row label={t('agreements.detail.supersededBy')}>
              <Anchor href={agreementHref(agreement.supersededById)} size="sm">
                {t('agreements.detail.openSuccessor')}
              </Anchor>
            </Row>
          )}
          <Row label={t('agreements.detail.domains')}>
            <Group gap={4} data-testid="agreement-domains">
              {agreement.domains.length === 0 && <Text size="sm">{notStated}</Text>}
              {agreement.domains.map((domain) => (
                <Badge key={domain} size="sm" variant="light" color="teal">
                  {t(`agreements.domain.${domain}`)}
                </Badge>
              ))}
            </Group>
          </Row>
          <Row label={t('agreements.detail.approvalAuthority')}>
            {agreement.approvalAuthority ?? notStated}
          </Row>
          {agreement.groupId && (
            <Row label={t('agreements.detail.group')}>
              <Anchor href={groupHref(agreement.groupId)} size="sm" data-testid="agreement-group">
                {t('agreements.detail.openGroup')}
              </Anchor>
            </Row>
          )}
          <Row label={t('agreements.detail.updatedAt')}>
            {formatDateTime(agreement.updatedAt, i18n.language)}
          </Row>
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
};
