import { ActionIcon, Button, Group, NumberInput, Select, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { textOrNull } from '../../agencies/forms/form-values';
import { useSetObligations } from '../api';
import {
  type AgreementDetail,
  isOneOf,
  RECORD_KINDS,
  type RecordKind,
  SHARING_LEVELS,
  type SharingLevel,
} from '../types';
import { appendRow, changeRow, type Keyed, removeRow, useRowErrors, wholeOrNull, withKeys } from './row-list';

/** The Select value standing for "every party" (the API's `agencyId: null`). */
const EVERY_PARTY = 'every';

type Row = { agencyId: string; recordKind: RecordKind; level: SharingLevel; note: string };

const DEADLINES = ['urgentHours', 'normalHours', 'lowHours'] as const;

type Values = {
  rows: Keyed<Row>[];
  urgentHours: number | null;
  normalHours: number | null;
  lowHours: number | null;
};

const valuesOf = (agreement: AgreementDetail): Values => ({
  rows: withKeys(
    agreement.obligations.map((obligation) => ({
      agencyId: obligation.agencyId ?? EVERY_PARTY,
      recordKind: obligation.recordKind,
      level: obligation.level,
      note: obligation.note ?? '',
    })),
  ),
  ...agreement.replyDeadlines,
});

const NEW_ROW: Row = { agencyId: EVERY_PARTY, recordKind: 'persons', level: 'summary', note: '' };

type ObligationRowProps = {
  row: Row;
  agencies: { value: string; label: string }[];
  index: number;
  error: (field: string) => string | undefined;
  onChange: (patch: Partial<Row>) => void;
  onRemove: () => void;
};

const ObligationRow = ({ row, agencies, index, error, onChange, onRemove }: ObligationRowProps) => {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid="obligations-form-row">
      <Table.Td>
        <Select
          aria-label={t('agreements.obligations.party')}
          data={agencies}
          value={row.agencyId}
          onChange={(agencyId) => agencyId && onChange({ agencyId })}
          error={error('agencyId')}
          allowDeselect={false}
          data-testid={`obligations-form-agency-${index}`}
        />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t('agreements.obligations.shares')}
          data={RECORD_KINDS.map((kind) => ({ value: kind, label: t(`agreements.recordKind.${kind}`) }))}
          value={row.recordKind}
          onChange={(kind) => isOneOf(RECORD_KINDS, kind) && onChange({ recordKind: kind })}
          error={error('recordKind')}
          allowDeselect={false}
          data-testid={`obligations-form-kind-${index}`}
        />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t('agreements.obligations.level')}
          data={SHARING_LEVELS.map((level) => ({ value: level, label: t(`agreements.level.${level}`) }))}
          value={row.level}
          onChange={(level) => isOneOf(SHARING_LEVELS, level) && onChange({ level })}
          error={error('level')}
          allowDeselect={false}
          data-testid={`obligations-form-level-${index}`}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={t('agreements.form.note')}
          value={row.note}
          onChange={(event) => onChange({ note: event.currentTarget.value })}
          error={error('note')}
        />
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('agreements.obligationsForm.remove')}
          onClick={onRemove}
        >
          ×
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
};

type ObligationsEditorProps = { agreement: AgreementDetail; onClose: () => void };

/** Edits what each party (or every party) shares automatically and at which level, and the reply deadlines. */
export const ObligationsEditor = ({ agreement, onClose }: ObligationsEditorProps) => {
  const { t } = useTranslation();
  const save = useSetObligations();
  const { values, set } = useFormValues<Values>(() => valuesOf(agreement));
  const { fields, general } = useFormErrors(save.error);
  const rowError = useRowErrors(save.error, 'obligations');
  const agencies = [
    { value: EVERY_PARTY, label: t('agreements.obligations.everyParty') },
    ...agreement.parties.map((party) => ({ value: party.agency.id, label: party.agency.nameVi })),
  ];
  const submit = () =>
    save.mutate(
      {
        id: agreement.id,
        version: agreement.version,
        obligations: values.rows.map((row) => ({
          agencyId: row.agencyId === EVERY_PARTY ? null : row.agencyId,
          recordKind: row.recordKind,
          level: row.level,
          note: textOrNull(row.note),
        })),
        replyDeadlines: {
          urgentHours: values.urgentHours,
          normalHours: values.normalHours,
          lowHours: values.lowHours,
        },
      },
      { onSuccess: onClose },
    );
  return (
    <FormShell
      title={t('agreements.obligationsForm.title')}
      size="xl"
      general={general}
      isPending={save.isPending}
      testId="obligations-form"
      onClose={onClose}
      onSubmit={submit}
    >
      <Table.ScrollContainer minWidth={680}>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agreements.obligations.party')}</Table.Th>
              <Table.Th>{t('agreements.obligations.shares')}</Table.Th>
              <Table.Th>{t('agreements.obligations.level')}</Table.Th>
              <Table.Th>{t('agreements.form.note')}</Table.Th>
              <Table.Th w={1} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {values.rows.map((row, index) => (
              <ObligationRow
                key={row.key}
                row={row}
                agencies={agencies}
                index={index}
                error={(field) => rowError(index, field)}
                onChange={(patch) => set('rows', changeRow(values.rows, row.key, patch))}
                onRemove={() => set('rows', removeRow(values.rows, row.key))}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {values.rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('agreements.obligations.none')}
        </Text>
      )}
      <Group>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => set('rows', appendRow(values.rows, NEW_ROW))}
          data-testid="obligations-form-add"
        >
          {t('agreements.obligationsForm.add')}
        </Button>
      </Group>
      <Text size="sm" fw={500}>
        {t('agreements.obligations.replyDeadlines')}
      </Text>
      <Group grow align="flex-start">
        {DEADLINES.map((key) => (
          <NumberInput
            key={key}
            label={t(`agreements.obligations.${key}`)}
            description={t('agreements.obligationsForm.hoursHint')}
            value={values[key] ?? ''}
            onChange={(value) => set(key, wholeOrNull(value))}
            error={fields.replyDeadlines}
            min={1}
            allowDecimal={false}
            data-testid={`obligations-form-${key}`}
          />
        ))}
      </Group>
    </FormShell>
  );
};
