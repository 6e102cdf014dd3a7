import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A browser-like client over `app.inject`: keeps the session cookie and sends the CSRF token it was given. */
export type ApiClient = {
  request: (
    method: Method,
    url: string,
    body?: unknown,
    options?: Partial<InjectOptions>,
  ) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  cookie: () => string | undefined;
  csrfToken: () => string | undefined;
  setCsrfToken: (token: string | undefined) => void;
};

export const apiClient = (app: FastifyInstance): ApiClient => {
  let session: string | undefined;
  let csrf: string | undefined;
  const request: ApiClient['request'] = async (method, url, body, options = {}) => {
    const headers: Record<string, string> = {};
    if (session) {
      headers.cookie = `gr_session=${session}`;
    }
    if (csrf && method !== 'GET') {
      headers['x-csrf-token'] = csrf;
    }
    const response = await app.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      ...options,
      headers: { ...headers, ...(options.headers ?? {}) },
    });
    const set = response.cookies.find((c) => c.name === 'gr_session');
    if (set) {
      session = set.value === '' ? undefined : set.value;
    }
    const type = response.headers['content-type'];
    if (typeof type === 'string' && type.startsWith('application/json') && response.body) {
      const token = (response.json() as { csrfToken?: unknown }).csrfToken;
      if (typeof token === 'string') {
        csrf = token;
      }
    }
    return response;
  };
  return {
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body),
    patch: (url, body) => request('PATCH', url, body),
    cookie: () => session,
    csrfToken: () => csrf,
    setCsrfToken: (token) => {
      csrf = token;
    },
  };
};
