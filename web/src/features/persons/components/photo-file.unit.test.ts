import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES, photoFileProblem } from './photo-file';

describe('photoFileProblem', () => {
  it.each([
    ['image/jpeg', 1000, null],
    ['image/png', PHOTO_MAX_BYTES, null],
    ['image/webp', 10, null],
    ['image/png', PHOTO_MAX_BYTES + 1, 'payload_too_large'],
    ['image/gif', 10, 'unsupported_media_type'],
    ['application/pdf', 10, 'unsupported_media_type'],
    ['', 10, 'unsupported_media_type'],
  ])('a %s file of %i bytes gives %s', (type, size, expected) => {
    expect(photoFileProblem({ type, size })).toBe(expected);
  });
});
