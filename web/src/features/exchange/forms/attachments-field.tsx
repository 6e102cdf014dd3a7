import { Button, CloseButton, FileButton, Group, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { ATTACHMENT_TYPES, useUploadAttachment } from '../api';
import type { Attachment } from '../types';

type AttachmentsFieldProps = { value: Attachment[]; onChange: (files: Attachment[]) => void };

/** Uploads files for a message (PDF, JPEG, PNG; type and size checked before sending) and lists them. */
export const AttachmentsField = ({ value, onChange }: AttachmentsFieldProps) => {
  const { t } = useTranslation();
  const upload = useUploadAttachment();
  const resetRef = useRef<() => void>(null);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <FileButton
          accept={ATTACHMENT_TYPES.join(',')}
          resetRef={resetRef}
          onChange={(file) => {
            resetRef.current?.();
            if (file) upload.mutate(file, { onSuccess: (sent) => onChange([...value, sent]) });
          }}
          inputProps={{ 'aria-label': t('exchange.attachments.add') }}
        >
          {(props) => (
            <Button {...props} size="compact-sm" variant="light" loading={upload.isPending}>
              📎 {t('exchange.attachments.add')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('exchange.attachments.hint')}
        </Text>
      </Group>
      {value.map((file) => (
        <Group key={file.id} gap={4} data-testid="attachment-item">
          <Text size="sm">{file.filename}</Text>
          <CloseButton
            size="sm"
            aria-label={t('exchange.attachments.remove')}
            onClick={() => onChange(value.filter((f) => f.id !== file.id))}
          />
        </Group>
      ))}
      <ErrorAlert error={upload.error} testId="attachment-error" />
    </Stack>
  );
};
