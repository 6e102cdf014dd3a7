// The person generator's public functions, for the `giapranh generate persons` command and the benchmark.
export {
  DEFAULT_AGENCIES,
  DEFAULT_DUPLICATE_RATE,
  type GeneratedRecord,
  type GenerateOptions,
  generateRecords,
  type ImportLine,
} from './generate-records.ts';
export { NOISE_KINDS, type NoiseKind } from './record-noise.ts';
export {
  PROGRESS_EVERY,
  type WriteSummary,
  writeRecordsToFolder,
  writeRecordsToStream,
} from './write-records.ts';
