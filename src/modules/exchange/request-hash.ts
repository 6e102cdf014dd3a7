import { createHash } from 'node:crypto';
import type { NewMessage } from './message-writer.ts';
import type { RecordRef } from './references.ts';

const iso = (at: Date | null | undefined) => (at ? at.toISOString() : null);
const sorted = (values: readonly string[]) => [...values].sort();

/**
 * The fingerprint of what a write asks for (content, addressees, references, files, deadline), without who sent it
 * or when: a retry with the same idempotency key must ask the same thing, or it is refused (409).
 */
export const requestHashOf = (
  draft: NewMessage,
  input: {
    recipientAgencyIds: readonly string[];
    deadlineAt: Date | null;
    references: readonly RecordRef[];
    attachmentIds: readonly string[];
  },
): string => {
  const canonical = [
    draft.kind,
    draft.assistanceKind ?? null,
    draft.subject,
    draft.body,
    draft.priority,
    draft.classification ?? 'none',
    draft.handlingCode ?? 'H0',
    draft.inReplyToId ?? null,
    draft.caseId ?? null,
    draft.operationId ?? null,
    draft.agreementId ?? null,
    draft.templateKey ?? null,
    Object.entries(draft.templateParams ?? {}).sort(([a], [b]) => a.localeCompare(b)),
    draft.outOfBand ?? false,
    draft.channel ?? null,
    iso(draft.occurredAt),
    sorted(input.recipientAgencyIds),
    iso(input.deadlineAt),
    sorted(input.references.map((r) => `${r.kind}:${r.id}`)),
    sorted(input.attachmentIds),
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
};
