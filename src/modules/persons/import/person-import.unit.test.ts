import { describe, expect, it } from 'vitest';
import { type NdjsonLine, readNdjsonLines } from './ndjson-lines.ts';
import { identityDocumentOf, readImportLine, toLinePath } from './person-import-line.ts';

const collect = async (chunks: (string | Uint8Array)[], maxBytes?: number): Promise<NdjsonLine[]> => {
  const lines: NdjsonLine[] = [];
  for await (const line of readNdjsonLines(chunks, maxBytes)) lines.push(line);
  return lines;
};

describe('readNdjsonLines', () => {
  it.each<[string, (string | Uint8Array)[], NdjsonLine[]]>([
    [
      'numbers from 1, counting skipped empty lines',
      ['a\n\n  \nb\n'],
      [
        { line: 1, text: 'a' },
        { line: 4, text: 'b' },
      ],
    ],
    [
      'a last line without a line break',
      ['a\nb'],
      [
        { line: 1, text: 'a' },
        { line: 2, text: 'b' },
      ],
    ],
    [
      'CRLF line breaks',
      ['a\r\nb\r\n'],
      [
        { line: 1, text: 'a' },
        { line: 2, text: 'b' },
      ],
    ],
    [
      'lines split across chunks, even inside a character',
      [Buffer.from('Đức\nĐ').subarray(0, 1), Buffer.from('Đức\nĐ').subarray(1), 'ồng'],
      [
        { line: 1, text: 'Đức' },
        { line: 2, text: 'Đồng' },
      ],
    ],
    ['a byte order mark', ['\ufeffa\n'], [{ line: 1, text: 'a' }]],
    [
      'a broken UTF-8 sequence',
      [Buffer.from([0x61, 0xc3, 0x0a, 0x62])],
      [
        { line: 1, problem: 'not_utf8' },
        { line: 2, text: 'b' },
      ],
    ],
    ['nothing', [], []],
  ])('%s', async (_name, chunks, expected) => {
    expect(await collect(chunks)).toEqual(expected);
  });

  it('names a line over the limit without keeping it, and goes on with the next', async () => {
    const lines = await collect(['1234', '5678', '9\nshort\n123456789'], 8);
    expect(lines).toEqual([
      { line: 1, problem: 'line_too_long' },
      { line: 2, text: 'short' },
      { line: 3, problem: 'line_too_long' },
    ]);
  });
});

describe('readImportLine', () => {
  const base = { externalRef: 'HNI-1', fullName: 'Nguyễn Văn Đức' };
  const read = (text: string) => readImportLine({ line: 7, text });
  const faultsOf = (text: string) => {
    const result = read(text);
    return result.ok ? [] : result.issues.map((i) => [i.line, i.code, i.path]);
  };

  it('accepts the smallest line and drops keys starting with "_"', () => {
    expect(read(JSON.stringify({ ...base, _note: 'x' }))).toEqual({ ok: true, line: 7, person: base });
  });

  it.each<[string, string, [number, string, string][]]>([
    ['not JSON', '{"externalRef":', [[7, 'malformed_json', '']]],
    ['an array', '[]', [[7, 'malformed_json', '']]],
    ['null', 'null', [[7, 'malformed_json', '']]],
    ['a string', '"Đức"', [[7, 'malformed_json', '']]],
    ['no reference', JSON.stringify({ fullName: 'A' }), [[7, 'required', 'externalRef']]],
    ['an unknown key', JSON.stringify({ ...base, nick: 'x' }), [[7, 'unrecognized_key', 'nick']]],
    [
      'a bad date shape',
      JSON.stringify({ ...base, birthDate: '12/05/1990' }),
      [[7, 'invalid_format', 'birthDate']],
    ],
    [
      'a newline in a name',
      JSON.stringify({ ...base, fullName: 'A\nB' }),
      [[7, 'invalid_characters', 'fullName']],
    ],
    [
      'a C1 control in an alias',
      JSON.stringify({ ...base, aliases: ['x\u0085'] }),
      [[7, 'invalid_characters', 'aliases.0']],
    ],
    ['a NUL in a key', JSON.stringify({ ...base, 'a\u0000': 1 }), [[7, 'invalid_characters', 'a\u0000']]],
    [
      'a lone surrogate',
      `{"externalRef":"HNI-1","fullName":"\\ud800"}`,
      [[7, 'invalid_characters', 'fullName']],
    ],
  ])('refuses %s', (_name, text, expected) => {
    expect(faultsOf(text)).toEqual(expected);
  });

  it('accepts a tab', () => {
    expect(read(JSON.stringify({ ...base, note: 'a\tb' })).ok).toBe(true);
  });

  it('never echoes a control character of the line in its message', () => {
    const result = read('{"a": \u001b[31m}');
    const message = result.ok ? '' : (result.issues[0]?.message ?? '');
    expect(message).toMatch(/^not JSON: /);
    expect(message.includes('\u001b')).toBe(false);
  });

  it.each([
    ['too long', { line: 3, problem: 'line_too_long' as const }, 'line_too_long'],
    ['not UTF-8', { line: 3, problem: 'not_utf8' as const }, 'malformed_json'],
  ])('refuses a line %s', (_name, raw, code) => {
    expect(readImportLine(raw)).toMatchObject({ ok: false, issues: [{ line: 3, code, path: '' }] });
  });
});

describe('identityDocumentOf', () => {
  it.each([
    ['001090012345', 'cccd', '001090012345'],
    ['001 090.012 345', 'cccd', '001090012345'],
    ['012345678', 'cmnd', '012345678'],
    ['c1234567', 'passport_vn', 'C1234567'],
    ['X12AB34', 'passport_other', 'X12AB34'],
    ['0010900123', 'cccd', '0010900123'],
  ])('%j is a %s numbered %j', (idNumber, kind, number) => {
    expect(identityDocumentOf(idNumber)).toEqual({ kind, number });
  });

  it.each([
    ['identityDocuments.0.number', 'idNumber'],
    ['addresses.0.unitCode', 'provinceCode'],
    ['birthDate', 'birthDate'],
  ])('reports %s at %s', (path, linePath) => {
    expect(toLinePath(path)).toBe(linePath);
  });
});
