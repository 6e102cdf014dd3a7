import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { ErrorCode, FieldIssue } from '../../http/problem.ts';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

const COMMON = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));

/** NFC so the same password typed on two keyboards (composed or combining Vietnamese marks) is the same. */
export const normalizePassword = (password: string): string => password.normalize('NFC');

/** The first rule a new password breaks (RELIABILITY.md T-AUTH-3), or null when it is acceptable. */
export const checkPasswordRules = (
  password: string,
  username: string,
): (FieldIssue & { code: ErrorCode }) | null => {
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  const issue = (code: ErrorCode, message: string) => ({ path: 'password', code, message });
  if (length < PASSWORD_MIN) {
    return issue('password_too_short', `at least ${PASSWORD_MIN} characters`);
  }
  if (length > PASSWORD_MAX) {
    return issue('password_too_long', `at most ${PASSWORD_MAX} characters`);
  }
  const lower = normalized.toLowerCase();
  if (COMMON.has(lower) || lower === username.toLowerCase()) {
    return issue('password_too_common', 'a commonly used or easily guessed password');
  }
  return null;
};

/** Argon2id (the library default) with a fresh 16-byte salt per hash. */
export const hashPassword = (password: string): Promise<string> => hash(normalizePassword(password));

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, normalizePassword(password)).catch(() => false);

let dummyHash: Promise<string> | undefined;

/** Spends the same effort as a real check, so an unknown user answers as slowly as a wrong password. */
export const verifyAgainstNothing = async (password: string): Promise<false> => {
  dummyHash ??= hashPassword('giapranh-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
};
