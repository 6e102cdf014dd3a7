import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest, setCsrfToken } from '../../app/api';
import type { Credentials, LoginResult, Me, TotpEnrolment } from './types';

export const SESSION_QUERY_KEY = ['auth', 'session'] as const;

/** Who is signed in in this tab; when nobody, `notice` may say why (e.g. `session_expired`). */
export type SessionView = { user: Me | null; notice: string | null };

const fetchSession = async (signal: AbortSignal): Promise<SessionView> => {
  try {
    const answer = await apiRequest<{ user: Me; csrfToken: string }>('/auth/me', {
      isSessionLossExpected: true,
      signal,
    });
    setCsrfToken(answer.csrfToken);
    return { user: answer.user, notice: null };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return { user: null, notice: error.code === 'session_expired' ? error.code : null };
    }
    throw error;
  }
};

/** The session of this tab, fetched once per page load and then kept up to date by the login steps. */
export const useSession = () =>
  useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

/** Tells whether someone is signed in in this tab, without subscribing to changes. */
export const isSignedIn = (queryClient: QueryClient): boolean =>
  Boolean(queryClient.getQueryData<SessionView>(SESSION_QUERY_KEY)?.user);

/** Forgets everything of the session in this tab (CSRF token, cached answers); `notice` says why. */
export const endSession = (queryClient: QueryClient, notice: string | null): void => {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
  queryClient.setQueryData<SessionView>(SESSION_QUERY_KEY, { user: null, notice });
};

const useLoginStep = <TInput>(post: (input: TInput) => Promise<LoginResult>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: post,
    onSuccess: (result) => {
      setCsrfToken(result.csrfToken);
      if (result.state === 'authenticated' && result.user) {
        queryClient.setQueryData<SessionView>(SESSION_QUERY_KEY, { user: result.user, notice: null });
      }
    },
  });
};

/** Step one: username and password. */
export const useLogin = () =>
  useLoginStep((body: Credentials) =>
    apiRequest<LoginResult>('/auth/login', { method: 'POST', body, isSessionLossExpected: true }),
  );

/** Step two for an enrolled account: the 6-digit code. */
export const useVerifyTotp = () =>
  useLoginStep((code: string) =>
    apiRequest<LoginResult>('/auth/totp', { method: 'POST', body: { code }, isSessionLossExpected: true }),
  );

/** Step two for an account without an authenticator: confirm the new secret with a code. */
export const useConfirmTotpEnrolment = () =>
  useLoginStep((code: string) =>
    apiRequest<LoginResult>('/auth/totp/enrolment/confirm', {
      method: 'POST',
      body: { code },
      isSessionLossExpected: true,
    }),
  );

/** Asks the server for a new authenticator secret and its otpauth URI. */
export const useStartTotpEnrolment = () =>
  useMutation({
    mutationFn: () =>
      apiRequest<TotpEnrolment>('/auth/totp/enrolment', { method: 'POST', isSessionLossExpected: true }),
  });

/** Signs out; the tab forgets the session even when the server cannot be reached. */
export const useLogout = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/auth/logout', { method: 'POST', isSessionLossExpected: true }),
    onSettled: () => endSession(queryClient, null),
  });
};
