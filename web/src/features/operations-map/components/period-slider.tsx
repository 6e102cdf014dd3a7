import { RangeSlider, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The first month the slider offers: the North-West route plan's start (2022-09-15) falls in it. */
const FIRST_MONTH = { year: 2022, month: 9 };

const monthsUntil = (today: string): string[] => {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const count = (year - FIRST_MONTH.year) * 12 + month - FIRST_MONTH.month + 1;
  return Array.from({ length: Math.max(count, 1) }, (_, i) => {
    const index = FIRST_MONTH.month - 1 + i;
    return `${FIRST_MONTH.year + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
};

const lastDayOf = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

type PeriodSliderProps = { today: string; onChange: (period: { from: string; to: string }) => void };

/** A time slider over months since September 2022: the map reloads when the user lets go. */
export const PeriodSlider = ({ today, onChange }: PeriodSliderProps) => {
  const { t } = useTranslation();
  const months = useMemo(() => monthsUntil(today), [today]);
  const last = months.length - 1;
  const label = (index: number) => (months[index] ?? '').split('-').reverse().join('/');
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('operationsMap.period')}
      </Text>
      <RangeSlider
        min={0}
        max={last}
        defaultValue={[0, last]}
        minRange={0}
        label={label}
        data-testid="map-period"
        onChangeEnd={([start, end]) =>
          onChange({
            from: `${months[start] ?? months[0]}-01`,
            to: lastDayOf(months[end] ?? months[last] ?? ''),
          })
        }
      />
    </Stack>
  );
};
