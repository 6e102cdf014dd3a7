/** One field at fault in a problem document; `path` is dotted (`roles.0`). */
export type FieldIssue = { path: string; code: string };

/** A failed API call: the HTTP status, the stable problem `code` and the fields at fault. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldIssue[];

  constructor(status: number, code: string, errors: FieldIssue[] = []) {
    super(code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.errors = errors;
  }
}

/** Codes that mean the session is gone: the app returns to the login page. */
const SESSION_LOST_CODES = new Set(['session_expired', 'unauthenticated']);
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Held in memory only: a reload fetches it again from GET /api/auth/me.
let csrfToken: string | null = null;
let sessionLostListener: ((error: ApiError) => void) | null = null;

/** Keeps the CSRF token from a login, TOTP or me answer for the next state-changing request. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** Registers the one reaction to a lost session; returns a function that removes it. */
export const onSessionLost = (listener: (error: ApiError) => void): (() => void) => {
  sessionLostListener = listener;
  return () => {
    if (sessionLostListener === listener) {
      sessionLostListener = null;
    }
  };
};

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, except a Blob (a file), which is sent as is with its own type. */
  body?: unknown;
  /** Set for calls whose 401 is an expected answer (the first `me` call, the login steps). */
  isSessionLossExpected?: boolean;
  signal?: AbortSignal;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const toFieldIssues = (value: unknown): FieldIssue[] =>
  Array.isArray(value)
    ? value.filter(isRecord).map((issue) => ({
        path: Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path ?? ''),
        code: typeof issue.code === 'string' ? issue.code : 'invalid_value',
      }))
    : [];

const toApiError = async (response: Response): Promise<ApiError> => {
  const body: unknown = await response.json().catch(() => null);
  if (isRecord(body) && typeof body.code === 'string') {
    return new ApiError(response.status, body.code, toFieldIssues(body.errors));
  }
  return new ApiError(response.status, response.status >= 500 ? 'internal_error' : 'unknown');
};

const buildHeaders = (method: string, contentType: string | null): Headers => {
  const headers = new Headers({ accept: 'application/json' });
  if (contentType) {
    headers.set('content-type', contentType);
  }
  if (UNSAFE_METHODS.has(method) && csrfToken) {
    headers.set('x-csrf-token', csrfToken);
  }
  return headers;
};

/** Calls the API with the session cookie and CSRF token; throws ApiError on any non-2xx answer. */
export const apiRequest = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const method = options.method ?? 'GET';
  const { body } = options;
  const isFile = body instanceof Blob;
  const contentType = isFile ? body.type : body === undefined ? null : 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: buildHeaders(method, contentType),
      body: isFile ? body : body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      throw cause;
    }
    throw new ApiError(0, 'network_error');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && SESSION_LOST_CODES.has(error.code) && !options.isSessionLossExpected) {
      sessionLostListener?.(error);
    }
    throw error;
  }
  if (response.status === 204) {
    return undefined as T;
  }
  return (await response.json()) as T;
};

/** Tells whether an error means the session is gone (expired, or never there). */
export const isSessionLostError = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 401 && SESSION_LOST_CODES.has(error.code);
