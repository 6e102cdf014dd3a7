import { Alert, Anchor, Badge, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, ROUTES } from '../../../app/router';
import { todayDay } from '../../../ui/format';
import { QueryStatus } from '../../../ui/query-status';
import type { Structure } from '../../geo/types';
import { useAgency } from '../api';
import { StatusBadge } from '../components/agency-badges';
import { JurisdictionCard, RelationsCard } from '../components/agency-sections';
import { ContactsCard } from '../components/contacts-card';
import { DayControls } from '../components/day-controls';
import { periodText } from '../components/period-text';
import { AgencyFormModal } from '../forms/agency-form';
import { JurisdictionForm } from '../forms/jurisdiction-form';
import { SuccessionForm } from '../forms/succession-form';

type OpenForm = 'jurisdiction' | 'succession' | null;

type AgencyPageProps = { agencyId: string };

/** One agency on a chosen day: jurisdiction in either structure, hierarchy, history and contact points. */
export const AgencyPage = ({ agencyId }: AgencyPageProps) => {
  const { t, i18n } = useTranslation();
  const [at, setAt] = useState(todayDay);
  const [structure, setStructure] = useState<Structure | null>(null);
  const [isEditing, editModal] = useDisclosure(false);
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const agency = useAgency(agencyId, { at, structure });
  if (!agency.isSuccess) {
    return <QueryStatus query={agency} />;
  }
  const detail = agency.data;
  return (
    <Stack>
      <Anchor href={hrefOf(ROUTES.agencies)} size="sm">
        {t('agencies.detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2} data-testid="agency-name">
              {detail.nameVi}
            </Title>
            <StatusBadge status={detail.status} />
          </Group>
          {detail.nameLocal && detail.localLanguage !== 'vi' && (
            <Text lang={detail.localLanguage ?? undefined}>{detail.nameLocal}</Text>
          )}
          {detail.nameEn && (
            <Text size="sm" c="dimmed" lang="en">
              {detail.nameEn}
            </Text>
          )}
          <Group gap={6} mt={4}>
            <Badge variant="default">{detail.code}</Badge>
            <Badge variant="light">{t(`agencies.kind.${detail.kind}`)}</Badge>
            <Badge variant="light" color="gray">
              {detail.country}
            </Badge>
            <Text size="xs" c="dimmed">
              {periodText(detail, t, i18n.language)}
            </Text>
          </Group>
        </div>
        {detail.abilities.canEditRegistry && (
          <Group gap="xs">
            <Button variant="light" onClick={editModal.open} data-testid="agency-edit">
              {t('agencies.detail.edit')}
            </Button>
            <Button
              variant="default"
              onClick={() => setOpenForm('jurisdiction')}
              data-testid="agency-edit-jurisdiction"
            >
              {t('agencies.jurisdictionForm.open')}
            </Button>
            <Button
              variant="default"
              onClick={() => setOpenForm('succession')}
              data-testid="agency-add-succession"
            >
              {t('agencies.successionForm.open')}
            </Button>
          </Group>
        )}
      </Group>
      <DayControls at={at} onAt={setAt} structure={structure} onStructure={setStructure} />
      {agency.isPlaceholderData && <Loader size="xs" />}
      {detail.status !== 'active' && (
        <Alert color="gray" variant="light">
          {t(`agencies.detail.statusNotice.${detail.status}`)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <JurisdictionCard agency={detail} />
        <ContactsCard
          agencyId={detail.id}
          contacts={detail.contacts}
          canManage={detail.abilities.canManageContacts}
        />
        <RelationsCard agency={detail} />
      </SimpleGrid>
      <AgencyFormModal opened={isEditing} agency={detail} onClose={editModal.close} onSaved={() => {}} />
      {openForm === 'jurisdiction' && detail.abilities.canEditRegistry && (
        <JurisdictionForm agency={detail} onClose={() => setOpenForm(null)} />
      )}
      {openForm === 'succession' && detail.abilities.canEditRegistry && (
        <SuccessionForm agency={detail} onClose={() => setOpenForm(null)} />
      )}
    </Stack>
  );
};
