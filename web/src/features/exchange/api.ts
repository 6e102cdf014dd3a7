import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type {
  AddresseeSuggestions,
  InboxFilters,
  Message,
  MessageList,
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
  useInboxChange(({ messageId, body }: { messageId: string; body: string }) =>
    apiRequest<Message>(`/messages/${encodeURIComponent(messageId)}/reply`, {
      method: 'POST',
      body: { body, idempotencyKey: crypto.randomUUID() },
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
