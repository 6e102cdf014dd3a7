import type { PhotoType } from './person-photos.tables.ts';

const startsWith = (content: Uint8Array, bytes: number[], at = 0) =>
  content.length >= at + bytes.length && bytes.every((byte, i) => content[at + i] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The image type the bytes are, by their signature (JPEG, PNG, WebP), whatever type they were sent as. */
export const photoTypeOf = (content: Uint8Array): PhotoType | undefined => {
  if (startsWith(content, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(content, [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a])) return 'image/png';
  if (startsWith(content, ascii('RIFF')) && startsWith(content, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
};
