import { MultiSelect, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { textOrNull } from '../../agencies/forms/form-values';
import { useZones } from '../../geo/api';
import { useSetZones } from '../api';
import type { AgreementDetail } from '../types';

type ZonesEditorProps = { agreement: AgreementDetail; onClose: () => void };

/** Chooses the border zones an agreement covers and words the area where the zones do not say it. */
export const ZonesEditor = ({ agreement, onClose }: ZonesEditorProps) => {
  const { t } = useTranslation();
  const zones = useZones();
  const save = useSetZones();
  const { values, set } = useFormValues({
    zoneIds: agreement.zoneIds,
    areaDescription: agreement.areaDescription ?? '',
  });
  const { fields, general } = useFormErrors(save.error, {
    unknown_zone: 'zoneIds',
    zone_outside_parties: 'zoneIds',
  });
  const known = new Set((zones.data ?? []).map((zone) => zone.id));
  // A zone of the agreement that the list does not (yet) hold still shows, by its id.
  const data = [
    ...(zones.data ?? []).map((zone) => ({ value: zone.id, label: zone.name })),
    ...agreement.zoneIds.filter((id) => !known.has(id)).map((id) => ({ value: id, label: id })),
  ];
  const submit = () =>
    save.mutate(
      {
        id: agreement.id,
        version: agreement.version,
        zoneIds: values.zoneIds,
        areaDescription: textOrNull(values.areaDescription),
      },
      { onSuccess: onClose },
    );
  return (
    <FormShell
      title={t('agreements.zonesForm.title')}
      general={general}
      isPending={save.isPending}
      testId="zones-form"
      onClose={onClose}
      onSubmit={submit}
    >
      <MultiSelect
        label={t('agreements.zonesForm.zones')}
        description={t('agreements.zonesForm.zonesHint')}
        data={data}
        value={values.zoneIds}
        onChange={(zoneIds) => set('zoneIds', zoneIds)}
        error={fields.zoneIds ?? (zones.error ? t('agreements.zonesForm.zonesUnavailable') : undefined)}
        searchable
        clearable
        nothingFoundMessage={t('agreements.zonesForm.nothingFound')}
        data-testid="zones-form-zones"
      />
      <Textarea
        label={t('agreements.form.areaDescription')}
        value={values.areaDescription}
        onChange={(event) => set('areaDescription', event.currentTarget.value)}
        error={fields.areaDescription}
        autosize
        minRows={2}
        data-testid="zones-form-area"
      />
    </FormShell>
  );
};
