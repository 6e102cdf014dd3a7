import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ConfirmModalProps = {
  message: string | null;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before a consequential action; open while `message` is set. */
export const ConfirmModal = ({ message, isPending, onConfirm, onCancel }: ConfirmModalProps) => {
  const { t } = useTranslation();
  return (
    <Modal opened={message !== null} onClose={onCancel} title={t('app.common.confirmTitle')} centered>
      <Text mb="lg">{message}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-testid="confirm-cancel">
          {t('app.common.cancel')}
        </Button>
        <Button color="red" loading={isPending} onClick={onConfirm} data-testid="confirm-ok">
          {t('app.common.confirm')}
        </Button>
      </Group>
    </Modal>
  );
};
