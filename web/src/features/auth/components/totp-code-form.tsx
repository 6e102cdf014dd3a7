import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useFormErrors } from '../../../app/error-text';

const CODE_PATTERN = /^\d{6}$/;

type TotpCodeFormProps = {
  label: string;
  submitLabel: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (code: string) => void;
};

/** The 6-digit code field and its submit button, shared by sign-in and enrolment. */
export const TotpCodeForm = ({ label, submitLabel, isPending, error, onSubmit }: TotpCodeFormProps) => {
  const [code, setCode] = useState('');
  const { fields, general } = useFormErrors(error);
  const isComplete = CODE_PATTERN.test(code);
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isComplete) {
      onSubmit(code);
    }
  };
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {general && (
          <Alert color="red" variant="light" data-testid="login-error">
            {general}
          </Alert>
        )}
        <TextInput
          label={label}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
          error={fields.code}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          autoFocus
          data-testid="login-totp-code"
        />
        <Button type="submit" loading={isPending} disabled={!isComplete} data-testid="login-totp-submit">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
};
