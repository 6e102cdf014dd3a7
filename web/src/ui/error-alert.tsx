import { Alert } from '@mantine/core';
import { useErrorText } from '../app/error-text';

type ErrorAlertProps = { error: unknown; testId?: string };

/** Shows an API error as its translated `errors.<code>` message; renders nothing without an error. */
export const ErrorAlert = ({ error, testId = 'error-alert' }: ErrorAlertProps) => {
  const errorText = useErrorText();
  if (!error) {
    return null;
  }
  return (
    <Alert color="red" variant="light" data-testid={testId}>
      {errorText(error)}
    </Alert>
  );
};
