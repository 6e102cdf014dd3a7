import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { useResetUserMfa, useSetUserDisabled, useUnlockUser } from '../api';
import type { UserFeedback } from '../feedback';
import type { User } from '../types';

type UserRowActionsProps = { user: User; onFeedback: (feedback: UserFeedback) => void };

type Confirming = 'disable' | 'resetMfa' | null;

/** Unlock, disable or enable, and reset the second factor of one user; each sends the row's version. */
export const UserRowActions = ({ user, onFeedback }: UserRowActionsProps) => {
  const { t } = useTranslation();
  const unlock = useUnlockUser();
  const setDisabled = useSetUserDisabled();
  const resetMfa = useResetUserMfa();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const row = { id: user.id, version: user.version };
  const callbacks = {
    onSuccess: (updated: User) => onFeedback({ kind: 'updated', username: updated.username }),
    onError: (error: unknown) => onFeedback({ kind: 'error', error }),
    onSettled: () => setConfirming(null),
  };
  const confirmMessage =
    confirming === 'disable'
      ? t('users.actions.confirmDisable', { username: user.username })
      : confirming === 'resetMfa'
        ? t('users.actions.confirmResetMfa', { username: user.username })
        : null;
  const confirm = () =>
    confirming === 'disable'
      ? setDisabled.mutate({ ...row, isDisabled: true }, callbacks)
      : resetMfa.mutate(row, callbacks);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="compact-sm"
            variant="default"
            loading={unlock.isPending || setDisabled.isPending || resetMfa.isPending}
            data-testid={`user-actions-${user.username}`}
          >
            {t('users.list.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            disabled={!user.isLocked}
            onClick={() => unlock.mutate(row, callbacks)}
            data-testid={`user-unlock-${user.username}`}
          >
            {t('users.actions.unlock')}
          </Menu.Item>
          {user.isDisabled ? (
            <Menu.Item
              onClick={() => setDisabled.mutate({ ...row, isDisabled: false }, callbacks)}
              data-testid={`user-enable-${user.username}`}
            >
              {t('users.actions.enable')}
            </Menu.Item>
          ) : (
            <Menu.Item
              color="red"
              onClick={() => setConfirming('disable')}
              data-testid={`user-disable-${user.username}`}
            >
              {t('users.actions.disable')}
            </Menu.Item>
          )}
          <Menu.Item
            disabled={!user.mfaEnrolled}
            onClick={() => setConfirming('resetMfa')}
            data-testid={`user-mfa-reset-${user.username}`}
          >
            {t('users.actions.resetMfa')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        message={confirmMessage}
        isPending={setDisabled.isPending || resetMfa.isPending}
        onConfirm={confirm}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
};
