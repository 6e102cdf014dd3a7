import { Badge, Button, Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { UnitPicker } from '../../agencies/components/unit-picker';
import { type Place, useAddresseeSuggestions } from '../api';

type PlaceAddresseesProps = { onAdd: (agencies: { value: string; label: string }[]) => void };

/** Picks a place (a unit, or a point) and offers the forces whose border zones hold it, through our agreements. */
export const PlaceAddressees = ({ onAdd }: PlaceAddresseesProps) => {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'unit' | 'point'>('unit');
  const [unit, setUnit] = useState<{ code: string; name: string } | null>(null);
  const [lat, setLat] = useState<number | string>('');
  const [lon, setLon] = useState<number | string>('');
  const [place, setPlace] = useState<Place | null>(null);
  const found = useAddresseeSuggestions(place);
  const suggestions = found.data?.suggestions ?? [];
  return (
    <Stack gap="xs" data-testid="compose-place">
      <Group align="end">
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value as 'unit' | 'point')}
          data={[
            { value: 'unit', label: t('exchange.place.unit') },
            { value: 'point', label: t('exchange.place.point') },
          ]}
        />
        {mode === 'unit' ? (
          <UnitPicker
            structure="current"
            value={unit?.code ?? null}
            initialName={unit?.name ?? null}
            onChange={(picked) => {
              setUnit(picked);
              setPlace(picked ? { unitCode: picked.code } : null);
            }}
            testId="compose-place-unit"
          />
        ) : (
          <>
            <NumberInput
              label={t('exchange.place.lat')}
              value={lat}
              onChange={setLat}
              decimalScale={5}
              w={110}
            />
            <NumberInput
              label={t('exchange.place.lon')}
              value={lon}
              onChange={setLon}
              decimalScale={5}
              w={110}
            />
            <Button
              variant="light"
              disabled={typeof lat !== 'number' || typeof lon !== 'number'}
              onClick={() => setPlace({ lat: Number(lat), lon: Number(lon) })}
              data-testid="compose-place-find"
            >
              {t('exchange.place.find')}
            </Button>
          </>
        )}
      </Group>
      <ErrorAlert error={found.error} />
      {found.data && suggestions.length === 0 && (
        <Text size="sm" c="dimmed">
          {found.data.zones.length === 0 ? t('exchange.place.noZone') : t('exchange.place.noAgreement')}
        </Text>
      )}
      {suggestions.length > 0 && (
        <Group gap="xs" data-testid="compose-place-suggestions">
          <Text size="sm">{t('exchange.place.suggested')}</Text>
          {suggestions.map((s) => (
            <Badge key={s.agency.id} variant="light" title={s.agreements.map((a) => a.title).join('; ')}>
              {s.agency.nameVi}
            </Badge>
          ))}
          <Button
            size="xs"
            onClick={() => onAdd(suggestions.map((s) => ({ value: s.agency.id, label: s.agency.nameVi })))}
            data-testid="compose-place-add"
          >
            {t('exchange.place.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
};
