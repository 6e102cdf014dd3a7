import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type FormShellProps = {
  title: string;
  size?: string;
  /** Whether the modal shows; forms mounted only while open leave it at true. */
  opened?: boolean;
  general: string | null;
  isPending: boolean;
  testId: string;
  /** The submit button's text; "Save" unless the form creates something. */
  submitLabel?: string;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
};

/** A modal form: title, the general error, the fields, cancel and submit, so every form reads and behaves alike. */
export const FormShell = ({
  title,
  size = 'lg',
  opened = true,
  general,
  isPending,
  testId,
  submitLabel,
  onClose,
  onSubmit,
  children,
}: FormShellProps) => {
  const { t } = useTranslation();
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {general && (
            <Alert color="red" variant="light" data-testid={`${testId}-error`}>
              {general}
            </Alert>
          )}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.common.cancel')}
            </Button>
            <Button type="submit" loading={isPending} data-testid={`${testId}-submit`}>
              {submitLabel ?? t('agencies.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
