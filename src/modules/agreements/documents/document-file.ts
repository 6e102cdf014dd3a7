const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_FILENAME = 200;

/** No control characters (C0, DEL, C1): a filename holding one is refused rather than cleaned. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is this pattern's purpose.
export const FILENAME_SAFE = /^[^\u0000-\u001f\u007f-\u009f]*$/;

/** Whether the bytes are a PDF by their content (`%PDF-` first), whatever type or name they were sent with. */
export const isPdf = (content: Uint8Array): boolean =>
  content.length >= PDF_MAGIC.length && PDF_MAGIC.equals(content.subarray(0, PDF_MAGIC.length));

/**
 * The name a document is stored under: the last path segment only, NFC, without bidi controls or leading dots,
 * at most 200 characters, and ending in `.pdf`; the caller has already refused control characters.
 */
export const sanitiseFilename = (raw: string): string => {
  const segment = raw.normalize('NFC').replace(BIDI_CONTROLS, '').split(/[/\\]/).pop() ?? '';
  const name = Array.from(segment.trim().replace(/^\.+/, '').trim()).slice(0, MAX_FILENAME).join('');
  const base = name === '' ? 'document' : name;
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
};

const rfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** An RFC 6266 `attachment` disposition: an ASCII fallback `filename` and the exact UTF-8 name in `filename*`. */
export const attachmentDisposition = (filename: string): string => {
  const ascii = filename
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(filename)}`;
};
