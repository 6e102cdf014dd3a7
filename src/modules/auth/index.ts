export { authRoutes } from './auth.routes.ts';
export { ROLES, type Role } from './auth.tables.ts';
export { hashPassword } from './passwords.ts';
export { isSessionLive } from './sessions.service.ts';
export { totpCodeAt } from './totp.ts';
export { usersRoutes } from './users.routes.ts';
export { createAccount, findUserWithUsername, listAgencyUserIdsWithRole } from './users.service.ts';
