import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../app/api';
import type {
  AddresseeSuggestions,
  Attachment,
  InboxFilters,
  Message,
  MessageList,
  RecordRef,
  Scorecard,
  SendBody,
  Thread,
  UnreadCounts,
} from './types';

/** Every query the live stream refreshes: messages, notifications and the counts. */
export const INBOX_KEY = ['inbox'] as const;
const PAGE_SIZE = 100;

const inboxQuery = (filters: InboxFilters): string => {
  const search = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (filters.kind) search.set('kind', filters.kind);
  if (filters.state) search.set('state', filters.state);
  if (filters.overdue) search.set('overdue', 'true');
  if (filters.agreementId) search.set('agreementId', filters.agreementId);
  if (filters.caseId) search.set('caseId', filters.caseId);
  return search.toString();
};

/** The messages the agency received, newest first, filtered. */
export const useMessageInbox = (filters: InboxFilters) =>
  useQuery({
    queryKey: [...INBOX_KEY, 'messages', filters],
    queryFn: ({ signal }) => apiRequest<MessageList>(`/messages/inbox?${inboxQuery(filters)}`, { signal }),
  });

/** The messages the agency sent, with each recipient's state. */
export const useSentMessages = () =>
  useQuery({
    queryKey: [...INBOX_KEY, 'sent'],
    queryFn: ({ signal }) => apiRequest<MessageList>(`/messages/sent?limit=${PAGE_SIZE}`, { signal }),
  });

/** A whole thread as the user sees it; opening it marks the agency's copies read. */
export const useThread = (messageId: string) =>
  useQuery({
    queryKey: [...INBOX_KEY, 'thread', messageId],
    queryFn: ({ signal }) => apiRequest<Thread>(`/messages/${encodeURIComponent(messageId)}`, { signal }),
  });

/** Unread messages and notifications, for the navigation badge; the live stream keeps it current. */
export const useUnreadCounts = () =>
  useQuery({
    queryKey: [...INBOX_KEY, 'unread'],
    queryFn: ({ signal }) => apiRequest<UnreadCounts>('/inbox/unread', { signal }),
  });

const useInboxChange = <TInput>(send: (input: TInput) => Promise<Message>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: INBOX_KEY }),
  });
};

/** Sends a new message. */
export const useSendMessage = () =>
  useInboxChange((body: SendBody) => apiRequest<Message>('/messages', { method: 'POST', body }));

/** Replies to a message of the thread. */
export const useReply = () =>
  useInboxChange(
    ({ messageId, body, attachmentIds }: { messageId: string; body: string; attachmentIds: string[] }) =>
      apiRequest<Message>(`/messages/${encodeURIComponent(messageId)}/reply`, {
        method: 'POST',
        body: { body, attachmentIds, idempotencyKey: crypto.randomUUID() },
      }),
  );

/** Acknowledges, closes or withdraws a message. */
export const useMove = () =>
  useInboxChange(
    ({
      messageId,
      move,
      reason,
    }: {
      messageId: string;
      move: 'acknowledge' | 'close' | 'withdraw';
      reason?: string;
    }) =>
      apiRequest<Message>(`/messages/${encodeURIComponent(messageId)}/${move}`, {
        method: 'POST',
        ...(move === 'withdraw' ? { body: { reason } } : {}),
      }),
  );

/** A place to address: a unit of the current structure or a point. */
export type Place = { unitCode: string } | { lat: number; lon: number };

/** The forces to address about a place: the other parties of our agreements covering a zone that holds it. */
export const useAddresseeSuggestions = (place: Place | null) =>
  useQuery({
    queryKey: ['addressees', place],
    enabled: place !== null,
    queryFn: ({ signal }) => {
      const search = new URLSearchParams(
        Object.entries(place ?? {}).map(([key, value]) => [key, String(value)] as [string, string]),
      );
      return apiRequest<AddresseeSuggestions>(`/messages/addressees?${search.toString()}`, { signal });
    },
  });

/** The types a message may carry and the server's default size limit (it checks the bytes and its own limit). */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** Refuses, before sending, a file the server would refuse for its type or size (the same codes as the server). */
export const checkAttachment = (file: File): ApiError | null => {
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) {
    return new ApiError(415, 'unsupported_media_type');
  }
  return file.size > ATTACHMENT_MAX_BYTES ? new ApiError(413, 'payload_too_large') : null;
};

/** Uploads a file for a message not yet sent; the answer's id goes into `attachmentIds`. */
export const useUploadAttachment = () =>
  useMutation({
    mutationFn: (file: File) => {
      const refused = checkAttachment(file);
      if (refused) return Promise.reject(refused);
      const search = new URLSearchParams({ filename: file.name });
      return apiRequest<Attachment>(`/messages/attachments?${search.toString()}`, {
        method: 'POST',
        body: new Blob([file], { type: file.type }),
      });
    },
  });

type Hit = { value: string; label: string };

/** Reads one kind's search answer as options: the records the user reads beyond a pointer. */
const SEARCHES: Record<RecordRef['kind'], { path: (q: string) => string; read: (answer: never) => Hit[] }> = {
  persons: {
    path: (q) => `/persons/search?q=${encodeURIComponent(q)}`,
    read: (answer: { items: { level: string; person: { id: string; fullName: string } }[] }) =>
      answer.items.flatMap((h) =>
        h.level === 'pointer' ? [] : [{ value: h.person.id, label: h.person.fullName }],
      ),
  },
  hotspots: {
    path: (q) => `/hotspots?limit=20&q=${encodeURIComponent(q)}`,
    read: (answer: { items: { id: string; name: string }[] }) =>
      answer.items.map((h) => ({ value: h.id, label: h.name })),
  },
  cases: {
    path: (q) => `/cases?limit=20&q=${encodeURIComponent(q)}`,
    read: (answer: { items: { id: string; title: string }[] }) =>
      answer.items.map((c) => ({ value: c.id, label: c.title })),
  },
};

/** Records of one kind found by a search, to refer to in a message (two characters at least). */
export const useRecordSearch = (kind: RecordRef['kind'], q: string) =>
  useQuery({
    queryKey: ['record-search', kind, q],
    enabled: q.trim().length >= 2,
    queryFn: async ({ signal }) =>
      SEARCHES[kind].read((await apiRequest(SEARCHES[kind].path(q.trim()), { signal })) as never),
  });

/** What an exchange made outside the system (by phone, in a meeting, by radio) records. */
export type OutOfBandBody = {
  direction: 'sent' | 'received';
  counterpartAgencyId: string;
  channel: 'phone' | 'meeting' | 'radio' | 'other';
  occurredAt: string;
  kind: SendBody['kind'];
  subject: string;
  body: string;
  idempotencyKey: string;
};

/** Records an exchange made by phone, in a meeting or by radio, so that the record is complete. */
export const useRecordOutOfBand = () =>
  useInboxChange((body: OutOfBandBody) =>
    apiRequest<Message>('/messages/out-of-band', { method: 'POST', body }),
  );

/** The exchange scorecard of an agreement over a period; for its parties and the registry (others: 403). */
export const useScorecard = (agreementId: string, period: { from: string; until: string }) =>
  useQuery({
    queryKey: ['scorecard', agreementId, period],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams(period);
      return apiRequest<Scorecard>(
        `/agreements/${encodeURIComponent(agreementId)}/exchange-scorecard?${search.toString()}`,
        { signal },
      );
    },
    retry: false,
  });
