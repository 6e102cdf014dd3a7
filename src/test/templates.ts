import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIGRATIONS_DIR } from '../db/connect.ts';

/** A test database starts migrated (`base`) or migrated with the reference data loaded (`refdata`). */
export type TemplateKind = 'base' | 'refdata';

const CACHE_DIR = resolve('node_modules/.cache/giapranh-test');

const fingerprintDir = (hash: ReturnType<typeof createHash>, dir: string, withContent: boolean) => {
  if (!existsSync(dir)) {
    hash.update(`missing:${dir}`);
    return;
  }
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      fingerprintDir(hash, path, withContent);
    } else {
      hash.update(name).update(withContent ? readFileSync(path) : `${stat.size}:${stat.mtimeMs}`);
    }
  }
};

const REFDATA_LOADER_DIR = fileURLToPath(new URL('../modules/geo/refdata', import.meta.url));

/** Changes whenever a migration, the reference data loader or a reference data file changes: no stale template. */
export const templateKey = (refDataDir: string): string => {
  const hash = createHash('sha256');
  fingerprintDir(hash, MIGRATIONS_DIR, true);
  fingerprintDir(hash, REFDATA_LOADER_DIR, true);
  fingerprintDir(hash, refDataDir, false);
  return hash.digest('hex').slice(0, 12);
};

export const pgliteTemplatePath = (key: string, kind: TemplateKind): string =>
  join(CACHE_DIR, `pglite-${key}-${kind}.tar`);

export const TEMPLATE_DB_PREFIX = 'giapranh_tpl_';

export const postgresTemplateName = (key: string, kind: TemplateKind): string =>
  `${TEMPLATE_DB_PREFIX}${key}_${kind}`;

export const TEMPLATE_CACHE_DIR = CACHE_DIR;
