import { Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { ErrorAlert } from '../../../ui/error-alert';
import { SectionCard } from '../../../ui/section-card';
import { AgencyLink } from '../../agencies/components/agency-badges';
import { useRemoveParty } from '../api';
import { AddPartyForm } from '../forms/parties-editor';
import type { AgreementDetail, PartyView } from '../types';

const signatoryOf = (party: PartyView): string =>
  [party.signatoryRank, party.signatoryName].filter(Boolean).join(' ');

const Signatory = ({ party }: { party: PartyView }) => {
  const { t } = useTranslation();
  return (
    <>
      {signatoryOf(party) === '' ? (
        <Text size="sm" c="dimmed">
          {t('agreements.parties.noSignatory')}
        </Text>
      ) : (
        <Text size="sm">{signatoryOf(party)}</Text>
      )}
      {party.signatoryTitle && (
        <Text size="xs" c="dimmed">
          {party.signatoryTitle}
        </Text>
      )}
    </>
  );
};

/** The parties of an agreement, each with its role and, where known, who signed for it; writers add and remove them. */
export const PartiesCard = ({ agreement }: { agreement: AgreementDetail }) => {
  const { t } = useTranslation();
  const { parties } = agreement;
  const canEdit = agreement.abilities.canEdit;
  const remove = useRemoveParty();
  const [isAdding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<PartyView | null>(null);
  const confirmRemove = () =>
    removing &&
    remove.mutate(
      { id: agreement.id, partyId: removing.id, version: agreement.version },
      { onSettled: () => setRemoving(null) },
    );
  return (
    <SectionCard
      title={t('agreements.parties.title', { count: parties.length })}
      action={
        canEdit ? (
          <Button size="compact-sm" variant="light" onClick={() => setAdding(true)} data-testid="party-add">
            {t('agreements.parties.add')}
          </Button>
        ) : undefined
      }
      testId="agreement-parties"
    >
      <ErrorAlert error={remove.error} testId="party-remove-error" />
      {parties.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreements.parties.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agreements.parties.agency')}</Table.Th>
                <Table.Th>{t('agreements.parties.role')}</Table.Th>
                <Table.Th>{t('agreements.parties.signatory')}</Table.Th>
                {canEdit && <Table.Th w={1} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {parties.map((party) => (
                <Table.Tr key={party.id} data-testid="agreement-party">
                  <Table.Td>
                    <AgencyLink agency={party.agency} />
                    {party.note && (
                      <Text size="xs" c="dimmed">
                        {party.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="outline">
                      {t(`agreements.partyRole.${party.role}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Signatory party={party} />
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setRemoving(party)}
                      >
                        {t('agreements.parties.remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {isAdding && <AddPartyForm agreement={agreement} onClose={() => setAdding(false)} />}
      <ConfirmModal
        message={removing ? t('agreements.parties.confirmRemove', { name: removing.agency.nameVi }) : null}
        isPending={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      />
    </SectionCard>
  );
};
