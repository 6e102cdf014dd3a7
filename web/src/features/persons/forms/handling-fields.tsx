import { Select, SimpleGrid, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../app/error-text';
import { isOneOf } from '../../agreements/types';
import { CLASSIFICATIONS, HANDLING_CODES, INFORMATION_ACCURACIES, SOURCE_RELIABILITIES } from '../types';
import type { HandlingValues } from './person-values';

type HandlingFieldsProps = {
  value: HandlingValues;
  onChange: (value: HandlingValues) => void;
  errors: FieldErrors;
};

/** How the record may be used and passed on, and how far its source and content are to be trusted. */
export const HandlingFields = ({ value, onChange, errors }: HandlingFieldsProps) => {
  const { t } = useTranslation();
  const change = (patch: Partial<HandlingValues>) => onChange({ ...value, ...patch });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('persons.form.classification')}
          data={CLASSIFICATIONS.map((code) => ({ value: code, label: t(`persons.classification.${code}`) }))}
          value={value.classification}
          onChange={(code) => isOneOf(CLASSIFICATIONS, code) && change({ classification: code })}
          error={errors.classification}
          allowDeselect={false}
        />
        <Select
          label={t('persons.form.handlingCode')}
          data={HANDLING_CODES.map((code) => ({
            value: code,
            label: `${code} · ${t(`persons.handling.${code}`)}`,
          }))}
          value={value.handlingCode}
          onChange={(code) => isOneOf(HANDLING_CODES, code) && change({ handlingCode: code })}
          error={errors.handlingCode}
          allowDeselect={false}
          data-testid="person-form-handling"
        />
        <Select
          label={t('persons.form.sourceReliability')}
          data={SOURCE_RELIABILITIES.map((code) => ({
            value: code,
            label: `${code} · ${t(`persons.reliability.${code}`)}`,
          }))}
          value={value.sourceReliability}
          onChange={(code) =>
            change({ sourceReliability: isOneOf(SOURCE_RELIABILITIES, code) ? code : null })
          }
          error={errors.sourceReliability}
          placeholder={t('persons.grading.none')}
          clearable
          data-testid="person-form-reliability"
        />
        <Select
          label={t('persons.form.informationAccuracy')}
          data={INFORMATION_ACCURACIES.map((code) => ({
            value: code,
            label: `${code} · ${t(`persons.accuracy.${code}`)}`,
          }))}
          value={value.informationAccuracy}
          onChange={(code) =>
            change({ informationAccuracy: isOneOf(INFORMATION_ACCURACIES, code) ? code : null })
          }
          error={errors.informationAccuracy}
          placeholder={t('persons.grading.none')}
          clearable
          data-testid="person-form-accuracy"
        />
      </SimpleGrid>
      <Switch
        label={t('persons.form.releasableToForeign')}
        checked={value.releasableToForeign}
        onChange={(event) => change({ releasableToForeign: event.currentTarget.checked })}
        error={errors.releasableToForeign}
      />
    </>
  );
};
