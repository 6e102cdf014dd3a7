import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../ui/format';
import { SectionCard } from '../../../ui/section-card';
import { AgencyLink } from '../../agencies/components/agency-badges';
import type { PersonListItem } from '../types';
import { formatBirthDate } from './birth-date';
import { FactRow } from './fact-row';
import { RoleBadges } from './role-badges';
import { useProvinceName } from './use-province-name';

/** Who the person is: names, sex, birth, province, roles, crime domain and who recorded them when. */
export const IdentityCard = ({ person }: { person: PersonListItem }) => {
  const { t, i18n } = useTranslation();
  const provinceName = useProvinceName();
  const none = t('persons.detail.none');
  const full = person.level === 'full' ? person : null;
  return (
    <SectionCard title={t('persons.detail.identity')} testId="person-identity">
      <Table verticalSpacing={6}>
        <Table.Tbody>
          <FactRow label={t('persons.detail.fullName')}>
            <Text size="sm" fw={600} data-testid="person-full-name">
              {person.fullName}
            </Text>
          </FactRow>
          <FactRow label={t('persons.detail.aliases')}>{person.aliases.join(', ') || none}</FactRow>
          <FactRow label={t('persons.detail.sex')}>{t(`persons.sex.${person.sex}`)}</FactRow>
          <FactRow label={t('persons.detail.birthDate')}>
            {person.birthDate ? formatBirthDate(person.birthDate, i18n.language) : none}
          </FactRow>
          {full && (
            <>
              <FactRow label={t('persons.detail.placeOfBirth')}>{full.placeOfBirth ?? none}</FactRow>
              <FactRow label={t('persons.detail.ethnicity')}>{full.ethnicity ?? none}</FactRow>
              <FactRow label={t('persons.detail.nationality')}>{full.nationality ?? none}</FactRow>
            </>
          )}
          <FactRow label={t('persons.detail.province')}>
            {person.provinceCode ? provinceName(person.provinceCode) : none}
          </FactRow>
          <FactRow label={t('persons.detail.roles')}>
            <RoleBadges roles={person.roles} />
          </FactRow>
          {full && (
            <FactRow label={t('persons.detail.dataSubjectCategory')}>
              {t(`persons.category.${full.dataSubjectCategory}`)}
            </FactRow>
          )}
          <FactRow label={t('persons.detail.crimeDomain')}>
            {t(`agreements.domain.${person.crimeDomain}`)}
          </FactRow>
          <FactRow label={t('persons.detail.externalRef')}>{person.externalRef ?? none}</FactRow>
          <FactRow label={t('persons.detail.owner')}>
            <AgencyLink agency={person.ownerAgency} />
          </FactRow>
          <FactRow label={t('persons.detail.recordedOn')}>
            {formatDay(person.recordedOn, i18n.language)}
          </FactRow>
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
};
