import { generate, generateSecret, generateURI, verify } from 'otplib';

const PERIOD_SECONDS = 30;

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, label: string): string =>
  generateURI({ issuer: 'Giáp Ranh', label, secret });

/** The code an authenticator shows at `at`; used by tests and the demo CLI. */
export const totpCodeAt = (secret: string, at: Date): Promise<string> =>
  generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

/**
 * Checks a code against the current step and one step either side, and refuses any step at or before
 * the last one used, so a code can never be replayed (RELIABILITY.md T-AUTH-2). Returns the step used.
 */
export const checkTotp = async (input: {
  secret: string;
  code: string;
  at: Date;
  lastStep: number | null;
}): Promise<number | null> => {
  if (!/^\d{6}$/.test(input.code)) {
    return null;
  }
  const result = await verify({
    secret: input.secret,
    token: input.code,
    epoch: Math.floor(input.at.getTime() / 1000),
    epochTolerance: PERIOD_SECONDS,
    ...(input.lastStep === null ? {} : { afterTimeStep: input.lastStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
};
