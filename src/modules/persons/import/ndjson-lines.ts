// Splits an NDJSON byte stream into numbered lines without ever holding more than one line of the limit.

/** A line longer than this (in bytes, without its line break) is refused unread: no person needs a megabyte. */
export const MAX_LINE_BYTES = 1_048_576;

/** One non-empty line of the file: its number (from 1, empty lines counted) and its text, or why it has none. */
export type NdjsonLine =
  | { line: number; text: string }
  | { line: number; problem: 'line_too_long' | 'not_utf8' };

const NEWLINE = 0x0a;
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A line's bytes as text: UTF-8 strictly (a broken byte is refused, not replaced), without its carriage return. */
const decodeLine = (line: number, bytes: Buffer): NdjsonLine | undefined => {
  try {
    const text = UTF8.decode(bytes).replace(/\r$/, '');
    return text.trim() === '' ? undefined : { line, text };
  } catch {
    return { line, problem: 'not_utf8' };
  }
};

/** Collects the bytes of the current line, forgetting them as soon as the line passes the limit. */
const lineCollector = (maxBytes: number) => {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  return {
    add(part: Buffer) {
      size += part.length;
      if (size > maxBytes) {
        tooLong = true;
        parts = [];
      } else if (part.length > 0) {
        parts.push(part);
      }
    },
    end(line: number): NdjsonLine | undefined {
      const done: NdjsonLine | undefined = tooLong
        ? { line, problem: 'line_too_long' }
        : decodeLine(line, Buffer.concat(parts, size));
      parts = [];
      size = 0;
      tooLong = false;
      return done;
    },
    isEmpty: () => size === 0,
  };
};

/**
 * The non-empty lines of an NDJSON stream (a file read in chunks, or a request body as one chunk), numbered from 1
 * with empty lines counted, each decoded as strict UTF-8; a line over `maxBytes` is named, never buffered whole.
 */
export async function* readNdjsonLines(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  maxBytes = MAX_LINE_BYTES,
): AsyncGenerator<NdjsonLine> {
  const current = lineCollector(maxBytes);
  let line = 1;
  for await (const chunk of chunks) {
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE, start); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      current.add(bytes.subarray(start, end));
      const done = current.end(line);
      if (done) yield done;
      line += 1;
      start = end + 1;
    }
    current.add(bytes.subarray(start));
  }
  if (!current.isEmpty()) {
    const done = current.end(line);
    if (done) yield done;
  }
}
