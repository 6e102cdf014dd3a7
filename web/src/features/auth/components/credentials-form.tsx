import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { useLogin } from '../api';
import type { LoginResult } from '../types';

type CredentialsFormProps = { onResult: (result: LoginResult) => void };

/** Step one of the sign-in: username and password. */
export const CredentialsForm = ({ onResult }: CredentialsFormProps) => {
  const { t } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { fields, general } = useFormErrors(login.error);
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(
      { username: username.trim(), password },
      { onSuccess: onResult, onError: () => setPassword('') },
    );
  };
  return (
    <form onSubmit={handleSubmit}>
      <Stack>
        {general && (
          <Alert color="red" variant="light" data-testid="login-error">
            {general}
          </Alert>
        )}
        <TextInput
          label={t('auth.login.username')}
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          error={fields.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          data-testid="login-username"
        />
        <PasswordInput
          label={t('auth.login.password')}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fields.password}
          autoComplete="current-password"
          required
          data-testid="login-password"
        />
        <Button type="submit" loading={login.isPending} data-testid="login-submit">
          {t('auth.login.submit')}
        </Button>
      </Stack>
    </form>
  );
};
