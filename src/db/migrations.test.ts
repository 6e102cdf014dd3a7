import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from './connect.ts';

const run = promisify(execFile);

describe('the migrations', () => {
  // drizzle-kit reads `--out` relative to the project, so the scratch copy lives inside it.
  const out = `node_modules/.cache/giapranh-migrations-check-${process.pid}`;
  mkdirSync(out, { recursive: true });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('agree with the table declarations: generating from them adds no migration', async () => {
    cpSync(MIGRATIONS_DIR, out, { recursive: true });
    const before = readdirSync(out).filter((name) => name.endsWith('.sql'));
    const args = [
      'drizzle-kit',
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      'src/db/schema.ts',
      '--out',
      out,
    ];
    const { stdout } = await run('npx', args, { env: { ...process.env, NO_COLOR: '1' } });
    const after = readdirSync(out).filter((name) => name.endsWith('.sql'));
    expect(after, stdout).toEqual(before);
    expect(stdout).toMatch(/No schema changes/);
  });
});
