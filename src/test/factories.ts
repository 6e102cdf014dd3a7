import { randomBytes } from 'node:crypto';
import { type AppDeps, systemContext } from '../http/context.ts';
import { type AgencyKind, type AgencyRow, createAgency } from '../modules/agencies/index.ts';
import { createAccount, type Role, totpCodeAt } from '../modules/auth/index.ts';
import { type ApiClient, apiClient } from './api.ts';
import type { TestApp } from './app.ts';

export const TEST_PASSWORD = 'Biên-giới-an-toàn-2026';

const suffix = () => randomBytes(4).toString('hex');

/** The smallest valid agency: a provincial police force with a unique code (or the kind and parent asked for). */
export const buildAgency = (
  deps: AppDeps,
  overrides: { code?: string; kind?: AgencyKind; parentId?: string; nameVi?: string } = {},
): Promise<AgencyRow> => {
  const code = overrides.code ?? `CA-T${suffix()}`.toUpperCase();
  return createAgency(systemContext(deps, 'test'), {
    code,
    kind: overrides.kind ?? 'provincial',
    nameVi: overrides.nameVi ?? `Công an tỉnh thử ${code}`,
    country: 'VN',
    ...(overrides.parentId ? { parentId: overrides.parentId } : {}),
  });
};

/** An account (and its own agency unless one is given) with a known password. */
export const buildUser = async (
  deps: AppDeps,
  overrides: { agency?: AgencyRow; roles?: Role[]; username?: string } = {},
) => {
  const agency = overrides.agency ?? (await buildAgency(deps));
  const user = await createAccount(systemContext(deps, 'test'), {
    username: overrides.username ?? `can.bo.${suffix()}`,
    displayName: 'Nguyễn Văn Thử',
    roles: overrides.roles ?? ['investigator'],
    password: TEST_PASSWORD,
    agencyId: agency.id,
    createdBy: null,
  });
  return { user, agency, password: TEST_PASSWORD };
};

export type LoggedIn = { api: ApiClient; totpSecret: string | null };

/**
 * Logs a user in through the API as the web app does: password, then (outside demo mode) enrolment of an
 * authenticator on first login or its code on later ones.
 */
export const logInAs = async (
  test: TestApp,
  username: string,
  options: { password?: string; totpSecret?: string } = {},
): Promise<LoggedIn> => {
  const api = apiClient(test.app);
  const login = await api.post('/api/auth/login', { username, password: options.password ?? TEST_PASSWORD });
  if (login.statusCode !== 200) {
    throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  }
  const { state } = login.json() as { state: string };
  if (state === 'authenticated') {
    return { api, totpSecret: null };
  }
  let secret = options.totpSecret;
  let confirmUrl = '/api/auth/totp';
  if (state === 'mfa_enrolment_required') {
    secret = ((await api.post('/api/auth/totp/enrolment')).json() as { secret: string }).secret;
    confirmUrl = '/api/auth/totp/enrolment/confirm';
  }
  if (!secret) {
    throw new Error('this user has an authenticator: pass its totpSecret');
  }
  const done = await api.post(confirmUrl, { code: await totpCodeAt(secret, test.clock()) });
  if (done.statusCode !== 200) {
    throw new Error(`second factor failed: ${done.statusCode} ${done.body}`);
  }
  return { api, totpSecret: secret };
};
