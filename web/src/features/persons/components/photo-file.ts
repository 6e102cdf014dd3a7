/** The image types the server takes for a photo (`src/modules/persons/photo/person-photos.tables.ts`). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** The server's limit for a photo: 5 MiB. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Why a picked file cannot be a photo, as the server's own error code, or null when it may be sent: checked
 * before sending so that a 40 MB scan is not uploaded only to be refused. The server still checks the content.
 */
export const photoFileProblem = (file: {
  type: string;
  size: number;
}): 'unsupported_media_type' | 'payload_too_large' | null => {
  if (!PHOTO_TYPES.some((type) => type === file.type)) {
    return 'unsupported_media_type';
  }
  return file.size > PHOTO_MAX_BYTES ? 'payload_too_large' : null;
};
