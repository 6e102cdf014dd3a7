import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/connect.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'giapranh-cli-'));

/** Runs `giapranh` as a user would, on a PGlite data folder of its own. */
const giapranh = async (args: string[], input?: string) => {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GIAPRANH_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  };
  const child = run('node', ['bin/giapranh.mjs', ...args], { env });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child.then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
};

describe('the giapranh command', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('explains every subcommand with --help', async () => {
    for (const args of [
      ['--help'],
      ['migrate', '--help'],
      ['seed-demo', '--help'],
      ['audit', 'verify', '--help'],
      ['user', 'create', '--help'],
    ]) {
      const { code, stdout } = await giapranh(args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: giapranh/);
    }
  });

  it('migrates, seeds the demo once, creates a user, and verifies the audit chain until it is tampered with', async () => {
    expect((await giapranh(['migrate'])).stdout).toMatch(/migrations applied/);
    expect((await giapranh(['seed-demo'])).stdout).toMatch(/demo data loaded/);
    expect((await giapranh(['seed-demo'])).stdout).toMatch(/nothing changed/);
    const args = [
      'user',
      'create',
      '--agency',
      'CA-HNI',
      '--username',
      'nguyen.van.duc',
      '--display-name',
      'Nguyễn Văn Đức',
      '--roles',
      'investigator',
    ];
    const weak = await giapranh([...args, '--password-stdin'], 'ngan\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/password_too_short/);
    const created = await giapranh([...args, '--password-stdin'], 'Mật-khẩu-ban-đầu-1\n');
    expect(created.stdout).toMatch(/created nguyen\.van\.duc/);

    const verified = await giapranh(['audit', 'verify']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/audit chain OK: \d+ entries/);

    const database = await openDatabase({ pgliteDir: join(dataDir, 'pglite') });
    await database.db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
    await database.db.execute(sql`update audit_events set detail = 'covered up' where seq = 5`);
    await database.close();
    const broken = await giapranh(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/audit chain BROKEN: entry 5 was altered/);
  });
});
