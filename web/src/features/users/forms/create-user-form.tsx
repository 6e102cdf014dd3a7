import { Checkbox, PasswordInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { isRole, ROLES } from '../../auth/types';
import { useCreateUser } from '../api';
import type { CreateUserBody, User } from '../types';

const EMPTY: CreateUserBody = { username: '', displayName: '', roles: [], password: '' };

/** Top-level codes that belong to one field of this form. */
const FIELD_OF_CODE = {
  username_taken: 'username',
  password_too_short: 'password',
  password_too_long: 'password',
  password_too_common: 'password',
  password_reused: 'password',
};

type CreateUserModalProps = { opened: boolean; onClose: () => void; onCreated: (user: User) => void };

/** The form that adds a user to the administrator's agency; server field errors show on their fields. */
export const CreateUserModal = ({ opened, onClose, onCreated }: CreateUserModalProps) => {
  const { t } = useTranslation();
  const create = useCreateUser();
  const { values, set, reset } = useFormValues<CreateUserBody>(EMPTY);
  const { fields, general } = useFormErrors(create.error, FIELD_OF_CODE);
  const close = () => {
    create.reset();
    reset();
    onClose();
  };
  const submit = () => {
    const body = { ...values, username: values.username.trim(), displayName: values.displayName.trim() };
    create.mutate(body, {
      onSuccess: (user) => {
        onCreated(user);
        close();
      },
    });
  };
  return (
    <FormShell
      title={t('users.create.title')}
      opened={opened}
      general={general}
      isPending={create.isPending}
      testId="user-form"
      submitLabel={t('users.create.submit')}
      onClose={close}
      onSubmit={submit}
    >
      <TextInput
        label={t('users.create.username')}
        value={values.username}
        onChange={(event) => set('username', event.currentTarget.value)}
        error={fields.username}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        withAsterisk
        data-testid="user-form-username"
      />
      <TextInput
        label={t('users.create.displayName')}
        value={values.displayName}
        onChange={(event) => set('displayName', event.currentTarget.value)}
        error={fields.displayName}
        autoComplete="off"
        withAsterisk
        data-testid="user-form-display-name"
      />
      <Checkbox.Group
        label={t('users.create.roles')}
        value={values.roles}
        onChange={(selected) => set('roles', selected.filter(isRole))}
        error={fields.roles}
        withAsterisk
        data-testid="user-form-roles"
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
          {ROLES.map((role) => (
            <Checkbox
              key={role}
              value={role}
              label={t(`auth.roles.${role}`)}
              data-testid={`user-form-role-${role}`}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <PasswordInput
        label={t('users.create.password')}
        description={t('users.create.passwordHint')}
        value={values.password}
        onChange={(event) => set('password', event.currentTarget.value)}
        error={fields.password}
        autoComplete="new-password"
        withAsterisk
        data-testid="user-form-password"
      />
    </FormShell>
  );
};
