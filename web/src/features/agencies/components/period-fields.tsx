import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Period = { validFrom: string; validUntil: string };

type PeriodFieldsProps = {
  value: Period;
  onChange: (key: keyof Period, value: string) => void;
  errors: { validFrom?: string; validUntil?: string };
  /** Explains that an empty end means "still valid". */
  hasUntilHint?: boolean;
  /** Prefix of the fields' test ids (`<testId>-valid-from`, `<testId>-valid-until`); none when absent. */
  testId?: string;
};

/** The two date fields of a period of validity, side by side. */
export const PeriodFields = ({
  value,
  onChange,
  errors,
  hasUntilHint = false,
  testId,
}: PeriodFieldsProps) => {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        type="date"
        label={t('agencies.form.validFrom')}
        value={value.validFrom}
        onChange={(event) => onChange('validFrom', event.currentTarget.value)}
        error={errors.validFrom}
        data-testid={testId && `${testId}-valid-from`}
      />
      <TextInput
        type="date"
        label={t('agencies.form.validUntil')}
        description={hasUntilHint ? t('agencies.form.validUntilHint') : undefined}
        value={value.validUntil}
        onChange={(event) => onChange('validUntil', event.currentTarget.value)}
        error={errors.validUntil}
        data-testid={testId && `${testId}-valid-until`}
      />
    </SimpleGrid>
  );
};
