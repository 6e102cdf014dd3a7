import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../ui/format';
import { SectionCard } from '../../../ui/section-card';
import type { PersonFull } from '../types';
import { AddressText } from './address-text';
import { FactRow } from './fact-row';

/** What only a full reader sees: identity documents, addresses, phones, vehicles, the review due day and the note. */
export const FullDetailsCard = ({ person }: { person: PersonFull }) => {
  const { t, i18n } = useTranslation();
  const none = t('persons.detail.none');
  return (
    <SectionCard title={t('persons.detail.details')} testId="person-details">
      <Table verticalSpacing={6}>
        <Table.Tbody>
          <FactRow label={t('persons.detail.documents')}>
            <Stack gap={2} data-testid="person-documents">
              {person.identityDocuments.length === 0 && <Text size="sm">{none}</Text>}
              {person.identityDocuments.map((document) => (
                <Text key={`${document.kind}-${document.number}`} size="sm" data-testid="person-document">
                  {`${t(`persons.documentKind.${document.kind}`)}: ${document.number}`}
                  {document.issuedBy && ` · ${document.issuedBy}`}
                </Text>
              ))}
            </Stack>
          </FactRow>
          <FactRow label={t('persons.detail.addresses')}>
            <Stack gap={2}>
              {person.addresses.length === 0 && <Text size="sm">{none}</Text>}
              {person.addresses.map((address) => (
                <AddressText
                  key={`${address.kind}-${address.structure}-${address.unitCode}`}
                  address={address}
                />
              ))}
            </Stack>
          </FactRow>
          <FactRow label={t('persons.detail.phones')}>{person.phones.join(', ') || none}</FactRow>
          <FactRow label={t('persons.detail.vehicles')}>{person.vehicles.join(', ') || none}</FactRow>
          <FactRow label={t('persons.detail.reviewDueOn')}>
            {formatDay(person.reviewDueOn, i18n.language)}
          </FactRow>
          <FactRow label={t('persons.detail.note')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {person.note ?? none}
            </Text>
          </FactRow>
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
};
