import { Button, FileButton, Group, Image, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { ErrorAlert } from '../../../ui/error-alert';
import { SectionCard } from '../../../ui/section-card';
import { photoSrc, useRemovePersonPhoto, useSetPersonPhoto } from '../record-api';
import type { PersonFull } from '../types';
import { PHOTO_TYPES, photoFileProblem } from './photo-file';

type PhotoActionsProps = { person: PersonFull; onProblem: (code: string | null) => void };

const PhotoActions = ({ person, onProblem }: PhotoActionsProps) => {
  const { t } = useTranslation();
  const setPhoto = useSetPersonPhoto();
  const removePhoto = useRemovePersonPhoto();
  const resetRef = useRef<() => void>(null);
  const [isConfirming, setConfirming] = useState(false);
  const pick = (file: File | null) => {
    // Cleared at once, so that picking the same file again sends it again.
    resetRef.current?.();
    if (!file) return;
    const problem = photoFileProblem(file);
    onProblem(problem);
    if (!problem) setPhoto.mutate({ personId: person.id, file });
  };
  return (
    <>
      <ErrorAlert error={setPhoto.error ?? removePhoto.error} testId="person-photo-error" />
      <Group gap="xs">
        <FileButton
          accept={PHOTO_TYPES.join(',')}
          resetRef={resetRef}
          onChange={pick}
          inputProps={{ 'aria-label': t('persons.photo.upload'), id: 'person-photo-input' }}
        >
          {(props) => (
            <Button
              {...props}
              size="compact-sm"
              variant="light"
              loading={setPhoto.isPending}
              data-testid="person-photo-upload"
            >
              {person.photoSha256 ? t('persons.photo.replace') : t('persons.photo.upload')}
            </Button>
          )}
        </FileButton>
        {person.photoSha256 && (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => setConfirming(true)}
            data-testid="person-photo-remove"
          >
            {t('persons.photo.remove')}
          </Button>
        )}
      </Group>
      <ConfirmModal
        message={isConfirming ? t('persons.photo.removeConfirm') : null}
        isPending={removePhoto.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => removePhoto.mutate(person.id, { onSettled: () => setConfirming(false) })}
      />
    </>
  );
};

type PhotoCardProps = {
  person: PersonFull;
  /** The owner agency's writers set and remove the photo. */
  canEdit: boolean;
};

/** The person's photo for full readers; the owner's writers upload a JPEG, PNG or WebP of at most 5 MB, or remove it. */
export const PhotoCard = ({ person, canEdit }: PhotoCardProps) => {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <SectionCard title={t('persons.photo.title')} testId="person-photo">
      {person.photoSha256 ? (
        <Image
          src={photoSrc(person.id, person.photoSha256)}
          alt={t('persons.photo.alt', { name: person.fullName })}
          w="auto"
          maw={240}
          mah={320}
          fit="contain"
          radius="sm"
          data-testid="person-photo-image"
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('persons.photo.none')}
        </Text>
      )}
      <ErrorAlert error={problem} testId="person-photo-problem" />
      {canEdit && (
        <>
          <PhotoActions person={person} onProblem={setProblem} />
          <Text size="xs" c="dimmed">
            {t('persons.photo.hint')}
          </Text>
        </>
      )}
    </SectionCard>
  );
};
