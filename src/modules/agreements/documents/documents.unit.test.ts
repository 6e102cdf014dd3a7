import { describe, expect, it } from 'vitest';
import { attachmentDisposition, isPdf, sanitiseFilename } from './document-file.ts';

describe('document files', () => {
  it.each([
    ['%PDF-1.7\n', true],
    ['%PDF', false],
    [' %PDF-1.4', false],
    ['\u0089PNG\r\n', false],
    ['', false],
  ])('isPdf(%j) is %s', (text, expected) => {
    expect(isPdf(Buffer.from(text, 'latin1'))).toBe(expected);
  });

  it.each([
    ['bien-ban.pdf', 'bien-ban.pdf'],
    ['../../etc/passwd', 'passwd.pdf'],
    ['C:\\Users\\a\\Quy chế.PDF', 'Quy chế.PDF'],
    ['  ..hidden.pdf ', 'hidden.pdf'],
    ['evil\u202efdp.exe', 'evilfdp.exe.pdf'],
    ['dir/', 'document.pdf'],
    ['Quy che\u0302\u0301', 'Quy chế.pdf'],
  ])('sanitiseFilename(%j) is %j', (raw, expected) => {
    expect(sanitiseFilename(raw)).toBe(expected);
  });

  it.each([
    ['a.pdf', `attachment; filename="a.pdf"; filename*=UTF-8''a.pdf`],
    [
      'Đồng Tháp (1).pdf',
      `attachment; filename="Dong Thap _1_.pdf"; filename*=UTF-8''%C4%90%E1%BB%93ng%20Th%C3%A1p%20%281%29.pdf`,
    ],
  ])('attachmentDisposition(%j)', (name, expected) => {
    expect(attachmentDisposition(name)).toBe(expected);
  });
});
