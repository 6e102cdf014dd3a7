import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type { CreateUserBody, User, UserVersion } from './types';

export const USERS_QUERY_KEY = ['users'] as const;

/** The users of the administrator's own agency. */
export const useUsers = () =>
  useQuery({
    queryKey: USERS_QUERY_KEY,
    queryFn: ({ signal }) =>
      apiRequest<{ items: User[] }>('/users', { signal }).then((answer) => answer.items),
  });

/** Adds a user; the list is fetched again afterwards. */
export const useCreateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => apiRequest<User>('/users', { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
};

/**
 * A change of one user guarded by its version: the answer replaces the row at once, and the list
 * is fetched again either way, so a 409 `version_conflict` leaves the admin looking at fresh rows.
 */
const useUserChange = <TInput extends UserVersion>(send: (input: TInput) => Promise<User>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (updated) =>
      queryClient.setQueryData<User[]>(USERS_QUERY_KEY, (rows) =>
        rows?.map((row) => (row.id === updated.id ? updated : row)),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
};

const userPath = (id: string, action = '') => `/users/${encodeURIComponent(id)}${action}`;

/** Unlocks an account locked after failed sign-ins. */
export const useUnlockUser = () =>
  useUserChange(({ id, version }: UserVersion) =>
    apiRequest<User>(userPath(id, '/unlock'), { method: 'POST', body: { version } }),
  );

/** Disables or enables an account. */
export const useSetUserDisabled = () =>
  useUserChange(({ id, version, isDisabled }: UserVersion & { isDisabled: boolean }) =>
    apiRequest<User>(userPath(id), { method: 'PATCH', body: { version, isDisabled } }),
  );

/** Removes the user's authenticator; the user enrols again at the next sign-in. */
export const useResetUserMfa = () =>
  useUserChange(({ id, version }: UserVersion) =>
    apiRequest<User>(userPath(id, '/mfa-reset'), { method: 'POST', body: { version } }),
  );
