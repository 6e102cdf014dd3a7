import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { withTransaction } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { appendAudit, recordAuditedRead } from '../audit/index.ts';
import { assertSender } from './exchange.policy.ts';
import { type AttachmentMeta, findAttachment, insertAttachment } from './exchange.repo.ts';
import type { AttachmentRow } from './exchange.tables.ts';
import { getVisibleMessage } from './read.service.ts';
import { refuseField } from './recipients.ts';

/** The file types a message carries, each recognised by its first bytes, whatever it was sent as. */
export const ATTACHMENT_TYPES = {
  'application/pdf': Buffer.from('%PDF-', 'latin1'),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** Whether the bytes are of the type they were sent as (by content, never by name). */
export const hasMagic = (type: AttachmentType, content: Uint8Array): boolean => {
  const magic = ATTACHMENT_TYPES[type];
  return content.length >= magic.length && magic.equals(content.subarray(0, magic.length));
};

const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The name a file is kept under: the last path segment, NFC, no bidi controls or leading dots, 200 characters at most. */
const cleanFilename = (raw: string): string => {
  const segment = raw.normalize('NFC').replace(BIDI_CONTROLS, '').split(/[/\\]/).pop() ?? '';
  const name = Array.from(segment.trim().replace(/^\.+/, '').trim()).slice(0, 200).join('');
  return name === '' ? 'tep-dinh-kem' : name;
};

const EXTENSION: Record<AttachmentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/**
 * Stores a file the actor's agency will attach to a message it sends: the body is the file itself, of an allowed
 * type (415 otherwise) whose content matches it (422 `attachment_type_mismatch`), at most the configured size (413
 * before it is read). It is the agency's alone until a message sends it.
 */
export const uploadAttachment = (
  ctx: RequestContext,
  input: { filename: string; mediaType: string; body: unknown },
): Promise<AttachmentMeta> => {
  const actor = requireActor(ctx);
  assertSender(actor);
  const type = input.mediaType.split(';')[0]?.trim().toLowerCase() as AttachmentType;
  if (!Buffer.isBuffer(input.body) || !(type in ATTACHMENT_TYPES)) {
    throw new AppError('unsupported_media_type', 'Attach a PDF, JPEG or PNG file as the body');
  }
  const content = input.body;
  if (!hasMagic(type, content)) {
    refuseField('attachment_type_mismatch', 'body', `The content is not ${type}`);
  }
  return withTransaction(ctx.db, async (trx) => {
    const at = ctx.clock();
    const name = cleanFilename(input.filename);
    const row: AttachmentRow = {
      id: uuidv7(),
      messageId: null,
      agencyId: actor.agencyId,
      filename: /\.[a-z0-9]{2,4}$/i.test(name) ? name : `${name}.${EXTENSION[type]}`,
      mediaType: type,
      byteSize: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploadedBy: actor.userId,
      uploadedAt: at,
    };
    const [meta] = await insertAttachment(trx, row);
    if (!meta) throw new Error('the attachment insert returned no row');
    await appendAudit(
      trx,
      ctx.audit,
      {
        action: 'create',
        outcome: 'allow',
        objectType: 'message_attachment',
        objectIds: [meta.id],
        detail: 'message.attachment_upload',
      },
      at,
    );
    return meta;
  });
};

/** A file of a message the actor's agency sent or received (404 otherwise, or when withdrawn from it), audited as a read. */
export const getAttachment = async (
  ctx: RequestContext,
  ids: { messageId: string; attachmentId: string },
): Promise<AttachmentRow> => {
  const { mine } = await getVisibleMessage(ctx, ids.messageId);
  const found = await findAttachment(ctx.db, ids.attachmentId);
  if (!found || found.messageId !== ids.messageId || mine?.state === 'withdrawn') {
    throw new AppError('not_found', 'No such attachment');
  }
  const entry = {
    action: 'read' as const,
    outcome: 'allow' as const,
    objectType: 'message_attachment',
    objectIds: [ids.messageId, ids.attachmentId],
    recordsReturned: 1,
    detail: 'message.attachment_download',
  };
  await recordAuditedRead(ctx.db, { context: ctx.audit, entry, at: ctx.clock() });
  return found;
};
