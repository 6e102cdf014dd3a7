import { ActionIcon, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText, useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { isStructure, STRUCTURES, type Structure } from '../../geo/types';
import { useSetJurisdiction } from '../api';
import { UnitPicker } from '../components/unit-picker';
import type { AgencyDetail } from '../types';
import { rowIssuesOf, textOrNull } from './form-values';

type Row = {
  key: number;
  structure: Structure;
  unitCode: string | null;
  unitName: string | null;
  validFrom: string;
  validUntil: string;
};

const rowsOf = (agency: AgencyDetail): Row[] =>
  agency.jurisdictionHistory.map((period, index) => ({
    key: index,
    structure: period.structure,
    unitCode: period.unitCode,
    unitName: period.unitName,
    validFrom: period.validFrom ?? '',
    validUntil: period.validUntil ?? '',
  }));

type JurisdictionFormProps = { agency: AgencyDetail; onClose: () => void };

/** Replaces an agency's jurisdiction: rows of structure, unit and period (`PUT /agencies/:id/jurisdiction`). */
export const JurisdictionForm = ({ agency, onClose }: JurisdictionFormProps) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSetJurisdiction();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(agency));
  const [nextKey, setNextKey] = useState(rows.length);
  const { fields, general } = useFormErrors(save.error);
  const rowIssues = rowIssuesOf(save.error, 'units');
  const rowError = (index: number, field: string) => {
    const code = rowIssues.get(`${index}.${field}`);
    return code ? errorText(code, 'errors.invalid_value') : undefined;
  };
  const change = (key: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const addRow = () => {
    setRows((current) => [
      ...current,
      { key: nextKey, structure: 'current', unitCode: null, unitName: null, validFrom: '', validUntil: '' },
    ]);
    setNextKey(nextKey + 1);
  };
  const submit = () =>
    save.mutate(
      {
        id: agency.id,
        version: agency.version,
        units: rows.map((row) => ({
          structure: row.structure,
          unitCode: row.unitCode ?? '',
          validFrom: textOrNull(row.validFrom),
          validUntil: textOrNull(row.validUntil),
        })),
      },
      { onSuccess: onClose },
    );
  const listError = rowIssues.size === 0 ? fields.units : undefined;
  return (
    <FormShell
      title={t('agencies.jurisdictionForm.title')}
      size="xl"
      general={general}
      isPending={save.isPending}
      testId="jurisdiction-form"
      onClose={onClose}
      onSubmit={submit}
    >
      <Text size="sm" c="dimmed">
        {t('agencies.jurisdictionForm.hint')}
      </Text>
      <Stack gap="xs">
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agencies.jurisdictionForm.empty')}
          </Text>
        ) : (
          <Table verticalSpacing={4} data-testid="jurisdiction-form-rows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agencies.detail.structure')}</Table.Th>
                <Table.Th>{t('agencies.jurisdictionForm.unit')}</Table.Th>
                <Table.Th>{t('agencies.form.validFrom')}</Table.Th>
                <Table.Th>{t('agencies.form.validUntil')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <Table.Tr key={row.key}>
                  <Table.Td miw={120}>
                    <Select
                      aria-label={t('agencies.detail.structure')}
                      data={STRUCTURES.map((value) => ({ value, label: t(`geo.structure.${value}`) }))}
                      value={row.structure}
                      onChange={(value) =>
                        isStructure(value) &&
                        change(row.key, { structure: value, unitCode: null, unitName: null })
                      }
                      allowDeselect={false}
                      error={rowError(index, 'structure')}
                    />
                  </Table.Td>
                  <Table.Td miw={220}>
                    <UnitPicker
                      structure={row.structure}
                      value={row.unitCode}
                      initialName={row.unitName}
                      onChange={(unit) =>
                        change(row.key, { unitCode: unit?.code ?? null, unitName: unit?.name ?? null })
                      }
                      error={rowError(index, 'unitCode')}
                      testId={`jurisdiction-form-unit-${index}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      type="date"
                      aria-label={t('agencies.form.validFrom')}
                      value={row.validFrom}
                      onChange={(event) => change(row.key, { validFrom: event.currentTarget.value })}
                      error={rowError(index, 'validFrom')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      type="date"
                      aria-label={t('agencies.form.validUntil')}
                      value={row.validUntil}
                      onChange={(event) => change(row.key, { validUntil: event.currentTarget.value })}
                      error={rowError(index, 'validUntil')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('agencies.jurisdictionForm.removeRow')}
                      title={t('agencies.jurisdictionForm.removeRow')}
                      onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {listError && (
          <Text size="sm" c="red">
            {listError}
          </Text>
        )}
        <Group>
          <Button size="compact-sm" variant="light" onClick={addRow} data-testid="jurisdiction-form-add">
            {t('agencies.jurisdictionForm.addRow')}
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
};
