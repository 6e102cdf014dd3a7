// `npm run bench [-- api | persons] [--count N --seed S]`: measures Giáp Ranh against named baselines in the same
// run and writes BENCHMARKS.md; a part not run keeps its section from the previous file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { API_HEADING, runApiBench } from './api-bench.ts';
import { runPersonsBench } from './persons/persons-bench.ts';
import { PERSONS_HEADING } from './persons/persons-report.ts';

const FILE = 'BENCHMARKS.md';
const HEADER = [
  '# Benchmarks',
  '',
  'Written by `npm run bench`; every figure comes from one run of it on the machine named in its section.',
  '',
].join('\n');

/** The section of the previous file that starts with `heading`, up to the next section. */
const previousSection = (heading: string): string | undefined => {
  if (!existsSync(FILE)) return undefined;
  const text = readFileSync(FILE, 'utf8');
  const start = text.indexOf(heading);
  if (start === -1) return undefined;
  const next = text.indexOf('\n## ', start + heading.length);
  return `${text.slice(start, next === -1 ? undefined : next + 1).trimEnd()}\n`;
};

const args = process.argv.slice(2);
const part = args[0] === 'api' || args[0] === 'persons' ? args[0] : 'all';
const api = part === 'persons' ? previousSection(API_HEADING) : await runApiBench();
const persons = part === 'api' ? previousSection(PERSONS_HEADING) : await runPersonsBench(args);
const report = [HEADER, api, persons].filter((s) => s !== undefined).join('\n');
writeFileSync(FILE, report);
// Something the measured code leaves open (not yet found: no socket, no timer of ours) kept the process alive
// after a full run; the report is written, so the command ends here.
process.stdout.write(report, () => process.exit(0));
