import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRecords } from './generate-records.ts';
import { writeRecordsToFolder, writeRecordsToStream } from './write-records.ts';

const dir = mkdtempSync(join(tmpdir(), 'giapranh-generate-'));
const OPTIONS = {
  count: 2000,
  seed: 3,
  agencies: ['CA-HNI', 'CA-HYN', 'CA-LCU', 'CA-EMPTY'],
  duplicateRate: 0.2,
};

const readLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '');

describe('writing generated records', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one file per agency and labels.csv that agree with each other', async () => {
    const summary = await writeRecordsToFolder({
      persons: generateRecords({ ...OPTIONS, agencies: OPTIONS.agencies.slice(0, 3) }),
      agencies: OPTIONS.agencies,
      out: dir,
    });
    expect(readdirSync(dir).sort()).toEqual([
      'CA-EMPTY.ndjson',
      'CA-HNI.ndjson',
      'CA-HYN.ndjson',
      'CA-LCU.ndjson',
      'labels.csv',
    ]);
    const [header, ...rows] = readLines(join(dir, 'labels.csv'));
    expect(header).toBe('agencyCode,externalRef,personKey');
    expect(rows).toHaveLength(summary.records);
    const personOf = new Map(rows.map((row) => [row.split(',').slice(0, 2).join(','), row.split(',')[2]]));
    let lines = 0;
    for (const agency of OPTIONS.agencies) {
      for (const line of readLines(join(dir, `${agency}.ndjson`))) {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        expect(personOf.has(`${agency},${parsed.externalRef}`)).toBe(true);
        expect(Object.keys(parsed).filter((key) => key.startsWith('_'))).toEqual([]);
        lines += 1;
      }
    }
    expect(lines).toBe(summary.records);
    expect(summary.persons).toBe(OPTIONS.count);
    expect(new Set(personOf.values()).size).toBe(OPTIONS.count);
    expect(summary.records).toBeGreaterThan(OPTIONS.count * 1.15);
  });

  it('writes the single stream with the truth keys, reporting progress', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const progress: number[] = [];
    const summary = await writeRecordsToStream({
      persons: generateRecords({ ...OPTIONS, count: 2500 }),
      stream,
      onProgress: ({ persons }) => progress.push(persons),
      progressEvery: 1000,
    });
    expect(progress).toEqual([1000, 2000]);
    const lines = Buffer.concat(chunks).toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(summary.records);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ _person: 'P0000001' });
  });
});
