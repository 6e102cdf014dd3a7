import { Center, Loader } from '@mantine/core';
import { ErrorAlert } from './error-alert';

type QueryStatusProps = { query: { isPending: boolean; error: unknown } };

/** What a query shows before its data: a centred spinner while loading, its translated error when it failed. */
export const QueryStatus = ({ query }: QueryStatusProps) => (
  <>
    <ErrorAlert error={query.error} />
    {query.isPending && (
      <Center>
        <Loader />
      </Center>
    )}
  </>
);
