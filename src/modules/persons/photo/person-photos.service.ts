import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { withTransaction } from '../../../db/connect.ts';
import { recordChange } from '../../../events/record-change.ts';
import { type RequestContext, requireActor } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { readRecordAccess } from '../../sharing/index.ts';
import { auditPersonsRead } from '../person-read-audit.ts';
import { assertWriter } from '../persons.service.ts';
import { persons } from '../persons.tables.ts';
import { type PersonPhotoRow, type PhotoType, personPhotos } from './person-photos.tables.ts';
import { photoTypeOf } from './photo-content.ts';

/** A photo is at most 5 MiB: enough for an identity photo, small enough to keep in the database. */
export const PHOTO_LIMIT = 5 * 1024 * 1024;

const keeperOf = async (ctx: RequestContext, db: RequestContext['db'], personId: string) => {
  const { facts, level } = await readRecordAccess(ctx, db, 'persons', personId);
  if (facts.ownerAgencyId !== requireActor(ctx).agencyId || level !== 'full') {
    throw new AppError('forbidden', "Only the owning agency changes a person's photo");
  }
  assertWriter(ctx);
  return facts;
};

const photoChange = (personId: string, ownerAgencyId: string, event: string, sha256: string | null) => ({
  action: 'update' as const,
  objectType: 'persons',
  objectId: personId,
  ownerAgencyId,
  eventType: event,
  payload: { personId, sha256 },
});

/** The bytes sent, if they are an image of the type they are sent as (415 for no image body, 422 for a mismatch). */
const checkedPhoto = (sent: { contentType: PhotoType; body: unknown }): Buffer => {
  if (!Buffer.isBuffer(sent.body)) {
    throw new AppError(
      'unsupported_media_type',
      'Send the photo as the body, as image/jpeg, image/png or image/webp',
    );
  }
  if (photoTypeOf(sent.body) !== sent.contentType) {
    throw new AppError('not_an_image', `The content is not a ${sent.contentType} image`, {
      errors: [{ path: 'body', code: 'not_an_image', message: `not a ${sent.contentType} image` }],
    });
  }
  return sent.body;
};

/**
 * Sets (or replaces) the photo of a person of the actor's agency. The bytes must be a JPEG, PNG or WebP image
 * of the type they are sent as: a file whose content is not the image it claims to be is refused (422).
 */
export const setPersonPhoto = (
  ctx: RequestContext,
  personId: string,
  sent: { contentType: PhotoType; body: unknown },
): Promise<PersonPhotoRow> =>
  withTransaction(ctx.db, async (trx) => {
    const facts = await keeperOf(ctx, trx, personId);
    const content = checkedPhoto(sent);
    const at = ctx.clock();
    const row: PersonPhotoRow = {
      personId,
      contentType: sent.contentType,
      byteSize: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploadedAt: at,
      uploadedBy: requireActor(ctx).userId,
    };
    const { personId: _, ...replace } = row;
    await trx
      .insert(personPhotos)
      .values(row)
      .onConflictDoUpdate({ target: personPhotos.personId, set: replace });
    await trx.update(persons).set({ photoSha256: row.sha256 }).where(eq(persons.id, personId));
    await recordChange(
      ctx,
      trx,
      photoChange(personId, facts.ownerAgencyId, 'person.photo_set', row.sha256),
      at,
    );
    return row;
  });

/** Removes the photo of a person of the actor's agency (404 when it has none). */
export const removePersonPhoto = (ctx: RequestContext, personId: string): Promise<void> =>
  withTransaction(ctx.db, async (trx) => {
    const facts = await keeperOf(ctx, trx, personId);
    const removed = await trx.delete(personPhotos).where(eq(personPhotos.personId, personId)).returning();
    if (removed.length === 0) throw new AppError('not_found', 'This person has no photo');
    await trx.update(persons).set({ photoSha256: null }).where(eq(persons.id, personId));
    const at = ctx.clock();
    await recordChange(
      ctx,
      trx,
      photoChange(personId, facts.ownerAgencyId, 'person.photo_removed', null),
      at,
    );
  });

/**
 * The photo of a person the actor reads in full (a photo identifies: summary and pointer readers do not get it);
 * 404 when there is none or the actor may not see it, and the read is audited before the bytes leave.
 */
export const readPersonPhoto = async (ctx: RequestContext, personId: string): Promise<PersonPhotoRow> => {
  const { facts, level } = await readRecordAccess(ctx, ctx.db, 'persons', personId);
  const [photo] =
    level === 'full'
      ? await ctx.db.select().from(personPhotos).where(eq(personPhotos.personId, personId))
      : [];
  if (!photo) throw new AppError('not_found', 'No such photo');
  await auditPersonsRead(ctx, [{ id: personId, ownerAgencyId: facts.ownerAgencyId }], {
    detail: 'persons.photo',
  });
  return photo;
};
