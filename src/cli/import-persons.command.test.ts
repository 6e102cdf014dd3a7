import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'giapranh-import-'));

/** Runs `giapranh` as a user would, on a PGlite data folder of its own. */
const giapranh = async (args: string[]) => {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GIAPRANH_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  };
  return run('node', ['bin/giapranh.mjs', ...args], { env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
};

const FILE = join(dataDir, 'persons.ndjson');

describe('giapranh import persons', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loads the good lines, names each bad one on stderr, exits 1, and changes nothing the second time', async () => {
    const person = { aliases: [], sex: 'male', birthDate: '1990', idNumber: '001090012345' };
    writeFileSync(
      FILE,
      [
        JSON.stringify({ ...person, externalRef: 'HNI-1', fullName: 'Nguyễn Văn Đức' }),
        JSON.stringify({
          ...person,
          externalRef: 'HNI-2',
          fullName: 'Lê Văn Bị Loại',
          birthDate: '2023-02-29',
        }),
        JSON.stringify({ ...person, externalRef: 'HNI-3', fullName: 'Trần Văn Hùng', idNumber: null }),
      ].join('\n'),
    );
    expect((await giapranh(['seed-demo'])).stdout).toMatch(/demo data loaded/);

    const first = await giapranh(['import', 'persons', FILE, '--agency', 'CA-HNI']);
    expect(first.code).toBe(1);
    expect(first.stdout).toBe(
      `imported ${FILE} into CA-HNI: 3 lines: 2 created, 0 updated, 0 unchanged, 1 bad\n`,
    );
    expect(first.stderr).toMatch(/^line 2: invalid_birth_date at birthDate: .+$/m);
    expect(first.stderr).toMatch(/^read 3 lines: 2 created, 0 updated, 0 unchanged, 1 bad$/m);

    const again = await giapranh(['import', 'persons', FILE, '--agency', 'CA-HNI']);
    expect(again.stdout).toMatch(/3 lines: 0 created, 0 updated, 2 unchanged, 1 bad/);

    const unknown = await giapranh(['import', 'persons', FILE, '--agency', 'CA-NOWHERE']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/not_found: no agency with code CA-NOWHERE/);
    const missing = await giapranh([
      'import',
      'persons',
      join(dataDir, 'missing.ndjson'),
      '--agency',
      'CA-HNI',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not_found: cannot read/);
  });

  it('explains itself with --help', async () => {
    const { code, stdout } = await giapranh(['import', 'persons', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: giapranh import persons \[options\] <file>/);
  });
});
