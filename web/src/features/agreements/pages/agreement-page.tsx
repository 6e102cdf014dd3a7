import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, ROUTES } from '../../../app/router';
import { QueryStatus } from '../../../ui/query-status';
import { ScorecardCard } from '../../exchange/components/scorecard-card';
import { useAgreement } from '../api';
import { AgreementStatusBadge } from '../components/agreement-badges';
import { DocumentsCard } from '../components/documents-card';
import { FactsCard } from '../components/facts-card';
import { HistoryCard } from '../components/history-card';
import { ObligationsCard } from '../components/obligations-card';
import { PartiesCard } from '../components/parties-card';
import { ReviewsCard } from '../components/reviews-card';
import { ZonesCard } from '../components/zones-card';
import { AgreementFormModal } from '../forms/agreement-form';
import { ObligationsEditor } from '../forms/obligations-editor';
import { ReviewsEditor } from '../forms/reviews-editor';
import { SignForm } from '../forms/sign-form';
import { hasNextStatus, StatusForm } from '../forms/status-form';
import { ZonesEditor } from '../forms/zones-editor';
import type { AgreementDetail } from '../types';

type OpenForm = 'edit' | 'sign' | 'status' | 'zones' | 'obligations' | 'reviews' | null;

type EditorForm = 'zones' | 'obligations' | 'reviews';

/** The button that opens a card's editor, for those the detail says may write the agreement. */
const EditButton = ({ form, onOpen }: { form: EditorForm; onOpen: (form: OpenForm) => void }) => {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-sm"
      variant="light"
      onClick={() => onOpen(form)}
      data-testid={`agreement-${form}-edit`}
    >
      {t('agreements.detail.editSection')}
    </Button>
  );
};

const Actions = ({ agreement, onOpen }: { agreement: AgreementDetail; onOpen: (form: OpenForm) => void }) => {
  const { t } = useTranslation();
  if (!agreement.abilities.canEdit) {
    return null;
  }
  return (
    <Group gap="xs">
      {agreement.status === 'draft' && (
        <>
          <Button variant="light" onClick={() => onOpen('edit')} data-testid="agreement-edit">
            {t('agreements.detail.edit')}
          </Button>
          <Button onClick={() => onOpen('sign')} data-testid="agreement-sign-open">
            {t('agreements.sign.open')}
          </Button>
        </>
      )}
      {hasNextStatus(agreement.status) && (
        <Button variant="default" onClick={() => onOpen('status')} data-testid="agreement-status-open">
          {t('agreements.statusForm.open')}
        </Button>
      )}
    </Group>
  );
};

type AgreementPageProps = { agreementId: string; ownAgency: { id: string; nameVi: string } };

/**
 * One agreement: parties and signatories, dates, scope, zones on the map, obligations, the review calendar and
 * the signed documents, then its history; those who may write it edit each section in place.
 */
export const AgreementPage = ({ agreementId, ownAgency }: AgreementPageProps) => {
  const { t } = useTranslation();
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const agreement = useAgreement(agreementId);
  if (!agreement.isSuccess) {
    return <QueryStatus query={agreement} />;
  }
  const detail = agreement.data;
  const close = () => setOpenForm(null);
  const editButton = (form: EditorForm) =>
    detail.abilities.canEdit ? <EditButton form={form} onOpen={setOpenForm} /> : undefined;
  return (
    <Stack>
      <Anchor href={hrefOf(ROUTES.agreements)} size="sm">
        {t('agreements.detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="sm">
            {detail.number && <Badge variant="default">{detail.number}</Badge>}
            <Badge variant="light">{t(`agreements.kind.${detail.kind}`)}</Badge>
            <AgreementStatusBadge status={detail.status} />
          </Group>
          <Title order={2} mt={4} data-testid="agreement-title">
            {detail.title}
          </Title>
        </div>
        <Actions agreement={detail} onOpen={setOpenForm} />
      </Group>
      {detail.note && (
        <Alert
          color="yellow"
          variant="light"
          title={t('agreements.detail.note')}
          data-testid="agreement-note"
        >
          <Text size="sm">{detail.note}</Text>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <FactsCard agreement={detail} />
        <Stack>
          <ReviewsCard reviews={detail.reviews} action={editButton('reviews')} />
          <ObligationsCard agreement={detail} action={editButton('obligations')} />
        </Stack>
      </SimpleGrid>
      <PartiesCard agreement={detail} />
      <ZonesCard agreement={detail} action={editButton('zones')} />
      <DocumentsCard agreement={detail} />
      <ScorecardCard agreementId={detail.id} />
      <HistoryCard agreementId={detail.id} />
      <AgreementFormModal
        opened={openForm === 'edit'}
        agreement={detail}
        ownAgency={ownAgency}
        onClose={close}
        onSaved={() => {}}
      />
      {openForm === 'sign' && <SignForm agreement={detail} onClose={close} />}
      {openForm === 'status' && <StatusForm agreement={detail} onClose={close} />}
      {openForm === 'zones' && <ZonesEditor agreement={detail} onClose={close} />}
      {openForm === 'obligations' && <ObligationsEditor agreement={detail} onClose={close} />}
      {openForm === 'reviews' && <ReviewsEditor agreement={detail} onClose={close} />}
    </Stack>
  );
};
