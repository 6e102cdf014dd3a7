// Streams generated records to files (one per force, plus labels.csv) or to one stream, in buffered chunks that
// wait for the stream to drain, so memory stays constant however many persons are generated.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { formatImportLine, formatLabelRow, type GeneratedRecord, LABELS_HEADER } from './generate-records.ts';

/** How often progress is reported, in persons, unless told otherwise. */
export const PROGRESS_EVERY = 100_000;

const CHUNK_SIZE = 64 * 1024;

export type WriteSummary = { persons: number; records: number; recordsByAgency: Record<string, number> };

export type ProgressListener = (done: { persons: number; records: number }) => void;

type LineSink = {
  /** Queues a line; returns a promise only when the stream asked to wait before more is written. */
  write: (line: string) => Promise<void> | undefined;
  flush: () => Promise<void>;
  /** Flushes, ends the stream and waits until it is written. */
  close: () => Promise<void>;
};

/** Collects lines and writes them to `stream` in chunks of about 64 KiB, waiting for it to drain. */
const createLineSink = (stream: Writable): LineSink => {
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    if (pending.length === 0) {
      return;
    }
    const chunk = pending.join('');
    pending = [];
    size = 0;
    if (!stream.write(chunk)) {
      await once(stream, 'drain');
    }
  };
  return {
    write: (line) => {
      pending.push(line, '\n');
      size += line.length + 1;
      return size >= CHUNK_SIZE ? flush() : undefined;
    },
    flush,
    close: async () => {
      await flush();
      stream.end();
      await finished(stream);
    },
  };
};

const writeAll = async (input: {
  persons: Iterable<GeneratedRecord[]>;
  writeRecord: (record: GeneratedRecord) => Promise<unknown> | undefined;
  onProgress: ProgressListener | undefined;
  progressEvery: number | undefined;
}): Promise<WriteSummary> => {
  const progressEvery = input.progressEvery ?? PROGRESS_EVERY;
  const summary: WriteSummary = { persons: 0, records: 0, recordsByAgency: {} };
  for (const records of input.persons) {
    for (const record of records) {
      const wait = input.writeRecord(record);
      if (wait !== undefined) {
        await wait;
      }
      summary.records += 1;
      summary.recordsByAgency[record.agencyCode] = (summary.recordsByAgency[record.agencyCode] ?? 0) + 1;
    }
    summary.persons += 1;
    if (summary.persons % progressEvery === 0) {
      input.onProgress?.({ persons: summary.persons, records: summary.records });
    }
  }
  return summary;
};

/**
 * Writes every record to `stream` as one JSON line with its truth keys (`_agency`, `_person`, `_noise`); the
 * stream is left open (it may be standard output).
 */
export const writeRecordsToStream = async (input: {
  persons: Iterable<GeneratedRecord[]>;
  stream: Writable;
  onProgress?: ProgressListener;
  progressEvery?: number;
}): Promise<WriteSummary> => {
  const sink = createLineSink(input.stream);
  const summary = await writeAll({
    persons: input.persons,
    writeRecord: (record) => sink.write(formatImportLine(record, true)),
    onProgress: input.onProgress,
    progressEvery: input.progressEvery,
  });
  await sink.flush();
  return summary;
};

/**
 * Writes `<out>/<AGENCY>.ndjson` for each force (created even when empty) and `<out>/labels.csv` mapping each
 * record to its person, replacing files of an earlier run.
 */
export const writeRecordsToFolder = async (input: {
  persons: Iterable<GeneratedRecord[]>;
  agencies: readonly string[];
  out: string;
  onProgress?: ProgressListener;
  progressEvery?: number;
}): Promise<WriteSummary> => {
  await mkdir(input.out, { recursive: true });
  const sinks = new Map(
    input.agencies.map((code) => [
      code,
      createLineSink(createWriteStream(join(input.out, `${code}.ndjson`))),
    ]),
  );
  const labels = createLineSink(createWriteStream(join(input.out, 'labels.csv')));
  await labels.write(LABELS_HEADER);
  const summary = await writeAll({
    persons: input.persons,
    writeRecord: (record) => {
      const sink = sinks.get(record.agencyCode);
      if (sink === undefined) {
        throw new Error(`no file for agency ${record.agencyCode}`);
      }
      const waits = [sink.write(formatImportLine(record, false)), labels.write(formatLabelRow(record))];
      return waits.some((wait) => wait !== undefined) ? Promise.all(waits) : undefined;
    },
    onProgress: input.onProgress,
    progressEvery: input.progressEvery,
  });
  await Promise.all([...sinks.values(), labels].map((sink) => sink.close()));
  return summary;
};
