import { ActionIcon, Button, Group, Input, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { appendRow, changeRow, type Keyed, removeRow } from '../../agreements/forms/row-list';
import { isOneOf } from '../../agreements/types';
import { IDENTITY_DOCUMENT_KINDS } from '../types';
import type { DocumentRow } from './person-values';

type IdentityDocumentsFieldProps = {
  value: Keyed<DocumentRow>[];
  onChange: (rows: Keyed<DocumentRow>[]) => void;
  /** The translated error of one row's field (`identityDocuments.1.number` → row 1, `number`). */
  rowError: (index: number, field: string) => string | undefined;
  /** The error of the list as a whole (too many rows), when no row has its own. */
  error: string | undefined;
};

/** The person's identity documents: a kind and a number per row, added and removed at will. */
export const IdentityDocumentsField = ({ value, onChange, rowError, error }: IdentityDocumentsFieldProps) => {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={t('persons.form.documents')} error={error}>
      <Stack gap="xs" mt={4}>
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('persons.form.noDocuments')}
          </Text>
        )}
        {value.map((row, index) => (
          <Group key={row.key} align="flex-start" wrap="nowrap">
            <Select
              aria-label={t('persons.form.documentKind')}
              data={IDENTITY_DOCUMENT_KINDS.map((kind) => ({
                value: kind,
                label: t(`persons.documentKind.${kind}`),
              }))}
              value={row.kind}
              onChange={(kind) =>
                isOneOf(IDENTITY_DOCUMENT_KINDS, kind) && onChange(changeRow(value, row.key, { kind }))
              }
              error={rowError(index, 'kind')}
              allowDeselect={false}
              w={200}
              data-testid={`person-form-document-kind-${index}`}
            />
            <TextInput
              aria-label={t('persons.form.documentNumber')}
              placeholder={t('persons.form.documentNumber')}
              value={row.number}
              onChange={(event) => onChange(changeRow(value, row.key, { number: event.currentTarget.value }))}
              error={rowError(index, 'number')}
              style={{ flex: 1 }}
              data-testid={`person-form-document-number-${index}`}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={4}
              aria-label={t('persons.form.removeDocument')}
              onClick={() => onChange(removeRow(value, row.key))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => onChange(appendRow(value, { kind: 'cccd', number: '' }))}
            data-testid="person-form-document-add"
          >
            {t('persons.form.addDocument')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
};
